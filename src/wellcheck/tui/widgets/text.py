"""Free-text items (labelled fields) and list items (N short entries), saved as typed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Input, Static

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_entry, with_field
from wellcheck.core.content import ListItem, TextItem
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget


class TextWidget(ItemWidget):
    """One Input per labelled field; Enter moves to the next field (the screen's key)."""

    def __init__(self, item: TextItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: TextItem = item

    def compose(self) -> ComposeResult:
        yield Static(self.item.prompt, classes="prompt")
        if self.item.help:
            yield Static(self.item.help, classes="help")
        fields = self.answer.fields if self.answer else {}
        for field in self.item.fields:
            yield Static(field.label, classes="label")
            yield Input(
                fields.get(field.id, ""),
                placeholder=field.label,
                name=field.id,
                select_on_focus=False,
            )

    def pending(self) -> Answer | None:
        answer = self.answer
        for field_input in self.query(Input):
            field_id = field_input.name or ""
            if (answer.fields.get(field_id, "") if answer else "") != field_input.value:
                answer = with_field(self.item, answer, field_id, field_input.value)
        return answer if answer is not self.answer else None

    @on(Input.Changed)
    def field_changed(self, event: Input.Changed) -> None:
        event.stop()
        field_id = event.input.name or ""
        if (self.answer.fields.get(field_id, "") if self.answer else "") == event.value:
            return
        self.answer = with_field(self.item, self.answer, field_id, event.value)
        self.post_message(ItemAnswered(self.item.id, self.answer))

    def first_focus(self) -> Widget:
        return self.query(Input).first()


class ListWidget(ItemWidget):
    """A numbered Input for each entry."""

    def __init__(self, item: ListItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: ListItem = item

    def compose(self) -> ComposeResult:
        yield Static(self.item.prompt, classes="prompt")
        if self.item.help:
            yield Static(self.item.help, classes="help")
        entries = self.answer.entries if self.answer else []
        for index in range(self.item.count):
            text = entries[index] if index < len(entries) else ""
            yield Input(text, placeholder=f"{index + 1}.", name=str(index), select_on_focus=False)

    def pending(self) -> Answer | None:
        answer = self.answer
        for entry_input in self.query(Input):
            index = int(entry_input.name or 0)
            entries = answer.entries if answer else []
            if (entries[index] if index < len(entries) else "") != entry_input.value:
                answer = with_entry(self.item, answer, index, entry_input.value)
        return answer if answer is not self.answer else None

    @on(Input.Changed)
    def entry_changed(self, event: Input.Changed) -> None:
        event.stop()
        index = int(event.input.name or 0)
        entries = self.answer.entries if self.answer else []
        if (entries[index] if index < len(entries) else "") == event.value:
            return
        self.answer = with_entry(self.item, self.answer, index, event.value)
        self.post_message(ItemAnswered(self.item.id, self.answer))

    def first_focus(self) -> Widget:
        return self.query(Input).first()

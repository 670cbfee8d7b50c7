"""Free-text items (labelled reflections, as text areas) and list items (N short entries),
saved as typed."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, TextArea

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_entry, with_field
from wellcheck.core.content import ListItem, TextItem
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.fields import TextBox, TextField, pasted_lines
from wellcheck.tui.widgets.words import Words

REFLECTION_HINT = "Enter starts a new line; Tab moves on."


class TextWidget(ItemWidget):
    """One text area per labelled field: soft-wrapped, a few lines tall and growing, so a long
    reflection is read and edited whole. Enter is a new line; Tab moves on."""

    def __init__(self, item: TextItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: TextItem = item

    def compose(self) -> ComposeResult:
        yield Words(self.item.prompt, classes="prompt")
        if self.item.help:
            yield Words(self.item.help, classes="help")
        fields = self.answer.fields if self.answer else {}
        for field in self.item.fields:
            yield Words(field.label, classes="label")
            yield TextBox(
                fields.get(field.id, ""),
                name=field.id,
                soft_wrap=True,
                tab_behavior="focus",
                compact=True,
                highlight_cursor_line=False,
                placeholder=field.label,
            )
        yield Words(REFLECTION_HINT, classes="help")

    def pending(self) -> Answer | None:
        answer = self.answer
        for area in self.query(TextArea).results(TextArea):
            field_id = area.name or ""
            if (answer.fields.get(field_id, "") if answer else "") != area.text:
                answer = with_field(self.item, answer, field_id, area.text)
        return answer if answer is not self.answer else None

    @on(TextArea.Changed)
    def field_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        field_id = event.text_area.name or ""
        text = event.text_area.text
        if (self.answer.fields.get(field_id, "") if self.answer else "") == text:
            return
        self.answer = with_field(self.item, self.answer, field_id, text)
        self.post_message(ItemAnswered(self.item.id, self.answer))

    def on_mount(self) -> None:
        for area in self.query(TextArea).results(TextArea):
            area.move_cursor(area.document.end)  # reached by Tab, typing adds to what is there

    def first_focus(self) -> Widget:
        return self.query(TextArea).first()


class EntryField(TextField):
    """One entry of a list. A paste of several lines is one entry a line: the first here, the
    others in the empty entries after it (`ListWidget.more_lines`)."""

    class MoreLines(Message):
        def __init__(self, field: EntryField, lines: list[str]) -> None:
            super().__init__()
            self.field = field
            self.lines = lines

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()
        event.stop()
        first, *more = pasted_lines(event.text) or [""]
        self.insert_pasted(first)
        if more:
            self.post_message(self.MoreLines(self, more))


class ListWidget(ItemWidget):
    """A numbered Input for each entry."""

    def __init__(self, item: ListItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: ListItem = item

    def compose(self) -> ComposeResult:
        yield Words(self.item.prompt, classes="prompt")
        if self.item.help:
            yield Words(self.item.help, classes="help")
        entries = self.answer.entries if self.answer else []
        for index in range(self.item.count):
            text = entries[index] if index < len(entries) else ""
            yield EntryField(
                text, placeholder=f"{index + 1}.", name=str(index), select_on_focus=False
            )

    @on(EntryField.MoreLines)
    def more_lines(self, event: EntryField.MoreLines) -> None:
        """A paste's lines after the first, one in each empty entry after the one pasted
        into; what finds no empty entry is added to the last entry written, so that nothing
        pasted is lost and nothing written over. The focus goes on to the last one written,
        as typing the lines would have taken it (Tab had seemed to do nothing)."""
        event.stop()
        fields = list(self.query(EntryField))
        after = fields[fields.index(event.field) + 1 :]
        lines = list(event.lines)
        last = event.field
        for entry in after:
            if not lines:
                break
            if not entry.value:
                entry.value = lines.pop(0)
                last = entry
        if lines:
            last.value = " ".join([last.value, *lines]).strip()
        if last is not event.field:  # on to the last entry written, as typing it would be
            last.focus()
            last.cursor_position = len(last.value)

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

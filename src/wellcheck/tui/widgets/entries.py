"""An entries item: a small text area, one entry a line, saved as typed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import TextArea

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_lines
from wellcheck.core.content import EntriesItem
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.fields import TextBox
from wellcheck.tui.widgets.words import Words


class EntriesWidget(ItemWidget):
    """Prompt, optional note (e.g. "carried over"), and a TextArea; Tab moves on."""

    def __init__(
        self,
        item: EntriesItem,
        answer: Answer | None,
        *,
        offered: list[str] | None = None,
        note: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(item, answer, id=id)
        self.item: EntriesItem = item
        self.note = note
        shown = answer.entries if answer is not None else (offered or [])
        self.text = "\n".join(shown)
        """The text as last saved or offered: a change from it is the user's."""

    def compose(self) -> ComposeResult:
        yield Words(self.item.prompt, classes="prompt")
        if self.note:
            yield Words(self.note, classes="carried")
        elif self.item.help:
            yield Words(self.item.help, classes="help")
        yield TextBox(
            self.text,
            soft_wrap=True,
            tab_behavior="focus",
            compact=True,
            highlight_cursor_line=False,
            placeholder="One entry a line",
        )

    @on(TextArea.Changed)
    def lines_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        if text == self.text:
            return
        self.text = text
        self.answer = with_lines(self.item, self.answer, text)
        self.post_message(ItemAnswered(self.item.id, self.answer))

    def pending(self) -> Answer | None:
        text = self.query_one(TextArea).text
        return None if text == self.text else with_lines(self.item, self.answer, text)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)  # reached by Tab, typing adds to what is there

    def first_focus(self) -> Widget:
        return self.query_one(TextArea)

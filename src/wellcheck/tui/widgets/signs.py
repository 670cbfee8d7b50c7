"""A signs item: the sources' signs in groups, ticked with Space as one's own, and one's own
words for others. Used by the Wellness Action Plan's early warning signs."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Input

from wellcheck.core.answers import Answer
from wellcheck.core.content import SignsItem
from wellcheck.core.plan import YES, with_own, with_sign
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.tick_list import TickList
from wellcheck.tui.widgets.words import Words

PICK_HINT = "↑ ↓ move, Space ticks a sign as one of yours; Tab moves on."


class SignsWidget(ItemWidget):
    """One list per group of signs, then a line for each of the user's own."""

    DEFAULT_CSS = """
    SignsWidget .group {
        margin-top: 1;
        text-style: bold;
    }
    """

    def __init__(self, item: SignsItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: SignsItem = item

    def compose(self) -> ComposeResult:
        yield Words(self.item.prompt, classes="prompt")
        if self.item.help:
            yield Words(self.item.help, classes="help")
        ticked = self.answer.fields if self.answer else {}
        for group in self.item.groups:
            yield Words(group.label, classes="group")
            if group.source:
                yield Words(f"From: {group.source}", classes="help")
            yield TickList(
                [(s.id, s.label) for s in group.signs],
                [k for k, v in ticked.items() if v == YES],
                name=group.id,
            )
        yield Words(PICK_HINT, classes="help")
        if self.item.own_count:
            yield Words(self.item.own_label, classes="group")
            entries = self.answer.entries if self.answer else []
            for index in range(self.item.own_count):
                text = entries[index] if index < len(entries) else ""
                yield TextField(
                    text, placeholder=f"{index + 1}.", name=str(index), select_on_focus=False
                )

    @on(TickList.Toggled)
    def sign_toggled(self, event: TickList.Toggled) -> None:
        event.stop()
        self.answer = with_sign(self.item, self.answer, event.key, event.ticked)
        self.post_message(ItemAnswered(self.item.id, self.answer))

    @on(Input.Changed)
    def own_changed(self, event: Input.Changed) -> None:
        event.stop()
        index = int(event.input.name or 0)
        entries = self.answer.entries if self.answer else []
        if (entries[index] if index < len(entries) else "") == event.value:
            return
        self.answer = with_own(self.item, self.answer, index, event.value)
        self.post_message(ItemAnswered(self.item.id, self.answer))

    def pending(self) -> Answer | None:
        answer = self.answer
        for field in self.query(Input).results(Input):
            index = int(field.name or 0)
            entries = answer.entries if answer else []
            if (entries[index] if index < len(entries) else "") != field.value:
                answer = with_own(self.item, answer, index, field.value)
        return answer if answer is not self.answer else None

    def first_focus(self) -> Widget:
        return self.query(TickList).first()

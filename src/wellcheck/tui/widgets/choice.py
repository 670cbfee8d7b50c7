"""A choice item: a few answers in words, one a line, picked with its number. Never a score:
the number only says which line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_value
from wellcheck.core.content import ChoiceItem
from wellcheck.tui.bindings import CLEAR
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.words import Words


class ChoiceWidget(ItemWidget, can_focus=True):
    BINDINGS = [Binding(CLEAR, "clear", "Clear", priority=True)]

    value: reactive[str] = reactive("")

    def __init__(self, item: ChoiceItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: ChoiceItem = item
        given = answer.value if answer else None
        self.set_reactive(ChoiceWidget.value, given if isinstance(given, str) else "")

    def compose(self) -> ComposeResult:
        yield Words(self.item.prompt, classes="prompt")
        if self.item.help:
            yield Words(self.item.help, classes="help")
        yield Words(self._options(), classes="choices")

    def _options(self) -> Content:
        lines = []
        for n, option in enumerate(self.item.options, 1):
            if option.id == self.value:
                lines.append(Content.styled(f"{n} {option.label} ✓", "bold reverse"))
            else:
                lines.append(Content(f"{n} {option.label}"))
        return Content("\n").join(lines)

    def watch_value(self) -> None:
        if self.query(".choices"):
            self.query_one(".choices", Static).update(self._options())
        self.set_class(bool(self.value), "answered")

    def answers_key(self, key: str) -> bool:
        return key.isdigit() and 1 <= int(key) <= len(self.item.options)

    def answer_key(self, key: str) -> Answer:
        option = self.item.options[int(key) - 1]
        self.value = option.id
        self.answer = choose(self.item, self.answer, option.id)
        return self.answer

    def action_clear(self) -> None:
        from dataclasses import replace

        self.value = ""
        self.answer = replace(with_value(self.item, self.answer, None), entries=[])
        self.post_message(ItemAnswered(self.item.id, self.answer, advance=False))


def choose(item: ChoiceItem, old: Answer | None, option_id: str) -> Answer:
    """The answer with this option chosen, keeping the words it was chosen under (its one
    entry: an answer's labels are kept only beside text fields)."""
    from dataclasses import replace

    answer = with_value(item, old, option_id)
    option = item.option(option_id)
    return replace(answer, entries=[option.label if option else option_id])

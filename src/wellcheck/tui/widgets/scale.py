"""A scale item: a whole number in a range, given with the number keys (0 for 10)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.markup import escape
from textual.reactive import reactive
from textual.widgets import Static

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_value
from wellcheck.core.content import ScaleItem
from wellcheck.tui.bindings import CLEAR
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.words import Words


class ScaleWidget(ItemWidget, can_focus=True):
    """The prompt, the points of the scale with their labels, and the point given."""

    BINDINGS = [Binding(CLEAR, "clear", "Clear", priority=True)]
    """Taken as it arrives (priority), as y and n are: a Backspace typed just after an answer
    clears this item, never the next one."""

    value: reactive[int | None] = reactive(None)

    def __init__(self, item: ScaleItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: ScaleItem = item
        given = answer.value if answer else None
        self.set_reactive(ScaleWidget.value, given if isinstance(given, int) else None)

    def compose(self) -> ComposeResult:
        yield Words(self.item.prompt, classes="prompt")
        hint = f"{self.item.min}–{self.item.max}: press the number"
        yield Words(self.item.help or hint, classes="help")
        yield Static(self._points(), classes="choices")

    def _points(self) -> str:
        shown = []
        for point in range(self.item.min, self.item.max + 1):
            label = self.item.labels.get(str(point), "")
            text = escape(f"{point}{' ' + label if label else ''}")  # a label's "[" as written
            shown.append(f"[b reverse] {text} ✓ [/]" if point == self.value else f" {text}   ")
        return " ".join(shown)

    def watch_value(self) -> None:
        if self.query(".choices"):
            # The same width whichever is chosen: repainted, never laid out again.
            self.query_one(".choices", Static).update(self._points(), layout=False)
        self.set_class(self.value is not None, "answered")

    def _point(self, key: str) -> int | None:
        if not key.isdigit() or len(key) != 1:
            return None
        point = 10 if key == "0" and self.item.max >= 10 else int(key)
        return point if self.item.min <= point <= self.item.max else None

    def answers_key(self, key: str) -> bool:
        return self._point(key) is not None

    def answer_key(self, key: str) -> Answer:
        self.value = self._point(key)
        self.answer = with_value(self.item, self.answer, self.value)
        return self.answer

    def action_clear(self) -> None:
        self.value = None
        self.answer = with_value(self.item, self.answer, None)
        self.post_message(ItemAnswered(self.item.id, self.answer, advance=False))

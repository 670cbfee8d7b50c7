"""A scale item: a whole number in a range, given with the number keys (0 for 10)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_value
from wellcheck.core.content import ScaleItem
from wellcheck.tui.bindings import CLEAR
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget, rows_of
from wellcheck.tui.widgets.words import Words


class ScaleChoices(Widget):
    """The points of a scale, each with its label: a line of them, as many as the width
    holds, and never a point's label broken over two lines ("5 plenty" stays whole)."""

    DEFAULT_CSS = "ScaleChoices { height: auto; }"
    ALLOW_SELECT = False

    def __init__(self, points: list[str], chosen: int | None) -> None:
        super().__init__(classes="choices")
        self.points = points
        """Each point's words: its number, and its label if it has one."""
        self.chosen = chosen
        """Which of them is given, by its place in `points`."""

    def _rows(self, width: int) -> list[list[int]]:
        cells = [cell_len(text) + 4 for text in self.points]  # " 5 plenty ✓ " or " 5 plenty   "
        return rows_of(cells, width, gap=1)

    def choose(self, chosen: int | None) -> None:
        """The same width whichever is chosen: repainted, never laid out again."""
        self.chosen = chosen
        self.refresh()

    def render(self) -> Content:
        lines = []
        for row in self._rows(self.content_region.width):
            parts = []
            for n in row:
                text = self.points[n]
                if n == self.chosen:
                    parts.append(Content.styled(f" {text} ✓ ", "bold reverse"))
                else:
                    parts.append(Content(f" {text}   "))
            lines.append(Content(" ").join(parts))
        return Content("\n").join(lines)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._rows(width))


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
        yield ScaleChoices(self._points(), self._chosen())

    def _points(self) -> list[str]:
        shown = []
        for point in range(self.item.min, self.item.max + 1):
            label = self.item.labels.get(str(point), "")
            shown.append(f"{point}{' ' + label if label else ''}")
        return shown

    def _chosen(self) -> int | None:
        return None if self.value is None else self.value - self.item.min

    def watch_value(self) -> None:
        if self.query(ScaleChoices):
            self.query_one(ScaleChoices).choose(self._chosen())
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

"""The base of every item widget: it knows its item and its answer, and posts ItemAnswered."""

from __future__ import annotations

from rich.style import Style
from textual.containers import Vertical
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from wellcheck.core.answers import Answer
from wellcheck.core.content import Item
from wellcheck.tui.widgets.words import Words


def rows_of(cells: list[int], width: int, gap: int) -> list[list[int]]:
    """Which choices go on each line, by their places in `cells` (each choice's width): as
    many a line as `width` holds with `gap` between them, and each choice kept whole (a yes /
    no's, a scale's points)."""
    rows: list[list[int]] = [[]]
    used = 0
    for n, cell in enumerate(cells):
        if rows[-1] and used + gap + cell > width:
            rows.append([])
            used = 0
        used += (gap if rows[-1] else 0) + cell
        rows[-1].append(n)
    return rows


class ItemWidget(Vertical):
    """One item of an instrument. Subclasses compose the inputs for their kind.

    What it draws itself, under its parts, is its background: drawn here as a blank line,
    kept until the item is refreshed (restyled as the focus comes or goes) or resized, as
    Textual keeps a widget's lines. Textual's way to it (a Visual, made into lines with the
    item's alignment and padding worked out) was half a millisecond for each of the two
    items every key that moves on restyles."""

    def __init__(self, item: Item, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"item {item.kind}")
        self._blank: Strip | None = None
        self.item: Item = item
        self.answer = answer
        self.hinted = False
        """A hint is shown under it (`show_hint`)."""
        self.hint_stays = False
        """The hint says what is wrong with what is typed: it stays when focus leaves."""

    def render_line(self, y: int) -> Strip:
        width = self.content_region.width
        blank = self._blank
        if blank is None or blank.cell_length != width or self._dirty_regions:
            background = self.background_colors[1]
            blank = self._blank = Strip.blank(
                width, Style.from_color(bgcolor=background.rich_color)
            )
            self._dirty_regions.clear()
        return blank

    def first_focus(self) -> Widget:
        """Where answering this item starts."""
        return self

    def focus_first(self) -> None:
        """Put focus where answering this item starts (once the screen has caught up; a screen
        moving on from a key sets `first_focus()` itself, at once: see ChecklistScreen).

        Scrolled into view once the screen has been laid out, not before: a screen opening
        focuses its first question before its first layout, when nothing yet knows where it
        will be, and scrolling to it then left the screen's first lines (an intro) out of view."""
        widget = self.first_focus()
        self.screen.set_focus(widget, scroll_visible=False)
        self.call_after_refresh(widget.scroll_visible, animate=False)

    def answers_key(self, key: str) -> bool:
        """Whether `key` gives this item an answer (y, n, a on a yes / no item; a number on a
        scale). Only such items answer keys: the rest are answered by typing."""
        return False

    def answer_key(self, key: str) -> Answer | None:
        """Give the answer `key` stands for (None if it stands for none); the screen saves it
        and moves on."""
        return None

    def pending(self) -> Answer | None:
        """What is typed on screen but not yet posted as ItemAnswered (for a quick exit)."""
        return None

    def not_yet_an_answer(self) -> str:
        """Why what is typed here cannot be saved as it is (a date that is not one), or ""."""
        return ""

    def show_hint(self, text: str, *, stays: bool = False) -> None:
        """Say something calmly under the item (how to move on: put away when focus leaves
        the item; what is wrong with what is typed, `stays`); "" puts it away."""
        self.hinted = bool(text)
        self.hint_stays = stays and bool(text)
        hints = self.query(".hint").results(Static)
        hint = next(hints, None)
        if hint is None:
            if text:
                self.mount(Words(text, classes="hint"))
            return
        hint.update(text)
        hint.display = bool(text)

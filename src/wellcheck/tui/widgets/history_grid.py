"""The history's weeks: one line a week, the latest first, as many weeks as there are.

A Line API widget: only the lines on screen are drawn, and each asks its `WeekSource` for its
week, so opening the history reads the weeks shown and no others, however long the history
(README, Performance). The source is the session's `History`, given by the screen: the widget
itself reads nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from wellcheck.core.history import DayCell, Mark, WeekRow
from wellcheck.report import history_words as hw

LABEL_WIDTH = 13
"""The week's Monday, 16 Nov 2026, and two spaces (the header says "Week of")."""
_IN_WORDS: dict[Mark, str] = {**hw.MARK_WORDS, "checked in": "●", "unreadable": "? not read"}
"""A cell where there is room: days off in words, a check-in as a mark (a wall of "checked in"
is harder to read than a column of dots). Each leaves a space before the next column: two
days that could not be read, as "? unreadable", had run together."""
assert all(len(words) < 12 for words in _IN_WORDS.values())
_CALM = Style()
_MUTED = Style(dim=True)


class WeekSource(Protocol):
    """What the grid needs: the weeks there are, and one week's row."""

    @property
    def mondays(self) -> list[date]: ...

    @property
    def today(self) -> date: ...

    @property
    def problems(self) -> list[str]: ...

    def week(self, monday: date) -> WeekRow: ...


def cell_width(columns: int) -> int:
    """Words where five working days leave room for them, marks where there are more."""
    return 12 if columns <= 5 else 4


def cell_text(cell: DayCell, today: date, width: int) -> str:
    if cell.mark == "to come" and cell.day == today:
        return "today" if width > 4 else "·"
    table = _IN_WORDS if width > 4 else hw.MARK_SHORT
    return table[cell.mark]


class WeekGrid(ScrollView, can_focus=True):
    """↑ ↓ PgUp PgDn Home End scroll (the container's own keys)."""

    DEFAULT_CSS = """
    WeekGrid {
        height: 1fr;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    """

    class FilesUnreadable(Message):
        """A week just drawn had a file that could not be read (`source.problems` says which)."""

    def __init__(self, source: WeekSource, columns: int, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = source
        self.problems_seen = len(source.problems)
        self.width_of_cell = cell_width(columns)
        self.virtual_size = Size(LABEL_WIDTH + columns * self.width_of_cell, len(source.mondays))

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        mondays = self.source.mondays
        width = self.size.width
        if index >= len(mondays):
            return Strip.blank(width, self.rich_style)
        row = self.source.week(mondays[index])
        if len(self.source.problems) > self.problems_seen:
            self.problems_seen = len(self.source.problems)
            self.post_message(self.FilesUnreadable())
        strip = Strip(self._segments(row), None)
        x = round(self.scroll_offset.x)
        return strip.crop(x, x + width).extend_cell_length(width, self.rich_style)

    def _segments(self, row: WeekRow) -> list[Segment]:
        base = self.rich_style
        monday = f"{row.monday.day} {row.monday:%b %Y}"
        segments = [Segment(f"{monday:<{LABEL_WIDTH}}", base)]
        for cell in row.cells:
            text = cell_text(cell, self.source.today, self.width_of_cell)
            style = _CALM if cell.mark == "checked in" else _MUTED
            segments.append(Segment(f"{text:<{self.width_of_cell}}", base + style))
        if row.other_days:
            segments.append(Segment(other_days(row), base + _MUTED))
        return segments


def other_days(row: WeekRow) -> str:
    """ "+Sat" after the working days: a check-in on a day that is not one (room for one
    name; "+2" for two)."""
    days = row.other_days
    return f"+{hw.day_name(days[0].weekday())}" if len(days) == 1 else f"+{len(days)}"


def header(columns: tuple[int, ...]) -> str:
    """The days over the grid's columns."""
    width = cell_width(len(columns))
    return f"{'Week of':<{LABEL_WIDTH}}" + "".join(f"{hw.day_name(d):<{width}}" for d in columns)

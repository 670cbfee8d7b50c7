"""The home screen's one list: lines of text, the ones that can be acted on reached with ↑ ↓.

An OptionList does this too, but it measures its options only when it first draws them, and
the size it then learns lays the screen out a second time: about a twentieth of the home
screen's first paint (README, Performance). Home's lines are one row each and known beforehand,
so this list knows its height from the start. It looks as an OptionList does (the same theme
variables for its cursor), and its lines are `Content`, so the user's words are never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class Line:
    """One row: its text, and an id when it can be acted on (the cursor passes over the rest);
    and its words for a narrow window, if it has them (a check-in without its period: what is
    done matters more than the date)."""

    __slots__ = ("text", "id", "short")

    def __init__(self, text: Content | str, line_id: str = "", short: str = "") -> None:
        self.text = text if isinstance(text, Content) else Content(text)
        self.id = line_id
        self.short = Content(short) if short else None


class HomeList(ScrollView, can_focus=True):
    BINDINGS = [
        # Taken as they arrive (priority), as home's keys are: ↓ then Enter acts on the line
        # ↓ reached, however quickly they come.
        Binding("down", "move(1)", "Down", show=False, priority=True),
        Binding("up", "move(-1)", "Up", show=False, priority=True),
        Binding("pagedown", "page(1)", "Page down", show=False, priority=True),
        Binding("pageup", "page(-1)", "Page up", show=False, priority=True),
        Binding("home", "to_end(-1)", "First", show=False, priority=True),
        Binding("end", "to_end(1)", "Last", show=False, priority=True),
    ]
    COMPONENT_CLASSES = {"home-list--cursor"}
    DEFAULT_CSS = """
    HomeList {
        overflow-x: hidden;
        & > .home-list--cursor {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .home-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """

    class _LineMessage(Message):
        def __init__(self, home_list: HomeList, line_id: str) -> None:
            super().__init__()
            self.home_list, self.line_id = home_list, line_id

        @property
        def control(self) -> HomeList:
            return self.home_list

    class Moved(_LineMessage):
        """The cursor is on another line."""

    class Chosen(_LineMessage):
        """A click on a line (Enter is the screen's key, so that what it opens gets the keys
        typed after it)."""

    def __init__(self, lines: Sequence[Line], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines = list(lines)
        self.cursor = self._nearest(0, 1)
        self.virtual_size = Size(0, len(self.lines))

    @property
    def highlighted(self) -> str:
        """The id of the line under the cursor, or ""."""
        return self.lines[self.cursor].id if self.cursor is not None else ""

    def set_lines(self, lines: Sequence[Line]) -> None:
        """New lines; the cursor stays on the same id if it is still there, else at the same
        place in the list (a goal marked done: the line after it), else on the last line."""
        was, at = self.highlighted, self.cursor or 0
        self.lines = list(lines)
        ids = [line.id for line in self.lines]
        if was and was in ids:
            self.cursor = ids.index(was)
        else:
            at = min(at, len(self.lines) - 1)
            found = self._nearest(at, 1)
            self.cursor = found if found is not None else self._nearest(at, -1)
        self.virtual_size = Size(0, len(self.lines))
        self._cursor_moved()

    # -- moving -------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.cursor is not None:
            self._move_to(self._nearest(self.cursor + step, step))

    def action_page(self, step: int) -> None:
        if self.cursor is not None:
            target = self.cursor + step * max(1, self.scrollable_content_region.height - 1)
            target = min(max(target, 0), len(self.lines) - 1)
            self._move_to(self._nearest(target, step) or self._nearest(target, -step))

    def action_to_end(self, step: int) -> None:
        self._move_to(self._nearest(len(self.lines) - 1 if step > 0 else 0, -step))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = offset.y + self.scroll_offset.y
        if 0 <= row < len(self.lines) and self.lines[row].id:
            self._move_to(row)
            self.post_message(self.Chosen(self, self.highlighted))

    def _nearest(self, start: int, step: int) -> int | None:
        """The first line that can be acted on from `start` on, going by `step`."""
        row = start
        while 0 <= row < len(self.lines):
            if self.lines[row].id:
                return row
            row += step
        return None

    def highlight(self, line_id: str) -> None:
        """The cursor onto the line with this id, if there is one (a goal put back)."""
        ids = [line.id for line in self.lines]
        if line_id in ids:
            self._move_to(ids.index(line_id))

    def _move_to(self, row: int | None) -> None:
        if row is not None and row != self.cursor:
            self.cursor = row
            self._cursor_moved()

    def _cursor_moved(self) -> None:
        self.refresh()
        self._cursor_in_view()
        self.post_message(self.Moved(self, self.highlighted))

    def on_resize(self) -> None:
        """Smaller (a notice made room above the footer): the cursor's line stays in view."""
        self._cursor_in_view()

    def _cursor_in_view(self) -> None:
        if self.cursor is not None:
            region = Region(0, self.cursor, 1, 1)
            self.scroll_to_region(region, animate=False, force=True, immediate=True)

    # -- drawing ------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        row = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        on_cursor = row == self.cursor
        style = self.get_visual_style("home-list--cursor") if on_cursor else self.get_visual_style()
        if not 0 <= row < len(self.lines):
            return Strip.blank(width, style.rich_style)
        line = self.lines[row]
        text = line.text
        if text.cell_length > width and line.short is not None:
            text = line.short
        if text.cell_length > width:  # never cut silently: a line too long ends with "…"
            text = text.truncate(width, ellipsis=True)
        segments = text.render_segments(style)
        return Strip(segments).crop_extend(0, width, style.rich_style)

"""What a terminal shows from the frames sent to it: for the tests that replay them."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment
from textual.strip import Strip

Cell = tuple[str, object]


def cells(strip: Strip) -> list[Cell]:
    return [(char, segment.style) for segment in strip for char in segment.text]


def drawn_over(screen: list[list[Cell]], update: object) -> list[list[Cell]]:
    """The screen after the terminal has been sent the update: each piece of text written
    where the cursor was moved to."""
    assert update is not None
    screen = [list(row) for row in screen]
    console = Console(width=len(screen[0]), height=len(screen), force_terminal=True)
    x = y = 0
    for segment in update.__rich_console__(console, console.options):  # type: ignore[attr-defined]
        assert isinstance(segment, Segment)
        if segment.control:
            _, x, y = segment.control[0]  # type: ignore[misc]
        elif segment.text != "\n":
            for char in segment.text:
                screen[y][x] = (char, segment.style)
                x += 1
    return screen

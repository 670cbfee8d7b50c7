"""The summary as text: at most 80 columns, plain when not a terminal or NO_COLOR.

Laid out here as lines of styled runs, wrapped as rich wraps text (`text_wrap`), so the plain
page needs no rich at all: `render_text` (a file, lpr, the app's preview) and `print_text`
when the output is not a terminal never import it. Only a terminal that shows styles is
printed through rich's console. The user's writing is only ever text in a run, never markup,
so a "[bold]" or "[/]" they typed is shown as typed.
"""

from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING

from wellcheck.core.pack import AnySummary
from wellcheck.core.summary import WeeklySummary
from wellcheck.report.text_console import plain_width
from wellcheck.report.text_week import WIDTH, page_text, summary_lines
from wellcheck.report.text_wrap import Line

if TYPE_CHECKING:
    from rich.console import Console


def render_text(s: AnySummary, width: int = WIDTH) -> str:
    """The text page as a plain string (for a file, or for lpr): no escape codes at all."""
    return page_text(document_lines(s, width))


def document_lines(s: AnySummary, width: int = WIDTH) -> list[Line]:
    """A week's page, or a pack's pages, line by line."""
    if isinstance(s, WeeklySummary):
        return summary_lines(s, width)
    from wellcheck.report.pack_text import pack_lines

    return pack_lines(s, width)


def print_text(s: AnySummary) -> None:
    """To standard output: styled through rich on a terminal that shows styles; otherwise the
    plain page as `print_summary` would print it, at the same width, without importing rich."""
    width = plain_width()
    if width is None:
        print_summary(s, terminal_console())
    else:
        sys.stdout.write(render_text(s, min(width, WIDTH)))


def terminal_console(file: IO[str] | None = None, force_terminal: bool | None = None) -> Console:
    """A console for printing: styled on a terminal; no escape codes at all under NO_COLOR."""
    from rich.console import Console

    plain = bool(os.environ.get("NO_COLOR"))
    return Console(
        file=file,
        force_terminal=force_terminal,
        color_system=None if plain else "auto",
        highlight=False,
    )


def print_summary(s: AnySummary, console: Console) -> None:
    """Styled on a terminal with colours; otherwise exactly the plain text of `render_text`."""
    from rich.text import Text

    width = min(console.width, WIDTH)
    if console.is_terminal and console.color_system is not None:
        page = Text(end="")
        for line in document_lines(s, width):
            for part, style in line:
                page.append(part, style or None)
            page.append("\n")
        console.print(page, width=width, soft_wrap=True, end="")
    else:
        console.print(Text(render_text(s, width), end=""), width=width, soft_wrap=True, end="")

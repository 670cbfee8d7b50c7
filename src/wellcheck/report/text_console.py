"""Whether standard output gets the plain page, and how wide, as rich's console would decide.

`print_text` writes the plain page itself, without importing rich, only where rich (15) would
certainly print it plain: under NO_COLOR, or to what is not a terminal when no variable asks
for one (FORCE_COLOR, TTY_COMPATIBLE). The width is the one rich's `Console().width` gives:
COLUMNS, or the size of the first of stdin, stdout and stderr that is a terminal, or 80.
Anything else (a terminal that shows styles, Windows, a width too narrow to be sure of) is left
to rich. `tests/unit/report/test_text_console.py` checks the width against rich's own.
"""

from __future__ import annotations

import os
import sys

NARROWEST = 20
"""Below this width the page is left to rich, whose tables squeeze in ways not copied here."""


def plain_width() -> int | None:
    """The width of the plain page on standard output, or None: ask rich's console."""
    env = os.environ
    if os.name != "posix" or "FORCE_COLOR" in env or "TTY_COMPATIBLE" in env:
        return None
    terminal = _isatty()
    if terminal and not env.get("NO_COLOR"):
        return None
    width = console_width(terminal)
    return width if width >= NARROWEST else None


def console_width(terminal: bool) -> int:
    """`rich.console.Console().width` on POSIX, for a console that is a terminal or not."""
    env = os.environ
    columns, lines = env.get("COLUMNS"), env.get("LINES")
    given = int(columns) if columns is not None and columns.isdigit() else None
    if given is not None and lines is not None and lines.isdigit():
        return given
    if terminal and env.get("TERM", "").lower() in ("dumb", "unknown"):
        return 80
    if given is not None:
        return given
    for fd in (0, 1, 2):
        try:
            return os.get_terminal_size(fd).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def _isatty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False

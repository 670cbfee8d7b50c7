"""Reading the home screen's one list as a user sees it: its lines, by section."""

from __future__ import annotations

import html
import re

from textual.app import App

from wellcheck.tui.screens.home import HomeScreen
from wellcheck.tui.widgets.home_list import HomeList


def home_list(app: App[None]) -> HomeList:
    home = app.screen if isinstance(app.screen, HomeScreen) else app.screen_stack[0]
    return home.query_one("#home", HomeList)


def home_lines(app: App[None]) -> list[str]:
    return [line.text.plain for line in home_list(app).lines]


def section(app: App[None], heading: str) -> list[str]:
    """The lines under a heading ("Check-ins", "Goals", "Help asked for"), up to the next gap."""
    lines = home_lines(app)
    start = next(n for n, text in enumerate(lines) if text.startswith(heading)) + 1
    end = next((n for n in range(start, len(lines)) if not lines[n]), len(lines))
    return lines[start:end]


def check_in(app: App[None], title: str) -> str:
    return next(text for text in section(app, "Check-ins") if title in text)


def highlighted(app: App[None]) -> str:
    lines = home_list(app)
    assert lines.cursor is not None
    return lines.lines[lines.cursor].text.plain


def highlight(app: App[None], words: str) -> None:
    """Move the cursor to the line holding `words`, as ↑ ↓ would."""
    lines = home_list(app)
    lines.cursor = next(n for n, line in enumerate(home_lines(app)) if words in line)


def screen_text(app: App[None]) -> str:
    """What the terminal shows, as text: the rows of the app's own screenshot."""
    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in re.findall(r'<text [^>]*x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>', svg):
        rows.setdefault(float(y), []).append((float(x), html.unescape(text)))
    lines = ("".join(t for _, t in sorted(row)) for _, row in sorted(rows.items()))
    return "\n".join(line.replace("\xa0", " ").rstrip() for line in lines)

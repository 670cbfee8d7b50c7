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

from wellcheck.core.summary import PeriodChecklist, WeeklySummary
from wellcheck.report import words
from wellcheck.report.text_console import plain_width
from wellcheck.report.text_table import daily_table
from wellcheck.report.text_wrap import Line, Run, bullets, wrap

if TYPE_CHECKING:
    from rich.console import Console

WIDTH = 79
"""One less than 80, so nothing wraps on an 80-column terminal or in the preview."""

Part = list[Line]


def render_text(s: WeeklySummary, width: int = WIDTH) -> str:
    """The text page as a plain string (for a file, or for lpr): no escape codes at all."""
    page = "".join("".join(part for part, _ in line) + "\n" for line in summary_lines(s, width))
    return "".join(line.rstrip() + "\n" for line in page.splitlines())


def print_text(s: WeeklySummary) -> None:
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


def print_summary(s: WeeklySummary, console: Console) -> None:
    """Styled on a terminal with colours; otherwise exactly the plain text of `render_text`."""
    from rich.text import Text

    width = min(console.width, WIDTH)
    if console.is_terminal and console.color_system is not None:
        page = Text(end="")
        for line in summary_lines(s, width):
            for part, style in line:
                page.append(part, style or None)
            page.append("\n")
        console.print(page, width=width, soft_wrap=True, end="")
    else:
        console.print(Text(render_text(s, width), end=""), width=width, soft_wrap=True, end="")


def summary_lines(s: WeeklySummary, width: int = WIDTH) -> list[Line]:
    """The page, line by line, each line in runs of one style."""
    parts: list[Part] = [_heading(words.title(s), width, "=")]
    if s.is_empty:
        parts.append(_text(words.EMPTY, width))
        if off := words.days_off_line(s):
            parts.append(_text(off, width))
    else:
        parts += _daily(s, width) + _went_well(s, width) + _difficult(s, width)
        parts += _help(s, width)
        parts += _period("weekly", s.weekly, s, width) + _period("monthly", s.monthly, s, width)
        parts += _goals(s, width) + _stressors(s, width)
    parts += _plan(s, width)
    parts += [_text("", width), _text(words.footer(s), width, "dim")]
    return [line for part in parts for line in part]


def _text(text: str, width: int, style: str = "") -> Part:
    return wrap([(text, style)], width)


def _heading(title: str, width: int, underline: str = "-") -> Part:
    runs: list[Run] = [("\n" if underline == "-" else "", ""), (title, "bold")]
    runs.append(("\n" + underline * min(len(title), WIDTH), ""))
    return wrap(runs, width)


def _daily(s: WeeklySummary, width: int) -> list[Part]:
    parts = [_heading(words.DAILY, width), wrap(daily_table(s, width), width)]
    parts.append(_text(words.counts_note(s), width))
    notes = sorted((d, r.prompt, n) for r in s.checks for d, n in r.notes)
    if notes:
        parts.append(_text(f"{words.NOTES}:", width))
        lines = [[(f"{words.short_day(d)}, {p} — {n}", "")] for d, p, n in notes]
        parts.append(bullets(lines, width))
    return parts


def _by_day(title: str, days: list[tuple[str, list[list[Run]]]], width: int) -> list[Part]:
    parts = [_heading(title, width)]
    for day, items in days:
        parts += [_text(day, width, "bold"), bullets(items, width)]
    return parts


def _went_well(s: WeeklySummary, width: int) -> list[Part]:
    if not s.went_well:
        return []
    days = [(words.short_day(d.day), [[(e, "")] for e in d.entries]) for d in s.went_well]
    return _by_day(words.WENT_WELL, days, width)


def _difficult(s: WeeklySummary, width: int) -> list[Part]:
    if not s.reflections:
        return []
    days = [
        (
            words.short_day(d.day),
            [[(f"{label}: {text}", "italic")] for label, text in d.fields],
        )
        for d in s.reflections
    ]
    return _by_day(words.DIFFICULT, days, width)


def _help(s: WeeklySummary, width: int) -> list[Part]:
    if not s.help:
        return []
    items = [[(f"{words.short_day(h.day)}: {h.text} ({words.help_state(h)})", "")] for h in s.help]
    return [_heading(words.HELP, width), bullets(items, width)]


def _period(kind: str, checklist: PeriodChecklist, s: WeeklySummary, width: int) -> list[Part]:
    if checklist.readable and not checklist.answers:
        return []
    heading = _heading(words.period_heading(kind, s), width)
    if not checklist.readable:
        return [heading, _text(words.UNREADABLE_PERIOD, width)]
    items = []
    for a in checklist.answers:
        extra = [words.value(a.value), *a.texts] + ([a.note] if a.note else [])
        items.append([(f"{a.prompt} " + " — ".join(filter(None, extra)), "")])
    return [heading, bullets(items, width)]


def _goals(s: WeeklySummary, width: int) -> list[Part]:
    if not (s.open_goals or s.done_goals):
        return []
    parts = [_heading(words.GOALS, width)]
    for head, goals in ((words.OPEN, s.open_goals), (words.DONE, s.done_goals)):
        if goals:
            parts.append(_text(f"{head}:", width))
            parts.append(bullets([[(words.goal_line(g), "")] for g in goals], width))
    return parts


def _stressors(s: WeeklySummary, width: int) -> list[Part]:
    if not s.stressors:
        return []
    parts = [_heading(words.STRESSORS, width)]
    for line in s.stressors:
        name, impact, note, affecting, help_text = words.stressor_cells(line)
        details = [f"impact {impact}" if impact else ""]
        details.append(f"affecting work: {affecting}" if affecting else "")
        details.append(f"help: {help_text}" if help_text else "")
        shown = "; ".join(filter(None, details))
        item = name + (f" ({shown})" if shown else "") + (f"\n{note}" if note else "")
        parts.append(bullets([[(item, "bold")]], width))
    return parts


def _plan(s: WeeklySummary, width: int) -> list[Part]:
    """The plan's sections the user marked to share, in their own words."""
    if not s.plan:
        return []
    parts = [_heading(words.PLAN, width)]
    for section in s.plan:
        parts.append(_text(section.title, width, "bold"))
        parts.append(bullets([[(line, "")] for line in section.lines], width))
    return parts

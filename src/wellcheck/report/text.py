"""The summary as text through rich: at most 80 columns, plain when not a terminal or NO_COLOR.

Every piece of the user's writing goes in as a rich `Text`, never as markup, so a "[bold]" or
"[/]" they typed is shown as typed.
"""

from __future__ import annotations

import io
import os
from typing import IO

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from wellcheck.core.summary import PeriodChecklist, WeeklySummary
from wellcheck.report import words
from wellcheck.report.text_table import daily_table

WIDTH = 79
"""One less than 80, so nothing wraps on an 80-column terminal or in the preview."""


def render_text(s: WeeklySummary, width: int = WIDTH) -> str:
    """The text page as a plain string (for a file, or for lpr): no escape codes at all."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    console.print(summary_renderable(s, width))
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def terminal_console(file: IO[str] | None = None, force_terminal: bool | None = None) -> Console:
    """A console for printing: styled on a terminal; no escape codes at all under NO_COLOR."""
    plain = bool(os.environ.get("NO_COLOR"))
    return Console(
        file=file,
        force_terminal=force_terminal,
        color_system=None if plain else "auto",
        highlight=False,
    )


def print_summary(s: WeeklySummary, console: Console) -> None:
    """Styled on a terminal with colours; otherwise exactly the plain text of `render_text`."""
    width = min(console.width, WIDTH)
    if console.is_terminal and console.color_system is not None:
        console.print(summary_renderable(s, width), width=width)
    else:
        console.print(Text(render_text(s, width), end=""), width=width, soft_wrap=True, end="")


def summary_renderable(s: WeeklySummary, width: int = WIDTH) -> RenderableType:
    parts: list[RenderableType] = [_heading(words.title(s), "=")]
    if s.is_empty:
        parts.append(Text(words.EMPTY))
        if off := words.days_off_line(s):
            parts.append(Text(off))
    else:
        parts += _daily(s, width) + _went_well(s) + _difficult(s) + _help(s)
        parts += _period("weekly", s.weekly, s) + _period("monthly", s.monthly, s)
        parts += _goals(s) + _stressors(s)
    parts += [Text(""), Text(words.footer(s), style="dim")]
    return Group(*parts)


def _heading(title: str, underline: str = "-") -> Text:
    text = Text("\n" if underline == "-" else "")
    text.append(title, style="bold")
    text.append("\n" + underline * min(len(title), WIDTH))
    return text


def _bullets(items: list[Text], bullet: str = "•") -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=len(bullet), no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(Text(bullet), item)
    return grid


def _daily(s: WeeklySummary, width: int) -> list[RenderableType]:
    table = daily_table(s, width)
    parts: list[RenderableType] = [_heading(words.DAILY), table, Text(words.counts_note(s))]
    notes = sorted((d, r.prompt, n) for r in s.checks for d, n in r.notes)
    if notes:
        parts.append(Text(f"{words.NOTES}:"))
        parts.append(_bullets([Text(f"{words.short_day(d)}, {p} — {n}") for d, p, n in notes]))
    return parts


def _by_day(title: str, days: list[tuple[str, list[Text]]]) -> list[RenderableType]:
    parts: list[RenderableType] = [_heading(title)]
    for day, items in days:
        parts += [Text(day, style="bold"), _bullets(items)]
    return parts


def _went_well(s: WeeklySummary) -> list[RenderableType]:
    if not s.went_well:
        return []
    days = [(words.short_day(d.day), [Text(e) for e in d.entries]) for d in s.went_well]
    return _by_day(words.WENT_WELL, days)


def _difficult(s: WeeklySummary) -> list[RenderableType]:
    if not s.reflections:
        return []
    days = [
        (words.short_day(d.day), [_labelled(label, text) for label, text in d.fields])
        for d in s.reflections
    ]
    return _by_day(words.DIFFICULT, days)


def _labelled(label: str, text: str) -> Text:
    out = Text(f"{label}: ", style="italic")
    out.append(text, style="")
    return out


def _help(s: WeeklySummary) -> list[RenderableType]:
    if not s.help:
        return []
    items = [Text(f"{words.short_day(h.day)}: {h.text} ({words.help_state(h)})") for h in s.help]
    return [_heading(words.HELP), _bullets(items)]


def _period(kind: str, checklist: PeriodChecklist, s: WeeklySummary) -> list[RenderableType]:
    if checklist.readable and not checklist.answers:
        return []
    heading = _heading(words.period_heading(kind, s))
    if not checklist.readable:
        return [heading, Text(words.UNREADABLE_PERIOD)]
    items = []
    for a in checklist.answers:
        extra = [words.value(a.value), *a.texts] + ([a.note] if a.note else [])
        items.append(Text(f"{a.prompt} " + " — ".join(filter(None, extra))))
    return [heading, _bullets(items)]


def _goals(s: WeeklySummary) -> list[RenderableType]:
    if not (s.open_goals or s.done_goals):
        return []
    parts: list[RenderableType] = [_heading(words.GOALS)]
    for head, goals in ((words.OPEN, s.open_goals), (words.DONE, s.done_goals)):
        if goals:
            parts += [Text(f"{head}:"), _bullets([Text(words.goal_line(g)) for g in goals])]
    return parts


def _stressors(s: WeeklySummary) -> list[RenderableType]:
    if not s.stressors:
        return []
    parts: list[RenderableType] = [_heading(words.STRESSORS)]
    for line in s.stressors:
        name, impact, note, affecting, help_text = words.stressor_cells(line)
        details = [f"impact {impact}" if impact else ""]
        details.append(f"affecting work: {affecting}" if affecting else "")
        details.append(f"help: {help_text}" if help_text else "")
        item = Text(name, style="bold")
        if shown := "; ".join(filter(None, details)):
            item.append(f" ({shown})")
        if note:
            item.append(f"\n{note}")
        parts.append(_bullets([item]))
    return parts

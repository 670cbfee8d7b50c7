"""The week's text page, laid out as lines of styled runs (see `text` for printing it).

Each section is a function in `SECTIONS`, in page order; the supervision pack (`pack_text`) puts
each week's page after its overview. The user's writing is only ever text in a run, never
markup.
"""

from __future__ import annotations

from collections.abc import Callable

from wellcheck.core.plan import SharedSection
from wellcheck.core.summary import PeriodChecklist, WeeklySummary
from wellcheck.report import words
from wellcheck.report.text_table import daily_table
from wellcheck.report.text_wrap import Line, Run, bullets, wrap

WIDTH = 79
"""One less than 80, so nothing wraps on an 80-column terminal or in the preview."""

Part = list[Line]


def summary_lines(s: WeeklySummary, width: int = WIDTH, footer: bool = True) -> list[Line]:
    """The page, line by line, each line in runs of one style: the title, then each of
    `SECTIONS` in turn, then (unless in a pack) the footer."""
    parts: list[Part] = [heading(words.title(s), width, "=")]
    if unread := words.unread_line(s.unread):
        parts.append(paragraph(unread, width, "bold"))
    if s.is_empty:
        parts.append(paragraph(words.EMPTY, width))
        if off := words.days_off_line(s):
            parts.append(paragraph(off, width))
    else:
        for section in SECTIONS:
            parts += section(s, width)
    parts += _plan(s, width)
    if footer:
        parts += [paragraph("", width), paragraph(words.footer(s), width, "dim")]
    return [line for part in parts for line in part]


def page_text(lines: list[Line]) -> str:
    """Lines of runs as plain text, each without the spaces at its end."""
    page = "".join("".join(part for part, _ in line) + "\n" for line in lines)
    return "".join(line.rstrip() + "\n" for line in page.splitlines())


def paragraph(text: str, width: int, style: str = "") -> Part:
    return wrap([(text, style)], width)


def heading(title: str, width: int, underline: str = "-") -> Part:
    runs: list[Run] = [("\n" if underline == "-" else "", ""), (title, "bold")]
    runs.append(("\n" + underline * min(len(title), WIDTH), ""))
    return wrap(runs, width)


def _daily(s: WeeklySummary, width: int) -> list[Part]:
    parts = [heading(words.DAILY, width), wrap(daily_table(s, width), width)]
    parts.append(paragraph(words.counts_note(s), width))
    notes = sorted((d, r.prompt, n) for r in s.checks for d, n in r.notes)
    if notes:
        parts.append(paragraph(f"{words.NOTES}:", width))
        lines = [[(f"{words.short_day(d)}, {p} — {n}", "")] for d, p, n in notes]
        parts.append(bullets(lines, width))
    return parts


def _by_day(title: str, days: list[tuple[str, list[list[Run]]]], width: int) -> list[Part]:
    parts = [heading(title, width)]
    for day, items in days:
        parts += [paragraph(day, width, "bold"), bullets(items, width)]
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
    return [heading(words.HELP, width), bullets(items, width)]


def _period(kind: str, checklist: PeriodChecklist, s: WeeklySummary, width: int) -> list[Part]:
    if checklist.readable and not checklist.answers:
        return []
    head = heading(words.period_heading(kind, s), width)
    if not checklist.readable:
        return [head, paragraph(words.UNREADABLE_PERIOD, width)]
    items = []
    for a in checklist.answers:
        extra = [words.period_value(a), *a.texts] + ([a.note] if a.note else [])
        items.append([(f"{a.prompt} " + " — ".join(filter(None, extra)), "")])
    return [head, bullets(items, width)]


def _goals(s: WeeklySummary, width: int) -> list[Part]:
    if not (s.open_goals or s.done_goals):
        return []
    parts = [heading(words.GOALS, width)]
    for head, goals in ((words.OPEN, s.open_goals), (words.DONE, s.done_goals)):
        if goals:
            parts.append(paragraph(f"{head}:", width))
            parts.append(bullets([[(words.goal_line(g), "")] for g in goals], width))
    return parts


def _weekly(s: WeeklySummary, width: int) -> list[Part]:
    return _period("weekly", s.weekly, s, width)


def _monthly(s: WeeklySummary, width: int) -> list[Part]:
    return _period("monthly", s.monthly, s, width)


def _stressors(s: WeeklySummary, width: int) -> list[Part]:
    if not s.stressors:
        return []
    parts = [heading(words.STRESSORS, width)]
    for line in s.stressors:
        name, impact, note, affecting, help_text = words.stressor_cells(line)
        details = [f"impact {impact}" if impact else ""]
        details.append(f"affecting work: {affecting}" if affecting else "")
        details.append(f"help: {help_text}" if help_text else "")
        shown = "; ".join(filter(None, details))
        item = name + (f" ({shown})" if shown else "") + (f"\n{note}" if note else "")
        parts.append(bullets([[(item, "bold")]], width))
    return parts


SECTIONS: tuple[Callable[[WeeklySummary, int], list[Part]], ...] = (
    _daily,
    _went_well,
    _difficult,
    _help,
    _weekly,
    _monthly,
    _goals,
    _stressors,
)
"""The week's sections in page order: a new one is a function here, in each renderer."""


def _plan(s: WeeklySummary, width: int) -> list[Part]:
    return plan_parts(s.plan, width)


def plan_parts(sections: list[SharedSection], width: int) -> list[Part]:
    """The plan's sections the user marked to share, in their own words (the week's page,
    and the pack's first pages)."""
    if not sections:
        return []
    parts = [heading(words.PLAN, width)]
    for section in sections:
        parts.append(paragraph(section.title, width, "bold"))
        parts.append(bullets([[(line, "")] for line in section.lines], width))
    return parts

"""Every word the supervision pack uses (its glance page, its headings), beside the weekly
summary's in `words`, so all four formats of the pack say the same thing."""

from __future__ import annotations

from datetime import date

from wellcheck.core.pack import StressorAcross, SupervisionPack
from wellcheck.core.summary import HelpLine, PeriodAnswer, PeriodChecklist
from wellcheck.report.words import (
    date_range,
    help_state,
    long_date,
    period_value,
    short_date,
    short_day,
    stressor_cells,
    value,
)

AT_A_GLANCE = "The weeks at a glance"
PACK_HELP = "Help asked for in stand-ups, and whether it came"
PACK_GOALS = "Goals"
GOALS_SET = "Set in this period"
GOALS_DONE = "Done in this period"
GOALS_OPEN = "Still open"
PACK_STRESSORS = "Personal stressors to take to supervision: impact at each week's end"
PACK_MONTHLY = "Monthly checklist"
WEEK_BY_WEEK = "Week by week"
CHECKED_IN_ROW = "Days checked in"
OFF_ROW = "Days off"
SUPERVISION_ROW = "Supervision"
PACK_EMPTY = "Nothing was written down in these weeks. Gaps are not failures."
PACK_COUNTS = (
    "Each count is the days answered yes of the working days worked that week, as on the "
    "week's own page; a blank is a week the item was not answered."
)


def pack_title(p: SupervisionPack) -> str:
    whose = f"{p.owner}'s" if p.owner else "Your own"
    weeks = len(p.weeks)
    return f"{whose} supervision pack: {date_range(p.first, p.sunday)} ({weeks} weeks)"


def pack_scope(p: SupervisionPack) -> str:
    """How the weeks were chosen, in a line under the title."""
    span = p.span
    first, last = week_number(span.first), week_number(span.last)
    weeks = f"weeks {first} to {last}"
    if span.kind == "supervision" and span.since is not None:
        return f"Since supervision on {long_day(span.since)}: {weeks}."
    if span.kind == "since" and span.since is not None:
        return f"Since {long_day(span.since)}: {weeks}."
    if span.kind == "month" and span.since is not None:
        return f"{span.since:%B %Y}: {weeks}, the weeks whose Thursday falls in it."
    return f"The last {len(p.weeks)} weeks: {weeks}."


def pack_footer(p: SupervisionPack) -> str:
    whose = f"{p.owner}'s" if p.owner else "your"
    return (
        f"Made by wellcheck on {long_date(p.made_on)} from {whose} own answers. "
        "Personal stressors appear only when flagged to take to supervision."
    )


def week_number(monday: date) -> int:
    return monday.isocalendar()[1]


def long_day(day: date) -> str:
    """Wednesday 11 November 2026."""
    return f"{day:%A} {long_date(day)}"


def week_heads(p: SupervisionPack) -> list[tuple[str, str]]:
    """Each week's column head, in two lines: ("Wk 46", "9 Nov")."""
    return [(f"Wk {week_number(c.monday)}", f"{c.monday.day} {c.monday:%b}") for c in p.columns]


def glance_rows(p: SupervisionPack) -> list[tuple[str, list[str]]]:
    """The overview's rows: a label and a cell for each week."""
    rows = [(CHECKED_IN_ROW, [f"{c.checked_in} of {c.worked}" for c in p.columns])]
    if any(c.off for c in p.columns):
        rows.append((OFF_ROW, [str(c.off) if c.off else "" for c in p.columns]))
    if any(c.supervision for c in p.columns):
        cells = [", ".join(short_day(d) for d in c.supervision) for c in p.columns]
        rows.append((SUPERVISION_ROW, cells))
    for item in p.daily:
        rows.append((item.prompt, [f"{n[0]} of {n[1]}" if n else "" for n in item.counts]))
    for item in p.weekly:
        rows.append((item.prompt, [value(v) for v in item.values]))
    return rows


def stressor_rows(p: SupervisionPack) -> list[tuple[str, list[str]]]:
    return [
        (f"{s.label} ({s.category})", [str(i) if i else "" for i in s.impacts]) for s in p.stressors
    ]


def stressor_since(s: StressorAcross) -> str:
    """Where its impact went over the period, and how it stands: "from 4 to 2; …"."""
    parts = []
    if (moved := s.moved) is not None:
        parts.append(
            f"impact from {moved[0]} to {moved[1]}"
            if moved[0] != moved[1]
            else f"impact steady at {moved[0]}"
        )
    name, _impact, note, affecting_work, help_words = stressor_cells(s.latest)
    if affecting_work:
        parts.append(f"affecting work: {affecting_work}")
    if help_words:
        parts.append(f"help: {help_words}")
    line = f"{s.label}: " + "; ".join(parts) if parts else s.label
    return line + (f". {note}" if note else "")


def month_answer(a: PeriodAnswer) -> str:
    extra = [period_value(a), *a.texts] + ([a.note] if a.note else [])
    return f"{a.prompt} " + " — ".join(filter(None, extra))


def pack_help(line: HelpLine) -> str:
    return f"{short_date(line.day)}: {line.text} ({help_state(line)})"


def month_heading(period: PeriodChecklist) -> str:
    year, month = period.period.split("-")
    return f"{PACK_MONTHLY}, {date(int(year), int(month), 1):%B %Y}"


def pack_label(p: SupervisionPack) -> str:
    """The pack in a few words, for a title line: "weeks 45 to 48, since supervision on Mon 2
    Nov"."""
    span = p.span
    weeks = f"weeks {week_number(span.first)} to {week_number(span.last)}"
    if span.kind == "supervision" and span.since is not None:
        return f"{weeks}, since supervision on {short_date(span.since)}"
    if span.kind == "since" and span.since is not None:
        return f"{weeks}, since {short_date(span.since)}"
    if span.kind == "month" and span.since is not None:
        return f"{span.since:%B %Y} ({weeks})"
    return f"the last {len(p.weeks)} weeks ({weeks})"

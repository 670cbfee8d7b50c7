"""Every word the summary uses, in one place, so all four formats say the same thing."""

from __future__ import annotations

from datetime import date

from wellcheck.core.goals import Goal
from wellcheck.core.summary import (
    CheckRow,
    DayColumn,
    HelpLine,
    PeriodAnswer,
    StressorLine,
    Unread,
    WeeklySummary,
)

DAILY = "Daily checklist"
WENT_WELL = "What went well"
DIFFICULT = "What was difficult, and what I learned"
HELP = "Help asked for in stand-ups"
GOALS = "Goals"
STRESSORS = "Personal stressors to take to supervision"
PLAN = "From my Wellness Action Plan (the sections I chose to share)"
NOTES = "Notes"
EMPTY = "Nothing was written down this week. Gaps are not failures."
DAY_ROW = "That day"
COUNT_HEAD = "Yes"
OPEN = "Open"
DONE = "Done this week"
UNREADABLE_PERIOD = "This file could not be read; see `wellcheck doctor`."

_STATUS = {
    "checked in": "checked in",
    "stand-up": "stand-up only",
    "no check-in": "no check-in",
    "today": "today",
    "to come": "to come",
    "before start": "before start",
    "leave": "leave",
    "sick": "sick",
    "not-working": "not working",
    "not a working day": "not a working day",
    "unreadable": "could not be read",
}
_VALUE = {"yes": "yes", "no": "no", "na": "n/a"}
_AFFECTING = {True: "yes", False: "no", None: ""}


def title(s: WeeklySummary) -> str:
    """The first line of every format: whose data, which week, which dates."""
    whose = f"{s.owner}'s" if s.owner else "Your own"
    year, number, _ = s.monday.isocalendar()
    return f"{whose} wellbeing summary, week {number} of {year}: {date_range(s.monday, s.sunday)}"


def footer(s: WeeklySummary) -> str:
    whose = f"{s.owner}'s" if s.owner else "your"
    return (
        f"Made by wellcheck on {long_date(s.made_on)} from {whose} own answers. "
        "Personal stressors appear only when flagged to take to supervision."
    )


def date_range(first: date, last: date) -> str:
    """16 to 22 November 2026; 30 November to 6 December 2026; 28 December 2026 to 3 January
    2027."""
    if first.year != last.year:
        return f"{long_date(first)} to {long_date(last)}"
    if first.month != last.month:
        return f"{first.day} {first:%B} to {long_date(last)}"
    return f"{first.day} to {long_date(last)}"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def short_day(day: date) -> str:
    """Mon 16."""
    return f"{day:%a} {day.day}"


def short_date(day: date) -> str:
    """Mon 16 Nov."""
    return f"{day:%a} {day.day} {day:%b}"


def status(column: DayColumn) -> str:
    return _STATUS[column.status]


def cell(row: CheckRow, column: DayColumn) -> str:
    value = row.cells.get(column.day)
    if value is None:
        return "" if column.status != "checked in" else "–"
    return _VALUE.get(str(value), str(value))


def count(row: CheckRow) -> str:
    return f"{row.yes} of {row.of}" if row.counted else ""


def counts_note(s: WeeklySummary) -> str:
    worked = s.worked_days
    days = "day" if worked == 1 else "days"
    note = (
        f"Yes counts the days answered yes, of the {worked} working {days} worked. "
        "Days off, and days an item did not apply, are never counted."
    )
    uncounted = [_UNCOUNTED[d.status] for d in s.days if d.status in _UNCOUNTED]
    if uncounted:
        note += f" Nor are {_listed(list(dict.fromkeys(uncounted)))}."
    return note


_UNCOUNTED = {
    "today": "today (it is not over)",
    "to come": "days still to come",
    "before start": "days before your first check-in",
}


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


def value(v: str | int | None) -> str:
    if v is None:
        return ""
    return _VALUE.get(str(v), str(v))


def period_value(a: PeriodAnswer) -> str:
    """A weekly or monthly answer's value; "not answered" for a question left unanswered
    but with a note, which had read as the answer ("…strength activities? Walked the dog")."""
    if a.value is None and a.note and not a.texts:
        return "not answered"
    return value(a.value)


def period_heading(kind: str, s: WeeklySummary) -> str:
    if kind == "weekly":
        return f"Weekly checklist, week {s.monday.isocalendar()[1]}"
    return f"Monthly checklist, {s.sunday:%B %Y}"


def help_state(line: HelpLine) -> str:
    if line.resolved is None:
        return "still open"
    return f"resolved {short_date(line.resolved)}"


def goal_line(goal: Goal) -> str:
    parts = [goal.text.strip()]
    if goal.done is not None:
        parts.append(f"done {short_date(goal.done)}")
    elif goal.target is not None:
        parts.append(f"aim: {short_date(goal.target)}")
    return " — ".join(parts)


def impact(line: StressorLine) -> str:
    return "" if line.impact is None else f"{line.impact} of 5"


def affecting(line: StressorLine) -> str:
    return _AFFECTING[line.affecting_work]


def help_text(line: StressorLine) -> str:
    parts = [p.strip() for p in (line.help_status, line.help_from) if p and p.strip()]
    return ", ".join(parts)


STRESSOR_HEADS = ("Stressor", "Impact", "Note", "Affecting work", "Help")


def stressor_cells(line: StressorLine) -> tuple[str, str, str, str, str]:
    return (
        f"{line.category}: {line.label}",
        impact(line),
        line.note.strip(),
        affecting(line),
        help_text(line),
    )


def days_off_line(s: WeeklySummary) -> str:
    """For the empty page: "Tue 17 leave, Wed 18 sick", or "" when none."""
    off = [f"{short_day(d.day)} {status(d)}" for d in s.days if d.status in _OFF]
    return ("Days off: " + ", ".join(off) + ".") if off else ""


_OFF = ("leave", "sick", "not-working")


def unread_line(unread: list[Unread]) -> str:
    """What was left out because its file could not be read, or "" when nothing was."""
    if not unread:
        return ""
    named = [_unread_name(u) for u in unread]
    return (
        "Left out, as their files could not be read (see `wellcheck doctor`): "
        + "; ".join(named)
        + "."
    )


def _unread_name(u: Unread) -> str:
    if u.kind == "stand-up" and u.day is not None:
        return f"the stand-up of {short_date(u.day)}"
    if u.kind == "days off" and u.day is not None:
        return f"the days off of {u.day.year}"
    return _UNREAD_NAMES[u.kind]


_UNREAD_NAMES = {
    "days off": "the days off",
    "stand-up": "a stand-up",
    "goals": "the goals",
    "stressors": "the personal stressors",
    "plan": "the Wellness Action Plan",
    "supervision": "the supervision days",
}

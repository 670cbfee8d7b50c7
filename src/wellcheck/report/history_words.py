"""Every word the history uses, in one place: the app, plain mode, markdown and JSON say the same.

Counts are said as the summary says them ("yes on 3 of 5 worked days", `words.value` for an
answer); nothing here counts what was not done, and nothing is called missed.
"""

from __future__ import annotations

from datetime import date

from wellcheck.core.history import DayCell, Mark, WeekRow
from wellcheck.core.history_goals import GoalSpan
from wellcheck.core.history_items import ItemTrend, WeekCount
from wellcheck.core.history_page import HistoryPage
from wellcheck.core.history_stressors import StressorTrail
from wellcheck.core.periods import WEEKDAY_NAMES
from wellcheck.report import words

TITLE = "History"
WEEKS = "Weeks"
WEEKS_NOTE = (
    "Each working day: checked in, a day off (leave, sick, not working), or nothing. "
    "Gaps are not failures."
)
NO_WEEKS = "Nothing here yet: the weeks show once you have checked in."
TRENDS = "Each item, the last 12 weeks"
_COUNTED = (
    "Yes on N of the days worked that week (days off, and days an item did not apply, are "
    "never counted)"
)
TRENDS_NOTE = f"{_COUNTED}; the line runs from the oldest week to this one."
"""On the history screen, where each item has a line of its weeks."""
TRENDS_PRINTED = f"{_COUNTED}; each item's weeks run from the oldest to this one."
"""On a printed history, where the weeks are written out ("By week: ...")."""
NO_TRENDS = "No yes / no answers in the last 12 weeks yet."
STRESSORS = "The personal stressors over time"
STRESSORS_NOTE = (
    "Every row of the grid you have ticked, from your dated reflections. A prompt list for "
    "reflection, not an assessment."
)
NO_STRESSORS = "No row of the grid has been ticked yet."
REVIEW = "To look at again"
REVIEW_NOTE = (
    "Not looked at for about six months: still so? The grid (p on home) re-ticks or clears a row."
)
REVIEW_IN_APP = (
    "Not looked at for about six months: still so? p opens the grid to re-tick or clear."
)
GOALS = "Goals over time"
NO_GOALS = "No goals set yet."
MORE_WEEKS = "{n} earlier week{s} not shown (`--weeks` shows more, `--all` every one)."

MARK_WORDS: dict[Mark, str] = {
    "checked in": "checked in",
    "leave": "leave",
    "sick": "sick",
    "not-working": "not working",
    "unreadable": "could not be read",
    "nothing": "",
    "to come": "to come",
    "before start": "",
}
MARK_SHORT: dict[Mark, str] = {
    "checked in": "●",
    "leave": "L",
    "sick": "S",
    "not-working": "N",
    "unreadable": "?",
    "nothing": "",
    "to come": "·",
    "before start": "",
}
LEGEND = "● checked in   L leave   S sick   N not working   ? could not be read   + another day"


def title(page: HistoryPage) -> str:
    whose = f"{page.owner}'s" if page.owner else "Your"
    return f"{whose} history, to {page.today:%A} {words.long_date(page.today)}"


def day_name(weekday: int) -> str:
    """Mon, Tue…"""
    return WEEKDAY_NAMES[weekday].capitalize()


def week_label(row: WeekRow) -> str:
    """Week 47 · 16 Nov 2026."""
    number = row.monday.isocalendar()[1]
    return f"Week {number:>2} · {row.monday.day:>2} {row.monday:%b %Y}"


def mark(cell: DayCell, today: date) -> str:
    """A cell in words: "checked in", "leave"; today not yet checked in is "today"."""
    if cell.mark == "to come" and cell.day == today:
        return "today"
    return MARK_WORDS[cell.mark]


def week_sentence(row: WeekRow, today: date) -> str:
    """A week for a screen reader: "checked in Mon, Tue, Thu; leave Wed; Fri to come."."""
    said: dict[str, list[str]] = {}
    for cell in row.cells:
        text = mark(cell, today)
        if text:
            said.setdefault(text, []).append(day_name(cell.day.weekday()))
    if row.other_days:
        others = [day_name(d.weekday()) for d in row.other_days]
        said.setdefault("checked in", []).extend(others)
    parts = []
    for text, days in said.items():
        joined = ", ".join(days)
        parts.append(f"{joined} {text}" if text in ("to come", "today") else f"{text} {joined}")
    return "; ".join(parts) + "." if parts else "nothing written down."


def other_days(row: WeekRow) -> str:
    """ "also Sat" for check-ins on days that are not working days."""
    if not row.other_days:
        return ""
    return "also " + ", ".join(day_name(d.weekday()) for d in row.other_days)


def week_count(trend: ItemTrend, week: WeekCount) -> str:
    """ "3 of 5" for a daily item; the answer ("yes", "no", "n/a") for a weekly one."""
    if trend.cadence == "weekly":
        return words.value(week.value)
    return f"{week.yes} of {week.of}" if week.of else ""


def trend_total(trend: ItemTrend) -> str:
    weeks = len(trend.weeks)
    over = f"over {weeks} week{'s' if weeks != 1 else ''}"
    if trend.cadence == "weekly":
        answered = sum(1 for w in trend.weeks if w.of)
        return f"yes in {trend.yes} of {answered} weeks answered, {over}"
    return f"yes on {trend.yes} of {trend.of} worked days, {over}"


def impacts(trail: StressorTrail, today: date) -> str:
    """ "impact 3 (2 Mar) → 4 (5 Sep)"; "" if none was given."""
    given = [(d, i) for d, i in trail.impacts if i is not None]
    if not given:
        return ""
    steps = [f"{i} of 5 ({short(d, today)})" for d, i in given]
    return "impact " + " → ".join(steps)


def trail_state(trail: StressorTrail, today: date) -> str:
    first = f"first ticked {short(trail.first_ticked, today)}"
    if not trail.ticked_now:
        when = f" {short(trail.cleared_on, today)}" if trail.cleared_on else ""
        return f"{first}; cleared{when}"
    last = f"; last looked at {short(trail.last_changed, today)}" if trail.last_changed else ""
    return first + last


def goal_line(span: GoalSpan, today: date) -> str:
    goal = span.goal
    days = _days(span.days_open)
    set_on = f"set {short(goal.created, today)}"
    if goal.done is not None:
        after = "the same day" if span.days_open == 0 else f"after {days}"
        return f"{set_on}, done {short(goal.done, today)}, {after}"
    return f"{set_on}, still open ({days} so far)"


def more_weeks(page: HistoryPage) -> str:
    n = page.more_weeks
    return MORE_WEEKS.format(n=n, s="s" if n != 1 else "") if n else ""


def short(day: date, today: date) -> str:
    """ "3 Nov", or "3 Nov 2025" when not this year."""
    year = f" {day.year}" if day.year != today.year else ""
    return f"{day.day} {day:%b}{year}"


def _days(n: int) -> str:
    if n == 0:
        return "the same day"
    if n < 14:
        return f"{n} day{'s' if n != 1 else ''}"
    return f"{n // 7} weeks"

"""Looking back, the weeks behind: what each day shows, and whether a day file is a check-in.
Pure: no I/O, no clock (`session/history.py` reads the files, a week at a time). Each item over
the last weeks is `history_items`', the stressors over time `history_stressors`', goals
`history_goals`', and the whole page `history_page`'s.

Neutral by design: a day is "checked in", a day off of its kind, or nothing. A day still to
come, and today not yet checked in, are never absences; weeks before the first check-in are not
shown at all. No streaks, no totals of what was not done, no scores.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any, Literal

from wellcheck.core.answers import Record
from wellcheck.core.days_off import DayOffKind
from wellcheck.core.periods import monday_of, week_key
from wellcheck.core.value import FrozenValue, value_class
from wellcheck.core.visible import first_control

Mark = Literal[
    "checked in", "leave", "sick", "not-working", "unreadable", "nothing", "to come", "before start"
]
"""What a day shows. "before start" is a day before the first check-in ever (wellcheck was not
in use yet): like a day still to come, never counted as a day worked, never an absence."""


@value_class(frozen=True)
class DayCell(FrozenValue):
    """One day of the history's grid: checked in, a kind of day off, or nothing."""

    day: date
    mark: Mark

    @property
    def worked(self) -> bool:
        """Counted as a day worked: checked in, or a past working day not marked off."""
        return self.mark in ("checked in", "nothing")


@value_class(frozen=True)
class WeekRow(FrozenValue):
    """One week of the history: a cell for each working day, Monday first."""

    monday: date
    cells: tuple[DayCell, ...]
    other_days: tuple[date, ...] = ()
    """Check-ins on days that are not working days (a Saturday's check-in)."""

    @property
    def week(self) -> str:
        return week_key(self.monday)

    @property
    def worked(self) -> list[date]:
        """The days this week counts as worked: what "of M worked days" counts."""
        return [c.day for c in self.cells if c.worked] + list(self.other_days)


def mark_of(
    day: date,
    checked: bool,
    off: DayOffKind | None,
    unreadable: bool,
    today: date,
    first: date | None = None,
) -> Mark:
    """What one day shows. A day off is shown before a check-in on it: it is what the user
    said of the day; today, the days to come and the days before the first check-in (`first`)
    are never an absence."""
    if unreadable:
        return "unreadable"
    if off is not None:
        return off
    if checked:
        return "checked in"
    if day >= today:
        return "to come"
    return "before start" if first is not None and day < first else "nothing"


def week_row(
    monday: date,
    working_days: frozenset[int],
    checked: set[date],
    off: Mapping[date, DayOffKind],
    unreadable: set[date],
    today: date,
    first: date | None = None,
) -> WeekRow:
    """One week's row; the days before `first` (the first check-in ever) are "before start"."""
    days = [monday + timedelta(days=n) for n in range(7)]
    cells = tuple(
        DayCell(d, mark_of(d, d in checked, off.get(d), d in unreadable, today, first))
        for d in days
        if d.weekday() in working_days
    )
    others = tuple(d for d in days if d.weekday() not in working_days and d in checked)
    return WeekRow(monday, cells, others)


def mondays(first: date | None, today: date) -> list[date]:
    """The weeks from the first check-in's to today's, the latest first; none before it."""
    if first is None or first > today:
        return []
    last, start = monday_of(today), monday_of(first)
    return [last - timedelta(weeks=n) for n in range((last - start).days // 7 + 1)]


def answered(record: Record | None, leave_out: str = "") -> bool:
    """Whether a day's file holds anything the user gave (a check-in)."""
    if record is None:
        return False
    return any(a.is_answered() for k, a in record.answers.items() if k != leave_out)


def checked_in_data(
    raw: dict[str, Any],
    leave_out: str = "",
    readable: Callable[[dict[str, Any]], bool] = Record.readable,
    reader: Callable[[dict[str, Any]], Record] = Record.from_dict,
) -> bool:
    """`answered` of the Record a day file's data reads as, told from the data itself where
    it can be (the history's weeks read a day file only for this): data its kind's quick test
    (`readable`) passes, with no control character in its texts, says it as its Record would;
    any other is read as a Record by `reader` (whose error names the problem)."""
    if readable(raw):
        found = _answered_data(raw.get("answers", {}), leave_out)
        if found is not None:
            return found
    return answered(reader(raw), leave_out)


def _answered_data(answers: dict[str, Any], leave_out: str) -> bool | None:
    """As `Answer.is_answered` of each; None if a text would read otherwise (made visible)."""
    for key, raw in answers.items():
        if key == leave_out:
            continue
        if raw.get("value") is not None:
            return True
        texts = [*raw.get("fields", {}).values(), *raw.get("entries", [])]
        if first_control("".join(texts)):
            return None
        if any(t.strip() for t in texts):
            return True
    return False

"""Looking back: the weeks behind, each item over the last weeks, the stressors and goals over
time. Pure: no I/O, no clock (`session/history.py` reads the files, a week at a time).

Neutral by design: a day is "checked in", a day off of its kind, or nothing. A day still to
come, and today not yet checked in, are never absences; weeks before the first check-in are not
shown at all. No streaks, no totals of what was not done, no scores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field, replace
from datetime import date, timedelta
from typing import Any, Literal

from wellcheck.core.answers import CHECK_VALUES, Record
from wellcheck.core.days_off import DayOffKind
from wellcheck.core.goals import Goal
from wellcheck.core.item_order import item_order
from wellcheck.core.periods import monday_of, week_key
from wellcheck.core.stressors import is_past
from wellcheck.core.stressors_answers import Reflection, StressorAnswer
from wellcheck.core.value import FrozenValue, Value, value_class
from wellcheck.core.visible import first_control

Mark = Literal["checked in", "leave", "sick", "not-working", "unreadable", "nothing", "to come"]
TREND_WEEKS = 12
"""Weeks the per-item view looks back over (the issue's "last 12 weeks")."""
SPARKS = "▁▂▃▄▅▆▇█"


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
    day: date, checked: bool, off: DayOffKind | None, unreadable: bool, today: date
) -> Mark:
    """What one day shows. A day off is shown before a check-in on it: it is what the user
    said of the day; today and the days to come are never an absence."""
    if unreadable:
        return "unreadable"
    if off is not None:
        return off
    if checked:
        return "checked in"
    return "to come" if day >= today else "nothing"


def week_row(
    monday: date,
    working_days: frozenset[int],
    checked: set[date],
    off: Mapping[date, DayOffKind],
    unreadable: set[date],
    today: date,
) -> WeekRow:
    days = [monday + timedelta(days=n) for n in range(7)]
    cells = tuple(
        DayCell(d, mark_of(d, d in checked, off.get(d), d in unreadable, today))
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


# -- each item over the last weeks ----------------------------------------------------------


@value_class(frozen=True)
class WeekCount(FrozenValue):
    """One item in one week: yes on `yes` of `of` days (a weekly item: of 1, or 0 if unanswered)."""

    monday: date
    yes: int
    of: int
    value: str | int | None = None
    """A weekly item's answer that week."""

    @property
    def share(self) -> float | None:
        return self.yes / self.of if self.of else None


@value_class(frozen=True)
class ItemTrend(FrozenValue):
    """One item's yes on N of M days, week by week, for its trend line."""

    item_id: str
    prompt: str
    cadence: Literal["daily", "weekly"]
    weeks: tuple[WeekCount, ...]
    """The oldest week first."""

    @property
    def yes(self) -> int:
        return sum(w.yes for w in self.weeks)

    @property
    def of(self) -> int:
        return sum(w.of for w in self.weeks)

    @property
    def line(self) -> str:
        return spark([w.share for w in self.weeks])


def daily_trends(rows: Sequence[WeekRow], daily: Mapping[date, Record]) -> list[ItemTrend]:
    """Each yes / no item of the daily checklist, week by week (`rows` oldest first), counted
    as the summary counts: yes on N of the days worked, less the days it did not apply."""
    records = [daily[d] for d in sorted(daily)]
    trends = []
    for item_id in item_order(records):
        given = {d: r.answers[item_id] for d, r in daily.items() if item_id in r.answers}
        if not any(a.value in CHECK_VALUES for a in given.values()):
            continue
        weeks = []
        for row in rows:
            values = [given[d].value if d in given else None for d in row.worked]
            yes = sum(1 for v in values if v == "yes")
            weeks.append(WeekCount(row.monday, yes, sum(1 for v in values if v != "na")))
        prompt = given[max(given)].prompt
        trends.append(ItemTrend(item_id, prompt, "daily", tuple(weeks)))
    return trends


def weekly_trends(mondays: Sequence[date], weekly: Mapping[date, Record]) -> list[ItemTrend]:
    """Each yes / no item of the weekly checklist, one answer a week (`mondays` oldest first)."""
    records = [weekly[m] for m in sorted(weekly)]
    trends = []
    for item_id in item_order(records):
        given = {m: r.answers[item_id] for m, r in weekly.items() if item_id in r.answers}
        if not any(a.value in CHECK_VALUES for a in given.values()):
            continue
        weeks = []
        for monday in mondays:
            value = given[monday].value if monday in given else None
            of = 1 if value in ("yes", "no") else 0
            weeks.append(WeekCount(monday, int(value == "yes"), of, value))
        prompt = given[max(given)].prompt
        trends.append(ItemTrend(item_id, prompt, "weekly", tuple(weeks)))
    return trends


def spark(shares: Iterable[float | None]) -> str:
    """A small trend line, one character a week: ▁ none of the days … █ every one; a space for
    a week with nothing to count."""
    top = len(SPARKS) - 1
    return "".join(" " if s is None else SPARKS[round(s * top)] for s in shares)


# -- the stressors over time ----------------------------------------------------------------


@value_class(frozen=True)
class StressorTrail(FrozenValue):
    """One row of the grid that was ever ticked, across the dated reflections."""

    entry_id: str
    category: str
    label: str
    first_ticked: date
    impacts: tuple[tuple[date, int | None], ...]
    """The impact at each reflection where it changed while ticked (the day of the reflection)."""
    notes: tuple[tuple[date, str], ...]
    """Each note it has had, with the day of the reflection it first appeared in."""
    last_changed: date | None
    ticked_now: bool
    cleared_on: date | None = None
    """The reflection in which it was last unticked, if it is no longer ticked."""
    for_review: bool = False
    """Still ticked and not looked at for six months: offered for review (the toolkit's "in
    (approximately) the last 6 months")."""


@value_class
class _Trail(Value):
    """A trail being followed through the reflections."""

    first: date
    row: StressorAnswer
    impacts: list[tuple[date, int | None]] = field(default_factory=list)
    notes: list[tuple[date, str]] = field(default_factory=list)
    cleared: date | None = None

    def seen(self, day: date, row: StressorAnswer) -> None:
        if row.ticked and (not self.impacts or self.impacts[-1][1] != row.impact):
            self.impacts.append((day, row.impact))
        note = row.note.strip()
        if note and all(n != note for _, n in self.notes):
            self.notes.append((day, note))
        if not row.ticked and self.row.ticked:
            self.cleared = day
        self.row = row

    def done(self, entry_id: str, today: date, months: int) -> StressorTrail:
        row = self.row
        return StressorTrail(
            entry_id=entry_id,
            category=row.category_label,
            label=row.label,
            first_ticked=self.first,
            impacts=tuple(self.impacts),
            notes=tuple(self.notes),
            last_changed=row.changed_at.date() if row.changed_at else None,
            ticked_now=row.ticked,
            cleared_on=None if row.ticked else self.cleared,
            for_review=row.ticked and is_past(row, today, months),
        )


def stressor_trails(
    reflections: Sequence[Reflection], today: date, months: int = 6
) -> list[StressorTrail]:
    """Every row ever ticked, in the order first ticked; `reflections` oldest first."""
    found: dict[str, _Trail] = {}
    for reflection in reflections:
        for entry_id, row in reflection.rows.items():
            trail = found.get(entry_id)
            if trail is None:
                if not row.ticked:
                    continue
                first = row.changed_at.date() if row.changed_at else reflection.day
                trail = found[entry_id] = _Trail(min(first, reflection.day), row)
            trail.seen(reflection.day, row)
    return [t.done(k, today, months) for k, t in found.items()]


# -- goals over time ------------------------------------------------------------------------


@value_class(frozen=True)
class GoalSpan(FrozenValue):
    """A goal, and how long it was (or has been) open."""

    goal: Goal
    days_open: int
    """From the day it was set to the day it was done, or to today while it is open."""

    @property
    def done(self) -> bool:
        return self.goal.done is not None


def goal_spans(goals: Iterable[Goal], today: date) -> list[GoalSpan]:
    """Every goal set by `today`, the latest first, with how long it was (or has been) open;
    seen from an earlier day (`--date`), one done after it is still open."""
    seen = [replace(g, done=None) if g.done and g.done > today else g for g in goals]
    spans = [
        GoalSpan(g, max(0, ((g.done or today) - g.created).days))
        for g in seen
        if g.created <= today
    ]
    return sorted(spans, key=lambda s: s.goal.created, reverse=True)


# -- the whole history, for plain mode, markdown and JSON ------------------------------------


@value_class(frozen=True)
class HistoryPage(FrozenValue):
    """Everything the history shows, as the command line prints it."""

    owner: str
    today: date
    working_days: tuple[int, ...]
    weeks: tuple[WeekRow, ...]
    """The latest first; none before the first check-in."""
    more_weeks: int
    """Weeks further back than those shown (`--weeks`)."""
    trends: tuple[ItemTrend, ...]
    stressors: tuple[StressorTrail, ...]
    goals: tuple[GoalSpan, ...]
    problems: tuple[str, ...] = ()

"""The history's reading: a week at a time, only the weeks asked for, each file read once.

The history grid shows any number of weeks, so nothing here reads the whole history at once:
where the first check-in was is found from two folder listings (and the first file or two),
a week's row reads that week's daily checklists and stand-ups and its year's days off, and the
per-item view reads the last twelve weeks. Only the stressors over time read every reflection
(a few a month at most), and only when that view is asked for. Every file goes through the
store, so an encrypted store is read as it is everywhere else; a file that cannot be read is
named in `problems` and shown as such, never dropped in silence.
"""

from __future__ import annotations

import os
import re
from datetime import date
from typing import Any

from wellcheck.core import file_kind, layout, listings
from wellcheck.core.answers import Record
from wellcheck.core.days_off import DayOffKind
from wellcheck.core.errors import DataError
from wellcheck.core.file_kind import FileKind
from wellcheck.core.history import WeekRow, answered, checked_in_data, mondays, week_row
from wellcheck.core.history_goals import GoalSpan, goal_spans
from wellcheck.core.history_items import TREND_WEEKS, ItemTrend, daily_trends, weekly_trends
from wellcheck.core.history_page import HistoryPage
from wellcheck.core.history_stressors import StressorTrail, stressor_trails
from wellcheck.core.periods import week_days, week_key
from wellcheck.core.settings import Settings
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Reflection
from wellcheck.core.stressors_store import STRESSORS
from wellcheck.core.value import Value

DAILY, WEEKLY, STANDUP = "daily", "weekly", layout.STANDUP_ID
_YEAR = re.compile(r"^\d{4}$")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})\.json$")


class _Checked(Value):
    """A day file read only for whether it holds an answer (as `FileKind`'s model)."""

    __slots__ = ("answered",)

    def __init__(self, answered: bool) -> None:
        self.answered = answered

    def __bool__(self) -> bool:
        return self.answered

    def to_dict(self) -> dict[str, Any]:  # never written: the files are checklists'
        raise TypeError("a day file read for the history is never written")


_CHECKED: FileKind[_Checked] = FileKind(
    "a checklist", lambda raw: _Checked(checked_in_data(raw)), lambda parts: False
)
_STANDUP_CHECKED: FileKind[_Checked] = FileKind(
    "a stand-up",
    lambda raw: _Checked(
        checked_in_data(
            raw,
            layout.RESOLVED_KEY,
            layout.STANDUP.readable or Record.readable,
            layout.STANDUP.reader,
        )
    ),
    lambda parts: False,
)
"""The daily checklist's and the stand-up's files, read as the history's weeks need them: the
same files, through the same read path (an encrypted store's opened with its key), only no
models built. Not kinds of file of their own: `layout.KINDS` still says what each file is."""


class History:
    """One store's history as of `today`, read lazily and kept once read."""

    def __init__(self, store: JsonStore, settings: Settings, today: date) -> None:
        self.store, self.settings, self.today = store, settings, today
        self.problems: list[str] = []
        self._days: dict[tuple[str, date], Record | None] = {}
        self._checked_days: dict[tuple[str, date], bool] = {}
        self._unreadable: set[date] = set()
        self._off: dict[int, dict[date, DayOffKind]] = {}
        self._rows: dict[date, WeekRow] = {}
        self._mondays: list[date] | None = None
        self._first: tuple[date | None] | None = None

    @property
    def working_columns(self) -> tuple[int, ...]:
        """The working days' numbers (Monday 0), the grid's columns."""
        return tuple(sorted(self.settings.working_days))

    # -- the weeks ------------------------------------------------------------------------

    @property
    def mondays(self) -> list[date]:
        """Every week from the first check-in's to this one, the latest first."""
        if self._mondays is None:
            self._mondays = mondays(self.first(), self.today)
        return self._mondays

    def week(self, monday: date) -> WeekRow:
        """One week's row, read once."""
        row = self._rows.get(monday)
        if row is None:
            days = week_days(monday)
            checked = {d for d in days if self.checked_in(d)}
            off: dict[date, DayOffKind] = {}
            for year in {days[0].year, days[-1].year}:
                off.update(self.days_off(year))
            unreadable = {d for d in days if d in self._unreadable}
            working = self.settings.working_days
            row = week_row(monday, working, checked, off, unreadable, self.today, self.first())
            self._rows[monday] = row
        return row

    def checked_in(self, day: date) -> bool:
        """A daily checklist or a stand-up with something in it, that day."""
        return self._checked(DAILY, day) or self._checked(STANDUP, day)

    def _checked(self, instrument: str, day: date) -> bool:
        """Whether that day's file holds an answer: from a Record already read, or read for
        this alone (`checked_in_data`: no models built for a file that reads well)."""
        key = (instrument, day)
        leave_out = layout.RESOLVED_KEY if instrument == STANDUP else ""
        if key in self._days:
            return answered(self._days[key], leave_out)
        found = self._checked_days.get(key)
        if found is None:
            path = layout.checklist(self.store.root, instrument, "daily", day.isoformat()).path
            kind = _STANDUP_CHECKED if leave_out else _CHECKED
            try:
                found = bool(self.store.read(file_kind.Place(path, kind)))
            except DataError as exc:
                self._problem(str(exc))
                self._unreadable.add(day)
                found = False
            self._checked_days[key] = found
        return found

    def days_off(self, year: int) -> dict[date, DayOffKind]:
        found = self._off.get(year)
        if found is None:
            try:
                found = self.store.days_off(year)
            except DataError as exc:
                self._problem(str(exc))
                found = {}
            self._off[year] = found
        return found

    def first(self) -> date | None:
        """The first check-in's day, looked for once."""
        if self._first is None:
            self._first = (self.first_check_in(),)
        return self._first[0]

    def first_check_in(self) -> date | None:
        """The first day with a check-in: from the folders' names, reading only the first
        file or two of the first year (one whose answers were all cleared is no check-in)."""
        firsts = [self._first_of(instrument) for instrument in (DAILY, STANDUP)]
        found = [d for d in firsts if d is not None]
        return min(found) if found else None

    def _first_of(self, instrument: str) -> date | None:
        folder = self.store.root / instrument
        for year in sorted(n for n in _listing(folder) if _YEAR.match(n)):
            for name in sorted(_listing(folder / year)):
                match = _DAY.match(name)
                try:
                    day = date.fromisoformat(match[1]) if match else None
                except ValueError:
                    day = None
                if day is not None and day <= self.today:
                    if self.checked_in(day) or day in self._unreadable:
                        return day
        return None

    def _record(self, instrument: str, day: date) -> Record | None:
        key = (instrument, day)
        if key not in self._days:
            place = layout.checklist(self.store.root, instrument, "daily", day.isoformat())
            try:
                self._days[key] = self.store.read(place)
            except DataError as exc:
                self._problem(str(exc))
                self._unreadable.add(day)
                self._days[key] = None
        return self._days[key]

    def _problem(self, line: str) -> None:
        if line not in self.problems:
            self.problems.append(line)

    # -- each item over the last weeks ------------------------------------------------------

    def trends(self, weeks: int = TREND_WEEKS) -> list[ItemTrend]:
        """Each yes / no item of the daily and weekly checklists over the last `weeks` weeks
        (fewer if the first check-in is more recent), the oldest week first."""
        shown = list(reversed(self.mondays[:weeks]))
        rows = [self.week(m) for m in shown]
        daily = {d: r for row in rows for d in row.worked if (r := self._record(DAILY, d))}
        weekly: dict[date, Record] = {}
        for monday in shown:
            place = layout.checklist(self.store.root, WEEKLY, WEEKLY, week_key(monday))
            try:
                found = self.store.read(place)
            except DataError as exc:
                self._problem(str(exc))
                continue
            if found is not None:
                weekly[monday] = found
        return [*daily_trends(rows, daily), *weekly_trends(shown, weekly)]

    # -- the stressors and goals over time -------------------------------------------------

    def stressors(self) -> list[StressorTrail]:
        """Every row of the grid ever ticked, across every dated reflection up to today."""
        reflections: list[Reflection] = []
        for day in listings.reflection_days(self.store.root, STRESSORS):
            if day > self.today:
                continue
            try:
                found = self.store.read(layout.reflection(self.store.root, STRESSORS, day))
            except DataError as exc:
                self._problem(str(exc))
                continue
            if found is not None:
                reflections.append(found)
        return stressor_trails(reflections, self.today)

    def goals(self) -> list[GoalSpan]:
        try:
            goals = self.store.goals()
        except DataError as exc:
            self._problem(str(exc))
            return []
        return goal_spans(goals, self.today)

    # -- all of it, for the command line ---------------------------------------------------

    def page(self, weeks: int | None = None) -> HistoryPage:
        """The history as the command line prints it: `weeks` weeks back (None: all)."""
        shown = self.mondays if weeks is None else self.mondays[:weeks]
        rows = tuple(self.week(m) for m in shown)
        return HistoryPage(
            owner=self.settings.name.strip(),
            today=self.today,
            working_days=self.working_columns,
            weeks=rows,
            more_weeks=len(self.mondays) - len(shown),
            trends=tuple(self.trends()),
            stressors=tuple(self.stressors()),
            goals=tuple(self.goals()),
            problems=tuple(self.problems),
        )


def _listing(folder: os.PathLike[str] | str) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:  # no such folder yet, or one that cannot be listed (doctor names it)
        return []

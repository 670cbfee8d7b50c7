"""What the home screen shows: each instrument's state for its current period, and open goals.

Reads only the files for today, this week and this month, plus goals: never the history.
"""

from __future__ import annotations

from dataclasses import field, replace
from datetime import date
from typing import Literal

from wellcheck.core.checklist import State, has_no, state_of
from wellcheck.core.content import Instrument
from wellcheck.core.content_loader import ContentSet
from wellcheck.core.days_off import DayOffKind
from wellcheck.core.errors import DataError
from wellcheck.core.goals import Goal, Goals
from wellcheck.core.periods import period_key, period_label
from wellcheck.core.plan import Recurrence
from wellcheck.core.settings import Settings
from wellcheck.core.standup import HelpRequest, open_requests
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors import grid_of
from wellcheck.core.stressors_store import last_revisited, load_current_reflection, load_support
from wellcheck.core.supervision import last_on_or_before
from wellcheck.core.value import FrozenValue, Value, value_class

CHECKLIST_CADENCES = ("daily", "weekly", "monthly", "quarterly", "half-yearly", "adhoc")
"""An ad hoc checklist (not a grid) is one record kept for whenever it is wanted."""


@value_class(frozen=True)
class Entry(FrozenValue):
    """One check-in on home: its instrument, its period and how far it has got."""

    instrument_id: str
    title: str
    period: str
    """The period in words: "Monday 23 November", "week 47 (from 16 Nov)"."""
    state: State | None
    """None when the file could not be read (see `problem`)."""
    problem: str = ""
    kind: Literal["checklist", "reflection"] = "checklist"
    """A reflection (the stressors grid) is revisited now and then: it has no state, only
    `last_revisited`."""
    last_revisited: date | None = None
    next_step: str = ""
    """The instrument's next step, while its goal offer is open for this period (some answers
    are no; no goal set from it; not answered "not now")."""
    origin: str = ""
    """The instrument and period, as a goal set from it records it."""
    cadence: str = ""
    """daily, weekly, monthly or adhoc: on a day off, a daily one not started is not due."""
    occasional: bool = False
    """An occasional reflection: home lists it only while it is not done for its period."""


@value_class
class Overview(Value):
    """What home shows: today's check-ins, open goals and open help requests."""

    today: date
    working_day: bool
    day_off: DayOffKind | None
    entries: list[Entry] = field(default_factory=list)
    open_goals: list[Goal] = field(default_factory=list)
    done_goals: int = 0
    goals_unreadable: bool = False
    """The goals file could not be read (named in `problems`): home says so instead of "no
    open goals", and a checklist's next step is still offered, as the checklist offers it."""
    open_help: list[HelpRequest] = field(default_factory=list)
    """Help asked for in stand-ups and not yet marked resolved, oldest first."""
    last_supervision: date | None = None
    """The latest supervision noted on or before today (`wellcheck supervision`)."""
    problems: list[str] = field(default_factory=list)
    """One line per content file skipped, and per data file that could not be read."""
    plan_review: date | None = None
    """The Wellness Action Plan's review date, if it has one."""
    came_back: list[Recurrence] = field(default_factory=list)
    """Signs of the plan noticed in two or more recent weeks, said on home once."""
    came_back_helps: str = ""
    """What the plan says helps, said with them."""


def build_overview(
    content: ContentSet, store: JsonStore, settings: Settings, today: date
) -> Overview:
    overview = Overview(today, settings.is_working_day(today.weekday()), None)
    overview.problems += content.problems
    try:
        overview.day_off = store.day_off(today)
    except DataError as exc:
        overview.problems.append(str(exc))
    try:
        goals: Goals | None = store.goals_file()
    except DataError as exc:
        overview.problems.append(str(exc))
        overview.goals_unreadable, goals = True, None
    for instrument in content.by_cadence(*CHECKLIST_CADENCES):
        if grid_of(instrument):
            continue  # a reflection: below
        entry = _entry(instrument, store, today, overview.problems, goals)
        if not (entry.occasional and entry.state == "done"):  # when due, never nagging
            overview.entries.append(entry)
    overview.entries += reflection_entries(content, store, today)
    overview.problems += unreadable_reflections(content, store, today, overview.entries)
    overview.open_goals = [g for g in goals.goals if g.done is None] if goals else []
    overview.done_goals = len(goals.goals) - len(overview.open_goals) if goals else 0
    try:
        overview.open_help = open_requests(store)
    except DataError as exc:
        overview.problems.append(str(exc))
    try:
        overview.last_supervision = last_on_or_before(store.supervisions(), today)
    except DataError as exc:
        overview.problems.append(str(exc))
    return overview


def _entry(
    instrument: Instrument,
    store: JsonStore,
    today: date,
    problems: list[str],
    goals: Goals | None,
) -> Entry:
    cadence = instrument.cadence
    label = period_label(cadence, today) or "any time"
    period = period_key(cadence, today)
    try:
        record = store.load_record(instrument.id, instrument.cadence, period)
    except DataError as exc:
        problems.append(str(exc))
        return Entry(
            instrument.id, instrument.title, label, None, "cannot be read", cadence=cadence
        )
    origin = f"{instrument.id}/{period}"
    step = ""
    offered = goals.offered(origin) if goals else False  # unreadable: offered as the checklist does
    if instrument.next_step and has_no(instrument, record) and not offered:
        step = instrument.next_step  # the offer is open: a line on home, g sets a goal
    state = state_of(instrument, record)
    title = instrument.title
    occasional = instrument.occasional
    return Entry(
        instrument.id, title, label, state, next_step=step, origin=origin, cadence=cadence,
        occasional=occasional,
    )  # fmt: skip


def reflection_entries(content: ContentSet, store: JsonStore, today: date) -> list[Entry]:
    """The stressors grid (ad hoc, with a grid item), with the day it was last revisited."""
    return [
        Entry(
            i.id,
            i.title,
            "last ~6 months",
            None,
            kind="reflection",
            last_revisited=_revisited(store, today, i.id),
            cadence="adhoc",
        )
        for i in content.by_cadence("adhoc")
        if grid_of(i)
    ]


def _revisited(store: JsonStore, today: date, instrument_id: str) -> date | None:
    """When the grid was last revisited; None if its folder cannot be listed (named, with
    "cannot be read" on its line, by `unreadable_reflections`)."""
    try:
        return last_revisited(store, today, instrument_id)
    except DataError:
        return None


def unreadable_reflections(
    content: ContentSet, store: JsonStore, today: date, entries: list[Entry]
) -> list[str]:
    """A line for each grid's current reflection, and the support contacts, that cannot be read;
    the grid's entry says so too. Two small files: the history is never read."""
    problems: list[str] = []
    for n, entry in enumerate(entries):
        if entry.kind != "reflection":
            continue
        try:
            load_current_reflection(store, today, entry.instrument_id)
        except DataError as exc:
            problems.append(str(exc))
            entries[n] = replace(entry, problem="cannot be read")
    try:
        load_support(store)
    except DataError as exc:
        problems.append(str(exc))
    return problems

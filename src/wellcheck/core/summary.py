"""WeeklySummary: one ISO week of answers, arranged for supervision. Pure: no I/O, no clock.

What the week's page holds, in every format alike: its days, its items across them, what was
written, and the week's and month's checklists. `summary_build.build_summary` arranges it.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import Literal

from wellcheck.core.answers import CHECK_VALUES, HelpRequest
from wellcheck.core.goals import Goal
from wellcheck.core.plan import SharedSection
from wellcheck.core.stressors import FlaggedStressor
from wellcheck.core.value import FrozenValue, value_class

DayStatus = Literal[
    "checked in",
    "stand-up",
    "no check-in",
    "today",
    "to come",
    "before start",
    "leave",
    "sick",
    "not-working",
    "not a working day",
    "unreadable",
]
WORKED: tuple[DayStatus, ...] = ("checked in", "stand-up", "no check-in")
"""Days counted in "3 of 4 working days". Not today without a check-in (the day is not over),
nor days still to come, nor days before the first check-in ever (wellcheck was not in use)."""


HelpLine = HelpRequest
"""Help asked for in a stand-up, as the stand-up gives it."""

UnreadKind = Literal["days off", "stand-up", "goals", "stressors", "plan", "supervision"]


@value_class(frozen=True)
class Unread(FrozenValue):
    """A file the page would have drawn on that could not be read: what it holds is left out,
    and the page says so (a supervisor reading "no goals" would take it as none)."""

    kind: UnreadKind
    day: date | None = None
    """The stand-up's day; for days off, the 1st of January of their year."""


StressorLine = FlaggedStressor
"""A stressor the user flagged to take to supervision, as the grid gives it."""


@value_class(frozen=True)
class DayColumn(FrozenValue):
    """One day of the summary's week: checked in, off, to come, or no check-in."""

    day: date
    status: DayStatus

    @property
    def worked(self) -> bool:
        """Counted in "3 of 4 working days": a working day gone by, not marked off, since the
        first check-in; or any day with a check-in."""
        return self.status in WORKED


@value_class(frozen=True)
class CheckRow(FrozenValue):
    """One answered-by-choice item of the daily checklist across the week."""

    item_id: str
    prompt: str
    cells: dict[date, str | int | None]
    """The answer on each shown day: "yes", "no", "na", a number, or None (not answered)."""
    yes: int
    """Days counted in `of` answered yes."""
    of: int
    """Working days actually worked, less those answered "not applicable": days off are never
    counted."""
    notes: list[tuple[date, str]] = field(default_factory=list)

    @property
    def counted(self) -> bool:
        """Whether a "yes" count means anything here: a yes/no item, not a number scale."""
        return any(v in CHECK_VALUES for v in self.cells.values())


@value_class(frozen=True)
class DayEntries(FrozenValue):
    """What one day's list items and text items said, in order."""

    day: date
    entries: list[str]
    """List entries (things that went well), or "label: text" pairs flattened for reflections."""
    fields: list[tuple[str, str]] = field(default_factory=list)
    """A text item's (label, text) pairs, e.g. ("What was difficult", "…")."""


@value_class(frozen=True)
class PeriodAnswer(FrozenValue):
    """One answered item of the weekly or monthly checklist."""

    item_id: str
    prompt: str
    value: str | int | None = None
    note: str = ""
    texts: list[str] = field(default_factory=list)
    """Any written entries or fields (shown after the value)."""


@value_class(frozen=True)
class PeriodChecklist(FrozenValue):
    """The week's or the month's checklist as the summary shows it."""

    period: str
    """2026-W47 or 2026-11."""
    answers: list[PeriodAnswer] = field(default_factory=list)
    readable: bool = True


@value_class(frozen=True)
class WeeklySummary(FrozenValue):
    """Everything the week's page shows, read from the store, in every format alike."""

    owner: str
    """The `name` setting; empty means "your own"."""
    week: str
    monday: date
    made_on: date
    days: list[DayColumn]
    """Every day of the week, Monday to Sunday; `shown` are the ones for the table."""
    checks: list[CheckRow]
    went_well: list[DayEntries]
    reflections: list[DayEntries]
    help: list[HelpLine]
    weekly: PeriodChecklist
    monthly: PeriodChecklist
    open_goals: list[Goal]
    done_goals: list[Goal]
    stressors: list[StressorLine]
    plan: list[SharedSection] = field(default_factory=list)
    """The Wellness Action Plan's sections the user marked to share (never any other)."""
    unread: list[Unread] = field(default_factory=list)
    """The files left out because they could not be read (a day's or a period's checklist
    says so in its own place)."""

    @property
    def sunday(self) -> date:
        return self.days[-1].day

    @property
    def shown(self) -> list[DayColumn]:
        """The table's columns: working days, days off, and any day with a check-in."""
        return [d for d in self.days if d.status != "not a working day"]

    @property
    def worked_days(self) -> int:
        return sum(1 for d in self.days if d.worked)

    @property
    def is_empty(self) -> bool:
        """Nothing written down this week at all (goals alone do not make a week). A day
        whose file could not be read is not nothing: the week says which it is."""
        return not (
            any(d.status in ("checked in", "stand-up", "unreadable") for d in self.days)
            or self.weekly.answers
            or self.monthly.answers
            or self.help
            or self.stressors
        )

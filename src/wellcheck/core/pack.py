"""SupervisionPack: several weeks' summaries, opened by one page a supervisor reads in two
minutes. Pure: built from the weeks' `WeeklySummary`s alone (no I/O, no clock).

The overview puts the weeks side by side: the days checked in and off and each daily and weekly
item's count, week by week; the help asked for and whether it came; the goals set, done and
still open; the flagged stressors with their impact each week. The weeks follow in full.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date

from wellcheck.core.goals import Goal
from wellcheck.core.item_order import id_order
from wellcheck.core.periods import Span
from wellcheck.core.plan import SharedSection
from wellcheck.core.summary import (
    HelpLine,
    PeriodChecklist,
    StressorLine,
    Unread,
    WeeklySummary,
)
from wellcheck.core.value import FrozenValue, value_class

Count = tuple[int, int]
"""(yes, of): days answered yes of the days counted."""


@value_class(frozen=True)
class WeekColumn(FrozenValue):
    """One week of the overview's table."""

    monday: date
    checked_in: int
    """Days with a check-in (the checklist or a stand-up)."""
    worked: int
    """Working days counted (as the week's own page counts them)."""
    off: int
    """Days marked leave, sick or not working."""
    supervision: list[date] = field(default_factory=list)
    """Supervision noted this week."""


@value_class(frozen=True)
class ItemAcross(FrozenValue):
    """One item, week by week: a count for a daily item, an answer for a weekly one."""

    item_id: str
    prompt: str
    counts: list[Count | None] = field(default_factory=list)
    """A daily yes/no item's count each week (None: not answered that week)."""
    values: list[str | int | None] = field(default_factory=list)
    """A weekly item's answer each week."""


@value_class(frozen=True)
class StressorAcross(FrozenValue):
    """A flagged stressor, with its impact at the end of each week it was flagged."""

    category: str
    label: str
    impacts: list[int | None]
    """Its impact as the grid stood at each week's end (None: not flagged then, or no
    impact given)."""
    latest: StressorLine
    """As it stands at the end of the period (its note, help, whether it affects work)."""

    @property
    def moved(self) -> tuple[int, int] | None:
        """The first and last impact given over the period, if it was given twice or more."""
        given = [i for i in self.impacts if i is not None]
        return (given[0], given[-1]) if len(given) > 1 else None


@value_class(frozen=True)
class SupervisionPack(FrozenValue):
    """The supervision pack: every week of a period, and what its first page sums up."""

    owner: str
    span: Span
    made_on: date
    weeks: list[WeeklySummary]
    """Every week of the span in full, the first first."""
    columns: list[WeekColumn]
    daily: list[ItemAcross]
    weekly: list[ItemAcross]
    monthly: list[PeriodChecklist]
    """Each month the weeks end in, once, with answers."""
    help: list[HelpLine]
    """All help asked for in the period's stand-ups, each as it stands now."""
    goals_set: list[Goal]
    goals_done: list[Goal]
    goals_open: list[Goal]
    """Open at the end of the period (set in it or before)."""
    stressors: list[StressorAcross]
    supervisions: list[date]
    """Supervision noted within the period."""
    plan: list[SharedSection] = field(default_factory=list)
    """The Wellness Action Plan's sections the user marked to share, once for the pack (its
    weeks' pages leave them out)."""
    unread: list[Unread] = field(default_factory=list)
    """The files left out of the pack because they could not be read, each once."""

    @property
    def first(self) -> date:
        return self.span.first

    @property
    def sunday(self) -> date:
        return self.span.sunday

    @property
    def is_empty(self) -> bool:
        return all(w.is_empty for w in self.weeks)


AnySummary = WeeklySummary | SupervisionPack
"""What `wellcheck summary` gives: one week's page, or a pack of several."""


def build_pack(
    span: Span, weeks: list[WeeklySummary], supervisions: list[date], made_on: date
) -> SupervisionPack:
    """Arrange the weeks' summaries (one per Monday of `span`, in order) into a pack."""
    last = weeks[-1]
    inside = [d for d in supervisions if span.first <= d <= span.sunday]
    goals = {g.id: g for w in weeks for g in (*w.open_goals, *w.done_goals)}
    final = {g.id: g for g in (*last.open_goals, *last.done_goals)}
    return SupervisionPack(
        owner=last.owner,
        span=span,
        made_on=made_on,
        weeks=weeks,
        columns=[_column(w, inside) for w in weeks],
        daily=_daily(weeks),
        weekly=_weekly(weeks),
        monthly=_months(weeks),
        help=[h for w in weeks for h in w.help],
        goals_set=[final.get(g.id, g) for g in goals.values() if g.created >= span.first],
        goals_done=[g for w in weeks for g in w.done_goals],
        goals_open=list(last.open_goals),
        stressors=_stressors(weeks),
        supervisions=inside,
    )


def _column(week: WeeklySummary, supervisions: list[date]) -> WeekColumn:
    off = sum(1 for d in week.days if d.status in ("leave", "sick", "not-working"))
    checked = sum(1 for d in week.days if d.status in ("checked in", "stand-up"))
    held = [d for d in supervisions if week.monday <= d <= week.sunday]
    return WeekColumn(week.monday, checked, week.worked_days, off, held)


def _daily(weeks: list[WeeklySummary]) -> list[ItemAcross]:
    prompts: dict[str, str] = {}
    for week in weeks:
        for check in week.checks:
            if check.counted:
                prompts[check.item_id] = check.prompt  # the latest wording
    out = []
    for item_id in id_order([[r.item_id for r in w.checks] for w in weeks]):
        if item_id not in prompts:
            continue
        counts: list[Count | None] = []
        for week in weeks:
            row = next((r for r in week.checks if r.item_id == item_id), None)
            counts.append((row.yes, row.of) if row is not None else None)
        out.append(ItemAcross(item_id, prompts[item_id], counts=counts))
    return out


def _weekly(weeks: list[WeeklySummary]) -> list[ItemAcross]:
    by_week = [{a.item_id: a for a in w.weekly.answers} for w in weeks]
    out = []
    for item_id in id_order([list(answers) for answers in by_week]):
        given = [answers.get(item_id) for answers in by_week]
        prompt = next(a.prompt for a in reversed(given) if a is not None)
        values = [a.value if a is not None else None for a in given]
        out.append(ItemAcross(item_id, prompt, values=values))
    return out


def _months(weeks: list[WeeklySummary]) -> list[PeriodChecklist]:
    months: dict[str, PeriodChecklist] = {}
    for week in weeks:
        month = week.monthly
        if month.answers or not month.readable:
            months[month.period] = month
    return list(months.values())


def _stressors(weeks: list[WeeklySummary]) -> list[StressorAcross]:
    keys: dict[tuple[str, str], StressorLine] = {}
    for week in weeks:
        for flagged in week.stressors:
            keys[(flagged.category, flagged.label)] = flagged  # the latest as it stands
    out = []
    for key, latest in keys.items():
        impacts = []
        for week in weeks:
            line = next((s for s in week.stressors if (s.category, s.label) == key), None)
            impacts.append(line.impact if line is not None else None)
        out.append(StressorAcross(key[0], key[1], impacts, latest))
    return out

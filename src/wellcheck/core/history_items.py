"""Looking back, each item over the last weeks: yes on N of M worked days, week by week, and
a small trend line of it. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Literal

from wellcheck.core.answers import CHECK_VALUES, Record
from wellcheck.core.history import WeekRow
from wellcheck.core.item_order import item_order
from wellcheck.core.value import FrozenValue, value_class

TREND_WEEKS = 12
"""Weeks the per-item view looks back over (the issue's "last 12 weeks")."""
SPARKS = "▁▂▃▄▅▆▇█"


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

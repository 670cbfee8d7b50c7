"""The whole history, for plain mode, markdown and JSON: the weeks, the items' trends, the
stressors' trails and the goals' spans, as `session/history.py` gathers them. Pure."""

from __future__ import annotations

from datetime import date

from wellcheck.core.history import WeekRow
from wellcheck.core.history_goals import GoalSpan
from wellcheck.core.history_items import ItemTrend
from wellcheck.core.history_stressors import StressorTrail
from wellcheck.core.value import FrozenValue, value_class


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

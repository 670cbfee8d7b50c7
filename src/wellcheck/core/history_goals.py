"""Looking back, goals over time: how long each was (or has been) open. Pure: no I/O, no clock."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from wellcheck.core.goals import Goal
from wellcheck.core.value import FrozenValue, value_class


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

"""Goals: add one (from a checklist with some "no" answers), mark one done, and whether a
checklist's period has had its goal offer already."""

from __future__ import annotations

from datetime import date

from wellcheck.core.errors import WellcheckError
from wellcheck.core.goals import Goal
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt


class GoalActions:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.declined: set[str] = set()
        """Checklist periods whose goal offer was answered "not now" in this session."""

    def add(self, text: str, target: date | None, origin: str) -> Outcome[Goal]:
        return attempt(lambda: self.ctx.store.add_goal(text, self.ctx.today, target, origin))

    def done(self, goal_id: str) -> Outcome[None]:
        return attempt(lambda: self.ctx.store.set_goal_done(goal_id, self.ctx.today))

    def decline(self, origin: str) -> None:
        self.declined.add(origin)

    def offered(self, origin: str) -> bool:
        """Whether a goal was set from this checklist and period, or declined this session."""
        if origin in self.declined:
            return True
        try:
            return any(goal.origin == origin for goal in self.ctx.store.goals())
        except WellcheckError:
            return False

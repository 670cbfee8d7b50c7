"""Goals: add one (confirmed in the dialog), edit, delete, mark one done or open it again;
remember "not now" for a checklist period's offer; keep a goal being written as a draft (a
quick exit)."""

from __future__ import annotations

from datetime import date

from wellcheck.core.errors import WellcheckError
from wellcheck.core.goals import Goal, GoalDraft
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt


class GoalActions:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def open_goals(self) -> list[Goal]:
        """The goals not yet marked done (raises DataError if the file cannot be read)."""
        return [g for g in self.ctx.store.goals() if g.done is None]

    def add(self, text: str, target: date | None, origin: str) -> Outcome[Goal]:
        return attempt(lambda: self.ctx.store.add_goal(text, self.ctx.today, target, origin))

    def done(self, goal_id: str) -> Outcome[None]:
        return attempt(lambda: self.ctx.store.set_goal_done(goal_id, self.ctx.today))

    def reopen(self, goal_id: str) -> Outcome[None]:
        """A goal marked done open again, as it was (home's ctrl+z after x)."""
        return attempt(lambda: self.ctx.store.reopen_goal(goal_id))

    def edit(self, goal_id: str, text: str, target: date | None) -> Outcome[None]:
        return attempt(lambda: self.ctx.store.edit_goal(goal_id, text, target))

    def delete(self, goal_id: str) -> Outcome[None]:
        return attempt(lambda: self.ctx.store.delete_goal(goal_id))

    def decline(self, origin: str) -> Outcome[None]:
        """ "Not now": remembered for that checklist period, across restarts."""
        return attempt(lambda: self.ctx.store.decline_goal_offer(origin))

    def keep_draft(self, draft: GoalDraft | None) -> Outcome[None]:
        return attempt(lambda: self.ctx.store.keep_goal_draft(draft))

    def draft(self, origin: str, goal_id: str = "") -> GoalDraft | None:
        """The draft kept for this dialog (the same checklist period, or the same goal)."""
        try:
            draft = self.ctx.store.goals_file().draft
        except WellcheckError:
            return None
        if draft is None or (draft.goal_id, draft.origin) != (goal_id, origin):
            return None
        return draft

    def offered(self, origin: str) -> bool:
        """Whether a goal was set from this checklist and period, or "not now" was said."""
        try:
            return self.ctx.store.goals_file().offered(origin)
        except WellcheckError:
            return False

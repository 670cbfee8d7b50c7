"""Goals in plain mode (`wellcheck goals --plain`): the open goals, line by line; pick one by
its number to change its words or date, mark it done, or delete it (asked once)."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from wellcheck.core.errors import WellcheckError
from wellcheck.core.goals import Goal
from wellcheck.core.periods import parse_date
from wellcheck.plain.checklist import CLEAR
from wellcheck.plain.lines import EndOfInput, LineIO
from wellcheck.session.goals import GoalActions
from wellcheck.session.outcome import Outcome

ACTIONS = {
    "e": "edit",
    "edit": "edit",
    "x": "done",
    "done": "done",
    CLEAR: "delete",
    "delete": "delete",
}
"""The letters home uses on a goal (e edits, x marks done); - deletes, as - alone clears in every
plain question and Delete deletes on home."""


class GoalsPlain(LineIO):
    def __init__(self, goals: GoalActions, stdin: TextIO, stdout: TextIO):
        super().__init__(stdin, stdout)
        self.goals = goals

    def run(self) -> int:
        try:
            while self._one():
                pass
        except EndOfInput:
            self.say("\nEnd of input: every change you made is saved.")
        return 0

    def _one(self) -> bool:
        """List the open goals and act on one; False when the user is finished."""
        goals = self.goals.open_goals()
        if not goals:
            self.say("No open goals. One can be set when a checklist has a no.")
            return False
        self.say("\nYour open goals:")
        for number, goal in enumerate(goals, 1):
            self.say(f"  {number}. {goal.text}{_by(goal)}")
        picked = self.ask_until(
            "Pick one by its number (Enter to finish)",
            "",
            lambda line: int(line) if line.isdigit() and 1 <= int(line) <= len(goals) else None,
            f"Please give a number from 1 to {len(goals)}.",
        )
        if picked is None:
            return False
        self._act(goals[picked - 1])
        return True

    def _act(self, goal: Goal) -> None:
        action = self.choose("   e edits it, x marks it done, - deletes it", "", ACTIONS)
        if action == "edit":
            text = self.ask("   The goal", goal.text) or goal.text
            target = self._target(goal.target)
            saved_none(self.goals.edit(goal.id, text, target))
            self.say("   Goal changed.")
        elif action == "done":
            saved_none(self.goals.done(goal.id))
            self.say("   Marked done. Well done.")
        elif action == "delete":
            sure = self.ask(f"   Delete “{goal.text}”? y deletes it, Enter keeps it", "")
            if (sure or "").lower() in ("y", "yes"):
                saved_none(self.goals.delete(goal.id))
                self.say("   Goal deleted.")
            else:
                self.say("   Kept as it was.")

    def _target(self, current: date | None) -> date | None:
        def parse(line: str) -> date | None:
            try:
                return parse_date(line)
            except WellcheckError:
                return None

        shown = current.isoformat() if current else ""
        line = self.ask("   Target date, YYYY-MM-DD (Enter keeps it, - for none)", shown)
        while line is not None and line != CLEAR and parse(line) is None:
            self.say("   Please use YYYY-MM-DD.")
            line = self.ask("   Target date, YYYY-MM-DD (Enter keeps it, - for none)", shown)
        if line is None:
            return current
        return None if line == CLEAR else parse(line)


def _by(goal: Goal) -> str:
    return f" (by {goal.target.isoformat()})" if goal.target else ""


def saved_none(outcome: Outcome[None]) -> None:
    """A save that failed stops plain mode with its one line, as every plain mode does."""
    if not outcome.saved:
        raise WellcheckError(outcome.problem)

"""The goal dialog: opened only by its key (g on an offer, e on a goal), never by itself.

A goal is saved only when confirmed: Enter in the target date (the last field). Escape says
"not now" (remembered for that checklist period) or, with words typed, keeps them as a draft
that reopens with the dialog; a quick exit keeps them as a draft too, never as a goal.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from wellcheck.core.goals import Goal, GoalDraft
from wellcheck.session.outcome import Outcome
from wellcheck.tui.bindings import DIALOG_KEYS
from wellcheck.tui.messages import GoalSaved
from wellcheck.tui.protocols import KeepsGoals, Saves, hold_keys, release_keys, report
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

NEW_HELP = "Enter moves on; Enter in the date sets the goal. Escape: not now."
EDIT_HELP = "Enter moves on; Enter in the date keeps the change. Escape leaves it as it was."


class GoalDialog(ModalScreen[bool]):
    """Returns True when a goal was saved (or changed)."""

    BINDINGS = [
        Binding("escape", "not_now", "Not now"),
        # Taken as it arrives (priority): the words typed after Enter reach the field it moved
        # to, and none reach the dialog once it has closed.
        Binding("enter", "enter", "Next / set", show=False, priority=True),
        *DIALOG_KEYS,
    ]

    def __init__(
        self,
        goals: KeepsGoals,
        today: date,
        *,
        origin: str = "",
        advice: str = "",
        goal: Goal | None = None,
    ) -> None:
        super().__init__()
        self.goals, self.today, self.advice, self.goal = goals, today, advice, goal
        self.origin = goal.origin if goal else origin
        self.goal_id = goal.id if goal else ""
        target = goal.target.isoformat() if goal and goal.target else ""
        self.opened_with = (goal.text if goal else "", target)
        """The words the dialog opened with: a change from them is the user's."""
        draft = goals.draft(self.origin, self.goal_id)
        self.start = (draft.text, draft.target) if draft else self.opened_with

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            title = "Change this goal" if self.goal else "A next step, if you'd like one"
            yield Words(title, classes="dialog-title")
            if self.advice:
                yield Words(self.advice, classes="advice")
            yield Words("An achievable goal", classes="label")
            yield TextField(
                self.start[0],
                placeholder="e.g. take a proper lunch break on Wednesday",
                id="goal",
                select_on_focus=False,
            )
            yield Words("Target date (optional, YYYY-MM-DD)", classes="label")
            yield TextField(
                self.start[1], placeholder="YYYY-MM-DD", id="target"
            )  # no cut: words kept
            yield Words("", id="problem")
            yield Words(EDIT_HELP if self.goal else NEW_HELP, classes="help")
        yield KeysFooter()

    def typed(self) -> tuple[str, str]:
        return (
            self.query_one("#goal", Input).value.strip(),
            self.query_one("#target", Input).value.strip(),
        )

    def action_enter(self) -> None:
        """In the goal: on to the date. In the date: confirm, once the keys typed before Enter
        are in the field (the keys after it wait for what the dialog closes onto)."""
        if self.focused is self.query_one("#goal", Input):
            self.set_focus(self.query_one("#target", Input))
            return
        hold_keys(self)
        self.query_one("#target", Input).call_later(self.call_later, self.target_entered)

    def target_entered(self) -> None:
        """Enter in the last field: the goal is confirmed, and saved."""
        text, target_text = self.typed()
        problem = self.query_one("#problem", Static)
        target = self._target(target_text) if target_text else None
        if not text or (target_text and target is None):
            if not text:
                problem.update("Write a goal first, or Escape for not now.")
            release_keys(self)  # the dialog stays: the keys typed after Enter are its
            return
        outcome: Outcome[Any] = (
            self.goals.edit(self.goal.id, text, target)
            if self.goal is not None
            else self.goals.add(text, target, self.origin)
        )
        report(self, outcome, "Your goal is still in the dialog.")
        if outcome.saved:
            self.post_message(GoalSaved(changed=self.goal is not None))
            self.dismiss(True)
        else:  # the dialog stays, words and all
            problem.update("Not saved yet: see the message above.")
            release_keys(self)

    def _target(self, text: str) -> date | None:
        """The target date, or None after saying on screen what is wrong with it."""
        problem = self.query_one("#problem", Static)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            problem.update("Please write the date as YYYY-MM-DD, e.g. 2026-12-04.")
            return None
        try:
            target = date.fromisoformat(text)
        except ValueError:
            problem.update(f"There is no {text} in the calendar: please check the date.")
            return None
        if target < self.today:
            problem.update("That date has passed: pick today or a day to come.")
            return None
        return target

    def action_not_now(self) -> None:
        """Words typed are kept as a draft; an empty new goal is "not now" for this period."""
        keep = self.take_unsaved()
        if keep is not None:
            keep()
            self.notify("Kept as a draft: it opens again with this dialog.", title="Not yet set")
        elif self.goal is None and not self.typed()[0]:
            report(self, self.goals.decline(self.origin))
            if self.start != self.opened_with:
                self.goals.keep_draft(None)  # a draft emptied on purpose
        self.dismiss(False)

    def take_unsaved(self) -> Saves | None:
        """Words typed and not confirmed, as a call that keeps them as a draft (quick exit)."""
        text, target = self.typed()
        if not text or (text, target) == self.opened_with:
            return None
        draft = GoalDraft(text, target, self.origin, self.goal_id)
        goals = self.goals
        return lambda: [goals.keep_draft(draft)]

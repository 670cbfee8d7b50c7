"""The goal offer: the toolkit's next step when some answers are no, a goal the user may set."""

from __future__ import annotations

import re
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from wellcheck.tui.messages import GoalSaved
from wellcheck.tui.protocols import KeepsGoals, Saves


class GoalOffer(ModalScreen[bool]):
    """Offered, never forced: Escape says "not now"."""

    BINDINGS = [Binding("escape", "dismiss(False)", "Not now")]

    def __init__(self, advice: str, origin: str, today: date, goals: KeepsGoals) -> None:
        super().__init__()
        self.advice = advice
        self.origin = origin
        self.today = today
        self.goals = goals

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("A next step, if you'd like one", classes="dialog-title")
            yield Static(self.advice, classes="advice")
            yield Static("An achievable goal", classes="label")
            yield Input(
                placeholder="e.g. take a proper lunch break on Wednesday",
                id="goal",
                select_on_focus=False,
            )
            yield Static("Target date (optional, YYYY-MM-DD)", classes="label")
            yield Input(placeholder="YYYY-MM-DD", id="target", max_length=10)
            yield Static("", id="problem")
            yield Static("Enter moves on and saves; Escape: not now.", classes="help")
        yield Footer()

    @on(Input.Submitted, "#goal")
    def goal_entered(self) -> None:
        self.query_one("#target", Input).focus()

    @on(Input.Submitted, "#target")
    def target_entered(self) -> None:
        text = self.query_one("#goal", Input).value.strip()
        if not text:
            self.dismiss(False)
            return
        target_text = self.query_one("#target", Input).value.strip()
        target: date | None = None
        if target_text:
            target = self._target(target_text)
            if target is None:
                return
        outcome = self.goals.add(text, target, self.origin)
        if outcome.saved:
            self.post_message(GoalSaved())
            self.dismiss(True)
        else:  # the dialog stays, words and all
            self.notify(outcome.problem, title="Goal not saved", severity="error", timeout=15)
            self.query_one("#problem", Static).update("Not saved yet: see the message above.")

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

    def take_unsaved(self) -> Saves | None:
        """A goal typed but not submitted, kept on a quick exit (an unclear date is dropped)."""
        text = self.query_one("#goal", Input).value.strip()
        if not text:
            return None
        try:
            target: date | None = date.fromisoformat(self.query_one("#target", Input).value.strip())
        except ValueError:
            target = None
        goals, origin = self.goals, self.origin
        return lambda: [goals.add(text, target, origin)]

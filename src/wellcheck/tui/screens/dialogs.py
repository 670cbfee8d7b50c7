"""Small modal screens: the toolkit's next step (set a goal), and marking a day off."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from wellcheck.core.days_off import DAY_OFF_KINDS, DayOffKind

if TYPE_CHECKING:
    from wellcheck.tui.app import WellcheckApp

DAY_OFF_CLEAR = "clear"


class GoalOffer(ModalScreen[bool]):
    """Offered, never forced: Escape says "not now"."""

    BINDINGS = [Binding("escape", "dismiss(False)", "Not now")]

    def __init__(self, advice: str, origin: str, today: date) -> None:
        super().__init__()
        self.advice = advice
        self.origin = origin
        self.today = today

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
        app = cast("WellcheckApp", self.app)
        if app.add_goal(text, target, self.origin):  # on failure the dialog stays, words and all
            app.goal_saved()
            self.dismiss(True)
        else:
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

    def take_unsaved(self) -> Callable[[], object] | None:
        """A goal typed but not submitted, kept on a quick exit (an unclear date is dropped)."""
        text = self.query_one("#goal", Input).value.strip()
        if not text:
            return None
        try:
            target: date | None = date.fromisoformat(self.query_one("#target", Input).value.strip())
        except ValueError:
            target = None
        app = cast("WellcheckApp", self.app)
        return lambda: app.add_goal(text, target, self.origin)


class DayOffDialog(ModalScreen[str | None]):
    """Mark the day as leave, sick or not working, or clear the mark."""

    BINDINGS = [
        Binding("l", "choose('leave')", "Leave"),
        Binding("s", "choose('sick')", "Sick"),
        Binding("n", "choose('not-working')", "Not working"),
        Binding("c", f"choose('{DAY_OFF_CLEAR}')", "Clear"),
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, day: date, current: DayOffKind | None) -> None:
        super().__init__()
        self.day = day
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(f"{self.day:%A} {self.day.day} {self.day:%B}", classes="dialog-title")
            now = f"Marked now as: {self.current.replace('-', ' ')}." if self.current else ""
            yield Static(
                "A day off is never counted or shown as missed. "
                f"{now}\n\nl  leave    s  sick    n  not working    c  clear the mark"
            )
        yield Footer()

    def action_choose(self, kind: str) -> None:
        if kind == DAY_OFF_CLEAR or kind in DAY_OFF_KINDS:
            self.dismiss(kind)

"""Small modal screens: the toolkit's next step (set a goal), and marking a day off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static

from wellcheck.core.answers import DAY_OFF_KINDS, DayOffKind
from wellcheck.tui.messages import GoalSet

if TYPE_CHECKING:
    from wellcheck.tui.app import WellcheckApp

DAY_OFF_CLEAR = "clear"


class GoalOffer(ModalScreen[bool]):
    """Offered, never forced: Escape says "not now"."""

    BINDINGS = [Binding("escape", "dismiss(False)", "Not now")]

    def __init__(self, advice: str, origin: str) -> None:
        super().__init__()
        self.advice = advice
        self.origin = origin

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
            try:
                target = date.fromisoformat(target_text)
            except ValueError:
                self.query_one("#problem", Static).update("Please write the date as YYYY-MM-DD.")
                return
        self.app.post_message(GoalSet(text, target, self.origin))
        self.dismiss(True)

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

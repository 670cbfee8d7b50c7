"""Marking the working day as a day off (leave, sick, not working), or clearing the mark."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from wellcheck.core.days_off import DAY_OFF_KINDS, DayOffKind

DAY_OFF_CLEAR = "clear"


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
                "A day off is left out of your counts. "
                f"{now}\n\nl  leave    s  sick    n  not working    c  clear the mark"
            )
        yield Footer()

    def action_choose(self, kind: str) -> None:
        if kind == DAY_OFF_CLEAR or kind in DAY_OFF_KINDS:
            self.dismiss(kind)

"""Marking the working day as a day off (leave, sick, not working), or clearing the mark."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from wellcheck.core.days_off import DAY_OFF_KINDS, DayOffKind
from wellcheck.tui.bindings import CLEAR, DIALOG_KEYS
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

DAY_OFF_CLEAR = "clear"


class DayOffDialog(ModalScreen[str | None]):
    """Mark the day as leave, sick or not working, or clear the mark."""

    BINDINGS = [
        # The n-th kind by its digit, and Delete clears, as on every screen (the key map);
        # taken as they arrive (priority), as every key that closes a dialog is.
        Binding("1", "choose('leave')", "Leave", priority=True),
        Binding("2", "choose('sick')", "Sick", priority=True),
        Binding("3", "choose('not-working')", "Not working", priority=True),
        Binding(CLEAR, f"choose('{DAY_OFF_CLEAR}')", "Clear", priority=True),
        Binding("escape", "dismiss(None)", "Cancel", priority=True),
        *DIALOG_KEYS,
    ]

    def __init__(self, day: date, current: DayOffKind | None) -> None:
        super().__init__()
        self.day = day
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Words(f"{self.day:%A} {self.day.day} {self.day:%B}", classes="dialog-title")
            now = f"Marked now as: {self.current.replace('-', ' ')}." if self.current else ""
            yield Words(
                "A day off is left out of your counts. "
                f"{now}\n\n1  leave    2  sick    3  not working    Delete  clears the mark"
            )
        yield KeysFooter()

    def action_choose(self, kind: str) -> None:
        if kind == DAY_OFF_CLEAR or kind in DAY_OFF_KINDS:
            self.dismiss(kind)

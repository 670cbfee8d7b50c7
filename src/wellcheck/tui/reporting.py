"""Saying how saves went: a failure once per problem, not once per keystroke; when saving works
again; and, on a quick exit, the one line the terminal gets if some words could not be saved."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from wellcheck.session.outcome import Outcome

Notify = Callable[..., None]
"""`App.notify`."""
KEPT = "Everything saved before it is kept."


class SaveReports:
    def __init__(self, notify: Notify) -> None:
        self.notify = notify
        self.problem = ""
        """The last save error shown, so a failing disk is reported once."""
        self.warning = ""
        """The last "saved, but" shown (the open-help index), likewise once."""

    def report(self, outcome: Outcome[Any], still: str = "") -> None:
        if outcome.warning and outcome.warning != self.warning:
            self.warning = outcome.warning
            self.notify(outcome.warning, title="Saved", severity="warning", timeout=15)
        if outcome.saved:
            if not outcome.warning:
                self.warning = ""  # said again if it fails again after working
            if self.problem:
                self.problem = ""
                self.notify("Saving works again: everything on screen is saved.", title="Saved")
            return
        if outcome.problem != self.problem:
            self.problem = outcome.problem
            line = f"{outcome.problem}. {still or 'Your answer is still on screen.'}"
            self.notify(line, title="Not saved", severity="error", timeout=15)


def parting_line(saves: Iterable[Callable[[], Sequence[Outcome[Any]]]]) -> str:
    """Run every save; the line to leave on the terminal if some could not be saved: how many
    and why, never the words. Empty when all were saved."""
    failed = [outcome for save in saves for outcome in save() if not outcome.saved]
    if not failed:
        return ""
    count = f"{len(failed)} answer{'s' if len(failed) != 1 else ''}"
    why = failed[0].problem
    return f"wellcheck: {count} on screen when you left could not be saved: {why}. {KEPT}"

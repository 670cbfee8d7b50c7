"""Quick exit (Escape three times quickly) and crash reports that never show the user's words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text

from wellcheck.core.errors import crash_line
from wellcheck.session.outcome import Outcome

QUICK_EXIT_PRESSES = 3
QUICK_EXIT_WINDOW = 1.0
"""Seconds within which the presses must fall, as GOV.UK's "Exit this page" counts Shift."""


class QuickExit:
    """Counts Escape presses on an injected clock; `pressed()` is True on the third quick one.

    It also keeps what was typed at each press of the run (see `WellcheckApp.on_event`).
    """

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.times: list[float] = []
        self.drafts: dict[int, Callable[[], Sequence[Outcome[Any]]]] = {}

    def press(self) -> bool:
        """An Escape, counted as it arrives: True on the third quick one."""
        now = self.clock()
        self.times = [t for t in self.times if now - t <= QUICK_EXIT_WINDOW] + [now]
        if len(self.times) == 1:
            self.drafts = {}
        return len(self.times) >= QUICK_EXIT_PRESSES

    def keep(self, drafts: dict[int, Callable[[], Sequence[Outcome[Any]]]]) -> None:
        """What was typed at a press of this run (a screen the press then closes included)."""
        self.drafts.update(drafts)

    def take_drafts(self) -> dict[int, Callable[[], Sequence[Outcome[Any]]]]:
        drafts, self.drafts, self.times = self.drafts, {}, []
        return drafts


class SafeCrash(Exception):
    """Wraps a crash so Textual prints `crash_line` instead of a traceback with locals."""

    def __init__(self, error: Exception) -> None:
        super().__init__(type(error).__name__)
        self.error = error
        self.__cause__ = error

    def __rich__(self) -> Text:
        return Text(crash_line(self.error))

"""Quick exit from anywhere: Escape three times quickly, or ctrl+q, saving what every open
screen holds unsaved before the app goes (README, Keys; the promises in the design brief)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from wellcheck.tui.protocols import HoldsUnsaved, Saves
from wellcheck.tui.reporting import parting_line
from wellcheck.tui.safety import QuickExit

AFTER_TYPED_AT_MOST = 0.5
"""Seconds after which a quick exit goes ahead without the focused widget (see _after_typed)."""


class Leaving:
    """The app's way out: each Escape counted and what is typed captured as it is pressed,
    the third quick one (or ctrl+q) leaving with everything saved that can be: `go` is given
    the one line on what could not be ("" when all was), to say once the screen is gone."""

    def __init__(self, app: App[Any], presses: QuickExit, go: Callable[[str], None]) -> None:
        self.app = app
        self.quick_exit = presses
        self.go = go

    def escape(self) -> bool:
        """An Escape: True on the third quick one, which quits. What is typed is captured once
        the keys before it are in their field (a burst: a word, then Escape), and before this
        Escape reaches it."""
        third = self.quick_exit.press()
        self._after_typed(lambda: self._escape_taken(third))
        return third

    def now(self) -> None:
        """Leave at once (ctrl+q), once the keys typed before it are in their field."""
        self._after_typed(lambda: self._leave({}))

    def _after_typed(self, then: Callable[[], None]) -> None:
        """Run `then` once the focused widget has taken every key that came before this one.

        Ctrl+Q and Escape are acted on by the app as they arrive, while the keys typed just
        before them may still be waiting in the focused field's queue, not yet in its value:
        a quick exit then saved the words without their last letters. A call queued behind
        them runs once they are in. (Should the widget be gone meanwhile, `then` runs anyway a
        moment later.)"""
        focused = self.app.screen.focused
        if focused is None:
            then()
            return
        done: list[bool] = []

        def once() -> None:
            if not done:
                done.append(True)
                then()

        focused.call_later(once)
        self.app.set_timer(AFTER_TYPED_AT_MOST, once)

    def _escape_taken(self, third: bool) -> None:
        self.quick_exit.keep(self._unsaved())
        if third:
            self._leave(self.quick_exit.take_drafts())

    def _unsaved(self) -> dict[int, Saves]:
        """Each open screen's unsaved typing, captured now, by screen."""
        found: dict[int, Saves] = {}
        for screen in self.app.screen_stack:
            draft = screen.take_unsaved() if isinstance(screen, HoldsUnsaved) else None
            if draft is not None:
                found[id(screen)] = draft
        return found

    def _leave(self, earlier: dict[int, Saves]) -> None:
        """Save what every screen holds unsaved, and go; what could not be saved is said in one
        line on the terminal once the screen is gone (see `reporting.parting_line`)."""
        self.go(parting_line({**earlier, **self._unsaved()}.values()))

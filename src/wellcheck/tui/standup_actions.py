"""The app's stand-up work, mixed into WellcheckApp: opening the stand-up, saving Y, T and H as
typed, and marking help resolved. Like the rest of the app, it is UI code that calls the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from textual import on
from textual.app import App

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.errors import WellcheckError
from wellcheck.session.context import Context
from wellcheck.tui.messages import HelpResolved

Clock = Callable[[], float]
"""Monotonic seconds, as `time.monotonic` gives them."""

T = TypeVar("T")


class StandupActions(App[None]):
    ctx: Context
    clock: Clock
    """Monotonic seconds for the stand-up timer; tests give their own."""
    index_problem = ""
    """The last failure to update the open-help index, shown once."""

    def refresh_home(self) -> None:
        """Show the home screen's figures afresh (the app defines it)."""

    def open_standup(self) -> None:
        ctx = self.ctx
        try:
            instrument = standup.standup_instrument(ctx.content)
            record = standup.load(ctx.store, ctx.today)
        except WellcheckError as exc:
            self.notify(str(exc), title="Cannot open", severity="error", timeout=10)
            return
        carry = None
        if standup.YESTERDAY not in record.answers:
            carry = self._or_warn(lambda: standup.find_carry_over(ctx.store, ctx.today), None)
        earlier: list[standup.HelpRequest] = self._or_warn(
            lambda: standup.earlier_open(ctx.store, ctx.today, record), []
        )
        from wellcheck.tui.screens.standup import StandupScreen

        screen = StandupScreen(instrument, record, ctx.today, carry, earlier, self.clock)
        self.push_screen(screen, lambda _: self.refresh_home())

    def _or_warn(self, read: Callable[[], T], fallback: T) -> T:
        """Yesterday's plan and earlier help are a convenience: a file that cannot be read is
        named, and the stand-up opens without it."""
        try:
            return read()
        except WellcheckError as exc:
            self.notify(str(exc), title="Could not read", severity="warning", timeout=10)
            return fallback

    def save_standup_answer(self, day: date, item_id: str, answer: Answer) -> bool:
        """Save durably, at once. On failure say so; the words stay on screen."""
        try:
            standup.save_answer(self.ctx.store, day, item_id, answer)
            if item_id == standup.HELP:
                self.index_problem = ""  # the index is right again
        except standup.IndexNotUpdated as exc:
            if str(exc) != self.index_problem:  # once, not once per keystroke
                self.index_problem = str(exc)
                self.notify(str(exc), title="Saved", severity="warning", timeout=15)
        except WellcheckError as exc:
            return self.report_save(exc, "Your words are still on screen.")
        return self.report_save(None)

    def report_save(
        self, error: WellcheckError | None, still: str = "Your answer is still on screen."
    ) -> bool:
        """Say a save failed, once per problem (the app defines it)."""
        return error is None

    @on(HelpResolved)
    def help_resolved(self, event: HelpResolved) -> None:
        when = self.ctx.today if event.resolved else None
        try:
            standup.set_resolved(self.ctx.store, event.day, event.text, when)
        except standup.IndexNotUpdated as exc:
            self.notify(str(exc), title="Saved", severity="warning", timeout=15)
        except WellcheckError as exc:
            self.notify(str(exc), title="Not saved", severity="error", timeout=15)
            return
        self.notify("Marked resolved." if event.resolved else "Open again.")
        self.refresh_home()

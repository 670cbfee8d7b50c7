"""WellcheckApp: the only UI code that calls the store. Screens post messages; the app saves."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App
from textual.binding import Binding

from wellcheck import gc_pause
from wellcheck.core.answers import Answer
from wellcheck.core.content import Instrument
from wellcheck.core.errors import WellcheckError
from wellcheck.core.periods import monday_of, period_key, period_label
from wellcheck.core.standup import STANDUP_ID, standup_instrument
from wellcheck.core.stressors import grid_of
from wellcheck.core.stressors_store import load_current_reflection
from wellcheck.session.context import Context
from wellcheck.session.home import build_overview
from wellcheck.tui.app_stressors import StressorsActions
from wellcheck.tui.messages import GoalDone, InstrumentChosen
from wellcheck.tui.safety import QuickExit, SafeCrash
from wellcheck.tui.screens.home import HomeScreen
from wellcheck.tui.standup_actions import Clock, StandupActions

if TYPE_CHECKING:
    from wellcheck.core.summary import WeeklySummary
    from wellcheck.tui.screens.summary import SummaryScreen

# Screens other than home are imported when first opened: the first paint waits for nothing else.


def preflight(ctx: Context, start: str | None) -> None:
    """Fail before the screen opens, with one line, if the instrument's file cannot be read."""
    if start is None:
        return
    if start == STANDUP_ID:
        standup_instrument(ctx.content)
    instrument = ctx.content.get(start)
    if grid_of(instrument):
        load_current_reflection(ctx.store, ctx.today, instrument.id)
        return
    ctx.store.load_record(
        instrument.id, instrument.cadence, period_key(instrument.cadence, ctx.today)
    )


class WellcheckApp(StandupActions, StressorsActions, App[None]):
    CSS_PATH = "wellcheck.tcss"
    TITLE = "wellcheck"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [Binding("ctrl+q", "quick_exit", "Quit", priority=True)]

    def __init__(
        self,
        ctx: Context,
        start: str | None = None,
        *,
        notes: Sequence[str] = (),
        clock: Clock = time.monotonic,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = clock
        self.start = start
        self.notes = list(notes)
        """One-off notes for the user (e.g. data folder permissions tightened), shown on start."""
        self.home = HomeScreen()
        self.export_dir = export_dir or Path.home()
        """Where the summary screen suggests writing files."""
        self.quick_exit = QuickExit(clock)
        self.offers_declined: set[str] = set()
        """Checklist periods whose goal offer was answered "not now": not offered again today."""
        self.save_problem = ""
        """The last save error shown, so a failing disk is reported once, not per keystroke."""

    def get_default_screen(self) -> HomeScreen:
        """Home is the first screen, composed with what it shows: laid out once, not twice."""
        self.refresh_home()
        return self.home

    @on(events.Ready)
    def first_screen_painted(self) -> None:
        """Start-up is over: the garbage collector, paused since `main`, may run again. A moment
        later, so that not even the first key waits for its one full sweep (see `gc_pause`)."""
        self.set_timer(0.2, gc_pause.settle)

    def on_mount(self) -> None:
        for note in self.notes:
            self.notify(note, title="Note", timeout=15)
        if self.start:
            self.open_instrument(self.start)

    def refresh_home(self) -> None:
        ctx = self.ctx
        self.home.overview = build_overview(ctx.content, ctx.store, ctx.settings, ctx.today)

    def open_instrument(self, instrument_id: str) -> None:
        if instrument_id == STANDUP_ID:
            self.open_standup()
            return
        ctx = self.ctx
        instrument = ctx.content.get(instrument_id)
        if grid_of(instrument):
            self.open_stressors(instrument)
            return
        period = period_key(instrument.cadence, ctx.today)
        try:
            record = ctx.store.load_record(instrument.id, instrument.cadence, period)
        except WellcheckError as exc:
            self.notify(str(exc), title="Cannot open", severity="error", timeout=10)
            return
        from wellcheck.tui.screens.checklist import ChecklistScreen

        label = period_label(instrument.cadence, ctx.today)
        screen = ChecklistScreen(instrument, record, label, period)
        self.push_screen(screen, lambda _: self.refresh_home())

    @on(InstrumentChosen)
    def instrument_chosen(self, event: InstrumentChosen) -> None:
        self.open_instrument(event.instrument_id)

    def save_answer(
        self, instrument: Instrument, period: str, item_id: str, answer: Answer
    ) -> bool:
        """Save one answer durably, at once. On failure say so; the answer stays on screen."""
        try:
            self.ctx.store.save_answer(instrument.id, instrument.cadence, period, item_id, answer)
        except WellcheckError as exc:
            return self.report_save(exc)
        return self.report_save(None)

    def report_save(
        self, error: WellcheckError | None, still: str = "Your answer is still on screen."
    ) -> bool:
        """Say a save failed, once per problem (not once per keystroke), and say when saving
        works again. True when there was no error."""
        if error is None:
            if self.save_problem:
                self.save_problem = ""
                self.notify("Saving works again: everything on screen is saved.", title="Saved")
            return True
        if str(error) != self.save_problem:
            self.save_problem = str(error)
            self.notify(f"{error}. {still}", title="Not saved", severity="error", timeout=15)
        return False

    def add_goal(self, text: str, target: date | None, origin: str) -> bool:
        try:
            self.ctx.store.add_goal(text, self.ctx.today, target, origin)
        except WellcheckError as exc:
            self.notify(str(exc), title="Goal not saved", severity="error", timeout=15)
            return False
        return True

    def goal_saved(self) -> None:
        self.notify("Goal saved. It will stay on the home screen until you mark it done.")
        self.refresh_home()

    def goal_already_offered(self, origin: str) -> bool:
        """Whether a goal was set from this checklist and period, or declined this session."""
        if origin in self.offers_declined:
            return True
        try:
            return any(goal.origin == origin for goal in self.ctx.store.goals())
        except WellcheckError:
            return False

    # -- quick exit and crashes ----------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Escape three times within a second quits from anywhere; each press still acts too.

        What is typed is captured at every press, so a dialog the first press closes (a goal
        being written) is still saved by the third.
        """
        if isinstance(event, events.Key) and not event.is_forwarded and event.key == "escape":
            if self.quick_exit.pressed(self._unsaved()):
                self._leave(self.quick_exit.take_drafts())
                return
        await super().on_event(event)

    def action_quick_exit(self) -> None:
        """ctrl+q: save whatever is typed on any open screen, then leave at once, no dialog."""
        self._leave({})

    def _unsaved(self) -> dict[int, Callable[[], object]]:
        """Each open screen's unsaved typing, captured now, by screen."""
        found: dict[int, Callable[[], object]] = {}
        for screen in self.screen_stack:
            take = getattr(screen, "take_unsaved", None)
            draft = take() if callable(take) else None
            if draft is not None:
                found[id(screen)] = draft
        return found

    def _leave(self, earlier: dict[int, Callable[[], object]]) -> None:
        for save in {**earlier, **self._unsaved()}.values():
            save()
        self.exit()

    def _handle_exception(self, error: Exception) -> None:
        """Show a crash as one line with its type and place, never its message or locals."""
        if os.environ.get("WELLCHECK_DEBUG"):  # a developer's own data: the full traceback
            super()._handle_exception(error)
            return
        super()._handle_exception(SafeCrash(error))

    @on(GoalDone)
    def mark_goal_done(self, event: GoalDone) -> None:
        try:
            self.ctx.store.set_goal_done(event.goal_id, self.ctx.today)
        except WellcheckError as exc:
            self.notify(str(exc), title="Not saved", severity="error", timeout=15)
            return
        self.notify("Goal marked done. Well done.")
        self.refresh_home()

    def action_day_off(self) -> None:
        from wellcheck.tui.screens.dialogs import DayOffDialog

        current = self.home.overview.day_off if self.home.overview else None
        self.push_screen(DayOffDialog(self.ctx.today, current), self._day_off_chosen)

    def _day_off_chosen(self, kind: str | None) -> None:
        from wellcheck.tui.screens.dialogs import DAY_OFF_CLEAR

        if kind is None:
            return
        try:
            self.ctx.store.set_day_off(self.ctx.today, None if kind == DAY_OFF_CLEAR else kind)  # type: ignore[arg-type]
        except WellcheckError as exc:
            self.notify(str(exc), title="Not saved", severity="error", timeout=15)
        self.refresh_home()

    # -- the weekly summary ------------------------------------------------------------------

    def action_summary(self) -> None:
        from wellcheck.tui.screens.summary import SummaryScreen

        monday = monday_of(self.ctx.today)
        self.push_screen(SummaryScreen(self._summary(monday), self.export_dir))

    def _summary(self, monday: date) -> WeeklySummary:
        from wellcheck.session.summary import weekly_summary

        ctx = self.ctx
        summary, problems = weekly_summary(ctx.store, ctx.settings, monday, ctx.today)
        for problem in problems:
            self.notify(problem, title="Not in the summary", severity="warning", timeout=15)
        return summary

    def on_summary_screen_week_chosen(self, event: SummaryScreen.WeekChosen) -> None:
        from wellcheck.tui.screens.summary import SummaryScreen

        screen = self.screen
        if isinstance(screen, SummaryScreen) and screen.summary is not None:
            screen.summary = self._summary(screen.summary.monday + timedelta(weeks=event.step))

    def on_summary_screen_write_chosen(self, event: SummaryScreen.WriteChosen) -> None:
        from wellcheck.report.render import write_report

        try:
            write_report(event.path, event.document)
        except WellcheckError as exc:
            self.notify(str(exc), title="Not written", severity="error", timeout=15)
            return
        self.notify(f"Wrote the {event.fmt} summary to {event.path}.", title="Written")

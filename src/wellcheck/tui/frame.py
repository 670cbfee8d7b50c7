"""AppFrame: what works the same on every screen of wellcheck, whichever is shown. Keys typed
while a screen opens or closes are held for it; Escape three times (or ctrl+q) leaves with
what is typed saved; a failed save is said once; every notice is its words, in the band above
the footer; a crash is one line; ? lists the keys of the screen shown.

WellcheckApp (`app`) builds on it with the screens and the session beneath them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import App
from textual.notifications import Notify

from wellcheck import gc_pause, paths
from wellcheck.tui import locking, notices, style_cache, terminal_input
from wellcheck.tui.home_dialogs import Severity
from wellcheck.tui.quitting import Leaving
from wellcheck.tui.reporting import SaveReports
from wellcheck.tui.safety import QuickExit, SafeCrash
from wellcheck.tui.typeahead import HOLD_AT_MOST, TypeAhead

if TYPE_CHECKING:
    from rich.console import RenderableType
    from textual.await_complete import AwaitComplete
    from textual.driver import Driver
    from textual.screen import Screen

    from wellcheck.session.outcome import Outcome

Clock = Callable[[], float]
"""Monotonic seconds, as `time.monotonic` gives them."""


class AppFrame(App[None]):
    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        """Monotonic seconds for the stand-up timer and quick exit; tests give their own."""
        self.leaving = Leaving(self, QuickExit(clock), self._leave)
        """Quick exit from anywhere, with what every screen holds unsaved (see `quitting`)."""
        self.typeahead = TypeAhead()
        self.reports = SaveReports(lambda *line, **how: self.notify(*line, **how))
        self.parting_line = ""
        """Said on the terminal once the app is gone: what a quick exit could not save, or
        why the instrument asked for could not be opened once the store was unlocked."""
        self.idle = locking.IdleLock((), 0)
        """When to lock an encrypted store's app (see `locking`); set on mount."""
        self.parses = style_cache.install(self.stylesheet, paths.styles_cache_file())
        """The stylesheets as an earlier start parsed them (see `style_cache`)."""
        self.start_hold: int | None = None
        """The keys held for the screen started on, until it has painted (`started_on`)."""
        self.escape_hold = 0
        """The keys held after an Escape, until it has been acted on (`on_event`)."""

    def run(self, *, headless: bool = False, **options: Any) -> Any:
        """Run in the terminal; not at all where there is none to run in (one line, exit 1).

        With its input not a terminal (`< file`, a pipe, a service with no terminal), Textual
        read the end of it again and again, at full CPU, and never stopped; with its output
        not one (`> file`), it drew the screens into the file and waited for keys no one saw."""
        if not headless and (problem := terminal_problem()):
            self.parting_line = f"wellcheck: {problem}"
            self._return_code = 1
            return None
        return super().run(headless=headless, **options)

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal, its input read through our parser
        (`terminal_input`): a paste reaches the field whole and in order, without the codes
        it held."""
        driver_class = super().get_driver_class()
        terminal_input.guard_driver(driver_class)
        return driver_class

    def started_on(self, screen: Screen[Any]) -> Screen[Any]:
        """`screen` as the first, in home's place: the keys typed until it has painted are
        held for it, and it is given a result callback (none), as a screen pushed is, so that
        it can be switched for another (`switch_to`); its own styles (`CSS_PATH`) are read, as
        `push_screen` reads them (Textual reads none for the first screen)."""
        screen._push_result_callback(self, None)
        self._load_screen_css(screen)
        self.start_hold = self.hold_keys()
        return screen

    @on(events.Ready)
    def first_screen_painted(self) -> None:
        """Start-up is over: the keys held for the screen started on are given to it once it
        has painted; the garbage collector, paused since `main`, may run again a moment later,
        so that not even the first key waits for its one full sweep (see `gc_pause`); then the
        styles parsed in this start are kept for the next."""
        if self.start_hold is not None:
            self.call_after_refresh(self._release_keys, self.start_hold)
        self.set_timer(0.2, self._settle)

    def _settle(self) -> None:
        gc_pause.settle()
        style_cache.keep(self.parses, paths.styles_cache_file())

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        """Leave; the styles parsed since start (or since they were last kept) kept first, so
        that a start left within a moment of its first paint still leaves them to the next."""
        style_cache.keep(self.parses, paths.styles_cache_file())
        super().exit(result, return_code, message)

    # -- notices: their words, one piece of information at a time -------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Severity = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notice is shown as the words it is: a notice may name a path or a file's
        problem, and a `[` in a folder's name is not Rich markup (screens' notices come here
        too, with `markup=True`, so it is not taken from them)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    @on(Notify)
    def notice_coming(self, event: Notify) -> None:
        """Before Textual shows it: one piece of information at a time, and the focused widget
        kept in view once the notices' band has made room (see `notices`)."""
        notices.replace_earlier(self, event.notification)
        notices.keep_focus_in_view(self, self.screen)

    def report_save(self, outcome: Outcome[Any], still: str = "") -> None:
        """Say a save failed, once per problem, and say when saving works again."""
        self.reports.report(outcome, still)

    # -- screens opening and closing, the keys typed meanwhile held for them -------------------

    def open_screen(self, screen: Screen[Any], callback: Callable[[Any], None] | None) -> None:
        """Open a screen; the keys typed until it has painted go to what it focuses."""
        hold = self.hold_keys()
        self.push_screen(screen, callback)
        self.call_after_refresh(self._release_keys, hold)
        notices.keep_focus_in_view(self, screen)

    def pop_screen(self) -> AwaitComplete:
        """Back to the screen below: keys typed meanwhile wait until it has focus again (its
        dialog's callback may move it: a row just added goes on to its note)."""
        hold = self.hold_keys()
        popped = super().pop_screen()
        self.screen.call_after_refresh(self._release_keys, hold)
        notices.keep_focus_in_view(self, self.screen)  # the notices shown move to this screen
        return popped

    def switch_to(self, screen: Screen[Any]) -> AwaitComplete:
        """The screen shown replaced by `screen` (the first screen, which cannot be popped);
        keys typed meanwhile wait until it has painted."""
        hold = self.hold_keys()
        switched = self.switch_screen(screen)
        self.call_after_refresh(self._release_keys, hold)
        notices.keep_focus_in_view(self, screen)
        return switched

    def hold_keys(self) -> int:
        """Hold keys from now: a screen is about to open or close (see `typeahead`)."""
        hold = self.typeahead.hold()
        self.set_timer(HOLD_AT_MOST, lambda: self._release_keys(hold))
        return hold

    def release_keys(self) -> None:
        self._release_keys(self.typeahead.hold_id)

    def _release_keys(self, hold: int) -> None:
        """Give the held keys from a worker, so that the app goes on taking new ones (they
        join the end of the line) while each is acted on. No key held: nothing to start.
        The worker is given the call, not a coroutine made now: an app that quits before the
        worker starts leaves no coroutine never awaited (a warning on the terminal)."""
        if self.typeahead.release_if_none_held(hold):
            return
        typeahead = self.typeahead

        async def give() -> None:
            await typeahead.release(hold, self._give_held)

        self.run_worker(give, group="type-ahead")  # type: ignore[arg-type]  # (Textual types a call oddly)

    # -- quick exit and crashes ----------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Escape three times within a second quits from anywhere; each press still acts too.

        What is typed is captured at every press, so a dialog the first press closes (a goal
        being written) is still saved by the third.
        """
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self.idle.pressed()
            if self.typeahead.keep(event):
                return  # a screen is opening: this key (or paste) waits for it, Escape too
            if isinstance(event, events.Key) and self._quick_exit_escape(event):
                return
        await self._escape_in_turn(event)

    async def _give_held(self, event: events.Key | events.Paste) -> None:
        """A key or a paste held while a screen opened, given now: as if it had just come."""
        if not (isinstance(event, events.Key) and self._quick_exit_escape(event)):
            await self._escape_in_turn(event)

    async def _escape_in_turn(self, event: events.Event) -> None:
        """Textual's handling of `event`; the keys after an Escape held until it has acted.

        A screen's Escape (home, back, cancel) is acted on once the key has gone down to the
        focused widget and back up, after the keys typed before it have reached their field
        (their words are saved with it). The keys after it came to the app meanwhile and went
        to the screen being left: Escape then `u` typed quickly went home and lost the `u`.
        They are held from the Escape until it has come back up and been acted on; if it
        closed the screen, until the screen below has painted (`pop_screen`'s own hold)."""
        if not (isinstance(event, events.Key) and event.key == "escape"):
            await super().on_event(event)
            return
        coming_back = event.is_forwarded  # from the focused widget, up to here
        if not coming_back:
            self.escape_hold = self.hold_keys()
        await super().on_event(event)
        if (coming_back or not event.is_forwarded) and self.escape_hold:
            # Acted on: a binding of the screen's, as the key came back up; or at once, by a
            # priority binding (it was never sent down to the screen).
            hold, self.escape_hold = self.escape_hold, 0
            self._release_keys(hold)

    def _quick_exit_escape(self, event: events.Key) -> bool:
        """Count an Escape; True on the third quick one, which quits and goes no further."""
        return event.key == "escape" and self.leaving.escape()

    def action_quick_exit(self) -> None:
        """ctrl+q: save whatever is typed on any open screen, then leave at once, no dialog
        (once the keys typed before it are in their field: a word and ctrl+q in one burst)."""
        self.leaving.now()

    def _leave(self, parting: str) -> None:
        """Go, saying `parting` on the terminal once the screen is gone (what a quick exit
        could not save: see `reporting.parting_line`)."""
        self.parting_line = parting
        self.exit(return_code=1 if parting else 0)

    def _handle_exception(self, error: Exception) -> None:
        """Show a crash as one line with its type and place, never its message or locals."""
        if os.environ.get("WELLCHECK_DEBUG"):  # a developer's own data: the full traceback
            super()._handle_exception(error)
            return
        super()._handle_exception(SafeCrash(error))

    # -- the keys of a screen (? or F1, on every screen) ----------------------------------------

    def action_show_keys(self) -> None:
        """List every key of the screen shown now, over it; ? or F1 again (or Escape) closes."""
        from wellcheck.tui.screens.keys import KeysScreen

        if isinstance(self.screen, KeysScreen):
            self.pop_screen()
        else:
            self.open_screen(KeysScreen(self.screen), None)


def terminal_problem() -> str:
    """Why the app cannot run here ("" when it can): it needs a terminal to read keys from
    and to draw on."""
    for name, stream in (("input", sys.__stdin__), ("output", sys.__stdout__)):
        try:
            is_terminal = stream is not None and stream.isatty()
        except ValueError:  # closed
            is_terminal = False
        if not is_terminal:
            return (
                f"the app needs a terminal, and its {name} is not one (run it in a terminal "
                "window; `--plain` answers a checklist line by line)"
            )
    return ""

"""WellcheckApp: the screens and the session beneath them. Screens save through what the session
opened for them; the app handles only the actions of home and the messages that bubble up to it.
What must work the same on every screen (keys held while one opens, the quick exit, notices,
crash lines) is its base's, `frame.AppFrame`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.binding import Binding

from wellcheck.core.errors import WellcheckError
from wellcheck.session.context import Context
from wellcheck.session.session import Session
from wellcheck.tui import locking, notices, prefetch
from wellcheck.tui.bindings import SHOW_KEYS
from wellcheck.tui.frame import AppFrame, Clock
from wellcheck.tui.home_dialogs import HomeDialogs
from wellcheck.tui.home_messages import HomeMessages
from wellcheck.tui.messages import (
    InstrumentChosen,
    StoreUnlocked,
)
from wellcheck.tui.opening import screen_for

if TYPE_CHECKING:
    from textual.await_complete import AwaitComplete
    from textual.screen import Screen

    from wellcheck.tui.opening import Opened
    from wellcheck.tui.screens.home import HomeScreen

HISTORY = "history"
"""`wellcheck history` starts the app with the history open, as an instrument's name does."""


# Screens other than home are imported when first opened: the first paint waits for nothing else.
# So is the passphrase screen, and encryption's words: a readable store never loads them.


def preflight(ctx: Context, start: str | None) -> Opened | None:
    """Fail before the screen opens, with one line, if the instrument's file cannot be read;
    else what was opened, for the app to start on."""
    if start in (None, HISTORY):
        return None
    return Session(ctx).open(start)


class WellcheckApp(HomeMessages, AppFrame):
    CSS_PATH = [
        "wellcheck.tcss",
        "screens/standup.tcss",
        "screens/stressors.tcss",
        "screens/summary.tcss",
        "screens/unlock.tcss",
    ]
    """Every screen's rules, read with the app's (each scoped to its screen): a screen with
    styles of its own (`CSS_PATH`) had them read as it was first pushed, the whole stylesheet
    parsed again and every widget of the app (home's, beneath it) restyled before it could
    be drawn; some 10 ms of opening the stand-up or the stressors grid, and a frame more."""
    TITLE = "wellcheck"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [*SHOW_KEYS, Binding("ctrl+q", "quick_exit", "Quit", priority=True)]
    NOTIFICATION_TIMEOUT = notices.INFORMATION_SECONDS

    def __init__(
        self,
        ctx: Context,
        start: str | None = None,
        *,
        notes: Sequence[str] = (),
        clock: Clock = time.monotonic,
        export_dir: Path | None = None,
        opened: Opened | None = None,
    ) -> None:
        super().__init__(clock)
        self.session = Session(ctx)
        self.start = start
        self.notes = list(notes)
        """One-off notes for the user (e.g. data folder permissions tightened), shown on start."""
        self.opened = opened
        """The instrument started on, opened already (`preflight`), or None: opened here."""
        self._home: HomeScreen | None = None
        self.export_dir = export_dir or Path.home()
        """Where the summary screen suggests writing files."""
        self.dialogs = HomeDialogs(self.session, self.open_screen, self._say, self.refresh_home)
        self.first_unlock = self.session.locked
        """An encrypted store, and its passphrase not given yet: nothing of theirs is read."""

    @property
    def home(self) -> HomeScreen:
        """The home screen, built when first needed: a start on an instrument or on the
        history waits for none of its modules."""
        if self._home is None:
            from wellcheck.tui.screens.home import HomeScreen

            self._home = HomeScreen()
        return self._home

    def get_default_screen(self) -> Screen[Any]:
        """The first screen: home, composed with what it shows (laid out once, not twice), or
        the screen started on (`wellcheck daily`, `wellcheck history`) in home's place: its
        first paint waits for nothing of home's, and Escape on it goes to home, read then
        (`pop_screen`). An instrument that cannot be opened after all: home, with the notice.
        On an encrypted store not unlocked yet, home is composed empty under the passphrase
        screen, and given what it shows once the passphrase has opened the store."""
        if self.first_unlock:
            return self.home
        if self.start == HISTORY:
            return self.started_on(self._history_screen())
        if self.start:
            try:
                opened = self.opened or self.session.open(self.start)
            except WellcheckError as exc:
                self.notify(str(exc), title="Cannot open", severity="error", timeout=10)
            else:
                return self.started_on(self._screen_for(opened))
        self.refresh_home()
        return self.home

    def on_mount(self) -> None:
        for note in self.notes:
            self.notify(note, title="Note", timeout=15)
        self.idle = locking.IdleLock((self.clock, time.time), self.session.lock_after_minutes)
        if self.idle.active:
            self.set_interval(locking.CHECK_EVERY, self._lock_if_idle)
        if self.first_unlock:  # before any key is taken: none of them reaches home
            self.idle.locked = True
            self.push_screen(locking.unlock_screen(self.session, at_start=True))

    def refresh_home(self) -> None:
        self.home.overview = self.session.home()

    @on(events.Ready)
    def prefetch_screens(self) -> None:
        """Home painted, and idle until its first key: the code of the screens it opens is
        loaded meanwhile, a module at a time, so that the first `d` waits for none of it
        (see `prefetch`). A start on another screen, or behind the passphrase, loads none."""
        if self.screen is not self._home:
            return

        async def load() -> None:  # a call, not a coroutine made now (see `_release_keys`)
            await prefetch.prefetch(self._home_idle, self._after_frame)

        self.run_worker(load, group="prefetch")  # type: ignore[arg-type]

    def _home_idle(self) -> bool:
        """Home shown and no screen opening; not once the app is closing and its screens are
        gone (`self.screen` would raise: a start left at once stopped with an internal error)."""
        stack = self.screen_stack
        return bool(stack) and stack[-1] is self._home and not self.typeahead.paused

    async def _after_frame(self) -> None:
        drawn = asyncio.Event()
        self.call_after_refresh(drawn.set)
        await drawn.wait()

    # -- opening an instrument ---------------------------------------------------------------

    @on(InstrumentChosen)
    def instrument_chosen(self, event: InstrumentChosen) -> None:
        self.open_instrument(event.instrument_id)

    def open_instrument(self, instrument_id: str) -> None:
        if instrument_id == HISTORY:
            self.action_history()
            return
        try:
            opened = self.session.open(instrument_id)
        except WellcheckError as exc:
            self.notify(str(exc), title="Cannot open", severity="error", timeout=10)
            self.release_keys()
            return
        self._show(opened)

    def _show(self, opened: Opened) -> None:
        self.open_screen(self._screen_for(opened), lambda _: self.refresh_home())

    def _screen_for(self, opened: Opened) -> Screen[None]:
        return screen_for(opened, self.session.goals, self.clock, self._could_not_read)

    def pop_screen(self) -> AwaitComplete:
        """Back to the screen below; from the screen started on, to home in its place, read
        now (with what was just answered)."""
        if len(self.screen_stack) > 1:
            return super().pop_screen()
        self.refresh_home()
        return self.switch_to(self.home)

    def _could_not_read(self, problem: str) -> None:
        self.notify(problem, title="Could not read", severity="warning", timeout=10)

    # -- an encrypted store: the passphrase at start, and the lock when left alone ------------

    def _lock_if_idle(self) -> None:
        """Left alone long enough: the lock screen over everything, which stays as it was."""
        if self.idle.due():
            self.idle.locked = True
            self.clear_notifications()
            self.open_screen(locking.unlock_screen(self.session, at_start=False), None)

    @on(StoreUnlocked)
    def store_unlocked(self) -> None:
        """Back to exactly where they were. At start, home and the instrument asked for are
        read now (one that cannot be: its one line and exit 1, as `preflight` does)."""
        self.idle.unlocked()
        if not self.first_unlock:
            self.pop_screen()
            return
        self.first_unlock = False
        try:
            start = self.start if self.start != HISTORY else None
            opened = self.session.open(start) if start else None
        except WellcheckError as exc:
            self.parting_line = f"wellcheck: {exc}"
            self.exit(return_code=1)
            return
        self.refresh_home()
        self.pop_screen()
        if opened is not None:
            self._show(opened)
        elif self.start == HISTORY:
            self.action_history()

    def action_history(self) -> None:
        """The weeks behind, each item, the stressors and goals over time (h on home)."""
        self.open_screen(self._history_screen(), None)

    def _history_screen(self) -> Screen[None]:
        from wellcheck.tui.screens.history import HistoryScreen

        return HistoryScreen(self.session.history())

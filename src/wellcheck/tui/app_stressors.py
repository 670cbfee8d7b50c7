"""The app's part in the stressors grid: open it, and save its rows and the support contacts.

A mixin of WellcheckApp, kept apart so that app.py stays small; like app.py it is UI code that
calls the store, and nothing else below it does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellcheck.core.content import Instrument
from wellcheck.core.errors import WellcheckError
from wellcheck.core.stressors import grid_of
from wellcheck.core.stressors_answers import ContactRole, StressorAnswer, SupportContacts
from wellcheck.core.stressors_store import (
    load_current_reflection,
    load_support,
    new_own_id,
    save_contact,
    save_row,
)

if TYPE_CHECKING:
    from textual.app import App

    from wellcheck.session.context import Context
    from wellcheck.tui.screens.stressors_support import SupportScreen

    _Base = App[None]
else:
    _Base = object


class StressorsActions(_Base):
    ctx: Context

    if TYPE_CHECKING:

        def refresh_home(self) -> None: ...

        def report_save(self, error: WellcheckError | None, still: str = ...) -> bool: ...

    def open_stressors(self, instrument: Instrument) -> None:
        grid = grid_of(instrument)
        if grid is None:
            return
        try:
            reflection = load_current_reflection(self.ctx.store, self.ctx.today, instrument.id)
        except WellcheckError as exc:
            self.notify(str(exc), title="Cannot open", severity="error", timeout=10)
            return
        try:
            support = load_support(self.ctx.store)
        except WellcheckError as exc:  # a convenience: the grid opens without them
            self.notify(str(exc), title="Could not read", severity="warning", timeout=10)
            support = SupportContacts()
        from wellcheck.tui.screens.stressors import StressorsScreen

        screen = StressorsScreen(instrument, grid, reflection, support, self.ctx.today)
        self.push_screen(screen, lambda _: self.refresh_home())

    def save_stressor(
        self, instrument: str, entry_id: str, row: StressorAnswer
    ) -> StressorAnswer | None:
        """Save one row at once; the saved row (with its time), or None if it could not be."""
        try:
            reflection = save_row(self.ctx.store, self.ctx.today, entry_id, row, instrument)
        except WellcheckError as exc:
            self.report_save(exc)
            return None
        self.report_save(None)
        return reflection.rows[entry_id]

    def new_own_id(self) -> str:
        return new_own_id()

    def on_support_screen_contact_changed(self, event: SupportScreen.ContactChanged) -> None:
        self.save_contact(event.role, event.support)

    def save_contact(self, role: ContactRole, support: SupportContacts) -> bool:
        try:
            save_contact(self.ctx.store, role, support.get(role))
        except WellcheckError as exc:
            return self.report_save(exc, "What you typed is still on screen.")
        return self.report_save(None)

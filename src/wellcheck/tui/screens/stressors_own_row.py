"""Add a row of your own under a category's "What else?": its words, typed once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from wellcheck.session.outcome import Outcome
from wellcheck.tui.bindings import DIALOG_KEYS
from wellcheck.tui.protocols import Saves, hold_keys
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

Keeps = Callable[[str], Sequence[Outcome[Any]]]
"""Saves a row of the user's own from its label, without touching the screen (a quick exit)."""


class OwnRowDialog(ModalScreen[str | None]):
    """Returns the label typed, or None when left empty or cancelled with Escape."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        # Taken as it arrives (priority): the words typed after Enter go to the new row's note.
        Binding("enter", "add", "Add", show=False, priority=True),
        *DIALOG_KEYS,
    ]

    def __init__(self, category_label: str, prompt: str, keep: Keeps | None = None) -> None:
        super().__init__()
        self.category_label = category_label
        self.prompt = prompt
        self.keep = keep
        """Saves a label typed here when the app quits at once (see `take_unsaved`)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Words(f"{self.category_label}: {self.prompt}", classes="dialog-title")
            yield Words("In your own words (Enter to add, Escape to cancel)", classes="label")
            yield TextField(
                placeholder="e.g. a friend's illness",
                id="own-label",
                max_length=120,
                select_on_focus=False,
            )
        yield KeysFooter()

    def action_add(self) -> None:
        """Enter: add the row once the keys typed before Enter are in the field; the keys
        after it wait for the grid (tui/typeahead.py)."""
        hold_keys(self)
        field = self.query_one("#own-label", Input)
        field.call_later(self.call_later, self._add_typed)  # after the field's own keys

    def _add_typed(self) -> None:
        self.dismiss(self.query_one("#own-label", Input).value.strip() or None)

    def take_unsaved(self) -> Saves | None:
        """Words typed but not yet added, kept on a quick exit as a row of the user's own."""
        label = self.query_one("#own-label", Input).value.strip()
        keep = self.keep
        if not label or keep is None:
            return None
        return lambda: keep(label)

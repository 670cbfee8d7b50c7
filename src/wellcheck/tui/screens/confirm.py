"""Asking once, calmly, before something is deleted: y deletes, n or Escape keeps it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen

from wellcheck.tui.bindings import DIALOG_KEYS
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words


class ConfirmDelete(ModalScreen[bool]):
    """Returns True only for y: Enter, or any other key typed ahead, deletes nothing."""

    BINDINGS = [
        # y does it, n or Escape keeps, as on every confirm dialog (the key map); taken as
        # they arrive (priority), as every key that closes a dialog is.
        Binding("y", "dismiss(True)", "Delete", priority=True),
        Binding("n", "dismiss(False)", "Keep", priority=True),
        Binding("escape", "dismiss(False)", "Keep", priority=True),
        *DIALOG_KEYS,
    ]

    def __init__(self, what: str, words: str) -> None:
        super().__init__()
        self.what, self.words = what, words

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Words(f"Delete this {self.what}?", classes="dialog-title")
            yield Words(Content(self.words), classes="advice")
            yield Words("y deletes it · n or Escape keeps it", classes="help")
        yield KeysFooter()

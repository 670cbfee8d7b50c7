"""Add a row of your own under a category's "What else?": its words, typed once."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static


class OwnRowDialog(ModalScreen[str | None]):
    """Returns the label typed, or None when left empty or cancelled with Escape."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, category_label: str, prompt: str) -> None:
        super().__init__()
        self.category_label = category_label
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(f"{self.category_label}: {self.prompt}", classes="dialog-title")
            yield Static("In your own words (Enter to add, Escape to cancel)", classes="label")
            yield Input(
                placeholder="e.g. a friend's illness",
                id="own-label",
                max_length=120,
                select_on_focus=False,
            )
        yield Footer()

    @on(Input.Submitted, "#own-label")
    def label_entered(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

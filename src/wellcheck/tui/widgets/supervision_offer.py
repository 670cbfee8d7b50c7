"""The offer to note the day of a supervision, at the end of the monthly checklist.

Shown once its supervision question is answered yes and no supervision is noted in that month:
a date field (today's, to change), reached with Tab like an item; Enter in it notes the day,
so that the summary's "since the last supervision" starts from it. The screen saves.
"""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.words import Words

OFFER_TITLE = "The day of that supervision, if you'd like to note it: change it, then Enter"
"""One line in a checklist at 80 columns."""
OFFER_HELP = "The pack since your last supervision starts from it (on home: s, then v)."


class SupervisionOffer(Vertical):
    DEFAULT_CSS = """
    SupervisionOffer { height: auto; margin: 1 0 0 0; }
    SupervisionOffer #supervision-day { width: 16; }
    SupervisionOffer .problem { color: $text-warning; }
    """

    def __init__(self, today: date, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="supervision-offer")
        self.today = today

    def compose(self) -> ComposeResult:
        yield Words(OFFER_TITLE, classes="offer-title")
        yield Words(OFFER_HELP, classes="offer-help")
        # The cursor at the end, nothing selected: a day is changed by its last digits.
        yield TextField(self.today.isoformat(), id="supervision-day", select_on_focus=False)
        yield Words("", classes="problem")

    def on_mount(self) -> None:
        self.field.cursor_position = len(self.field.value)

    @property
    def field(self) -> TextField:
        return self.query_one("#supervision-day", TextField)

    def say(self, line: str) -> None:
        self.query_one(".problem", Static).update(line)

"""The goal offer in place: a line at the end of a checklist, reached with Tab like an item.

It never takes focus by itself; g (or Enter) on it opens the goal dialog.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from wellcheck.tui.messages import GoalOfferChosen
from wellcheck.tui.protocols import hold_keys

OFFER_TITLE = "A next step, if you'd like one: g here sets a goal (Tab reaches it)"
"""One line in a checklist at 80 columns."""


class GoalOfferLine(Static, can_focus=True):
    BINDINGS = [
        Binding("g", "take", "Set a goal", priority=True),
        Binding("enter", "take", "Set a goal", show=False, priority=True),
    ]

    def __init__(self, origin: str, advice: str, *, id: str | None = None) -> None:
        text = Content.assemble((OFFER_TITLE, "bold"), "\n", (advice, "dim"))
        super().__init__(text, id=id, classes="goal-offer")
        self.origin, self.advice = origin, advice

    def action_take(self) -> None:
        hold_keys(self)  # the words typed after g go into the dialog
        self.post_message(GoalOfferChosen(self.origin, self.advice))

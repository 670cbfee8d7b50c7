"""The goal offer in place: a line at the end of a checklist, reached with Tab like an item.

It never takes focus by itself; g (or Enter) on it opens the goal dialog.

While it may still come (a next step, not answered), its place is kept: an answer that brings
it or takes it away (y, n on the same question) repaints this line and lays nothing out, where
hiding it (`visible`, as `display`) had the whole screen laid out again at every such key.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content
from textual.dom import NoScreen
from textual.errors import NoWidget
from textual.geometry import Size
from textual.widgets import Static

from wellcheck.tui.messages import GoalOfferChosen
from wellcheck.tui.protocols import hold_keys

OFFER_TITLE = "A next step, if you'd like one: g here sets a goal (Tab reaches it)"
"""One line in a checklist at 80 columns."""
ON_IT = " (Tab reaches it)"
"""Left out once the offer has the focus: Tab has reached it."""
BLANK = Content("")


class GoalOfferLine(Static, can_focus=True):
    BINDINGS = [
        Binding("g", "take", "Set a goal", priority=True),
        Binding("enter", "take", "Set a goal", show=False, priority=True),
    ]

    def __init__(self, origin: str, advice: str, *, id: str | None = None) -> None:
        text = Content.assemble((OFFER_TITLE, "bold"), "\n", (advice, "dim"))
        super().__init__(text, id=id, classes="goal-offer")
        self.origin, self.advice = origin, advice
        self.reached = Content.assemble(
            (OFFER_TITLE.removesuffix(ON_IT), "bold"), "\n", (advice, "dim")
        )
        """Its words with the focus on it: no "Tab reaches it" (the place it takes is kept)."""
        self.offered = True
        """Shown and reachable with Tab; else its place is kept, blank (`offer`)."""

    def offer(self, offered: bool) -> None:
        """Show the offer, or keep its place blank and out of Tab's way: a repaint, never a
        layout (its height is the offer's either way)."""
        if offered == self.offered:
            return
        self.offered = offered
        if self._on_screen():
            self.refresh()
        else:
            # Drawn afresh when it is scrolled into view. A refresh of a widget the screen
            # does not show has Textual work out where every widget of the screen is again,
            # in the frame of the key that answered (README, Performance).
            self._set_dirty()

    def _on_screen(self) -> bool:
        """Whether any of it is in the screen's view now (scrolled to, not only laid out)."""
        if not self.is_mounted:
            return False
        try:
            return bool(self.screen.find_widget(self).visible_region)
        except (NoScreen, NoWidget):
            return False

    def allow_focus(self) -> bool:
        return self.offered

    def render(self) -> RenderResult:
        if not self.offered:
            return BLANK
        return self.reached if self.has_focus else self.visual

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The offer's height, shown or not: its place never moves what is under it."""
        # Measured as Textual measures a Static (Widget.get_content_height: its styles as rules).
        return self.visual.get_height(self.styles, width) if width else 0  # type: ignore[arg-type]

    def action_take(self) -> None:
        hold_keys(self)  # the words typed after g go into the dialog
        self.post_message(GoalOfferChosen(self.origin, self.advice))

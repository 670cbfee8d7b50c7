"""The base of every item widget: it knows its item and its answer, and posts ItemAnswered."""

from __future__ import annotations

from textual.containers import Vertical

from wellcheck.core.answers import Answer
from wellcheck.core.content import Item


class ItemWidget(Vertical):
    """One item of an instrument. Subclasses compose the inputs for their kind."""

    def __init__(self, item: Item, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"item {item.kind}")
        self.item: Item = item
        self.answer = answer

    def focus_first(self) -> None:
        """Put focus where answering this item starts."""
        self.focus()

    def pending(self) -> Answer | None:
        """What is typed on screen but not yet posted as ItemAnswered (for a quick exit)."""
        return None

"""App-wide messages: past-tense events that bubble up from widgets and screens to the app."""

from __future__ import annotations

from datetime import date

from textual.message import Message

from wellcheck.core.answers import Answer
from wellcheck.core.days_off import DayOffKind


class ItemAnswered(Message):
    """An item's answer changed; its screen saves it at once."""

    def __init__(self, item_id: str, answer: Answer, advance: bool = False) -> None:
        super().__init__()
        self.item_id = item_id
        self.answer = answer
        self.advance = advance
        """Whether focus should move on to the next item (after y / n on a check)."""


class DayOffChosen(Message):
    def __init__(self, kind: DayOffKind | None) -> None:
        super().__init__()
        self.kind = kind


class InstrumentChosen(Message):
    def __init__(self, instrument_id: str) -> None:
        super().__init__()
        self.instrument_id = instrument_id


class HelpResolved(Message):
    """A stand-up help request was marked resolved (or, with resolved=False, open again)."""

    def __init__(self, day: date, text: str, resolved: bool = True) -> None:
        super().__init__()
        self.day, self.text, self.resolved = day, text, resolved


class GoalSaved(Message):
    """A goal was confirmed in the goal dialog and saved (new, or `changed`)."""

    def __init__(self, changed: bool = False) -> None:
        super().__init__()
        self.changed = changed


class GoalOfferChosen(Message):
    """The user pressed the key of a goal offer (g): open the dialog for that checklist period."""

    def __init__(self, origin: str, advice: str) -> None:
        super().__init__()
        self.origin, self.advice = origin, advice


class GoalEditChosen(Message):
    def __init__(self, goal_id: str) -> None:
        super().__init__()
        self.goal_id = goal_id


class GoalDeleteChosen(Message):
    def __init__(self, goal_id: str) -> None:
        super().__init__()
        self.goal_id = goal_id


class StoreUnlocked(Message):
    """The passphrase was given on the unlock (or lock) screen and it opened the store."""

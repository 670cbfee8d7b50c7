"""Content models: instruments and their items.

Plain frozen dataclasses, so that using content costs no pydantic import: the loader validates
new TOML with pydantic (which understands these dataclasses and their `__pydantic_config__`)
and keeps what it validated in a cache. Structure and types are pydantic's to check; the rules
on values (ids, non-empty words, ranges, uniqueness) live in `__post_init__`, which runs both
when pydantic builds an object and when it is built again from the cache.

An instrument is a list of items; each item has a stable `id` that answers are keyed by, a
`prompt`, and a `kind` that says how it is answered.
"""

from __future__ import annotations

from wellcheck.core.content_grid import GridCategory, GridEntry, GridItem, Helpline, Signpost
from wellcheck.core.content_items import (
    _CONFIG,
    ID_RULE,
    Cadence,
    CheckItem,
    EntriesItem,
    FieldProblem,
    ListItem,
    ScaleItem,
    TextField,
    TextItem,
    _need_between,
    _need_id,
    _need_some,
    _need_words,
    _reject_duplicates,
)
from wellcheck.core.content_plan import (
    Advice,
    Choice,
    ChoiceItem,
    DateItem,
    Sign,
    SignGroup,
    SignsItem,
)
from wellcheck.core.value import FrozenValue, value_class

__all__ = [
    "ID_RULE",
    "Advice",
    "Choice",
    "ChoiceItem",
    "DateItem",
    "Sign",
    "SignGroup",
    "SignsItem",
    "ITEM_CLASSES",
    "ITEM_KINDS",
    "Cadence",
    "CheckItem",
    "EntriesItem",
    "FieldProblem",
    "GridCategory",
    "GridEntry",
    "GridItem",
    "Helpline",
    "Instrument",
    "Item",
    "ListItem",
    "ScaleItem",
    "Signpost",
    "TextField",
    "TextItem",
]

Item = (
    CheckItem
    | TextItem
    | ListItem
    | ScaleItem
    | EntriesItem
    | GridItem
    | SignsItem
    | DateItem
    | ChoiceItem
)
ITEM_CLASSES: dict[str, type[Item]] = {
    "check": CheckItem,
    "text": TextItem,
    "list": ListItem,
    "scale": ScaleItem,
    "entries": EntriesItem,
    "grid": GridItem,
    "signs": SignsItem,
    "date": DateItem,
    "choice": ChoiceItem,
}
ITEM_KINDS = tuple(ITEM_CLASSES)


@value_class(frozen=True, kw_only=True)
class Instrument(FrozenValue):
    """One questionnaire: the daily checklist, the stand-up, the stressors grid…"""

    __pydantic_config__ = _CONFIG

    id: str
    """Stable key: the data folder's name and the command's name."""
    title: str
    """Shown as the screen's title."""
    cadence: Cadence
    """How often it is answered: one answer file per day, ISO week, month, or ad hoc."""
    intro: str = ""
    """A short paragraph shown above the items."""
    source: str = ""
    """Credit to the document the items come from, shown on screen."""
    next_step: str = ""
    """What to suggest when any check is answered "no" (the toolkit's advice)."""
    order: int = 100
    """Position on the home screen, lowest first."""
    timer_seconds: int | None = None
    """A gentle timer, e.g. the stand-up's 90 seconds: it starts at the first keystroke, says
    when the time is reached, and never stops the user from writing."""
    occasional: bool = False
    """An occasional reflection (the toolkit's self-care beliefs, "A good fit?"): listed on
    home only while not yet answered in its period, never counted, never in the summary."""
    asks_plan_signs: bool = False
    """Whether this check-in also asks which of the user's own early warning signs (from
    their Wellness Action Plan) they noticed in its period: weekly instruments only."""
    items: list[Item]
    """The items, in the order they are asked."""

    def __post_init__(self) -> None:
        _need_id(self.id)
        _need_words(self.title, "title")
        _need_some(self.items, "items")
        if self.timer_seconds is not None:
            _need_between(self.timer_seconds, 10, 3600, "timer_seconds")
        _reject_duplicates([item.id for item in self.items], "item id", "items")
        if self.asks_plan_signs and self.cadence != "weekly":
            raise FieldProblem("asks_plan_signs", "only a weekly instrument asks about the week")
        for item in self.items:
            if isinstance(item, SignsItem) and item.helps_item:
                if item.helps_item not in {i.id for i in self.items}:
                    raise FieldProblem("items", f"helps_item '{item.helps_item}' is no item here")

    def item(self, item_id: str) -> Item:
        for candidate in self.items:
            if candidate.id == item_id:
                return candidate
        raise KeyError(item_id)

"""The grid item kind: the personal-stressors reflection grid."""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from wellcheck.core.content_items import (
    _CONFIG,
    FieldProblem,
    Labelled,
    _ItemBase,
    _need_between,
    _need_id,
    _need_some,
    _need_words,
    _reject_duplicates,
)
from wellcheck.core.value import FrozenValue, value_class


@value_class(frozen=True, kw_only=True)
class GridEntry(Labelled):
    """One row of a grid: a life event or stressor the user may tick (ids unique in the grid)."""


@value_class(frozen=True, kw_only=True)
class GridCategory(FrozenValue):
    """A column of the source grid, e.g. "Family & relationships"."""

    __pydantic_config__ = _CONFIG

    id: str
    """Stable key of the category."""
    label: str
    """The category's heading."""
    entries: list[GridEntry]
    """The rows, in the source's order."""
    what_else: str = "What else?"
    """The prompt of the row where the user adds items of their own; empty for none."""

    def __post_init__(self) -> None:
        _need_id(self.id)
        _need_words(self.label, "label")
        _need_some(self.entries, "entries")


@value_class(frozen=True, kw_only=True)
class Helpline(FrozenValue):
    """One line of signposting: who to call, and the number, exactly as the source gives it."""

    __pydantic_config__ = _CONFIG

    name: str
    """Who answers, e.g. "National Domestic Abuse Helpline"."""
    number: str
    """The number to call, as written in the source."""
    note: str = ""
    """When or for whom, e.g. "free, 24 hours"."""

    def __post_init__(self) -> None:
        _need_words(self.name, "name")
        _need_words(self.number, "number")


@value_class(frozen=True, kw_only=True)
class Signpost(FrozenValue):
    """Support shown next to a row while it is ticked."""

    __pydantic_config__ = _CONFIG

    title: str
    """The heading, e.g. "Support with domestic abuse"."""
    lines: list[Helpline]
    """The helplines, in order."""
    source: str = ""
    """Where the numbers come from."""

    def __post_init__(self) -> None:
        _need_words(self.title, "title")
        _need_some(self.lines, "lines")


@value_class(frozen=True, kw_only=True)
class GridItem(_ItemBase):
    """Categories of rows, each with per-row answers: the personal-stressors reflection grid."""

    kind: Literal["grid"] = "grid"
    categories: list[GridCategory]
    """The columns of the grid, in order."""
    impact_labels: dict[str, str] = field(default_factory=lambda: {"1": "low", "5": "high"})
    """Labels for points of the 1 to 5 impact score, keyed by the number as a string."""
    lookback_months: int = 6
    """Rows not changed for longer than this show as past (dimmed)."""
    signposts: dict[str, Signpost] = field(default_factory=dict)
    """Support to show while a row is ticked, keyed by the row's id."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _need_some(self.categories, "categories")
        _need_between(self.lookback_months, 1, 24, "lookback_months")
        _reject_duplicates([c.id for c in self.categories], "category id", "categories")
        ids = [e.id for c in self.categories for e in c.entries]
        _reject_duplicates(ids, "entry id", "categories")
        unknown = sorted(set(self.signposts) - set(ids))
        if unknown:
            raise FieldProblem("signposts", f"signpost for unknown entry id '{unknown[0]}'")

    def entry(self, entry_id: str) -> tuple[GridCategory, GridEntry]:
        """The category and row of an entry id, or KeyError."""
        for category in self.categories:
            for entry in category.entries:
                if entry.id == entry_id:
                    return category, entry
        raise KeyError(entry_id)

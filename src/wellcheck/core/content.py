"""Content models: instruments and their items, validated from TOML by pydantic.

An instrument is a list of items; each item has a stable `id` that answers are keyed by, a
`prompt`, and a `kind` that says how it is answered.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Cadence = Literal["daily", "weekly", "monthly", "adhoc"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class _ItemBase(_Model):
    id: str = Field(pattern=ID_PATTERN)
    """Stable key that answers are stored under; never change it once released."""
    prompt: str = Field(min_length=1)
    """The question as shown to the user."""
    help: str = ""
    """An optional line of guidance shown under the prompt."""
    optional: bool = False
    """Whether it may be left empty with the instrument still counted as done (the stand-up's H)."""


class CheckItem(_ItemBase):
    """Done? yes / no, and "not applicable" where it fits, with an optional note."""

    kind: Literal["check"]
    allow_na: bool = False
    """Whether "not applicable" (or `na_label`) may be given instead of yes or no."""
    na_label: str = "not applicable"
    """The words shown for the third answer, e.g. "not today"."""


class TextField(_Model):
    id: str = Field(pattern=ID_PATTERN)
    """Key of this field within the item's answer."""
    label: str = Field(min_length=1)
    """The field's label, e.g. "What was difficult?"."""


class TextItem(_ItemBase):
    """Free text in one or more labelled fields."""

    kind: Literal["text"]
    fields: list[TextField] = Field(min_length=1)
    """The labelled fields, in order."""

    @field_validator("fields")
    @classmethod
    def _unique_fields(cls, fields: list[TextField]) -> list[TextField]:
        _reject_duplicates([f.id for f in fields], "field id")
        return fields


class ListItem(_ItemBase):
    """A fixed number of short entries, e.g. three things that went well."""

    kind: Literal["list"]
    count: int = Field(default=3, ge=1, le=10)
    """How many entries are offered."""


class ScaleItem(_ItemBase):
    """A whole number in a range, with labels for some of its points."""

    kind: Literal["scale"]
    min: int = 1
    """The lowest value."""
    max: int = 5
    """The highest value."""
    labels: dict[str, str] = {}
    """Labels for some points, keyed by the number as a string: {"1" = "low", "5" = "high"}."""

    @model_validator(mode="after")
    def _range(self) -> ScaleItem:
        if not self.min < self.max <= self.min + 9:
            raise ValueError("needs min < max, with at most ten points")
        return self


class EntriesItem(_ItemBase):
    """As many short entries as the user writes, one entry a line (the stand-up's Y, T and H)."""

    kind: Literal["entries"]


class GridEntry(_Model):
    """One row of a grid: a life event or stressor the user may tick."""

    id: str = Field(pattern=ID_PATTERN)
    """Stable key that the row's answer is stored under, unique across the whole grid."""
    label: str = Field(min_length=1)
    """The row's words, e.g. "Death of close relative or friend"."""


class GridCategory(_Model):
    """A column of the source grid, e.g. "Family & relationships"."""

    id: str = Field(pattern=ID_PATTERN)
    """Stable key of the category."""
    label: str = Field(min_length=1)
    """The category's heading."""
    entries: list[GridEntry] = Field(min_length=1)
    """The rows, in the source's order."""
    what_else: str = "What else?"
    """The prompt of the row where the user adds items of their own; empty for none."""


class Helpline(_Model):
    """One line of signposting: who to call, and the number, exactly as the source gives it."""

    name: str = Field(min_length=1)
    """Who answers, e.g. "National Domestic Abuse Helpline"."""
    number: str = Field(min_length=1)
    """The number to call, as written in the source."""
    note: str = ""
    """When or for whom, e.g. "free, 24 hours"."""


class Signpost(_Model):
    """Support shown next to a row while it is ticked."""

    title: str = Field(min_length=1)
    """The heading, e.g. "Support with domestic abuse"."""
    lines: list[Helpline] = Field(min_length=1)
    """The helplines, in order."""
    source: str = ""
    """Where the numbers come from."""


class GridItem(_ItemBase):
    """Categories of rows, each with per-row answers: the personal-stressors reflection grid."""

    kind: Literal["grid"]
    categories: list[GridCategory] = Field(min_length=1)
    """The columns of the grid, in order."""
    impact_labels: dict[str, str] = {"1": "low", "5": "high"}
    """Labels for points of the 1 to 5 impact score, keyed by the number as a string."""
    lookback_months: int = Field(default=6, ge=1, le=24)
    """Rows not changed for longer than this show as past (dimmed)."""
    signposts: dict[str, Signpost] = {}
    """Support to show while a row is ticked, keyed by the row's id."""

    @model_validator(mode="after")
    def _unique_and_known(self) -> GridItem:
        _reject_duplicates([c.id for c in self.categories], "category id")
        ids = [e.id for c in self.categories for e in c.entries]
        _reject_duplicates(ids, "entry id")
        unknown = sorted(set(self.signposts) - set(ids))
        if unknown:
            raise ValueError(f"signpost for unknown entry id '{unknown[0]}'")
        return self

    def entry(self, entry_id: str) -> tuple[GridCategory, GridEntry]:
        """The category and row of an entry id, or KeyError."""
        for category in self.categories:
            for entry in category.entries:
                if entry.id == entry_id:
                    return category, entry
        raise KeyError(entry_id)


Item = Annotated[
    CheckItem | TextItem | ListItem | ScaleItem | EntriesItem | GridItem,
    Field(discriminator="kind"),
]
ITEM_KINDS = ("check", "text", "list", "scale", "entries", "grid")


class Instrument(_Model):
    """One questionnaire: the daily checklist, the stand-up, the stressors grid…"""

    id: str = Field(pattern=ID_PATTERN)
    """Stable key: the data folder's name and the command's name."""
    title: str = Field(min_length=1)
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
    timer_seconds: int | None = Field(default=None, ge=10, le=3600)
    """A gentle timer, e.g. the stand-up's 90 seconds: it starts at the first keystroke, says
    when the time is reached, and never stops the user from writing."""
    items: list[Item] = Field(min_length=1)
    """The items, in the order they are asked."""

    @field_validator("items")
    @classmethod
    def _unique_items(cls, items: list[Item]) -> list[Item]:
        _reject_duplicates([item.id for item in items], "item id")
        return items

    def item(self, item_id: str) -> Item:
        for candidate in self.items:
            if candidate.id == item_id:
                return candidate
        raise KeyError(item_id)


def _reject_duplicates(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"duplicate {what} '{item_id}'")
        seen.add(item_id)

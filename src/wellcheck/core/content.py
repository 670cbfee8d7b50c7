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


Item = Annotated[
    CheckItem | TextItem | ListItem | ScaleItem | EntriesItem, Field(discriminator="kind")
]
ITEM_KINDS = ("check", "text", "list", "scale", "entries")


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

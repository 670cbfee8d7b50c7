"""The simple item kinds and the rules every content value follows (see `content.py`)."""

from __future__ import annotations

import re
from dataclasses import field
from typing import Any, Literal

from wellcheck.core.value import FrozenValue, value_class

ID_RULE = "ids use only lowercase letters, digits, _ and - (e.g. lunch_break)"
Cadence = Literal["daily", "weekly", "monthly", "quarterly", "half-yearly", "adhoc"]
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_CONFIG: Any = {"extra": "forbid", "hide_input_in_errors": True}


class FieldProblem(ValueError):
    """A value that breaks a rule, naming the field so the error can point at its line."""

    def __init__(self, name: str, reason: str):
        super().__init__(reason)
        self.field = name


def _need_id(value: str, name: str = "id") -> None:
    if not _ID.fullmatch(value):
        raise FieldProblem(name, ID_RULE)


def _need_words(value: str, name: str) -> None:
    if not value.strip():
        raise FieldProblem(name, "must not be empty")


def _need_some(values: list[Any], name: str) -> None:
    if not values:
        raise FieldProblem(name, "needs at least one")


def _need_between(value: int, low: int, high: int, name: str) -> None:
    if not low <= value <= high:
        raise FieldProblem(name, f"must be from {low} to {high}")


def _reject_duplicates(ids: list[str], what: str, name: str) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise FieldProblem(name, f"duplicate {what} '{item_id}'")
        seen.add(item_id)


@value_class(frozen=True, kw_only=True)
class _ItemBase(FrozenValue):
    """What every kind of item has: its key, its question, its help line."""

    __pydantic_config__ = _CONFIG

    id: str
    """Stable key that answers are stored under; never change it once released."""
    prompt: str
    """The question as shown to the user."""
    help: str = ""
    """An optional line of guidance shown under the prompt."""
    optional: bool = False
    """Whether it may be left empty with the instrument still counted as done (the stand-up's H)."""
    shareable: bool = False
    """Whether the user may mark this answer to share (the Wellness Action Plan's sections):
    only an answer so marked goes into the supervision summary or the printed plan."""

    def __post_init__(self) -> None:
        _need_id(self.id)
        _need_words(self.prompt, "prompt")


@value_class(frozen=True, kw_only=True)
class CheckItem(_ItemBase):
    """Done? yes / no, and "not applicable" where it fits, with an optional note."""

    kind: Literal["check"] = "check"
    allow_na: bool = False
    """Whether "not applicable" (or `na_label`) may be given instead of yes or no."""
    na_label: str = "not applicable"
    """The words shown for the third answer, e.g. "not today"."""


@value_class(frozen=True, kw_only=True)
class Labelled(FrozenValue):
    """Something with a stable id and words to show: a text field, a row of a grid."""

    __pydantic_config__ = _CONFIG

    id: str
    """Stable key that its answer is stored under."""
    label: str
    """Its words, e.g. "What was difficult" or "Death of close relative or friend"."""

    def __post_init__(self) -> None:
        _need_id(self.id)
        _need_words(self.label, "label")


@value_class(frozen=True, kw_only=True)
class TextField(Labelled):
    """One labelled field of a text item."""


@value_class(frozen=True, kw_only=True)
class TextItem(_ItemBase):
    """Free text in one or more labelled fields."""

    kind: Literal["text"] = "text"
    fields: list[TextField]
    """The labelled fields, in order."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _need_some(self.fields, "fields")
        _reject_duplicates([f.id for f in self.fields], "field id", "fields")


@value_class(frozen=True, kw_only=True)
class ListItem(_ItemBase):
    """A fixed number of short entries, e.g. three things that went well."""

    kind: Literal["list"] = "list"
    count: int = 3
    """How many entries are offered."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _need_between(self.count, 1, 10, "count")


@value_class(frozen=True, kw_only=True)
class ScaleItem(_ItemBase):
    """A whole number in a range, with labels for some of its points."""

    kind: Literal["scale"] = "scale"
    min: int = 1
    """The lowest value."""
    max: int = 5
    """The highest value."""
    labels: dict[str, str] = field(default_factory=dict)
    """Labels for some points, keyed by the number as a string: {"1" = "low", "5" = "high"}."""

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.min < self.max <= self.min + 9:
            raise FieldProblem("max", "needs min < max, with at most ten points")


@value_class(frozen=True, kw_only=True)
class EntriesItem(_ItemBase):
    """As many short entries as the user writes, one entry a line (the stand-up's Y, T and H)."""

    kind: Literal["entries"] = "entries"

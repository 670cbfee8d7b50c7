"""The item kinds of the Wellness Action Plan and the toolkit's reflections: early warning signs
to pick, a date, and a choice of a few answers in words ("A good fit?").

`signs` offers the sources' lists of signs in groups, each sign with a stable id, and room for
the user's own words; `date` is one day (the plan's review date). Both are plain item kinds:
any instrument may use them, and their answers are `Answer`s like every other (see
`core/plan.py` for how the plan reads them).
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from wellcheck.core.content_grid import Signpost
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
class Sign(Labelled):
    """One sign the user may pick as their own (ids unique in the item)."""


@value_class(frozen=True, kw_only=True)
class SignGroup(FrozenValue):
    """One list of signs from one source, e.g. the briefing's "signs of struggle"."""

    __pydantic_config__ = _CONFIG

    id: str
    """Stable key of the group."""
    label: str
    """The group's heading, as its source names it."""
    signs: list[Sign]
    """The signs, in the source's order."""
    source: str = ""
    """Where the list comes from (document and section)."""

    def __post_init__(self) -> None:
        _need_id(self.id)
        _need_words(self.label, "label")
        _need_some(self.signs, "signs")


@value_class(frozen=True, kw_only=True)
class Advice(FrozenValue):
    """A few lines of the sources' own advice, offered where they fit (when a sign is noticed)."""

    __pydantic_config__ = _CONFIG

    title: str
    """Its heading, e.g. "Your rights at work"."""
    lines: list[str]
    """The advice, one point a line."""
    source: str = ""
    """Where the words come from."""

    def __post_init__(self) -> None:
        _need_words(self.title, "title")
        _need_some(self.lines, "lines")
        for line in self.lines:
            _need_words(line, "lines")


@value_class(frozen=True, kw_only=True)
class SignsItem(_ItemBase):
    """Signs to pick as one's own, in groups, and one's own words for others."""

    kind: Literal["signs"] = "signs"
    groups: list[SignGroup]
    """The lists to pick from, in order."""
    own_count: int = 3
    """How many of the user's own signs may be written in their own words."""
    own_label: str = "In my own words"
    """The heading over the user's own signs."""
    noticed_prompt: str = "Did you notice any of your own early warning signs this week?"
    """The question a weekly check-in asks (`asks_plan_signs`) over the user's own signs."""
    helps_item: str = ""
    """The id of the instrument's item whose answer says what helps: shown when a sign is
    noticed in a check-in (the plan's "what helps me stay well")."""
    advice: list[Advice] = field(default_factory=list)
    """What the sources advise when a sign is noticed, shown with what helps."""
    signposts: dict[str, Signpost] = field(default_factory=dict)
    """Helplines to show when a sign is noticed, keyed by the sign's id."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _need_some(self.groups, "groups")
        _need_between(self.own_count, 0, 10, "own_count")
        _reject_duplicates([g.id for g in self.groups], "group id", "groups")
        ids = [s.id for g in self.groups for s in g.signs]
        _reject_duplicates(ids, "sign id", "groups")
        if self.helps_item:
            _need_id(self.helps_item, "helps_item")
        unknown = sorted(set(self.signposts) - set(ids))
        if unknown:
            raise FieldProblem("signposts", f"signpost for unknown sign id '{unknown[0]}'")

    def sign(self, sign_id: str) -> Sign | None:
        """The offered sign of this id, or None."""
        return next((s for g in self.groups for s in g.signs if s.id == sign_id), None)


@value_class(frozen=True, kw_only=True)
class Choice(Labelled):
    """One answer of a choice item, e.g. "This place is right for me"."""


@value_class(frozen=True, kw_only=True)
class ChoiceItem(_ItemBase):
    """One of a few answers in words, picked by its number: never a score, only a choice."""

    kind: Literal["choice"] = "choice"
    options: list[Choice]
    """The answers, in order: the n-th is picked with the digit n."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _need_some(self.options, "options")
        _need_between(len(self.options), 2, 9, "options")
        _reject_duplicates([o.id for o in self.options], "option id", "options")

    def option(self, option_id: str) -> Choice | None:
        return next((o for o in self.options if o.id == option_id), None)


@value_class(frozen=True, kw_only=True)
class DateItem(_ItemBase):
    """One day, typed as YYYY-MM-DD (the plan's review date)."""

    kind: Literal["date"] = "date"
    suggest_weeks: int = 12
    """How many weeks ahead the date offered when there is none yet lies."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _need_between(self.suggest_weeks, 1, 104, "suggest_weeks")

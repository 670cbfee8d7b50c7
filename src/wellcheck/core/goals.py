"""Goals: "set yourself an achievable goal" when some answers are no; open until marked done.

The goals file also remembers, per checklist and period, that its offer was answered "not now",
and keeps one goal being written but not yet confirmed (a draft, kept by a quick exit).
"""

from __future__ import annotations

from dataclasses import field, replace
from datetime import date
from typing import Any

from wellcheck.core import shape
from wellcheck.core.value import FrozenValue, Value, value_class

GOALS_VERSION = 2
"""Version 2 added `declined` and `draft`; version-1 files read as having neither."""


@value_class(frozen=True)
class Goal(FrozenValue):
    """An achievable goal, set when some answers were "no"."""

    id: str
    text: str
    created: date
    target: date | None = None
    """An optional date to aim for."""
    done: date | None = None
    """When it was marked done; None while open (and again once reopened: see `reopened`)."""
    origin: str = ""
    """The instrument and period it was set from, e.g. daily/2026-11-23."""

    @classmethod
    def from_dict(cls, raw: Any, path: str) -> Goal:
        keys = frozenset({"id", "text", "created", "target", "done", "origin"})
        d = shape.obj(raw, path, keys)
        return cls(
            id=shape.text(d, "id", path),
            text=shape.text(d, "text", path),
            created=shape.to_date(d.get("created"), f"{path}.created"),
            target=shape.opt_date(d, "target", path),
            done=shape.opt_date(d, "done", path),
            origin=shape.text(d, "origin", path, ""),
        )

    def reopened(self) -> Goal:
        """The goal open again, as it was before it was marked done (its words, date, origin)."""
        return replace(self, done=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "created": self.created.isoformat(),
            "target": shape.iso(self.target),
            "done": shape.iso(self.done),
            "origin": self.origin,
        }


@value_class(frozen=True)
class GoalDraft(FrozenValue):
    """A goal typed in the dialog but not confirmed: it reopens with the dialog."""

    text: str
    target: str = ""
    """The target date as typed, even if it is not yet a date."""
    origin: str = ""
    goal_id: str = ""
    """The goal being edited, or "" for a new one."""

    @classmethod
    def from_dict(cls, raw: Any, path: str) -> GoalDraft:
        d = shape.obj(raw, path, frozenset({"text", "target", "origin", "goal_id"}))
        return cls(
            text=shape.text(d, "text", path),
            target=shape.text(d, "target", path, ""),
            origin=shape.text(d, "origin", path, ""),
            goal_id=shape.text(d, "goal_id", path, ""),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "target": self.target,
            "origin": self.origin,
            "goal_id": self.goal_id,
        }


@value_class
class Goals(Value):
    """The goals file: every goal, the offers answered "not now", and a goal being written."""

    goals: list[Goal] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    """Checklist periods (origins) whose goal offer was answered "not now"."""
    draft: GoalDraft | None = None

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Goals:
        d = shape.obj(raw, "", frozenset({"schema_version", "goals", "declined", "draft"}))
        draft = d.get("draft")
        return cls(
            [Goal.from_dict(g, path) for path, g in shape.items(d, "goals")],
            shape.text_list(d, "declined", ""),
            None if draft is None else GoalDraft.from_dict(draft, "draft"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": GOALS_VERSION,
            "goals": [g.to_dict() for g in self.goals],
            "declined": list(self.declined),
            "draft": self.draft.to_dict() if self.draft else None,
        }

    def offered(self, origin: str) -> bool:
        """Whether this checklist period's offer was answered: a goal set from it, or not now."""
        return origin in self.declined or any(g.origin == origin for g in self.goals)


def goals_from_version_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had goals only: nothing declined, no draft."""
    return {**raw, "schema_version": 2, "declined": [], "draft": None}

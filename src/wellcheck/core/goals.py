"""Goals: "set yourself an achievable goal" when some answers are no; open until marked done."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wellcheck.core import shape
from wellcheck.core.answers import SCHEMA_VERSION
from wellcheck.core.value import FrozenValue, Value


@dataclass(frozen=True, eq=False, repr=False)
class Goal(FrozenValue):
    """An achievable goal, set when some answers were "no"."""

    id: str
    text: str
    created: date
    target: date | None = None
    """An optional date to aim for."""
    done: date | None = None
    """When it was marked done; None while open."""
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "created": self.created.isoformat(),
            "target": shape.iso(self.target),
            "done": shape.iso(self.done),
            "origin": self.origin,
        }


@dataclass(eq=False, repr=False)
class Goals(Value):
    goals: list[Goal] = field(default_factory=list)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Goals:
        d = shape.obj(raw, "", frozenset({"schema_version", "goals"}))
        return cls([Goal.from_dict(g, path) for path, g in shape.items(d, "goals")])

    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, "goals": [g.to_dict() for g in self.goals]}

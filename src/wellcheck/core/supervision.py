"""Supervision dates: the days the user noted that supervision happened.

A supervision pack covers "everything since the last one" (`periods.span_since`); the dates
are the user's to add and take back, one file (`supervision.json`) read through the store.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import Any

from wellcheck.core import shape
from wellcheck.core.value import Value, value_class

SUPERVISION_VERSION = 1


@value_class
class Supervisions(Value):
    """The days supervision happened, oldest first, each once."""

    days: list[date] = field(default_factory=list)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Supervisions:
        d = shape.obj(raw, "", frozenset({"schema_version", "days"}))
        days = d.get("days", [])
        if not isinstance(days, list):
            raise shape.ShapeError("days", "a list of dates")
        return cls(sorted({shape.to_date(v, f"days[{n}]") for n, v in enumerate(days)}))

    def to_dict(self) -> dict[str, Any]:
        days = [d.isoformat() for d in sorted(set(self.days))]
        return {"schema_version": SUPERVISION_VERSION, "days": days}

    def add(self, day: date) -> bool:
        """Note a day; False if it was noted already."""
        if day in self.days:
            return False
        self.days = sorted([*self.days, day])
        return True

    def remove(self, day: date) -> bool:
        """Take a day back; False if it was not noted."""
        if day not in self.days:
            return False
        self.days = [d for d in self.days if d != day]
        return True


def last_on_or_before(days: list[date], day: date) -> date | None:
    """The latest supervision on `day` or before it (a pack never starts in the future)."""
    return max((d for d in days if d <= day), default=None)


def within(days: list[date], first: date, last: date) -> list[date]:
    return [d for d in sorted(days) if first <= d <= last]

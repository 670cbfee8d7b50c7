"""Days off: leave, sick or not working. A day off is never counted or shown as missed."""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import Any, Literal

from wellcheck.core import shape
from wellcheck.core.answers import SCHEMA_VERSION
from wellcheck.core.value import Value, value_class

DayOffKind = Literal["leave", "sick", "not-working"]
DAY_OFF_KINDS: tuple[DayOffKind, ...] = ("leave", "sick", "not-working")


def day_off_kind(text: str) -> DayOffKind:
    """One of DAY_OFF_KINDS, as typed or chosen; ValueError for anything else."""
    for kind in DAY_OFF_KINDS:
        if kind == text:
            return kind
    raise ValueError(f"not a kind of day off: {text}")


@value_class
class DaysOff(Value):
    """The days marked off in one year: never counted or shown as missed."""

    days: dict[date, DayOffKind] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> DaysOff:
        d = shape.obj(raw, "", frozenset({"schema_version", "days"}))
        days = shape.obj(d.get("days", {}), "days")
        return cls(
            {
                shape.to_date(k, f"days.{k}"): shape.choice(days, k, "days", DAY_OFF_KINDS)
                for k in days
            }
        )

    def to_dict(self) -> dict[str, Any]:
        days = {k.isoformat(): v for k, v in sorted(self.days.items())}
        return {"schema_version": SCHEMA_VERSION, "days": days}

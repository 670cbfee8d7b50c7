"""Answer models: what is kept on disk, with a schema_version and migrations of older files.

Plain dataclasses, read and written by hand (see `shape.py`), so that reading a week of data is
fast. Every answer keeps the prompt it was given under, so a later change of wording never
changes what an old answer meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from wellcheck.core import shape
from wellcheck.core.value import FrozenValue, Value

SCHEMA_VERSION = 1
DayOffKind = Literal["leave", "sick", "not-working"]
DAY_OFF_KINDS: tuple[DayOffKind, ...] = ("leave", "sick", "not-working")
CHECK_VALUES = ("yes", "no", "na")

_ANSWER_KEYS = frozenset({"prompt", "value", "note", "fields", "labels", "entries", "changed_at"})


@dataclass(frozen=True, eq=False, repr=False)
class Answer(FrozenValue):
    """The answer to one item."""

    prompt: str
    """The item's prompt when this was answered."""
    value: str | int | None = None
    """A check's "yes" / "no" / "na", or a scale's number."""
    note: str = ""
    """A check's optional note."""
    fields: dict[str, str] = field(default_factory=dict)
    """A text item's fields, by field id."""
    labels: dict[str, str] = field(default_factory=dict)
    """The labels of the text fields when this was answered."""
    entries: list[str] = field(default_factory=list)
    """A list item's entries."""
    changed_at: datetime | None = None
    """When this answer last changed."""

    def is_answered(self) -> bool:
        """Whether the user has given anything at all here."""
        return (
            self.value is not None
            or any(v.strip() for v in self.fields.values())
            or any(e.strip() for e in self.entries)
        )

    @classmethod
    def from_dict(cls, raw: Any, path: str) -> Answer:
        d = shape.obj(raw, path, _ANSWER_KEYS)
        value = d.get("value")
        if value is not None and (not isinstance(value, str | int) or isinstance(value, bool)):
            raise shape.ShapeError(f"{path}.value", "text, a whole number or null")
        return cls(
            prompt=shape.text(d, "prompt", path),
            value=value,
            note=shape.text(d, "note", path, ""),
            fields=shape.text_map(d, "fields", path),
            labels=shape.text_map(d, "labels", path),
            entries=shape.text_list(d, "entries", path),
            changed_at=shape.opt_datetime(d, "changed_at", path),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"prompt": self.prompt}
        if self.value is not None:
            out["value"] = self.value
        if self.note:
            out["note"] = self.note
        if self.fields:
            out["fields"] = self.fields
            out["labels"] = self.labels
        if self.entries:
            out["entries"] = self.entries
        out["changed_at"] = shape.iso(self.changed_at)
        return out


@dataclass(eq=False, repr=False)
class Record(Value):
    """One instrument's answers for one period: one file on disk."""

    instrument: str
    """The instrument's id."""
    period: str
    """The period key: 2026-11-23, 2026-W47, 2026-11."""
    answers: dict[str, Answer] = field(default_factory=dict)
    """Answers by item id."""

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Record:
        d = shape.obj(raw, "", frozenset({"schema_version", "instrument", "period", "answers"}))
        answers = shape.obj(d.get("answers", {}), "answers")
        return cls(
            instrument=shape.text(d, "instrument", ""),
            period=shape.text(d, "period", ""),
            answers={k: Answer.from_dict(v, f"answers.{k}") for k, v in answers.items()},
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "instrument": self.instrument,
            "period": self.period,
            "answers": {k: a.to_dict() for k, a in self.answers.items()},
        }


@dataclass(eq=False, repr=False)
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


@dataclass(frozen=True, eq=False, repr=False)
class HelpRequest(FrozenValue):
    """One line of a stand-up's H: where the user needed help, and when it was resolved."""

    day: date
    text: str
    resolved: date | None = None
    """When the user marked it resolved; None while still open."""


class NewerVersionError(ValueError):
    """A file written by a newer wellcheck than this one."""


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring a file's data up to SCHEMA_VERSION. Version 1 is the first; nothing to do yet."""
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError("schema_version is missing or not a number")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"schema_version {version} was written by a newer wellcheck (this one reads "
            f"up to {SCHEMA_VERSION}); upgrade wellcheck to use it"
        )
    if version < 1:
        raise ValueError(f"schema_version {version} is not one wellcheck has written")
    return raw

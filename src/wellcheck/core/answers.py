"""Answer models: what is kept on disk, with a schema_version and migrations of older files.

Every answer keeps the prompt it was given under, so a later change of wording never
changes what an old answer meant.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
DayOffKind = Literal["leave", "sick", "not-working"]
DAY_OFF_KINDS: tuple[DayOffKind, ...] = ("leave", "sick", "not-working")
CheckValue = Literal["yes", "no", "na"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)


class Answer(_Model):
    """The answer to one item."""

    prompt: str
    """The item's prompt when this was answered."""
    value: str | int | None = None
    """A check's "yes" / "no" / "na", or a scale's number."""
    note: str = ""
    """A check's optional note."""
    fields: dict[str, str] = {}
    """A text item's fields, by field id."""
    labels: dict[str, str] = {}
    """The labels of the text fields when this was answered."""
    entries: list[str] = []
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


class Record(_Model):
    """One instrument's answers for one period: one file on disk."""

    schema_version: int = SCHEMA_VERSION
    instrument: str
    """The instrument's id."""
    period: str
    """The period key: 2026-11-23, 2026-W47, 2026-11."""
    answers: dict[str, Answer] = {}
    """Answers by item id."""


class DaysOff(_Model):
    """The days marked off in one year: never counted or shown as missed."""

    schema_version: int = SCHEMA_VERSION
    days: dict[date, DayOffKind] = {}


class Goal(_Model):
    """An achievable goal, set when some answers were "no"."""

    id: str
    text: str = Field(min_length=1)
    target: date | None = None
    """An optional date to aim for."""
    created: date
    done: date | None = None
    """When it was marked done; None while open."""
    origin: str = ""
    """The instrument and period it was set from, e.g. daily/2026-11-23."""


class Goals(_Model):
    schema_version: int = SCHEMA_VERSION
    goals: list[Goal] = []


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

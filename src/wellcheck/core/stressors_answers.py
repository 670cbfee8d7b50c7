"""What is kept on disk for the personal-stressors grid: dated reflections and support contacts.

Plain dataclasses read by hand (see `shape.py`), like `answers.py`. A reflection is one file per
day it was changed (`stressors/2026-11-23.json`); each row keeps the words it was answered under
and when it last changed. Support contacts live in one file (`support.json`).
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime
from typing import Any, Literal

from wellcheck.core import shape
from wellcheck.core.answers import SCHEMA_VERSION
from wellcheck.core.value import FrozenValue, Value, value_class

HelpStatus = Literal["sought", "need", "not-needed"]
HelpFrom = Literal["work", "elsewhere", "both"]
HELP_STATUSES: tuple[HelpStatus, ...] = ("sought", "need", "not-needed")
HELP_FROMS: tuple[HelpFrom, ...] = ("work", "elsewhere", "both")
HELP_STATUS_TEXT: dict[str, str] = {
    "sought": "already sought",
    "need": "need to seek",
    "not-needed": "not needed",
}
HELP_FROM_TEXT: dict[str, str] = {
    "work": "from work",
    "elsewhere": "from elsewhere",
    "both": "from work and elsewhere",
}
ContactRole = Literal["supervisor", "occupational_health", "eap"]
CONTACT_ROLES: tuple[ContactRole, ...] = ("supervisor", "occupational_health", "eap")

_ROW_KEYS = frozenset(
    {
        "category",
        "category_label",
        "label",
        "own",
        "ticked",
        "impact",
        "note",
        "affecting_work",
        "help",
        "help_from",
        "flagged",
        "changed_at",
    }
)

_NONE = type(None)
_ROW_TYPES = frozenset(
    {
        *((key, str) for key in ("category", "category_label", "label", "note")),
        *((key, bool) for key in ("own", "ticked", "flagged")),
        *((key, t) for key in ("impact",) for t in (int, _NONE)),
        *((key, t) for key in ("affecting_work",) for t in (bool, _NONE)),
        *((key, t) for key in ("help", "help_from", "changed_at") for t in (str, _NONE)),
    }
)
"""Each field a row may have, with each type of JSON value `StressorAnswer.from_dict` takes."""
_REFLECTION_KEYS = frozenset({"schema_version", "instrument", "day", "based_on", "rows"})


@value_class(frozen=True)
class StressorAnswer(FrozenValue):
    """The answers on one row of the grid."""

    category: str
    """The category's id."""
    category_label: str
    """The category's heading when this was answered."""
    label: str
    """The row's words when this was answered (the user's own for a "what else?" row)."""
    own: bool = False
    """Whether the user added this row under "what else?"."""
    ticked: bool = False
    """Experienced in (about) the last six months."""
    impact: int | None = None
    """1 (low) to 5 (high)."""
    note: str = ""
    """How it affects work."""
    affecting_work: bool | None = None
    help: HelpStatus | None = None
    help_from: HelpFrom | None = None
    flagged: bool = False
    """Take to supervision."""
    changed_at: datetime | None = None
    """When any of this row's answers last changed."""

    def is_blank(self) -> bool:
        """Nothing given on this row (its words aside)."""
        given = (self.impact, self.affecting_work, self.help, self.help_from)
        return not (self.ticked or self.flagged or self.note.strip()) and given == (None,) * 4

    @classmethod
    def from_dict(cls, raw: Any, path: str) -> StressorAnswer:
        d = shape.obj(raw, path, _ROW_KEYS)
        impact = shape.opt_int(d, "impact", path)
        if impact is not None and not 1 <= impact <= 5:
            raise shape.ShapeError(f"{path}.impact", "a whole number from 1 to 5")
        affecting = d.get("affecting_work")
        if affecting is not None and not isinstance(affecting, bool):
            raise shape.ShapeError(f"{path}.affecting_work", "true, false or null")
        return cls(
            category=shape.text(d, "category", path),
            category_label=shape.text(d, "category_label", path, ""),
            label=shape.text(d, "label", path),
            own=shape.boolean(d, "own", path),
            ticked=shape.boolean(d, "ticked", path),
            impact=impact,
            note=shape.text(d, "note", path, ""),
            affecting_work=affecting,
            help=shape.choice(d, "help", path, (None, *HELP_STATUSES)),
            help_from=shape.choice(d, "help_from", path, (None, *HELP_FROMS)),
            flagged=shape.boolean(d, "flagged", path),
            changed_at=shape.opt_datetime(d, "changed_at", path),
        )

    @staticmethod
    def readable(raw: Any) -> bool:
        """True only if `from_dict` reads `raw` (False: ask it why not), as `Answer.readable`."""
        if not (
            type(raw) is dict
            and _ROW_TYPES.issuperset(zip(raw, map(type, raw.values()), strict=True))
            and type(raw.get("category")) is str
            and type(raw.get("label")) is str
            and raw.get("help") in (None, *HELP_STATUSES)
            and raw.get("help_from") in (None, *HELP_FROMS)
        ):
            return False
        impact = raw.get("impact")
        if impact is not None and not 1 <= impact <= 5:
            return False
        try:
            if (when := raw.get("changed_at")) is not None:
                datetime.fromisoformat(when)
        except ValueError:
            return False
        return True

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "category_label": self.category_label,
            "label": self.label,
            "own": self.own,
            "ticked": self.ticked,
            "impact": self.impact,
            "note": self.note,
            "affecting_work": self.affecting_work,
            "help": self.help,
            "help_from": self.help_from,
            "flagged": self.flagged,
            "changed_at": shape.iso(self.changed_at),
        }


@value_class
class Reflection(Value):
    """The grid as it stood at the end of one day: one file, never changed after that day."""

    day: date
    rows: dict[str, StressorAnswer] = field(default_factory=dict)
    """Answers by entry id (content ids, or own-… for the user's own rows), in the order added."""
    based_on: date | None = None
    """The earlier reflection this one started as a copy of."""
    instrument: str = "stressors"
    """The grid's instrument id (its folder)."""

    @staticmethod
    def readable(raw: dict[str, Any]) -> bool:
        """True only if `from_dict` reads `raw` (False: ask it why not), as `Answer.readable`."""
        rows, day, based_on = raw.get("rows", {}), raw.get("day"), raw.get("based_on")
        if not (
            _REFLECTION_KEYS.issuperset(raw)
            and type(raw.get("instrument", "")) is str
            and type(day) is str
            and type(based_on) in (str, _NONE)
            and type(rows) is dict
            and all(map(StressorAnswer.readable, rows.values()))
        ):
            return False
        try:
            date.fromisoformat(day)
            if based_on is not None:
                date.fromisoformat(based_on)
        except ValueError:
            return False
        return True

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Reflection:
        d = shape.obj(raw, "", _REFLECTION_KEYS)
        rows = shape.obj(d.get("rows", {}), "rows")
        return cls(
            day=shape.to_date(d.get("day"), "day"),
            rows={k: StressorAnswer.from_dict(v, f"rows.{k}") for k, v in rows.items()},
            based_on=shape.opt_date(d, "based_on", ""),
            instrument=shape.text(d, "instrument", "", "stressors"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "instrument": self.instrument,
            "day": self.day.isoformat(),
            "based_on": shape.iso(self.based_on),
            "rows": {k: a.to_dict() for k, a in self.rows.items()},
        }


@value_class(frozen=True)
class Contact(FrozenValue):
    """Someone to turn to: the toolkit asks organisations to fill these in for their staff."""

    name: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    """Anything else: a website, how to be referred, hours."""

    def is_blank(self) -> bool:
        return not any(v.strip() for v in (self.name, self.phone, self.email, self.notes))

    @classmethod
    def from_dict(cls, raw: Any, path: str) -> Contact:
        d = shape.obj(raw, path, frozenset({"name", "phone", "email", "notes"}))
        return cls(**{k: shape.text(d, k, path, "") for k in ("name", "phone", "email", "notes")})

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "phone": self.phone, "email": self.email, "notes": self.notes}


@value_class
class SupportContacts(Value):
    """The user's supervisor, occupational health and employee assistance programme."""

    contacts: dict[ContactRole, Contact] = field(default_factory=dict)

    def get(self, role: ContactRole) -> Contact:
        return self.contacts.get(role, Contact())

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> SupportContacts:
        d = shape.obj(raw, "", frozenset({"schema_version", "contacts"}))
        found = shape.obj(d.get("contacts", {}), "contacts", frozenset(CONTACT_ROLES))
        return cls(
            {r: Contact.from_dict(found[r], f"contacts.{r}") for r in CONTACT_ROLES if r in found}
        )

    def to_dict(self) -> dict[str, Any]:
        contacts = {
            role: self.contacts[role].to_dict() for role in CONTACT_ROLES if role in self.contacts
        }
        return {"schema_version": SCHEMA_VERSION, "contacts": contacts}

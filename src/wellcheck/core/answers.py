"""Answer models: what is kept on disk, with a schema_version and migrations of older files.

Plain dataclasses, read and written by hand (see `shape.py`), so that reading a week of data is
fast. Every answer keeps the prompt it was given under, so a later change of wording never
changes what an old answer meant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field, replace
from datetime import date, datetime
from typing import Any

from wellcheck.core import shape
from wellcheck.core.value import FrozenValue, Value, value_class

SCHEMA_VERSION = 1
CHECK_VALUES = ("yes", "no", "na")

_ANSWER_KEYS = frozenset({"prompt", "value", "note", "fields", "labels", "entries", "changed_at"})
_VALUE_TYPES = (str, int)
_RECORD_KEYS = frozenset({"schema_version", "instrument", "period", "answers"})
_VALUE_TYPES_OR_NONE = (str, int, type(None))
"""The types of JSON value an answer's value may be, told by `type`: not bool, which is an
int to `isinstance`."""
_NO_TEXTS: dict[str, str] = {}


@value_class(frozen=True)
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
        if value is not None and (not isinstance(value, _VALUE_TYPES) or isinstance(value, bool)):
            raise shape.ShapeError(f"{path}.value", "text, a whole number or null")
        return cls(
            shape.text(d, "prompt", path),
            value,
            shape.text(d, "note", path, ""),
            shape.text_map(d, "fields", path),
            shape.text_map(d, "labels", path),
            shape.text_list(d, "entries", path),
            shape.opt_datetime(d, "changed_at", path),
        )

    @staticmethod
    def readable(raw: Any) -> bool:
        """True only if `from_dict` reads `raw` (False: ask it why not). The same rules in a
        few C-speed steps, and nothing built: `doctor`'s test of every answer in the store."""
        return _all_readable((raw,))

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


def _all_readable(answers: Iterable[Any]) -> bool:
    """`Answer.readable` of each, in one loop (a call for each answer costs more than its
    test), parsing each time of change once: a day's answers mostly share one."""
    parsed = None
    try:  # a join is a TypeError unless all it joins is text
        for raw in answers:
            if not (
                type(raw) is dict
                and _ANSWER_KEYS.issuperset(raw)
                and type(raw.get("prompt")) is str
                and type(raw.get("value")) in _VALUE_TYPES_OR_NONE
                and type(raw.get("note", "")) is str
            ):
                return False
            if "fields" in raw:
                "".join(_texts(raw["fields"]).values())
            if "labels" in raw:
                "".join(_texts(raw["labels"]).values())
            if "entries" in raw:
                "".join(_list(raw["entries"]))
            when = raw.get("changed_at")
            if when is not None and when != parsed:
                datetime.fromisoformat(when)  # a TypeError too if not text
                parsed = when
    except (TypeError, ValueError):
        return False
    return True


def _texts(raw: Any) -> dict[str, Any]:
    """`raw` if it is a JSON object; a TypeError if not."""
    if type(raw) is not dict:
        raise TypeError
    return raw


def _list(raw: Any) -> list[Any]:
    """`raw` if it is a JSON array; a TypeError if not."""
    if type(raw) is not list:
        raise TypeError
    return raw


def merged(base: Answer, mine: Answer, theirs: Answer | None, value_given: bool = False) -> Answer:
    """`mine` laid over `theirs` (the answer on disk now), taking from `mine` only what this
    window changed since `base` (the answer as it last read or sent it): the value, the note,
    each field, each entry. Two windows writing different fields or entries keep both; the
    same one written in both keeps the last saved. `value_given`: the value was given just now
    (a key pressed), so it is this window's even if it did not change here."""
    if theirs is None:
        return mine
    if value_given:
        theirs = replace(theirs, value=mine.value)

    def pick(m: Any, b: Any, t: Any) -> Any:
        return m if m != b else t

    keys = dict.fromkeys([*theirs.fields, *mine.fields, *base.fields])  # in a stable order
    fields = {
        k: pick(mine.fields.get(k, ""), base.fields.get(k, ""), theirs.fields.get(k, ""))
        for k in keys
    }
    size = max(len(mine.entries), len(base.entries), len(theirs.entries))
    m, b, t = (a.entries + [""] * (size - len(a.entries)) for a in (mine, base, theirs))
    entries = [pick(m[i], b[i], t[i]) for i in range(size)]
    while len(entries) > max(len(mine.entries), len(theirs.entries)) and not entries[-1]:
        entries.pop()
    return replace(
        mine,
        value=pick(mine.value, base.value, theirs.value),
        note=pick(mine.note, base.note, theirs.note),
        fields={k: v for k, v in fields.items() if k in mine.fields or k in theirs.fields or v},
        labels={**theirs.labels, **mine.labels},
        entries=entries,
    )


@value_class
class Record(Value):
    """One instrument's answers for one period: one file on disk."""

    instrument: str
    """The instrument's id."""
    period: str
    """The period key: 2026-11-23, 2026-W47, 2026-11."""
    answers: dict[str, Answer] = field(default_factory=dict)
    """Answers by item id."""

    @staticmethod
    def readable(raw: dict[str, Any]) -> bool:
        """True only if `from_dict` reads `raw` (False: ask it why not), as `Answer.readable`."""
        answers = raw.get("answers", _NO_TEXTS)
        return (
            _RECORD_KEYS.issuperset(raw)
            and type(raw.get("instrument")) is str
            and type(raw.get("period")) is str
            and type(answers) is dict
            and _all_readable(answers.values())
        )

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Record:
        d = shape.obj(raw, "", _RECORD_KEYS)
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


@value_class(frozen=True)
class HelpRequest(FrozenValue):
    """One line of a stand-up's H: where the user needed help, and when it was resolved."""

    day: date
    text: str
    resolved: date | None = None
    """When the user marked it resolved; None while still open."""


@value_class
class OpenHelp(Value):
    """The index of open help requests, oldest first."""

    requests: list[HelpRequest] = field(default_factory=list)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> OpenHelp:
        d = shape.obj(raw, "", frozenset({"schema_version", "requests"}))
        requests = []
        for path, item in shape.items(d, "requests"):
            r = shape.obj(item, path, frozenset({"day", "text"}))
            day = shape.to_date(r.get("day"), f"{path}.day")
            requests.append(HelpRequest(day, shape.text(r, "text", path)))
        return cls(requests)

    def to_dict(self) -> dict[str, Any]:
        requests = [{"day": r.day.isoformat(), "text": r.text} for r in self.requests]
        return {"schema_version": SCHEMA_VERSION, "requests": requests}

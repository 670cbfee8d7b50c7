"""Hand-written checks of JSON shapes, so reading data needs no pydantic (it costs ~150 ms).

Each reader takes the parsed JSON and a field path for messages. Messages name the field and the
expected type only: never the value, which may be the user's own words. They are on the path
of every answer `doctor` reads (some seventy thousand in thirty years), so each takes the usual
case first: a field absent, text with nothing to make visible.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from wellcheck.core.visible import first_control, visible

T = TypeVar("T")
_ABSENT: Any = object()


class ShapeError(ValueError):
    """A data file's field has the wrong shape. The message holds the path, never the value."""

    def __init__(self, path: str, expected: str, problem: str = "expected"):
        super().__init__(f"{path}: {problem} {expected}")


def obj(raw: Any, path: str, allowed: frozenset[str] | None = None) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ShapeError(path or "top level", "an object")
    if allowed is not None and not allowed.issuperset(raw):
        extra = set(raw) - allowed
        raise ShapeError(_join(path, sorted(extra)[0]), "field", problem="unknown")
    return raw


def text(raw: dict[str, Any], key: str, path: str, default: str | None = None) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise ShapeError(_join(path, key), "text")
    return value if first_control(value) is None else visible(value)


def opt_text(raw: dict[str, Any], key: str, path: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise ShapeError(_join(path, key), "text or null")
    return None if value is None else visible(value)


def integer(raw: dict[str, Any], key: str, path: str, default: int | None = None) -> int:
    value = raw.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ShapeError(_join(path, key), "a whole number")
    return value


def opt_int(raw: dict[str, Any], key: str, path: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    return integer(raw, key, path)


def boolean(raw: dict[str, Any], key: str, path: str, default: bool = False) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise ShapeError(_join(path, key), "true or false")
    return value


def text_list(raw: dict[str, Any], key: str, path: str) -> list[str]:
    value = raw.get(key, _ABSENT)
    if value is _ABSENT:
        return []
    joined = _joined(value) if isinstance(value, list) else None
    if joined is None:
        raise ShapeError(_join(path, key), "a list of text")
    return list(value) if first_control(joined) is None else [visible(v) for v in value]


def items(raw: dict[str, Any], key: str, path: str = "") -> list[tuple[str, Any]]:
    """The list under `key` (empty if absent), each item with its own path ("goals[2]")."""
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise ShapeError(_join(path, key), "a list")
    return [(f"{_join(path, key)}[{n}]", item) for n, item in enumerate(value)]


def text_map(raw: dict[str, Any], key: str, path: str) -> dict[str, str]:
    value = raw.get(key, _ABSENT)
    if value is _ABSENT:
        return {}
    joined = _joined(value.values()) if isinstance(value, dict) else None
    if joined is None:
        raise ShapeError(_join(path, key), "an object of text")
    if first_control(joined) is None and first_control("".join(value)) is None:
        return dict(value)
    return {visible(k): visible(v) for k, v in value.items()}


def _joined(texts: Iterable[Any]) -> str | None:
    """All of `texts` run together (a control character in any is in it), or None if one of
    them is not text."""
    try:
        return "".join(texts)
    except TypeError:
        return None


def opt_date(raw: dict[str, Any], key: str, path: str) -> date | None:
    value = raw.get(key)
    if value is None:
        return None
    return to_date(value, _join(path, key))


def to_date(value: Any, path: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ShapeError(path, "a date YYYY-MM-DD") from None


def opt_datetime(raw: dict[str, Any], key: str, path: str) -> datetime | None:
    value = raw.get(key)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ShapeError(_join(path, key), "a date and time") from None


def choice(raw: dict[str, Any], key: str, path: str, allowed: tuple[T, ...]) -> T:
    value = raw.get(key)
    if value not in allowed:
        raise ShapeError(_join(path, key), "one of " + ", ".join(map(str, allowed)))
    return value


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key

"""Where in a content file a problem is, and in words for someone editing TOML: the loader's
messages (`content_loader.py`), one `ContentError` per problem."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellcheck.core.content import ITEM_CLASSES, ITEM_KINDS, FieldProblem
from wellcheck.core.errors import ContentError
from wellcheck.core.visible import controls_at

if TYPE_CHECKING:
    from pydantic import ValidationError

_DUPLICATE = re.compile(r"duplicate (?:item|field|category|entry) id '(?P<id>[^']+)'")


def control_problem(path: Path, text: str, raw: dict[str, Any]) -> list[ContentError]:
    """The first text holding a control character (an escape code): shown, it would act on
    the terminal instead of reading as words."""
    loc = controls_at(raw)
    if loc is None:
        return []
    reason = "must not hold control characters (escape codes)"
    return [ContentError(path, f"{_format_loc(loc)}: {reason}", _locate(text, loc, reason))]


def kind_problems(path: Path, text: str, raw: dict[str, Any]) -> list[ContentError]:
    """Each item's `kind` is checked by hand first, so the rest is checked against one kind:
    one error for every item whose kind is missing or unknown."""
    items = raw.get("items")
    if not isinstance(items, list):
        return []
    expected = f"(expected one of: {', '.join(ITEM_KINDS)})"
    found: list[ContentError] = []
    for index, item in enumerate(items):
        loc: list[int | str] = ["items", index]
        if not isinstance(item, dict):
            reason = "each item must be a table: write it under [[items]]"
        elif "kind" not in item:
            reason = f"'kind' is missing {expected}"
        elif not isinstance(item["kind"], str) or item["kind"] not in ITEM_CLASSES:
            loc, reason = [*loc, "kind"], f"unknown kind '{item['kind']}' {expected}"
        else:
            continue
        found.append(
            ContentError(path, f"{_format_loc(loc)}: {reason}", _locate(text, loc, reason))
        )
    return found


def schema_errors(
    path: Path, text: str, raw: dict[str, Any], exc: ValidationError
) -> list[ContentError]:
    """One error for every problem pydantic found, each at its line."""
    errors = [e for e in exc.errors(include_input=False, include_url=False) if _relevant(e, raw)]
    return [_one_error(path, text, error) for error in errors]


def _one_error(path: Path, text: str, found: Any) -> ContentError:
    loc = [part for n, part in enumerate(found["loc"]) if not _is_tag(found["loc"], n)]
    error = found.get("ctx", {}).get("error")
    if isinstance(error, FieldProblem):
        loc.append(error.field)
    reason = _reason(found["type"], str(error) if error else found["msg"])
    where = _format_loc(loc)
    return ContentError(path, f"{where}: {reason}" if where else reason, _locate(text, loc, reason))


def first_of(errors: list[ContentError]) -> ContentError:
    """The first problem, saying how many more there are (`content check` lists each)."""
    first, more = errors[0], len(errors) - 1
    if not more:
        return first
    reason = f"{first.reason} (and {more} more problem{'s' if more > 1 else ''})"
    return ContentError(first.path, reason, first.line, first.col)


def _is_tag(loc: tuple[int | str, ...], n: int) -> bool:
    """Whether loc[n] is the name of a kind's class that pydantic puts after items[i]."""
    return n == 2 and loc[0] == "items" and isinstance(loc[1], int)


def _relevant(error: Any, raw: dict[str, Any]) -> bool:
    """Of the errors for each kind an item could be, keep those for the kind it says it is."""
    loc = error["loc"]
    if len(loc) < 3 or loc[0] != "items" or not isinstance(loc[1], int):
        return True
    kind = raw["items"][loc[1]].get("kind")
    return bool(loc[2] == ITEM_CLASSES[kind].__name__)


def _reason(kind: str, msg: str) -> str:
    if kind in ("missing", "missing_argument"):
        return "required field is missing"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return "unknown field"
    return _PLAIN_REASONS.get(kind) or msg.removeprefix("Value error, ")


_PLAIN_REASONS = {
    "string_type": "expected text in quotes",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "dataclass_type": "expected a table ([[items]] or { key = value, … })",
    "dataclass_exact_type": "expected a table ([[items]] or { key = value, … })",
    "model_type": "expected a table ([[items]] or { key = value, … })",
    "model_attributes_type": "expected a table ([[items]] or { key = value, … })",
    "list_type": "expected a list [ … ]",
    "dict_type": "expected a table { key = value, … }",
}
"""Pydantic's wording replaced by words for someone editing a TOML file."""


def _format_loc(loc: list[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _locate(text: str, loc: list[int | str], reason: str) -> int | None:
    """Best-effort line of a schema problem: the key's line, or its [[table]] header's."""
    lines = text.splitlines()
    dup = _DUPLICATE.search(reason)
    if dup:
        hits = [
            n
            for n, ln in enumerate(lines, 1)
            if re.search(rf"(?:^|[\s{{,])id\s*=\s*[\"']{re.escape(dup['id'])}[\"']", ln)
        ]
        return hits[1] if len(hits) > 1 else None
    start, end, header, name, rest = _table_of(lines, loc)
    if not rest or not isinstance(rest[0], str):
        return header
    first_sub = next((n for n in range(start, end) if lines[n].lstrip().startswith("[")), end)
    for n in range(start, first_sub):
        if re.match(rf"\s*{re.escape(rest[0])}\s*=", lines[n]):
            if len(rest) > 1 and isinstance(rest[1], int):
                return _inline_element(lines, n, first_sub, rest[1]) or n + 1
            return n + 1
    return header


def _table_of(
    lines: list[str], loc: list[int | str]
) -> tuple[int, int, int | None, str, list[int | str]]:
    """Follow [[a]] / [[a.b]] headers down `loc`: the lines of the deepest table found."""
    start, end, header, name = 0, len(lines), None, ""
    while len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
        full = f"{name}.{loc[0]}" if name else loc[0]
        tables = [n for n in range(start, end) if lines[n].strip() == f"[[{full}]]"]
        if loc[1] >= len(tables):
            break
        start = tables[loc[1]] + 1
        header, name, loc = start, full, loc[2:]
        inner = (f"[[{full}.", f"[{full}.")
        later = [
            n
            for n in range(start, end)
            if lines[n].lstrip().startswith("[") and not lines[n].strip().startswith(inner)
        ]
        end = later[0] if later else end
    if header is None:
        start = 0
    return start, end, header, name, loc


def _inline_element(lines: list[str], key_line: int, stop: int, index: int) -> int | None:
    """The line of the index-th `{ ... }` of a multi-line inline array that starts at key_line."""
    seen = -1
    for n in range(key_line, stop):
        seen += lines[n].count("{")
        if seen >= index:
            return n + 1
    return None

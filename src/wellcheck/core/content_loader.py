"""Read instruments from TOML files, and report any problem as one line with its place.

New or changed files are validated with pydantic (imported only then: it costs ~150 ms); what it
validated is kept in a cache keyed by every file's path, size and modification time, so that an
ordinary start reads the cache and imports no pydantic at all (see `content_cache.py`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellcheck.core import content_cache
from wellcheck.core.content import ITEM_CLASSES, ITEM_KINDS, FieldProblem, Instrument
from wellcheck.core.errors import ContentError, toml_syntax_error
from wellcheck.core.value import Value
from wellcheck.core.visible import controls_at

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError

_DUPLICATE = re.compile(r"duplicate (?:item|field|category|entry) id '(?P<id>[^']+)'")


@dataclass(eq=False, repr=False)
class ContentSet(Value):
    """The instruments in use, by id, with the file each came from."""

    instruments: dict[str, Instrument] = field(default_factory=dict)
    origins: dict[str, Path] = field(default_factory=dict)

    def get(self, instrument_id: str) -> Instrument:
        return self.instruments[instrument_id]

    def by_cadence(self, *cadences: str) -> list[Instrument]:
        found = [i for i in self.instruments.values() if i.cadence in cadences]
        return sorted(found, key=lambda i: (i.order, i.id))


def load_file(path: Path) -> Instrument:
    """One instrument from one TOML file, or a ContentError naming the place."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ContentError(path, f"cannot read: {exc.strerror}") from None
    import tomllib  # not on an ordinary start, which reads the cache

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_syntax_error(path, exc) from None
    if not raw:
        raise ContentError(path, "no instrument here: the file is empty or only comments")
    kind_problem = _kind_problem(raw) or _control_problem(raw)
    if kind_problem:
        loc, reason = kind_problem
        raise ContentError(path, f"{_format_loc(loc)}: {reason}", _locate(text, loc, reason))
    from pydantic import ValidationError

    try:
        # JSON mode, strict: TOML's types are kept ("yes" is not a boolean, "3" not a number).
        return _adapter().validate_json(json.dumps(raw, default=str), strict=True)
    except ValidationError as exc:
        raise _schema_error(path, text, raw, exc) from None


_ADAPTER: list[TypeAdapter[Instrument]] = []


def _adapter() -> TypeAdapter[Instrument]:
    if not _ADAPTER:
        from pydantic import TypeAdapter

        _ADAPTER.append(TypeAdapter(Instrument))
    return _ADAPTER[0]


def load_dirs(dirs: Sequence[Path], cache: Path | None = None) -> ContentSet:
    """All instruments from these folders; a later folder overrides an earlier one by id.

    With `cache`, unchanged files are not validated again.
    """
    files = [path for folder in dirs for path in _toml_files(folder)]
    key = content_cache.key_of(files)
    if cache is not None:
        found = content_cache.read(cache, key)
        if found is not None:
            return ContentSet(*found)
    content = _load_dirs(dirs)
    if cache is not None:
        content_cache.write(cache, key, (content.instruments, content.origins))
    return content


def _load_dirs(dirs: Sequence[Path]) -> ContentSet:
    content = ContentSet()
    for folder in dirs:
        seen_here: dict[str, Path] = {}
        for path in _toml_files(folder):
            instrument = load_file(path)
            if instrument.id in seen_here:
                other = seen_here[instrument.id].name
                raise ContentError(path, f"instrument id '{instrument.id}' is also used by {other}")
            seen_here[instrument.id] = path
            content.instruments[instrument.id] = instrument
            content.origins[instrument.id] = path
    return content


def check_files(files: Sequence[Path]) -> tuple[int, list[ContentError]]:
    """Validate these files; how many are good, and one error for each that is not."""
    errors: list[ContentError] = []
    for path in files:
        try:
            load_file(path)
        except ContentError as exc:
            errors.append(exc)
    return len(files) - len(errors), errors


def check_dirs(dirs: Sequence[Path]) -> tuple[int, list[ContentError]]:
    """Validate every file, collecting all problems rather than stopping at the first."""
    errors: list[ContentError] = []
    count = 0
    for folder in dirs:
        seen: dict[str, Path] = {}
        for path in _toml_files(folder):
            try:
                instrument = load_file(path)
            except ContentError as exc:
                errors.append(exc)
                continue
            if instrument.id in seen:
                msg = f"instrument id '{instrument.id}' is also used by {seen[instrument.id].name}"
                errors.append(ContentError(path, msg))
                continue
            seen[instrument.id] = path
            count += 1
    return count, errors


def _toml_files(folder: Path) -> Iterable[Path]:
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.toml"))


def _control_problem(raw: dict[str, Any]) -> tuple[list[int | str], str] | None:
    loc = controls_at(raw)
    return None if loc is None else (loc, "must not hold control characters (escape codes)")


def _kind_problem(raw: dict[str, Any]) -> tuple[list[int | str], str] | None:
    """Each item's `kind` is checked by hand first, so the rest is checked against one kind."""
    items = raw.get("items")
    if not isinstance(items, list):
        return None
    expected = f"(expected one of: {', '.join(ITEM_KINDS)})"
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            return ["items", index], "each item must be a table: write it under [[items]]"
        if "kind" not in item:
            return ["items", index], f"'kind' is missing {expected}"
        if not isinstance(item["kind"], str) or item["kind"] not in ITEM_CLASSES:
            return ["items", index, "kind"], f"unknown kind '{item['kind']}' {expected}"
    return None


def _schema_error(path: Path, text: str, raw: dict[str, Any], exc: ValidationError) -> ContentError:
    errors = [e for e in exc.errors(include_input=False, include_url=False) if _relevant(e, raw)]
    first = errors[0]
    loc = [part for n, part in enumerate(first["loc"]) if not _is_tag(first["loc"], n)]
    error = first.get("ctx", {}).get("error")
    if isinstance(error, FieldProblem):
        loc.append(error.field)
    reason = _reason(first["type"], str(error) if error else first["msg"])
    line = _locate(text, loc, reason)
    where = _format_loc(loc)
    message = f"{where}: {reason}" if where else reason
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return ContentError(path, message, line)


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

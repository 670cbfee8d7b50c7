"""Read instruments from TOML files, and report any problem as one line with its place."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wellcheck.core.content import ITEM_KINDS, Instrument
from wellcheck.core.errors import ContentError

_TOML_PLACE = re.compile(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_DUPLICATE = re.compile(r"duplicate (?:item|field|category|entry) id '(?P<id>[^']+)'")


@dataclass
class ContentSet:
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
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, exc) from None
    try:
        return Instrument.model_validate(raw)
    except ValidationError as exc:
        raise _schema_error(path, text, raw, exc) from None


def load_dirs(dirs: Sequence[Path]) -> ContentSet:
    """All instruments from these folders; a later folder overrides an earlier one by id."""
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


def _syntax_error(path: Path, exc: tomllib.TOMLDecodeError) -> ContentError:
    match = _TOML_PLACE.match(str(exc))
    if not match:
        return ContentError(path, f"TOML syntax: {exc}")
    line, col = int(match["line"]), int(match["col"])
    return ContentError(path, f"TOML syntax: {match['msg']}", line, col)


def _schema_error(path: Path, text: str, raw: dict[str, Any], exc: ValidationError) -> ContentError:
    first = exc.errors(include_input=False, include_url=False)[0]
    loc = _clean_loc(first["loc"])
    if first["type"] == "union_tag_invalid":
        loc.append("kind")
    reason = _reason(first["type"], first["msg"], loc, raw)
    line = _locate(text, loc, reason)
    where = _format_loc(loc)
    message = f"{where}: {reason}" if where else reason
    extra = exc.error_count() - 1
    if extra:
        message += f" (and {extra} more problem{'s' if extra > 1 else ''})"
    return ContentError(path, message, line)


def _clean_loc(loc: tuple[int | str, ...]) -> list[int | str]:
    """Drop the discriminator tag pydantic inserts after a list index (items.2.check.prompt)."""
    cleaned: list[int | str] = []
    for part in loc:
        is_tag = len(cleaned) >= 2 and isinstance(cleaned[-1], int) and cleaned[-2] == "items"
        if is_tag and part in ITEM_KINDS:
            continue
        cleaned.append(part)
    return cleaned


def _reason(kind: str, msg: str, loc: list[int | str], raw: dict[str, Any]) -> str:
    if kind == "union_tag_invalid":
        item = _dig(raw, loc[:-1])
        tag = item.get("kind") if isinstance(item, dict) else None
        return f"unknown kind '{tag}' (expected one of: {', '.join(ITEM_KINDS)})"
    if kind == "union_tag_not_found":
        return f"'kind' is missing (expected one of: {', '.join(ITEM_KINDS)})"
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "string_pattern_mismatch":
        return "ids use only lowercase letters, digits, _ and - (e.g. lunch_break)"
    return msg.removeprefix("Value error, ")


def _dig(raw: Any, loc: list[int | str]) -> Any:
    for part in loc:
        try:
            raw = raw[part]
        except (KeyError, IndexError, TypeError):
            return None
    return raw


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
        pattern = rf"(?:^|[{{,])\s*id\s*=\s*[\"']{re.escape(dup['id'])}[\"']"
        hits = [n for n, ln in enumerate(lines, 1) if re.search(pattern, ln)]
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

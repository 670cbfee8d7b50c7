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
_DUPLICATE = re.compile(r"duplicate (?:item|field) id '(?P<id>[^']+)'")


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
    if not raw:
        raise ContentError(path, "no instrument here: the file is empty or only comments")
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
        if cleaned and isinstance(cleaned[-1], int) and part in ITEM_KINDS:
            continue
        cleaned.append(part)
    return cleaned


def _reason(kind: str, msg: str, loc: list[int | str], raw: dict[str, Any]) -> str:
    if kind == "union_tag_invalid":
        item = _dig(raw, loc)
        tag = item.get("kind") if isinstance(item, dict) else None
        return f"unknown kind '{tag}' (expected one of: {', '.join(ITEM_KINDS)})"
    if kind == "union_tag_not_found":
        return f"'kind' is missing (expected one of: {', '.join(ITEM_KINDS)})"
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field"
    return _PLAIN_REASONS.get(kind) or msg.removeprefix("Value error, ")


_PLAIN_REASONS = {
    "string_pattern_mismatch": "use lowercase letters, digits, '-' and '_' (starting with a "
    "letter or digit)",
    "string_type": "expected text in quotes",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "model_type": "expected a table ([[items]] or { key = value, … })",
    "model_attributes_type": "expected a table ([[items]] or { key = value, … })",
    "list_type": "expected a list [ … ]",
    "dict_type": "expected a table { key = value, … }",
}
"""Pydantic's wording replaced by words for someone editing a TOML file."""


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
        hits = [
            n
            for n, ln in enumerate(lines, 1)
            if re.search(rf"(?:^|[\s{{,])id\s*=\s*[\"']{re.escape(dup['id'])}[\"']", ln)
        ]
        return hits[1] if len(hits) > 1 else None
    start, end = 0, len(lines)
    header: int | None = None
    if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
        tables = [n for n, ln in enumerate(lines) if ln.strip() == f"[[{loc[0]}]]"]
        if loc[1] < len(tables):
            start = tables[loc[1]]
            header = start + 1
            later = [n for n, ln in enumerate(lines) if n > start and ln.lstrip().startswith("[")]
            end = later[0] if later else len(lines)
        key = loc[2] if len(loc) > 2 else None
    else:
        key = loc[0] if loc else None
        later = [n for n, ln in enumerate(lines) if ln.lstrip().startswith("[")]
        end = later[0] if later else len(lines)
    if isinstance(key, str):
        for n in range(start, end):
            if re.match(rf"\s*{re.escape(key)}\s*=", lines[n]):
                return n + 1
    return header

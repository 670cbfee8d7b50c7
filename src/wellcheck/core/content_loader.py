"""Read instruments from TOML files, and report any problem as one line with its place.

New or changed files are validated with pydantic (imported only then: it costs ~150 ms); what it
validated is kept in a cache keyed by every file's path, size and modification time, so that an
ordinary start reads the cache and imports no pydantic at all (see `content_cache.py`).

A file of the user's that cannot be used (a typo, an id that is wellcheck's own or used twice)
is skipped, with one line saying where, and every other instrument is loaded: one broken file
never locks the user out. A set with such a problem is not cached, so the next start looks again
(a file made readable again by `chmod` keeps its modification time).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

from wellcheck.core import content_cache
from wellcheck.core.content import Instrument
from wellcheck.core.content_errors import control_problem, first_of, kind_problems, schema_errors
from wellcheck.core.content_rules import id_problem
from wellcheck.core.errors import ContentError, WellcheckError, toml_syntax_error
from wellcheck.core.value import Value, value_class

if TYPE_CHECKING:
    from pydantic import TypeAdapter


@value_class
class ContentSet(Value):
    """The instruments in use, by id, with the file each came from."""

    instruments: dict[str, Instrument] = field(default_factory=dict)
    origins: dict[str, Path] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    """One line (file:line: what is wrong) for each content file that was skipped."""

    def get(self, instrument_id: str) -> Instrument:
        """The instrument; a one-line WellcheckError if there is none of that id."""
        try:
            return self.instruments[instrument_id]
        except KeyError:
            raise WellcheckError(
                f"no instrument has the id '{instrument_id[:64]}'; `wellcheck content check` "
                "lists the ones in use"
            ) from None

    def by_cadence(self, *cadences: str) -> list[Instrument]:
        found = [i for i in self.instruments.values() if i.cadence in cadences]
        return sorted(found, key=lambda i: (i.order, i.id))


def load_file(path: Path) -> Instrument:
    """One instrument from one TOML file, or a ContentError naming the first problem's place."""
    instrument, errors = file_problems(path)
    if instrument is None:
        raise first_of(errors)
    return instrument


def file_problems(path: Path) -> tuple[Instrument | None, list[ContentError]]:
    """The file's instrument, or None and every problem found in it."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [ContentError(path, f"not UTF-8 text (byte {exc.start})")]
    except OSError as exc:
        return None, [ContentError(path, f"cannot read: {exc.strerror}")]
    import tomllib  # not on an ordinary start, which reads the cache

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [toml_syntax_error(path, exc)]
    if not raw:
        return None, [ContentError(path, "no instrument here: the file is empty or only comments")]
    kinds = kind_problems(path, text, raw) + control_problem(path, text, raw)
    if kinds:
        return None, kinds
    from pydantic import ValidationError

    try:
        # JSON mode, strict: TOML's types are kept ("yes" is not a boolean, "3" not a number).
        instrument = _adapter().validate_json(json.dumps(raw, default=str), strict=True)
    except ValidationError as exc:
        return None, schema_errors(path, text, raw, exc)
    wrong_id = id_problem(path, text, instrument)
    return (None, [wrong_id]) if wrong_id else (instrument, [])


_ADAPTER: list[TypeAdapter[Instrument]] = []


def _adapter() -> TypeAdapter[Instrument]:
    if not _ADAPTER:
        from pydantic import TypeAdapter

        _ADAPTER.append(TypeAdapter(Instrument))
    return _ADAPTER[0]


def load_dirs(dirs: Sequence[Path], cache: Path | None = None, apart: bool = False) -> ContentSet:
    """All instruments from these folders; a later folder overrides an earlier one by id.

    With `cache`, unchanged files are not validated again. A file that cannot be used is
    skipped and named in `problems`. With `apart` too (the `wellcheck` command's own start),
    files that changed are validated in a short-lived process of their own, which writes the
    cache, and only the cache is read here: pydantic and its schema (some 17 MiB) never weigh
    on the app that follows, and a first start keeps within the memory budget (README,
    Performance). If that process cannot write the cache (a file with a problem: never cached),
    the files are validated here, and their problems named as ever.
    """
    files = [path for folder in dirs for path in _toml_files(folder)]
    key = content_cache.key_of(files)
    if cache is not None:
        found = content_cache.read(cache, key)
        if found is None and apart and _validated_apart(dirs, cache):
            found = content_cache.read(cache, key)
        if found is not None:
            return ContentSet(*found)
    content = ContentSet()
    for instrument, path in _usable(dirs, lambda e: content.problems.append(str(first_of(e)))):
        content.instruments[instrument.id] = instrument
        content.origins[instrument.id] = path
    if cache is not None and not content.problems:
        content_cache.write(cache, key, (content.instruments, content.origins))
    return content


_APART = (
    "import sys; from pathlib import Path; from wellcheck.core.content_loader import load_dirs; "
    "load_dirs([Path(d) for d in sys.argv[2:]], Path(sys.argv[1]))"
)


def _validated_apart(dirs: Sequence[Path], cache: Path) -> bool:
    """Validate and cache the content in a child process; whether it ended well."""
    import subprocess
    import sys

    # -P: nothing from the current folder is imported in its place
    argv = [sys.executable, "-P", "-c", _APART, str(cache), *map(str, dirs)]
    quiet = subprocess.DEVNULL
    try:
        done = subprocess.run(argv, stdin=quiet, stdout=quiet, stderr=quiet, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def check_files(files: Sequence[Path]) -> tuple[int, list[ContentError]]:
    """Validate these files; how many are good, and every problem of each that is not."""
    errors: list[ContentError] = []
    count = 0
    for path in files:
        instrument, found = file_problems(path)
        errors += found
        count += instrument is not None
    return count, errors


def check_dirs(dirs: Sequence[Path]) -> tuple[int, list[ContentError]]:
    """Validate every file, collecting every problem of each rather than stopping at one."""
    errors: list[ContentError] = []
    count = sum(1 for _ in _usable(dirs, errors.extend))
    return count, errors


def _usable(
    dirs: Sequence[Path], skipped: Callable[[list[ContentError]], None]
) -> Iterable[tuple[Instrument, Path]]:
    """Each usable instrument with its file; for a file that is not, `skipped(its problems)`."""
    for folder in dirs:
        seen: dict[str, Path] = {}
        for path in _toml_files(folder):
            instrument, errors = file_problems(path)
            if instrument is not None and instrument.id in seen:
                other = seen[instrument.id].name
                msg = (
                    f"instrument id '{instrument.id}' is also used by {other}; this file is skipped"
                )
                instrument, errors = None, [ContentError(path, msg)]
            if instrument is None:
                skipped(errors)
                continue
            seen[instrument.id] = path
            yield instrument, path


def _toml_files(folder: Path) -> Iterable[Path]:
    try:
        if not folder.is_dir():
            return []
        return sorted(folder.glob("*.toml"))
    except OSError:  # a folder that cannot be listed holds nothing usable
        return []

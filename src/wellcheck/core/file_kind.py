"""What a kind of file is (`FileKind`: its name, reader, version and migrations, and which
files are of it), where one file is (`Place`), and reading a file's bytes as its kind's model:
decoded, migrated, and each problem named without quoting the user's words. `layout` holds the
one table of every kind and says where each file lives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from wellcheck.core import reading
from wellcheck.core.answers import SCHEMA_VERSION
from wellcheck.core.errors import DataError
from wellcheck.core.value import FrozenValue, value_class


class Stored(Protocol):
    """A model kept in one file: it writes itself as a JSON object."""

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Stored)
Migration = Callable[[dict[str, Any]], dict[str, Any]]


class NewerVersionError(ValueError):
    """A file written by a newer wellcheck than this one."""


@value_class(frozen=True)
class FileKind(FrozenValue, Generic[M]):
    """One kind of file: what it is, how it is read, and which files are of it."""

    name: str
    """In words, for messages: "a checklist"."""
    reader: Callable[[dict[str, Any]], M]
    """Builds the model from the file's data, once migrated to `version`."""
    claims: Callable[[tuple[str, ...]], bool]
    """Whether a file, by its path's parts under the data folder, is of this kind."""
    version: int = SCHEMA_VERSION
    """The schema version this wellcheck writes."""
    migrations: tuple[Migration, ...] = ()
    """`migrations[n - 1]` brings a file from version n to n + 1."""
    readable: Callable[[dict[str, Any]], bool] | None = None
    """A quick test of data (once migrated) that is True only where `reader` reads it, so
    that `doctor` need not build every model of a long history; where it says False, the
    reader is asked (and names the problem)."""

    def read(self, raw: dict[str, Any]) -> M:
        return self.reader(migrate(raw, self.version, self.migrations))

    def check(self, raw: dict[str, Any]) -> None:
        """What `read` would raise, if anything; the model is built only where `readable`
        cannot tell."""
        data = migrate(raw, self.version, self.migrations)
        if self.readable is None or not self.readable(data):
            self.reader(data)


@value_class(frozen=True)
class Place(FrozenValue, Generic[M]):
    """Where one file lives, and what kind of file it is."""

    path: Path
    kind: FileKind[M]


def parse(place: Place[M], data: bytes) -> M:
    """A file's bytes as its kind's model, naming the problem without quoting the user's words."""
    raw = _decode(place.path, data)
    try:
        return place.kind.read(raw)
    except ValueError as exc:
        raise DataError(place.path, str(exc)) from None


def check(kind: FileKind[Any], path: Path | str, data: bytes) -> None:
    """The DataError `parse` would raise for these bytes as a file of `kind`, if any, without
    building the model where the kind can tell without (`FileKind.readable`): a file it
    passes, the app reads."""
    raw = _decode(path, data)
    try:
        kind.check(raw)
    except ValueError as exc:
        raise DataError(path, str(exc)) from None


def parse_model(path: Path, data: bytes, model: Callable[[dict[str, Any]], M]) -> M:
    """A data file's bytes as `model`, migrated from any earlier version, or DataError."""
    raw = _decode(path, data)
    try:
        return model(migrate(raw))
    except ValueError as exc:
        raise DataError(path, str(exc)) from None


def _decode(path: Path | str, data: bytes) -> dict[str, Any]:
    return reading.decode(path, data)


def migrate(
    raw: dict[str, Any], version: int = SCHEMA_VERSION, migrations: tuple[Migration, ...] = ()
) -> dict[str, Any]:
    """Bring a file's data up to `version`, one migration a step. Version 1 is the first."""
    found = raw.get("schema_version")
    if not isinstance(found, int) or isinstance(found, bool):
        raise ValueError("schema_version is missing or not a number")
    if found > version:
        raise NewerVersionError(
            f"schema_version {found} was written by a newer wellcheck (this one reads "
            f"up to {version}); upgrade wellcheck to use it"
        )
    if found < 1:
        raise ValueError(f"schema_version {found} is not one wellcheck has written")
    for step in migrations[found - 1 : version - 1]:
        raw = step(raw)
    return raw

"""Doctor's test of each file: what is wrong with it, if anything, and which data files were
found good, with their stamps, for doctor's next note. A file the last check found good, and
unchanged since, is looked at by its stamp alone."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from wellcheck.core import crypto, file_kind, layout, reading
from wellcheck.core.checked import STAMP, stamp
from wellcheck.core.doctor_saves import TEMP, in_progress
from wellcheck.core.errors import DataError, one_line, shown_path
from wellcheck.core.store import JsonStore
from wellcheck.core.value import FrozenValue, value_class

SYNC_CONFLICT = re.compile(
    r"conflicted copy"  # Dropbox, Nextcloud, ownCloud: "x (conflicted copy 2026-11-23).json"
    r"|\.sync-conflict-"  # Syncthing: "x.sync-conflict-20261123-101010-ABCDEFG.json"
    r"|_conflict-\d"  # ownCloud (older): "x_conflict-20261123-101010.json"
    r"|\(conflict"  # Google Drive and others: "x (conflict 1).json"
    r"|case conflict",  # Dropbox: "x (case conflict).json"
    re.IGNORECASE,
)


@value_class(frozen=True)
class Finding(FrozenValue):
    """One file doctor found wrong, and what is wrong with it."""

    path: Path
    problem: str
    """What is wrong and what the user can do, in one line without the file's contents."""

    def __str__(self) -> str:
        return f"{shown_path(self.path)}: {one_line(self.problem)}"


class Files:
    """The files checked so far, how many read well, and the data files found good, by
    folder, with their stamps (for doctor's next note)."""

    def __init__(
        self,
        store: JsonStore,
        locked: bool,
        known: dict[str, dict[str, str]],
        settled: int,
    ) -> None:
        self.store = store
        self.locked = locked
        self.known = known
        """The stamps of the files the last check found good (none: read every file)."""
        self.settled = settled
        """A file whose times are before this (ns) can be noted (`SETTLE_NS`)."""
        self.good: dict[str, dict[str, str]] = {}
        self.count = self.read = self.unchanged = 0

    def folder(
        self,
        here: str,
        under: tuple[str, ...],
        key: str | None,
        names: list[str],
        findings: list[Finding],
    ) -> None:
        """Check the files `names` of one folder (`here`, ending in a separator), adding
        each problem to `findings`. A file the last check found good is looked at by its
        stamp alone, the usual case first: so it costs one `os.stat` and little more."""
        known = self.known.get(key, _NOTHING) if key is not None else _NOTHING
        good: dict[str, str] = {}
        unchanged = 0  # and private: counted here, the rest as they are found
        for name in names:
            path = here + name
            was = known.get(name)
            if was is not None:  # a data file, found good last time
                try:
                    info = os.stat(path)
                except OSError:  # reading it names why
                    pass
                else:
                    now = STAMP % (  # `stamp`, inline: a call for each file costs
                        info.st_size,
                        info.st_mtime_ns,
                        info.st_ctime_ns,
                        info.st_ino,
                        info.st_dev,
                    )
                    if now == was and info.st_mode & _KIND_AND_OPEN == stat.S_IFREG:
                        good[name] = now  # the usual case: a regular file, private, unchanged
                        unchanged += 1
                        continue
                    if now == was and stat.S_ISREG(info.st_mode):  # unchanged, open to others
                        self.unchanged += 1
                        findings.append(Finding(Path(path), _mode_problem(info.st_mode & 0o777)))
                        continue
            if problem := self._check(path, (*under, name), key is not None, good):
                findings.append(Finding(Path(path), problem))
            elif _is_json(name):
                self.count += 1
        self.unchanged += unchanged
        self.count += unchanged
        if good and key is not None:
            self.good[key] = good

    def _check(self, path: str, parts: tuple[str, ...], noted: bool, good: dict[str, str]) -> str:
        """What is wrong with the file at `path`, or "" if nothing is; a data file found good
        goes into `good` with its stamp, unless `noted` is False (its folder cannot be)."""
        name = parts[-1]
        if SYNC_CONFLICT.search(name):
            return (
                "a copy left by a sync tool; compare it with the file beside it, keep what you "
                "need in one, then delete the copy"
            )
        temp = TEMP.match(name)
        if temp:
            if in_progress(self.store.root, path, int(temp["pid"])):
                return ""
            return "left over from a save that was interrupted; safe to delete"
        if not _is_json(name):
            return "" if name.startswith(".") else "not a wellcheck data file"
        self.read += 1
        problem, info = _check_json(self.store, self.locked, path, layout.kind_at(parts))
        if problem or info is None:
            return problem
        settled = max(info.st_ctime_ns, info.st_mtime_ns) < self.settled
        if noted and settled and name.isprintable():
            good[name] = stamp(info)  # as it was before it was read: any change since
        return ""  # alters it, so the next check reads the file again


_NOTHING: dict[str, str] = {}
_KIND_AND_OPEN = stat.S_IFMT(0o777777) | 0o077
"""The bits of a mode saying what kind of file it is and whether others may open it."""


def _is_json(name: str) -> bool:
    """Whether a file's name ends in `.json` as `Path.suffix` sees it (not `.json` alone)."""
    return len(name) > 5 and name.endswith(".json")


def _check_json(
    store: JsonStore, locked: bool, path: str, kind: file_kind.FileKind[Any]
) -> tuple[str, os.stat_result | None]:
    """What keeps the app from reading one data file as `kind` (or ""), and the `os.fstat` of
    the regular file read (None if none was). `locked`: the store's key file is damaged, so
    only the form of each file can be seen."""
    try:
        found = reading.read_with_stat(path)
        if found is None:  # gone while walking
            return "", None
        data, info = found
        if locked:
            if not crypto.is_sealed(data):
                return str(crypto.NotEncrypted()), info
        else:
            file_kind.check(kind, path, store.plaintext(path, data))
    except DataError as exc:
        return exc.reason, None
    except OSError as exc:
        return reading.cannot_read(exc), None
    return _mode_problem(info.st_mode & 0o777), info


def _mode_problem(mode: int) -> str:
    if mode & 0o077:
        return f"readable by others (mode {mode:o}); run `chmod 600` on it"
    return ""

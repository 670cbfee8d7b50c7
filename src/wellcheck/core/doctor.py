"""`wellcheck doctor`: every data file that cannot be read, and the copies sync tools leave.

Reads every `*.json` under the data folder and changes nothing. Each is read as the kind of file
`layout` says it is, by where it lives.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wellcheck.core import layout
from wellcheck.core.errors import DataError
from wellcheck.core.layout import LOCK_NAME
from wellcheck.core.value import FrozenValue
from wellcheck.core.visible import one_line

SYNC_CONFLICT = re.compile(
    r"conflicted copy"  # Dropbox, Nextcloud, ownCloud: "x (conflicted copy 2026-11-23).json"
    r"|\.sync-conflict-"  # Syncthing: "x.sync-conflict-20261123-101010-ABCDEFG.json"
    r"|_conflict-\d"  # ownCloud (older): "x_conflict-20261123-101010.json"
    r"|\(conflict"  # Google Drive and others: "x (conflict 1).json"
    r"|case conflict",  # Dropbox: "x (case conflict).json"
    re.IGNORECASE,
)
_TEMP = re.compile(r"^\..+\.\d+(\.[0-9a-f]+)?\.tmp$")
"""A save's temp file: `.<file>.<pid>.<random>.tmp` (older wellchecks left no random part)."""


@dataclass(frozen=True, eq=False, repr=False)
class Finding(FrozenValue):
    path: Path
    problem: str
    """What is wrong and what the user can do, in one line without the file's contents."""

    def __str__(self) -> str:
        return f"{one_line(str(self.path))}: {one_line(self.problem)}"


def diagnose(root: Path) -> tuple[int, list[Finding]]:
    """How many data files were read, and every problem found, in path order."""
    findings: list[Finding] = []
    count = 0
    for path in _files(root):
        finding = _check(root, path)
        if finding is None:
            count += 1
        else:
            findings.append(finding)
    return count, findings


def _files(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name != LOCK_NAME:
                yield Path(folder) / name


def _check(root: Path, path: Path) -> Finding | None:
    name = path.name
    if SYNC_CONFLICT.search(name):
        return Finding(
            path,
            "a copy left by a sync tool; compare it with the file beside it, keep what you "
            "need in one, then delete the copy",
        )
    if _TEMP.match(name):
        return Finding(path, "left over from a save that was interrupted; safe to delete")
    if path.suffix != ".json":
        return None if name.startswith(".") else Finding(path, "not a wellcheck data file")
    return _check_json(root, path)


def _check_json(root: Path, path: Path) -> Finding | None:
    place = layout.Place(path, layout.kind_of(root, path))
    try:
        layout.parse(place, path.read_bytes())
    except DataError as exc:
        return Finding(path, exc.reason)
    except OSError as exc:
        return Finding(path, f"cannot read: {exc.strerror}")
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        return Finding(path, f"readable by others (mode {mode:o}); run `chmod 600` on it")
    return None

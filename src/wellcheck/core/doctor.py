"""`wellcheck doctor`: every data file that cannot be read, and the copies sync tools leave.

Reads every `*.json` under the data folder and changes nothing. Which model a file is read as
depends on where it lives (`PARSERS`); anything else is read as an instrument's Record.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wellcheck.core import shape
from wellcheck.core.answers import DaysOff, Goals, Record
from wellcheck.core.errors import DataError
from wellcheck.core.standup import INDEX_NAME, RESOLVED_KEY, STANDUP_ID, OpenHelp
from wellcheck.core.store import LOCK_NAME, Stored, parse_model
from wellcheck.core.stressor_answers import Reflection, SupportContacts
from wellcheck.core.stressor_store import STRESSORS
from wellcheck.core.value import FrozenValue


def _standup_day(raw: dict[str, Any]) -> Record:
    """A stand-up is a Record whose reserved `_resolved` answer holds dates."""
    record = Record.from_dict(raw)
    resolved = record.answers.get(RESOLVED_KEY)
    for when in resolved.fields.values() if resolved else ():
        shape.to_date(when, f"answers.{RESOLVED_KEY}.fields")
    return record


PARSERS: dict[str, Callable[[dict[str, Any]], Stored]] = {
    "goals.json": Goals.from_dict,
    "days-off": DaysOff.from_dict,
    STRESSORS: Reflection.from_dict,
    "support.json": SupportContacts.from_dict,
    INDEX_NAME: OpenHelp.from_dict,
    STANDUP_ID: _standup_day,
}
"""Model by first path part under the data folder; a new kind of file registers here. A dated
file right in an instrument's folder (`mygrid/2026-11-23.json`) is another grid's reflection."""
_REFLECTION = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")

SYNC_CONFLICT = re.compile(
    r"conflicted copy"  # Dropbox, Nextcloud, ownCloud: "x (conflicted copy 2026-11-23).json"
    r"|\.sync-conflict-"  # Syncthing: "x.sync-conflict-20261123-101010-ABCDEFG.json"
    r"|_conflict-\d"  # ownCloud (older): "x_conflict-20261123-101010.json"
    r"|\(conflict"  # Google Drive and others: "x (conflict 1).json"
    r"|case conflict",  # Dropbox: "x (case conflict).json"
    re.IGNORECASE,
)
_TEMP = re.compile(r"^\..+\.\d+\.tmp$")


@dataclass(frozen=True, eq=False, repr=False)
class Finding(FrozenValue):
    path: Path
    problem: str
    """What is wrong and what the user can do, in one line without the file's contents."""

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


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
    parts = path.relative_to(root).parts
    parser = PARSERS.get(parts[0], Record.from_dict)
    if parts[0] not in PARSERS and len(parts) == 2 and _REFLECTION.match(parts[1]):
        parser = Reflection.from_dict
    try:
        parse_model(path, path.read_bytes(), parser)
    except DataError as exc:
        return Finding(path, exc.reason)
    except OSError as exc:
        return Finding(path, f"cannot read: {exc.strerror}")
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        return Finding(path, f"readable by others (mode {mode:o}); run `chmod 600` on it")
    return None

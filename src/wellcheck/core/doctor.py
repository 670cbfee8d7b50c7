"""`wellcheck doctor`: every data file that cannot be read, and the copies sync tools leave.

Reads every `*.json` under the data folder and changes nothing. Each is read as the kind of file
`layout` says it is, by where it lives, through the same reader the app uses (`reading`, and in
an encrypted store the store's own `plaintext`), so a file doctor passes is one the app can read.
In an encrypted store the key file is checked too, and each way a file cannot be opened (damaged,
moved from another place, another key, readable where all should be sealed) is its own line.

A folder it cannot list is named as such; a temp file of a save still in progress (its process
alive, or the store's lock held) is left unmentioned.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wellcheck.core import crypto, layout, reading
from wellcheck.core.errors import DataError, one_line, shown_path
from wellcheck.core.layout import KEY_NAME, LOCK_NAME
from wellcheck.core.store import JsonStore
from wellcheck.core.value import FrozenValue

SYNC_CONFLICT = re.compile(
    r"conflicted copy"  # Dropbox, Nextcloud, ownCloud: "x (conflicted copy 2026-11-23).json"
    r"|\.sync-conflict-"  # Syncthing: "x.sync-conflict-20261123-101010-ABCDEFG.json"
    r"|_conflict-\d"  # ownCloud (older): "x_conflict-20261123-101010.json"
    r"|\(conflict"  # Google Drive and others: "x (conflict 1).json"
    r"|case conflict",  # Dropbox: "x (case conflict).json"
    re.IGNORECASE,
)
_TEMP = re.compile(r"^\..+?\.(?P<pid>\d+)(?:\.[A-Za-z0-9_-]+)?\.tmp$")
"""`.<name>.<pid>.tmp`, as `atomic` names them, or `.<name>.<pid>.<random>.tmp`."""
_YOUNG_SECONDS = 600
"""Where no process can be asked (not POSIX), a temp file younger than this may be a save."""


@dataclass(frozen=True, eq=False, repr=False)
class Finding(FrozenValue):
    path: Path
    problem: str
    """What is wrong and what the user can do, in one line without the file's contents."""

    def __str__(self) -> str:
        return f"{shown_path(self.path)}: {one_line(self.problem)}"


def diagnose(root: Path, store: JsonStore | None = None) -> tuple[int, list[Finding]]:
    """How many data files were read, and every problem found, in path order.

    `store` opens the files of an encrypted store (unlocked, or None when its key file is
    damaged: then a sealed file is only seen to be sealed, and a readable one is named)."""
    store = store or JsonStore(root)
    findings: list[Finding] = _key_file(root)
    count = 0
    for path, folder_problem in _entries(root):
        finding = Finding(path, folder_problem) if folder_problem else _check(store, path)
        if finding is None:
            count += 1 if path.suffix == ".json" else 0
        else:
            findings.append(finding)
    return count, findings


def _key_file(root: Path) -> list[Finding]:
    """The key file of an encrypted store, if it is damaged or open to others."""
    from wellcheck.core.encryption import key_doc

    path = layout.key_file(root)
    if not os.path.lexists(path):
        return []
    try:
        key_doc(root)
        mode = os.stat(path).st_mode & 0o777
    except DataError as exc:
        return [Finding(path, exc.reason)]
    except OSError as exc:
        return [Finding(path, reading.cannot_read(exc))]
    if mode & 0o077:
        return [Finding(path, f"readable by others (mode {mode:o}); run `chmod 600` on it")]
    return []


def _entries(root: Path) -> Iterator[tuple[Path, str]]:
    """Each file under `root` with "", and each folder that is a problem with what is wrong."""
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unlisted.append):
        yield from _unlisted(unlisted)
        for name in sorted(dirs):
            if name.endswith(".json"):
                yield Path(folder) / name, "a folder is where wellcheck keeps a file"
        dirs[:] = sorted(d for d in dirs if not d.endswith(".json"))
        for name in sorted(files):
            if name != LOCK_NAME and not (name == KEY_NAME and Path(folder) == root):
                yield Path(folder) / name, ""
    yield from _unlisted(unlisted)


def _unlisted(errors: list[OSError]) -> Iterator[tuple[Path, str]]:
    while errors:
        exc = errors.pop(0)
        if isinstance(exc, FileNotFoundError):  # no data yet, or gone while walking
            continue
        reason = exc.strerror or type(exc).__name__
        yield (
            Path(exc.filename),
            f"a folder wellcheck cannot read ({reason}); nothing in it was checked",
        )


def _check(store: JsonStore, path: Path) -> Finding | None:
    root, name = store.root, path.name
    if SYNC_CONFLICT.search(name):
        return Finding(
            path,
            "a copy left by a sync tool; compare it with the file beside it, keep what you "
            "need in one, then delete the copy",
        )
    temp = _TEMP.match(name)
    if temp:
        if _in_progress(root, path, int(temp["pid"])):
            return None
        return Finding(path, "left over from a save that was interrupted; safe to delete")
    if path.suffix != ".json":
        return None if name.startswith(".") else Finding(path, "not a wellcheck data file")
    return _check_json(store, path)


def _check_json(store: JsonStore, path: Path) -> Finding | None:
    place = layout.Place(path, layout.kind_of(store.root, path))
    try:
        data = reading.read_file(path)
        if data is None:  # gone while walking
            return None
        if store.is_locked():  # its key file is damaged: only the form can be seen
            if not crypto.is_sealed(data):
                return Finding(path, str(crypto.NotEncrypted()))
        else:
            layout.parse(place, store.plaintext(path, data))
        mode = os.stat(path).st_mode & 0o777
    except DataError as exc:
        return Finding(path, exc.reason)
    except OSError as exc:
        return Finding(path, reading.cannot_read(exc))
    if mode & 0o077:
        return Finding(path, f"readable by others (mode {mode:o}); run `chmod 600` on it")
    return None


def _in_progress(root: Path, path: Path, pid: int) -> bool:
    """Whether a temp file may belong to a save still going on."""
    if os.name != "posix":
        try:
            return time.time() - os.stat(path).st_mtime < _YOUNG_SECONDS
        except OSError:
            return False
    return _alive(pid) or _lock_held(root / LOCK_NAME)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except (OverflowError, OSError):
        return False
    return True


def _lock_held(lock: Path) -> bool:
    """Whether some wellcheck holds the store's lock now (a save under way). Never creates it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        return False
    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True  # held exclusively by a save
    finally:
        os.close(fd)  # releases a lock taken here at once
    return False

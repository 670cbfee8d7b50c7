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
from pathlib import Path
from typing import Any

from wellcheck.core import crypto, layout, reading
from wellcheck.core.errors import DataError, one_line, shown_path
from wellcheck.core.layout import KEY_NAME, LOCK_NAME
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
_TEMP = re.compile(r"^\..+?\.(?P<pid>\d+)(?:\.[A-Za-z0-9_-]+)?\.tmp$")
"""`.<name>.<pid>.tmp`, as `atomic` names them, or `.<name>.<pid>.<random>.tmp`."""
_YOUNG_SECONDS = 600
"""Where no process can be asked (not POSIX), a temp file younger than this may be a save."""


@value_class(frozen=True)
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
    locked = store.is_locked()
    count = 0
    for path, parts, folder_problem in _entries(root):
        if folder_problem:
            findings.append(Finding(Path(path), folder_problem))
        elif problem := _check(store, locked, path, parts):
            findings.append(Finding(Path(path), problem))
        elif _is_json(parts[-1]):
            count += 1
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


Entry = tuple[str, tuple[str, ...], str]
"""A path, its parts under the data folder, and what is wrong with it as a folder (""). The
path stays text: a `Path` for each of tens of thousands of files would cost more than
reading them, so one is made only for a file named in a finding."""


def _entries(root: Path) -> Iterator[Entry]:
    """Each file under `root` with "", and each folder that is a problem with what is wrong."""
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unlisted.append):
        yield from _unlisted(unlisted)
        under = Path(folder).parts[len(root.parts) :]  # as relative_to(root), once a folder
        here = os.path.join(folder, "")  # with one separator at its end
        for name in sorted(dirs):
            if name.endswith(".json"):
                yield here + name, (*under, name), "a folder is where wellcheck keeps a file"
        dirs[:] = sorted(d for d in dirs if not d.endswith(".json"))
        for name in sorted(files):
            if name != LOCK_NAME and not (name == KEY_NAME and not under):
                yield here + name, (*under, name), ""
    yield from _unlisted(unlisted)


def _unlisted(errors: list[OSError]) -> Iterator[Entry]:
    while errors:
        exc = errors.pop(0)
        if isinstance(exc, FileNotFoundError):  # no data yet, or gone while walking
            continue
        reason = exc.strerror or type(exc).__name__
        yield (
            os.fspath(exc.filename),
            (),
            f"a folder wellcheck cannot read ({reason}); nothing in it was checked",
        )


def _is_json(name: str) -> bool:
    """Whether a file's name ends in `.json` as `Path.suffix` sees it (not `.json` alone)."""
    return len(name) > 5 and name.endswith(".json")


def _check(store: JsonStore, locked: bool, path: str, parts: tuple[str, ...]) -> str:
    """What is wrong with the file at `path`, or "" if nothing is."""
    name = parts[-1]
    if SYNC_CONFLICT.search(name):
        return (
            "a copy left by a sync tool; compare it with the file beside it, keep what you "
            "need in one, then delete the copy"
        )
    temp = _TEMP.match(name)
    if temp:
        if _in_progress(store.root, path, int(temp["pid"])):
            return ""
        return "left over from a save that was interrupted; safe to delete"
    if not _is_json(name):
        return "" if name.startswith(".") else "not a wellcheck data file"
    return _check_json(store, locked, path, layout.kind_at(parts))


def _check_json(store: JsonStore, locked: bool, path: str, kind: layout.FileKind[Any]) -> str:
    """What keeps the app from reading one data file as `kind`, or "". `locked`: the store's
    key file is damaged, so only the form of each file can be seen."""
    try:
        found = reading.read_with_mode(path)
        if found is None:  # gone while walking
            return ""
        data, mode = found
        if locked:
            if not crypto.is_sealed(data):
                return str(crypto.NotEncrypted())
        else:
            layout.check(kind, path, store.plaintext(path, data))
    except DataError as exc:
        return exc.reason
    except OSError as exc:
        return reading.cannot_read(exc)
    if mode & 0o077:
        return f"readable by others (mode {mode:o}); run `chmod 600` on it"
    return ""


def _in_progress(root: Path, path: str, pid: int) -> bool:
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

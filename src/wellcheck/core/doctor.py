"""`wellcheck doctor`: every data file that cannot be read, and the copies sync tools leave.

Looks at every `*.json` under the data folder. Each is read as the kind of file `layout` says it
is, by where it lives, through the same reader the app uses (`reading`, and in an encrypted
store the store's own `plaintext`), so a file doctor passes is one the app can read. In an
encrypted store the key file is checked too, and each way a file cannot be opened (damaged,
moved from another place, another key, readable where all should be sealed) is its own line.

A file found good is noted with its `checked.stamp` in doctor's own file (`layout.checked`,
through the store: sealed in an encrypted store); the next time, a file whose stamp is the
one noted has not changed since and is not read again (its mode, from the same `os.stat`, is
still looked at). That note is the only thing doctor writes: it changes no file of the
user's. It is written only when what it holds changed, and if it cannot be (a read-only or
full disk), doctor says nothing of it: the next run reads every file again. `full` reads every
file whatever the note says. A file changed in the last few seconds is not noted (its stamp
could still match after another write in the same tick of the file system's clock), nor is
one with a problem, nor one whose name holds what cannot be kept as text.

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

from wellcheck import __version__
from wellcheck.core import crypto, layout, reading
from wellcheck.core.checked import STAMP, CheckedFiles, stamp
from wellcheck.core.errors import DataError, SaveError, one_line, shown_path
from wellcheck.core.layout import CHECKED_NAME, KEY_NAME, LOCK_NAME
from wellcheck.core.store import JsonStore
from wellcheck.core.value import FrozenValue, Value, value_class

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
SETTLE_NS = 3_000_000_000
"""A file changed less than this before doctor started is read every time until it is older:
a file system's clock ticks in steps (a few milliseconds; two seconds on FAT), so a file
written again within the same step as the write doctor saw could keep the same stamp."""
_CHECKED_STEM = CHECKED_NAME.removesuffix(".json")
"""Doctor's note, and any copy of it a sync tool left (`.wellcheck-doctor (conflicted copy
…).json`): wellcheck's own, never named as the user's to look at."""


@value_class(frozen=True)
class Finding(FrozenValue):
    """One file doctor found wrong, and what is wrong with it."""

    path: Path
    problem: str
    """What is wrong and what the user can do, in one line without the file's contents."""

    def __str__(self) -> str:
        return f"{shown_path(self.path)}: {one_line(self.problem)}"


@value_class
class Checkup(Value):
    """What one run of doctor found."""

    count: int
    """Data files that read well."""
    findings: list[Finding]
    """Every problem, in path order."""
    read: int = 0
    """Data files read this time."""
    unchanged: int = 0
    """Data files not read again: unchanged since doctor last found them good."""


def diagnose(root: Path, store: JsonStore | None = None) -> tuple[int, list[Finding]]:
    """How many data files read well, and every problem found, in path order (`checkup`)."""
    found = checkup(root, store)
    return found.count, found.findings


def checkup(root: Path, store: JsonStore | None = None, *, full: bool = False) -> Checkup:
    """Every data file checked (those unchanged since the last check, unless `full`, by their
    stamp alone), then doctor's note of the good ones written if it changed.

    `store` opens the files of an encrypted store (unlocked, or None when its key file is
    damaged: then a sealed file is only seen to be sealed, and a readable one is named; no
    note is read or written, as none can be sealed)."""
    store = store or JsonStore(root)
    findings: list[Finding] = _key_file(root)
    locked = store.is_locked()
    noting = not locked and not store.converting  # half converted: the note's form is unsure
    before = _note(store) if noting else {}
    known = {} if full or before is None else before
    files = _Files(store, locked, known, time.time_ns() - SETTLE_NS)
    for here, under, key, problems, names in _folders(root):
        findings += [Finding(Path(path), problem) for path, problem in problems]
        files.folder(here, under, key, names, findings)
    if noting and (before is None or files.good != before):
        _write_note(store, files.good)
    return Checkup(files.count, findings, files.read, files.unchanged)


def _note(store: JsonStore) -> dict[str, dict[str, str]] | None:
    """The files found good by the last check: none if there is no note yet, None if there
    is one that cannot be used (damaged, another key's, not a note, another version's)."""
    try:
        found = store.read(layout.checked(store.root))
    except DataError:
        return None
    if found is None:
        return {}
    return found.folders if found.wellcheck == __version__ else None


def _write_note(store: JsonStore, good: dict[str, dict[str, str]]) -> None:
    try:
        store.replace_own(layout.checked(store.root), CheckedFiles(__version__, good))
    except SaveError:  # a read-only or full disk: the check stands, the next one reads all
        pass


class _Files:
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
        temp = _TEMP.match(name)
        if temp:
            if _in_progress(self.store.root, path, int(temp["pid"])):
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


Folder = tuple[str, tuple[str, ...], str | None, list[tuple[str, str]], list[str]]
"""One folder: its path ending in a separator, its parts under the data folder, its key in
doctor's note (`checked.CheckedFiles.folders`; None if its name cannot be kept as text), the
folders in it or under it that are a problem (path, what is wrong), and the names of the files
in it to check. Paths stay text: a `Path` for each of tens of thousands of files would cost
more than reading them, so one is made only for a file named in a finding."""


def _folders(root: Path) -> Iterator[Folder]:
    """Each folder under `root` (and `root` itself) with its files, in path order."""
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unlisted.append):
        if unlisted:
            yield "", (), None, _unlisted(unlisted), []
        under = Path(folder).parts[len(root.parts) :]  # as relative_to(root), once a folder
        here = os.path.join(folder, "")  # with one separator at its end
        key = "/".join(under) if all(p.isprintable() for p in under) else None
        problems = [
            (here + name, "a folder is where wellcheck keeps a file")
            for name in sorted(dirs)
            if name.endswith(".json") and (under or not name.startswith(_CHECKED_STEM))
        ]
        dirs[:] = sorted(d for d in dirs if not d.endswith(".json"))
        names = [name for name in sorted(files) if name != LOCK_NAME and (under or not _own(name))]
        yield here, under, key, problems, names
    if unlisted:
        yield "", (), None, _unlisted(unlisted), []


def _own(name: str) -> bool:
    """Whether a file in the data folder itself is wellcheck's own: the key file, doctor's
    note, or a sync tool's copy of the note."""
    return name == KEY_NAME or name.startswith(_CHECKED_STEM)


def _unlisted(errors: list[OSError]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    while errors:
        exc = errors.pop(0)
        if isinstance(exc, FileNotFoundError):  # no data yet, or gone while walking
            continue
        reason = exc.strerror or type(exc).__name__
        problem = f"a folder wellcheck cannot read ({reason}); nothing in it was checked"
        found.append((os.fspath(exc.filename), problem))
    return found


def _is_json(name: str) -> bool:
    """Whether a file's name ends in `.json` as `Path.suffix` sees it (not `.json` alone)."""
    return len(name) > 5 and name.endswith(".json")


def _check_json(
    store: JsonStore, locked: bool, path: str, kind: layout.FileKind[Any]
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
            layout.check(kind, path, store.plaintext(path, data))
    except DataError as exc:
        return exc.reason, None
    except OSError as exc:
        return reading.cannot_read(exc), None
    return _mode_problem(info.st_mode & 0o777), info


def _mode_problem(mode: int) -> str:
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

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
import time
from pathlib import Path

from wellcheck import __version__
from wellcheck.core import layout, reading
from wellcheck.core.checked import CheckedFiles
from wellcheck.core.doctor_files import Files, Finding
from wellcheck.core.doctor_walk import folders
from wellcheck.core.errors import DataError, SaveError
from wellcheck.core.store import JsonStore
from wellcheck.core.value import Value, value_class

SETTLE_NS = 3_000_000_000
"""A file changed less than this before doctor started is read every time until it is older:
a file system's clock ticks in steps (a few milliseconds; two seconds on FAT), so a file
written again within the same step as the write doctor saw could keep the same stamp."""


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
    files = Files(store, locked, known, time.time_ns() - SETTLE_NS)
    for here, under, key, problems, names in folders(root):
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

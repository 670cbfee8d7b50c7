"""Turning encryption on and off in place, resumably, one file at a time.

- **Converting in place, resumably.** Turning encryption on writes the marker, then the key file,
  then replaces each data file, one at a time under the store's lock, with its sealed self
  (`atomic.write_atomic`: the temp file holds ciphertext only, and `os.replace` swaps it in), and
  removes the marker last. Killed at any instant, every file is either its old readable self or
  its new sealed self, and running the same command again finishes the job: files already sealed
  are skipped. Turning it off is the same in reverse; the key file goes only once no file needs
  it, and the marker after it.

While the marker is there, every other command refuses to start (`cli`), and a save from a
wellcheck opened before the conversion is refused under the lock (`JsonStore._check_form`), so no
plaintext is written into a store being encrypted. The form, the key file and unlocking are
`encryption`'s.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

from wellcheck.core import crypto, crypto_kdf, crypto_keys, layout, reading
from wellcheck.core.atomic import ensure_dir, fsync_dir, locked, write_atomic
from wellcheck.core.encryption import (
    Form,
    check_passphrase,
    data_files,
    form,
    marker_to,
    unfinished,
    unlock,
    write_key_doc,
)
from wellcheck.core.errors import DataError, SaveError, WellcheckError
from wellcheck.core.store import JsonStore

_ANY_TEMP = re.compile(r"^\..+\.\d+(?:\.[0-9a-f]+)?\.tmp$")
"""A save's temp file, as `atomic` names them now or as earlier wellchecks did."""
Progress = Callable[[int, int], None]
"""Called with (files done, files in all) as a conversion goes."""


def turn_on(
    store: JsonStore,
    passphrase: str,
    show_recovery: Callable[[str], None],
    progress: Progress,
    params: crypto_kdf.KdfParams | None = None,
) -> int:
    """Encrypt every data file in place; returns how many were converted.

    A new key file is made, its recovery key handed to `show_recovery` before the key file is
    written (so that a stop between the two never leaves a key file whose recovery key was not
    shown: resuming finds none and makes another); if one is there from a conversion that was
    stopped, `passphrase` must open it.
    """
    root = store.root
    found = form(root)
    if found is Form.ENCRYPTED:
        raise WellcheckError("encryption is already on for this data folder")
    if found is Form.TURNING_OFF:
        raise WellcheckError(unfinished(root) or "")
    resuming = os.path.lexists(layout.key_file(root))  # the key file made last time
    if not resuming:
        check_passphrase(passphrase)  # before the marker: refused, the store is as it was
    ensure_dir(root, Path(root.anchor))
    _write_marker(root, "encrypted")
    if resuming:
        key = unlock(root, passphrase)
    else:
        recovery = crypto_keys.new_recovery_key()
        doc, key = crypto_keys.create_key_file(
            passphrase, recovery, params or crypto_kdf.calibrate()
        )
        show_recovery(recovery)
        with locked(root / layout.LOCK_NAME):
            write_key_doc(root, doc)
    store.key, store.converting = key, True
    try:
        count = _convert(store, seal=True, progress=progress)
        _remove(root, layout.converting_marker(root))
    finally:
        store.converting = False
    return count


def turn_off(store: JsonStore, progress: Progress) -> int:
    """Decrypt every data file in place, then remove the key file; returns how many.

    `store` is unlocked already, unless the key file is gone (a stopped conversion that had
    finished every file): then nothing is left to decrypt, and that is checked.
    """
    root = store.root
    found = form(root)
    if found is Form.READABLE:
        raise WellcheckError("encryption is not on for this data folder")
    if found is Form.TURNING_ON:
        raise WellcheckError(unfinished(root) or "")
    _write_marker(root, "readable")
    store.converting = True
    try:
        count = _convert(store, seal=False, progress=progress)
        _remove(root, layout.key_file(root))
        _remove(root, layout.converting_marker(root))
    finally:
        store.converting = False
    store.key = None
    return count


def _write_marker(root: Path, to: str) -> None:
    marker = layout.converting_marker(root)
    if os.path.lexists(marker) and marker_to(marker) == to:
        return
    with locked(root / layout.LOCK_NAME):
        write_atomic(marker, json.dumps({"to": to}).encode("ascii") + b"\n")


def _remove(root: Path, path: Path) -> None:
    with locked(root / layout.LOCK_NAME):
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise SaveError(path, exc.strerror or type(exc).__name__) from None
        fsync_dir(path.parent)


def _convert(store: JsonStore, *, seal: bool, progress: Progress) -> int:
    """Each data file to its other form, one at a time under the lock; files already in the
    wanted form are left as they are. A file that cannot be read or opened stops the
    conversion with its one line, untouched: run again once it is dealt with."""
    root = store.root
    with locked(root / layout.LOCK_NAME):
        _remove_stale_temps(root)  # under the lock no save is under way: these are left over
        _remove_note(root)
    files = sorted(data_files(root))
    converted = 0
    progress(0, len(files))
    for done, path in enumerate(files, start=1):
        with locked(root / layout.LOCK_NAME):
            converted += _convert_one(store, path, seal)
        progress(done, len(files))
    return converted


def _convert_one(store: JsonStore, path: Path, seal: bool) -> int:
    try:
        data = reading.read_file(path, saving=True)
    except OSError as exc:
        raise SaveError(path, exc.strerror or type(exc).__name__) from None
    if data is None or crypto.is_sealed(data) == seal:
        return 0
    place = layout.place_name(store.root, path)
    if seal:
        new = store.sealed(path, data)
    else:
        if store.key is None:
            raise DataError(path, "is still encrypted, and the key file is gone")
        try:
            new = store.key.open(place, data)
        except crypto.CryptoError as exc:
            raise DataError(
                path, f"{exc}; move it out of the data folder, then run this again"
            ) from None
    write_atomic(path, new)
    return 1


def _remove_stale_temps(root: Path) -> None:
    """The temp files of interrupted saves: they may hold an answer in plaintext."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if _ANY_TEMP.match(name):
                try:
                    os.unlink(Path(folder) / name)
                except OSError:
                    continue


def _remove_note(root: Path) -> None:
    """Doctor's note of the files it found good (`layout.checked`): every file is about to
    change, and a note in the old form must not stay (plaintext in an encrypted store). The
    next `wellcheck doctor` reads every file and writes a new one. (A folder in its place is
    no note: left as it is.)"""
    path = layout.checked(root).path
    try:
        os.unlink(path)
    except (FileNotFoundError, IsADirectoryError):
        pass
    except OSError as exc:
        raise SaveError(path, exc.strerror or type(exc).__name__) from None

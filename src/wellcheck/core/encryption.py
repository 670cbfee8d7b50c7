"""An encrypted store: its key file, unlocking it, and turning encryption on and off in place.

The primitives are `crypto`'s. What this module adds is the store's side:

- **The form of a store**, from two names in the data folder (`form`): readable; encrypted (a
  key file, `wellcheck.key`); or half way, while a conversion marker (`.wellcheck-converting`)
  says which way it is going.
- **Converting in place, resumably.** Turning encryption on writes the marker, then the key file,
  then replaces each data file, one at a time under the store's lock, with its sealed self
  (`atomic.write_atomic`: the temp file holds ciphertext only, and `os.replace` swaps it in), and
  removes the marker last. Killed at any instant, every file is either its old readable self or
  its new sealed self, and running the same command again finishes the job: files already sealed
  are skipped. Turning it off is the same in reverse; the key file goes only once no file needs
  it, and the marker after it.
- **Changing the passphrase** rewrites the key file only; a new recovery key likewise.

While the marker is there, every other command refuses to start (`cli`), and a save from a
wellcheck opened before the conversion is refused under the lock (`JsonStore._check_form`), so no
plaintext is written into a store being encrypted.
"""

from __future__ import annotations

import enum
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from wellcheck.core import crypto, crypto_kdf, crypto_keys, layout, reading
from wellcheck.core.atomic import ensure_dir, fsync_dir, locked, write_atomic
from wellcheck.core.errors import DataError, SaveError, WellcheckError
from wellcheck.core.store import JsonStore

MIN_PASSPHRASE = 8
"""Characters: NIST's floor for a secret a person chooses (SP 800-63B)."""
_ANY_TEMP = re.compile(r"^\..+\.\d+(?:\.[0-9a-f]+)?\.tmp$")
"""A save's temp file, as `atomic` names them now or as earlier wellchecks did."""
Progress = Callable[[int, int], None]
"""Called with (files done, files in all) as a conversion goes."""


class Form(enum.Enum):
    READABLE = "readable"
    ENCRYPTED = "encrypted"
    TURNING_ON = "being encrypted"
    TURNING_OFF = "being decrypted"


def form(root: Path) -> Form:
    """What the data folder is now: two `lstat`s, and the marker read if it is there."""
    marker = layout.converting_marker(root)
    if os.path.lexists(marker):
        return Form.TURNING_OFF if _marker_to(marker) == "readable" else Form.TURNING_ON
    return Form.ENCRYPTED if os.path.lexists(layout.key_file(root)) else Form.READABLE


def unfinished(root: Path) -> str | None:
    """The one line to say, if encryption was being turned on or off when wellcheck stopped."""
    found = form(root)
    if found is Form.TURNING_ON:
        return (
            "encryption was being turned on when wellcheck last stopped; run "
            "`wellcheck encryption on` to finish it (nothing was lost)"
        )
    if found is Form.TURNING_OFF:
        return (
            "encryption was being turned off when wellcheck last stopped; run "
            "`wellcheck encryption off` to finish it (nothing was lost)"
        )
    return None


def _marker_to(marker: Path) -> str:
    data = reading.read_file(marker)
    try:
        to = json.loads(data or b"{}").get("to")
    except (ValueError, AttributeError):
        to = None
    if to not in ("encrypted", "readable"):
        raise DataError(
            marker,
            "wellcheck's note of a conversion under way is damaged; "
            "run `wellcheck encryption on` (or `off`) again to finish it",
        )
    return str(to)


# -- the key file ------------------------------------------------------------------------------


def key_doc(root: Path) -> dict[str, Any]:
    """The key file's contents; DataError if it cannot be read, or is damaged (never a wrong
    passphrase: the file's own checksum tells the two apart)."""
    path = layout.key_file(root)
    data = reading.read_file(path)
    if data is None:
        raise DataError(path, "the key file is missing: an encrypted store cannot be opened")
    try:
        doc = json.loads(data.decode("utf-8"))
        crypto_keys.check_key_file(doc)
    except (UnicodeDecodeError, ValueError):
        raise DataError(path, str(crypto_keys.DamagedKeyFile("not valid JSON"))) from None
    except crypto_keys.DamagedKeyFile as exc:
        raise DataError(path, str(exc)) from None
    return dict(doc)


def unlock(root: Path, secret: str) -> crypto.DataKey:
    """The data key, from the passphrase or the recovery key (either, wherever one is asked).

    Raises WrongPassphrase, or DataError if the key file is missing or damaged.
    """
    doc = key_doc(root)
    try:
        return crypto_keys.unlock(doc, passphrase=secret)
    except crypto_keys.WrongPassphrase:
        if crypto_keys.looks_like_recovery_key(secret):
            return crypto_keys.unlock(doc, recovery=secret)
        raise


def check_passphrase(passphrase: str) -> None:
    """A new passphrase long enough to be one, or a WellcheckError saying why not."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise WellcheckError(
            f"a passphrase needs at least {MIN_PASSPHRASE} characters; "
            "a few words you will remember are best"
        )


def _write_key_doc(root: Path, doc: dict[str, Any]) -> None:
    write_atomic(layout.key_file(root), (json.dumps(doc, indent=2) + "\n").encode("ascii"))


def change_passphrase(root: Path, key: crypto.DataKey, passphrase: str) -> None:
    """Wrap the data key with a new passphrase: one small file, never the store."""
    check_passphrase(passphrase)
    with locked(root / layout.LOCK_NAME):
        doc = key_doc(root)
        _write_key_doc(root, crypto_keys.rewrap(doc, key, passphrase, crypto_kdf.calibrate()))


def new_recovery_key(root: Path, key: crypto.DataKey) -> str:
    """A new recovery key, written into the key file; the old one opens nothing any more."""
    recovery = crypto_keys.new_recovery_key()
    with locked(root / layout.LOCK_NAME):
        _write_key_doc(root, crypto_keys.rewrap_recovery(key_doc(root), key, recovery))
    return recovery


# -- converting --------------------------------------------------------------------------------


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
            _write_key_doc(root, doc)
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
    if os.path.lexists(marker) and _marker_to(marker) == to:
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


def data_files(root: Path) -> Iterator[Path]:
    """Every file of the user's in the data folder: each `*.json`, a sync tool's copies too;
    not the lock, the key file, the marker or a save's temp file."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.endswith(".json")]
        for name in files:
            if name.endswith(".json") and not name.startswith("."):
                path = Path(folder) / name
                if not path.is_symlink():
                    yield path


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


def count_forms(root: Path) -> tuple[int, int]:
    """How many data files are sealed and how many readable (the first bytes of each)."""
    sealed = readable = 0
    for path in data_files(root):
        try:
            data = reading.read_file(path)
        except WellcheckError:  # not a file (doctor names it)
            continue
        if data is None:
            continue
        if crypto.is_sealed(data):
            sealed += 1
        else:
            readable += 1
    return sealed, readable

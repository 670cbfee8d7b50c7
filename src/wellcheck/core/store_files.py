"""FileStore: the one read and write path of the data folder, for a file of any kind.

Reads never change a file. A file that cannot be read raises DataError and is left exactly as
it is; `update` re-reads the file under a lock and changes only what it is asked to, so two
wellcheck windows open on the same day merge instead of dropping each other's answers.

An encrypted store (one with a key file, `layout.KEY_NAME`) is opened with its data key: every
file is sealed on its way to the disk and opened on its way back (`crypto`), with its place in
the store bound in, so the same atomic writes, locks and merges hold, and only ciphertext is
ever written, temp files included. What is kept in each file is `store.JsonStore`'s.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from wellcheck.core import crypto, file_kind, layout, reading
from wellcheck.core.atomic import ensure_dir, locked, no_links_below, write_atomic
from wellcheck.core.errors import DataError, SaveError
from wellcheck.core.file_kind import Place, Stored
from wellcheck.core.layout import LOCK_NAME
from wellcheck.core.visible import visible

M = TypeVar("M", bound=Stored)


class FileStore:
    """Every file under `root`, read and written whole. Where each lives is `layout`'s to say."""

    def __init__(self, root: Path, key: crypto.DataKey | None = None):
        self.root = root
        self.key = key
        """The data key of an encrypted store once unlocked; None for a readable store."""
        self.converting = False
        """Set only by `encryption_convert` while it turns encryption on or off: files of both
        forms are read, and saves are allowed although the store is being converted."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.root!r}, encrypted={self.key is not None})"

    def is_encrypted(self) -> bool:
        """Whether the data folder holds a key file (one `lstat`; nothing is read)."""
        return os.path.lexists(layout.key_file(self.root))

    def is_locked(self) -> bool:
        """Whether the store is encrypted and its data key not given yet."""
        return self.key is None and self.is_encrypted()

    # -- generic load / save ----------------------------------------------------------------

    def read(self, place: Place[M]) -> M | None:
        """The file's contents as its kind's model, None if there is no file, DataError if it
        cannot be read, whatever is at its path (see `reading`)."""
        data = reading.read_file(place.path)
        return None if data is None else file_kind.parse(place, self.plaintext(place.path, data))

    def reread(self, place: Place[M]) -> M | None:
        """`read` as a save's re-read: an OSError (a full or failing disk) is raised as it is."""
        data = reading.read_file(place.path, saving=True)
        return None if data is None else file_kind.parse(place, self.plaintext(place.path, data))

    def plaintext(self, path: Path | str, data: bytes) -> bytes:
        """A file's bytes as JSON text: opened with the data key in an encrypted store, or a
        DataError saying which of the ways it cannot be opened it is (see `crypto`)."""
        if self.key is None:
            if crypto.is_sealed(data):
                raise DataError(
                    path,
                    f"is encrypted, but this data folder has no key file ({layout.KEY_NAME}); "
                    "put the key file back beside it",
                )
            return data
        if self.converting and not crypto.is_sealed(data):
            return data
        try:
            return self.key.open(layout.place_name(self.root, path), data)
        except crypto.CryptoError as exc:
            raise DataError(path, str(exc)) from None

    def sealed(self, path: Path, payload: bytes) -> bytes:
        """What is written for `payload`: sealed with the data key in an encrypted store."""
        if self.key is None:
            return payload
        return self.key.seal(layout.place_name(self.root, path), payload)

    def write(self, place: Place[M], value: M) -> None:
        """Write durably: temp file, fsync, replace, fsync of the folder; 0600 in 0700."""
        payload = json.dumps(_visible_tree(value.to_dict()), indent=2, ensure_ascii=False)
        self._write_text(place, payload)

    def _write_text(self, place: Place[M], payload: str) -> None:
        no_links_below(self.root, place.path.parent)
        ensure_dir(place.path.parent, self.root)
        write_atomic(place.path, self.sealed(place.path, (payload + "\n").encode("utf-8")))

    def replace_own(self, place: Place[M], value: M) -> None:
        """Write a file of wellcheck's own whole (`doctor`'s note), under the lock and in the
        store's form. Never read first: one that cannot be read is replaced, as it is
        wellcheck's and not the user's. On one line, and not walked to make its text visible:
        it holds thousands of entries no one reads by eye, all of them wellcheck's own text
        (doctor notes only names that are printable). A SaveError if the disk refuses
        (read-only, full), or if encryption was turned on or off since the store was opened."""
        payload = json.dumps(value.to_dict(), ensure_ascii=False, separators=(",", ":"))
        try:
            with locked(self.root / LOCK_NAME):
                self._check_form(place.path)
                self._write_text(place, payload)
        except OSError as exc:
            raise SaveError(place.path, exc.strerror or type(exc).__name__) from None

    def update(
        self,
        place: Place[M],
        default: Callable[[], M],
        change: Callable[[M], None],
    ) -> M:
        """Re-read under the lock, apply `change`, write. An unreadable file raises, untouched.

        `default` is the value when there is no file yet; it may read another file (a new day's
        reflection starts from the last one), whose OSError is this save's. Any OSError on the
        way (folder, lock, re-read, write) is a SaveError: nothing changed.
        """
        try:
            ensure_dir(self.root, Path(self.root.anchor))  # and any missing parents, 0700
            with locked(self.root / LOCK_NAME):
                self._check_form(place.path)
                found = self.reread(place)  # a FIFO: named, not waited on
                current = default() if found is None else found
                change(current)
                self.write(place, current)
        except OSError as exc:
            raise SaveError(place.path, exc.strerror or type(exc).__name__) from None
        return current

    def _check_form(self, path: Path) -> None:
        """Under the lock: refuse a save in the wrong form, if encryption was turned on or off
        by another wellcheck since this one opened the store (never plaintext in an encrypted
        store, never a file no one can open in a readable one)."""
        if not self.converting and os.path.lexists(layout.converting_marker(self.root)):
            raise SaveError(
                path,
                "encryption is being turned on or off, so nothing was saved; "
                "see `wellcheck encryption status`",
            )
        if self.is_encrypted() != (self.key is not None):
            now = "on" if self.key is None else "off"
            raise SaveError(
                path,
                f"encryption was turned {now} since this wellcheck started, so nothing was "
                "saved; start wellcheck again",
            )
        if self.key is not None and self._key_id_on_disk() not in (None, self.key.key_id):
            raise SaveError(  # a file sealed with the old key would be one no one can open
                path,
                "encryption was turned off and on again since this wellcheck started, so "
                "nothing was saved; start wellcheck again",
            )

    def _key_id_on_disk(self) -> bytes | None:
        """The key id the key file names; None if it cannot be read (`doctor` names it)."""
        try:
            data = reading.read_file(layout.key_file(self.root), saving=True)
            found = json.loads(data or b"null")["key_id"]
            return bytes.fromhex(found) if isinstance(found, str) else None
        except (ValueError, TypeError, KeyError):  # not JSON, not a key file
            return None


def _visible_tree(data: Any) -> Any:
    """Every text in `data` with its control characters made visible: what is saved can be
    shown anywhere, and never acts on a terminal (see `visible`)."""
    if isinstance(data, str):
        return visible(data)
    if isinstance(data, dict):
        return {visible(k): _visible_tree(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_visible_tree(v) for v in data]
    return data

"""The encrypted rows' stores for run.py: a copy of a store, encrypted in place as `wellcheck
encryption on` does it (the Argon2id parameters calibrated on this machine), and made readable
again as `wellcheck encryption off` does it, each way timed; and a copy of that whose key file
wraps the same data key with the floor's Argon2id, so that a run on it unlocks in a moment.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from wellcheck.core import crypto, crypto_kdf, crypto_keys, encryption, encryption_convert, layout
from wellcheck.core.atomic import write_atomic
from wellcheck.core.store import JsonStore

PASSPHRASE = "a benchmark's pass phrase"


@dataclass(frozen=True)
class Encrypted:
    """An encrypted copy of a store, and what turning encryption on for it took."""

    root: Path
    files: int
    """Data files sealed by `turn_on`."""
    seconds: float
    """`turn_on` from start to end: calibrating Argon2id, the key file, every file."""
    kdf: crypto_kdf.KdfParams
    """The Argon2id parameters its key file holds: what every unlock of it costs."""

    def store(self) -> JsonStore:
        """The store, unlocked (one key derivation, here in this process)."""
        return JsonStore(self.root, encryption.unlock(self.root, PASSPHRASE))


def passphrase_file(path: Path) -> Path:
    """The passphrase as one line, for `--passphrase-fd 0` (readable by this user only)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(PASSPHRASE + "\n")
    return path


def encrypted_copy(
    plain: Path, folder: Path, params: crypto_kdf.KdfParams | None = None
) -> Encrypted:
    """A copy of the store at `plain` in `folder` (replacing what is there), then encrypted in
    place by `encryption_convert.turn_on`, with `params` or, as the command does, calibrated
    ones."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(plain, folder, symlinks=True)
    store = JsonStore(folder)
    start = time.perf_counter()
    files = encryption_convert.turn_on(store, PASSPHRASE, _no_recovery, _no_progress, params)
    seconds = time.perf_counter() - start
    kdf = crypto_keys.check_key_file(encryption.key_doc(folder))
    return Encrypted(folder, files, seconds, kdf)


def floor_copy(enc: Encrypted, folder: Path) -> Encrypted:
    """A copy of `enc` in `folder` with its data key wrapped anew by the passphrase through
    the floor's Argon2id (two passes over 19 MiB: the same memory, a fraction of the time), as
    `wellcheck encryption passphrase` rewraps it: the data files are the same bytes."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(enc.root, folder, symlinks=True)
    floor = crypto_kdf.KdfParams(os.urandom(crypto.SALT_SIZE), crypto_kdf.FLOOR_ITERATIONS)
    key = encryption.unlock(enc.root, PASSPHRASE)
    doc = crypto_keys.rewrap(encryption.key_doc(folder), key, PASSPHRASE, floor)
    write_atomic(layout.key_file(folder), (json.dumps(doc, indent=2) + "\n").encode("ascii"))
    return Encrypted(folder, enc.files, enc.seconds, crypto_keys.check_key_file(doc))


def turn_off(store: JsonStore) -> tuple[float, int]:
    """Seconds `encryption_convert.turn_off` took to make the unlocked `store` readable, and its
    files."""
    start = time.perf_counter()
    files = encryption_convert.turn_off(store, _no_progress)
    return time.perf_counter() - start, files


def _no_recovery(recovery: str) -> None:
    """The recovery key is not needed: the benchmark's store is thrown away."""


def _no_progress(done: int, total: int) -> None:
    """No progress bar."""

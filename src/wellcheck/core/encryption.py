"""An encrypted store: its form, its key file, and unlocking it.

The primitives are `crypto`'s (with `crypto_kdf` and `crypto_keys`). What this module adds is
the store's side:

- **The form of a store**, from two names in the data folder (`form`): readable; encrypted (a
  key file, `wellcheck.key`); or half way, while a conversion marker (`.wellcheck-converting`)
  says which way it is going (`encryption_convert` turns encryption on and off in place). It
  lives in `store_form`, which every start reads and which needs no cryptography.
- **The key file**, read whole and checked (`key_doc`), opened with the passphrase or the
  recovery key (`unlock`).
- **Changing the passphrase** rewrites the key file only; a new recovery key likewise.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wellcheck.core import crypto, crypto_kdf, crypto_keys, layout, reading
from wellcheck.core.atomic import locked, write_atomic
from wellcheck.core.errors import DataError, WellcheckError
from wellcheck.core.store_form import Form as Form  # the store's form, kept in `store_form`
from wellcheck.core.store_form import form as form
from wellcheck.core.store_form import marker_to as marker_to
from wellcheck.core.store_form import unfinished as unfinished

MIN_PASSPHRASE = 8
"""Characters: NIST's floor for a secret a person chooses (SP 800-63B)."""


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


def write_key_doc(root: Path, doc: dict[str, Any]) -> None:
    write_atomic(layout.key_file(root), (json.dumps(doc, indent=2) + "\n").encode("ascii"))


def change_passphrase(root: Path, key: crypto.DataKey, passphrase: str) -> None:
    """Wrap the data key with a new passphrase: one small file, never the store."""
    check_passphrase(passphrase)
    with locked(root / layout.LOCK_NAME):
        doc = key_doc(root)
        write_key_doc(root, crypto_keys.rewrap(doc, key, passphrase, crypto_kdf.calibrate()))


def new_recovery_key(root: Path, key: crypto.DataKey) -> str:
    """A new recovery key, written into the key file; the old one opens nothing any more."""
    recovery = crypto_keys.new_recovery_key()
    with locked(root / layout.LOCK_NAME):
        write_key_doc(root, crypto_keys.rewrap_recovery(key_doc(root), key, recovery))
    return recovery


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

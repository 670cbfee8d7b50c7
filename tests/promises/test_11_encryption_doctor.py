"""Promise 11 and Promise 5: a readable file inside an encrypted store (a sync tool's copy, a file
put back from an old backup) is named as what it is, on its own line, by `wellcheck doctor` and
wherever it is read — never called a wrong passphrase, nor a damaged file, and never shown.
Damaged files and files of another key, beside it, are each told apart too.

Real wellcheck processes, unlocked with --passphrase-fd.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wellcheck.core import crypto_keys
from wellcheck.core.store import JsonStore

from .encrypted import (
    CANARY,
    PASSPHRASE,
    SAVES,
    canary_forms,
    data_files,
    fast_params,
    turn_on,
    wellcheck,
)
from .helpers import subprocess_env

READABLE = "is readable (not encrypted) inside an encrypted store, as a sync tool's copy"
DAMAGED = "cannot be decrypted: it was damaged, or moved here from another day or instrument"
OTHER_KEY = "was encrypted with another key (from another store, or an old one)"


@pytest.fixture
def store(data_dir: Path) -> JsonStore:
    """An encrypted store holding the canary in every kind of file."""
    store = JsonStore(data_dir)
    for _, save in SAVES.values():
        save(store, CANARY)
    turn_on(store)
    return store


def test_doctor_names_a_readable_copy_on_its_own_line(store: JsonStore) -> None:
    root = store.root
    assert store.key is not None
    plain = store.key.open("goals.json", (root / "goals.json").read_bytes())
    copy = root / "daily" / "2026" / "2026-11-24.json"  # a sync tool's copy of another day's
    copy.write_bytes(store.key.open(*place_and_bytes(root, "daily/2026/2026-11-23.json")))
    copy.chmod(0o600)
    (root / "goals.json").write_bytes(plain)  # a goals file put back from an old backup
    done = wellcheck(root, "doctor")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert sorted(lines[:-1]) == sorted(
        [f"{copy}: {READABLE}", f"{root / 'goals.json'}: {READABLE}"]
    )
    assert lines[-1].startswith("2 to look at; every other file (6) reads well.")
    assert "passphrase" not in done.stdout + done.stderr
    assert "damaged" not in done.stdout + done.stderr
    assert not any(form in (done.stdout + done.stderr).encode() for form in canary_forms())
    status = wellcheck(root, "encryption", "status")
    assert status.returncode == 0, status.stderr
    assert "Encryption is on: 6 files encrypted" in status.stdout
    assert "2 readable files inside it (a sync tool's copy?): see `wellcheck doctor`" in (
        status.stdout
    )


def test_each_way_a_file_cannot_be_opened_has_its_own_words(store: JsonStore) -> None:
    root = store.root
    assert store.key is not None
    place, data = place_and_bytes(root, "support.json")
    (root / "support.json").write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # damaged
    _, other = crypto_keys.create_key_file(
        "another store", crypto_keys.new_recovery_key(), fast_params()
    )
    stray = root / "stressors" / "2026-11-24.json"
    stray.write_bytes(other.seal("stressors/2026-11-24.json", b"{}"))  # another store's
    stray.chmod(0o600)
    readable = root / "days-off" / "2026.json"
    readable.write_bytes(store.key.open(*place_and_bytes(root, "days-off/2026.json")))
    done = wellcheck(root, "doctor")
    assert done.returncode == 1, done.stderr
    assert sorted(done.stdout.splitlines()[:-1]) == sorted(
        [f"{readable}: {READABLE}", f"{stray}: {OTHER_KEY}", f"{root / 'support.json'}: {DAMAGED}"]
    )
    wrong = wellcheck(root, "doctor", secret="not the passphrase")
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert wrong.stderr.strip().endswith(
        "that passphrase (or recovery key) does not open this store"
    )
    assert "damaged" not in wrong.stderr and "readable" not in wrong.stderr


def test_the_readable_copy_is_named_where_it_is_read_too(store: JsonStore) -> None:
    """Plain mode, opening the day whose file is a readable copy: one line naming it, exit 1,
    and the file left exactly as it is."""
    root = store.root
    assert store.key is not None
    path = root / "daily" / "2026" / "2026-11-23.json"
    readable = store.key.open(*place_and_bytes(root, "daily/2026/2026-11-23.json"))
    path.write_bytes(readable)
    done = subprocess.run(  # answered with a "yes": a save that must not happen
        [sys.executable, "-m", "wellcheck", "--data-dir", str(root), "--passphrase-fd", "0"]
        + ["daily", "--plain", "--date", "2026-11-23"],
        input=f"{PASSPHRASE}\ny\n",
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert done.returncode == 1
    line = done.stderr.strip().splitlines()[-1]
    assert line == f"wellcheck: {path}: {READABLE} (left untouched; see `wellcheck doctor`)"
    assert path.read_bytes() == readable
    assert not any(form in (done.stdout + done.stderr).encode() for form in canary_forms())
    assert data_files(root).keys() == {p for p, _ in SAVES.values()} | {"help-requests.json"}


def place_and_bytes(root: Path, place: str) -> tuple[str, bytes]:
    return place, (root / place).read_bytes()

"""Promise 11 keeps the store's promises: on an encrypted store, saves killed at any instant
leave the old or the new file and never a readable temp file (Promise 3); files are 0600 and
folders 0700, the key file and the conversion's marker included (Promise 2); two windows and
two processes merge (Promise 4); a file that cannot be opened is never overwritten (Promise 5);
and a wellcheck opened before encryption was turned on, or off, saves nothing in the wrong form.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from wellcheck.core import crypto, crypto_keys, encryption, encryption_convert, layout
from wellcheck.core.answers import Answer
from wellcheck.core.errors import DataError, WellcheckError
from wellcheck.core.store import JsonStore

from .driver import ITEMS, PERIOD, round_answer
from .encrypted import (
    CANARY,
    DAY,
    PASSPHRASE,
    SAVES,
    could_be_sealed,
    data_files,
    fast_params,
    holding_the_canary,
    temp_files,
    turn_on,
)
from .helpers import snapshot, start_driver
from .test_3_killed import last_round

KILLS = 100
FIRST_NEW_DAY = 10
"""The `days` driver's first day: 10 days on from 2026-11-23, after every day small_store has."""


@pytest.fixture(scope="module")
def key_file() -> tuple[bytes, crypto.DataKey]:
    """One key file for the module's stores (its bytes, and its key): no Argon2id per test."""
    doc, key = crypto_keys.create_key_file(
        PASSPHRASE, crypto_keys.new_recovery_key(), fast_params()
    )
    return (json.dumps(doc, indent=2) + "\n").encode(), key


def encrypted_store(root: Path, key_file: tuple[bytes, crypto.DataKey]) -> JsonStore:
    """An encrypted store with no files yet, as `encryption on` leaves an empty one."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = layout.key_file(root)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, key_file[0])
    os.close(fd)
    return JsonStore(root, key_file[1])


# -- Promise 3: killed while saving --------------------------------------------------------------


def test_sigkill_during_saves_on_an_encrypted_store_leaves_the_old_or_the_new_file(
    tmp_path: Path,
) -> None:
    """As test_3_killed, on an encrypted store: every kill leaves a sealed file that opens to
    the last save acknowledged (or the one after), and a temp file left by a kill mid-write is
    ciphertext, or the start of it."""
    root = tmp_path / "data"
    store = JsonStore(root)
    key = turn_on(store)
    rng = random.Random(20261203)
    driver = start_driver()
    assert driver.stdin and driver.stdout
    on_disk = -1
    try:
        for _ in range(KILLS):
            driver.stdin.write(f"fork {root} {on_disk + 1} {PASSPHRASE}\n")
            driver.stdin.flush()
            acked, pid = on_disk, 0
            while not pid or acked == on_disk:  # the child's pid, and its first save done
                word, number = driver.stdout.readline().split()
                if word == "pid":
                    pid = int(number)
                else:
                    acked = int(number)
            time.sleep(rng.uniform(0, 0.004))  # a sealed save takes about a millisecond
            os.kill(pid, signal.SIGKILL)
            for line in iter(driver.stdout.readline, "reaped\n"):
                acked = int(line.split()[1])
            path = store.record_path("daily", "daily", PERIOD)
            assert crypto.is_sealed(path.read_bytes())
            held = last_round(store.load_record("daily", "daily", PERIOD))  # opens, or raises
            assert held in (acked, acked + 1), f"acked {acked} but the file holds {held}"
            on_disk = held
    finally:
        driver.kill()
        driver.wait()
    assert store.key is key
    interrupted = temp_files(root)  # each one a kill that landed mid-write
    assert interrupted, "no kill landed in the middle of a save"
    for temp in interrupted:
        data = temp.read_bytes()
        assert could_be_sealed(data), f"{temp.name} holds readable bytes"
        assert b"round" not in data and b"reflection" not in data
    assert ITEMS == len(store.load_record("daily", "daily", PERIOD).answers)


# -- Promise 2: 0600 and 0700 ------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def modes(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): stat.S_IMODE(p.lstat().st_mode)
        for p in [root, *root.rglob("*")]
    }


def loose(found: dict[str, int], root: Path) -> list[str]:
    return [
        f"{name} is {mode:o}"
        for name, mode in found.items()
        if mode != (0o700 if (root / name).is_dir() else 0o600)
    ]


def test_an_encrypted_store_is_0600_and_0700_its_key_file_and_marker_too(
    tmp_path: Path, open_umask: None
) -> None:
    root = tmp_path / "deep" / "data"
    store = JsonStore(root)
    for name, (_, save) in SAVES.items():
        save(store, name)
    during: list[dict[str, int]] = []

    def look(done: int, total: int) -> None:
        if done == total // 2:
            during.append(modes(root))

    encryption_convert.turn_on(store, PASSPHRASE, [].append, look, fast_params())
    assert store.key is not None
    (seen,) = during
    assert layout.CONVERTING_NAME in seen and layout.KEY_NAME in seen
    assert loose(seen, root) == []  # half way: the marker, the key file, both forms of file
    store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    store.set_day_off(date(2027, 1, 4), "leave")  # new folders, made by an encrypted save
    encryption.new_recovery_key(root, store.key)  # the key file, written again
    after = modes(root)
    assert {"weekly/2026-W48.json", "days-off/2027.json", layout.KEY_NAME} <= after.keys()
    assert loose(after, root) == []
    assert stat.S_IMODE(root.parent.stat().st_mode) == 0o700
    during.clear()
    encryption_convert.turn_off(store, look)
    (seen,) = during
    assert layout.CONVERTING_NAME in seen and loose(seen, root) == []
    assert loose(modes(root), root) == []


# -- Promise 4: two windows, two processes -----------------------------------------------------


def test_two_windows_on_an_encrypted_store_keep_each_others_answers(
    tmp_path: Path, key_file: tuple[bytes, crypto.DataKey]
) -> None:
    first = encrypted_store(tmp_path / "data", key_file)
    second = JsonStore(first.root, key_file[1])
    prompt = "Reflect upon one thing that was difficult today."
    base = Answer(prompt)  # what both windows read: nothing yet
    for n in range(5):
        first.save_answer("daily", "daily", DAY, f"a{n}", Answer("A?", "yes"))
        second.save_answer("daily", "daily", DAY, f"b{n}", Answer("B?", "no"))
    first.save_answer(
        "daily", "daily", DAY, "difficult", Answer(prompt, fields={"what": "a hard visit"}), base
    )
    second.save_answer(
        "daily", "daily", DAY, "difficult", Answer(prompt, fields={"learned": "ask"}), base
    )
    answers = JsonStore(first.root, key_file[1]).load_record("daily", "daily", DAY).answers
    assert sorted(answers) == sorted([*(f"{w}{n}" for w in "ab" for n in range(5)), "difficult"])
    assert answers["difficult"].fields == {"what": "a hard visit", "learned": "ask"}
    assert crypto.is_sealed(first.record_path("daily", "daily", DAY).read_bytes())


SAVES_EACH = 60


def test_interleaved_saves_from_two_processes_on_an_encrypted_store_keep_every_answer(
    tmp_path: Path, key_file: tuple[bytes, crypto.DataKey]
) -> None:
    store = encrypted_store(tmp_path / "data", key_file)
    drivers = [start_driver(), start_driver()]
    for driver, prefix in zip(drivers, "ab", strict=True):
        assert driver.stdin
        driver.stdin.write(f"race {store.root} {prefix} {SAVES_EACH} {PASSPHRASE}\n")
        driver.stdin.flush()
    interleavings = 0
    try:
        for driver in drivers:
            assert driver.stdout
            done, count = driver.stdout.readline().split()
            interleavings += int(count)
    finally:
        for driver in drivers:
            driver.kill()
            driver.wait()
    assert interleavings > 0, "the two processes' saves did not interleave"
    answers = store.load_record("daily", "daily", PERIOD).answers
    assert sorted(answers) == sorted(f"{p}{n}" for p in "ab" for n in range(SAVES_EACH))


# -- Promise 5: a file that cannot be opened is never overwritten ------------------------------


def _flip(at: int) -> Callable[[bytes, crypto.DataKey, str], bytes]:
    def damage(data: bytes, key: crypto.DataKey, place: str) -> bytes:
        return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :]

    return damage


def _other_key(data: bytes, key: crypto.DataKey, place: str) -> bytes:
    _, other = crypto_keys.create_key_file("another", crypto_keys.new_recovery_key(), fast_params())
    return other.seal(place, key.open(place, data))


def _moved(data: bytes, key: crypto.DataKey, place: str) -> bytes:
    return key.seal("daily/2026/2026-11-24.json", key.open(place, data))


DAMAGE: dict[str, tuple[Callable[[bytes, crypto.DataKey, str], bytes], str]] = {
    "a byte of its ciphertext flipped": (_flip(crypto.HEADER_SIZE + 5), "cannot be decrypted"),
    "a byte of its tag flipped": (_flip(-1), "cannot be decrypted"),
    "cut short": (lambda data, key, place: data[: len(data) // 2], "cannot be decrypted"),
    "sealed with another key": (_other_key, "encrypted with another key"),
    "moved from another day": (_moved, "cannot be decrypted"),
    "a readable copy": (lambda data, key, place: key.open(place, data), "readable (not encrypted)"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("kind", sorted(SAVES))
def test_a_file_that_cannot_be_opened_is_never_overwritten_by_a_save(
    tmp_path: Path, key_file: tuple[bytes, crypto.DataKey], kind: str, damage: str
) -> None:
    store = encrypted_store(tmp_path / "data", key_file)
    place, save = SAVES[kind]
    save(store, "words saved before")
    path = store.root / place
    damaged = DAMAGE[damage][0](path.read_bytes(), key_file[1], place)
    path.write_bytes(damaged)
    before = snapshot(store.root)
    with pytest.raises(DataError) as caught:
        save(store, CANARY)
    assert DAMAGE[damage][1] in str(caught.value)
    assert "passphrase" not in str(caught.value)
    assert path.read_bytes() == damaged
    assert snapshot(store.root) == before  # nothing else written, no temp file left
    assert holding_the_canary([tmp_path]) == []


# -- saving in the wrong form ------------------------------------------------------------------


def small_store(root: Path) -> dict[str, bytes]:
    store = JsonStore(root)
    for name, (_, save) in SAVES.items():
        save(store, f"{name} from before")
    store.save_answer("daily", "daily", "2026-11-20", "lunch_break", Answer("Lunch?", "yes"))
    return data_files(root)


@pytest.mark.parametrize("kind", sorted(SAVES))
def test_a_wellcheck_opened_before_encryption_was_turned_on_saves_nothing(
    tmp_path: Path, kind: str
) -> None:
    root = tmp_path / "data"
    small_store(root)
    opened_before = JsonStore(root)  # another window, started while the store was readable
    mid_way: list[str] = []

    def try_saving(done: int, total: int) -> None:
        if done == total // 2:  # half way through, the marker there
            try:
                SAVES[kind][1](opened_before, CANARY)
            except WellcheckError as exc:
                mid_way.append(str(exc))

    encryption_convert.turn_on(JsonStore(root), PASSPHRASE, [].append, try_saving, fast_params())
    assert len(mid_way) == 1 and "encryption is being turned on or off" in mid_way[0]
    before = snapshot(root)
    with pytest.raises(WellcheckError, match="encryption was turned on since this wellcheck"):
        SAVES[kind][1](opened_before, CANARY)
    assert snapshot(root) == before
    assert all(crypto.is_sealed(data) for data in data_files(root).values())
    assert holding_the_canary([tmp_path]) == []


@pytest.mark.parametrize("kind", sorted(SAVES))
def test_a_wellcheck_opened_before_encryption_was_turned_off_saves_nothing(
    tmp_path: Path, kind: str
) -> None:
    root = tmp_path / "data"
    originals = small_store(root)
    key = turn_on(JsonStore(root))
    opened_before = JsonStore(root, key)  # unlocked while encryption was on
    encryption_convert.turn_off(JsonStore(root, key), lambda d, n: None)
    before = snapshot(root)
    with pytest.raises(WellcheckError, match="encryption was turned off since this wellcheck"):
        SAVES[kind][1](opened_before, "words no one could read")
    assert snapshot(root) == before
    assert data_files(root) == originals


def test_a_process_saving_new_days_while_encryption_is_turned_on_writes_nothing_readable(
    tmp_path: Path,
) -> None:
    """A real wellcheck process, started on the readable store, saves a new day's file in a
    tight loop while this one turns encryption on: each save it was told was saved is kept,
    sealed; every save after the marker is refused, so no readable file is left behind."""
    root = tmp_path / "data"
    small_store(root)
    driver = start_driver()
    assert driver.stdin and driver.stdout
    try:
        driver.stdin.write(f"days {root} {FIRST_NEW_DAY}\n")
        driver.stdin.flush()
        word, pid = driver.stdout.readline().split()
        assert word == "pid"
        lines = [driver.stdout.readline() for _ in range(20)]  # saving: twenty new days
        key = turn_on(JsonStore(root))
        time.sleep(0.05)  # and trying still, after it has finished
        os.kill(int(pid), signal.SIGKILL)
        lines += iter(driver.stdout.readline, "reaped\n")
    finally:
        driver.kill()
        driver.wait()
    acked = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
    refused = [line for line in lines if line == "refused\n"]
    assert len(acked) >= 20 and len(refused) >= 10, (len(acked), len(refused))
    assert lines.index(refused[0]) > lines.index(f"ack {acked[-1]}\n")  # none after a refusal
    first = date.fromisoformat(PERIOD)
    new_days = {(first + timedelta(days=n)).isoformat(): n for n in acked}
    files = data_files(root)
    for place, data in files.items():
        assert crypto.is_sealed(data), f"{place} is readable in an encrypted store"
    saved = sorted(p for p in files if p.startswith("daily/") and Path(p).stem > "2026-11-30")
    assert saved == [f"daily/{d[:4]}/{d}.json" for d in sorted(new_days)]
    store = JsonStore(root, key)
    for day, n in new_days.items():
        assert store.load_record("daily", "daily", day).answers["i0"].note == round_answer(n).note
    assert temp_files(root) == []


@pytest.mark.parametrize("kind", sorted(SAVES))
def test_a_wellcheck_unlocked_before_encryption_was_turned_off_and_on_again_saves_nothing(
    tmp_path: Path, kind: str
) -> None:
    """Its key is the old one: a file sealed with it would be one the store cannot open."""
    root = tmp_path / "data"
    small_store(root)
    old_key = turn_on(JsonStore(root))
    opened_before = JsonStore(root, old_key)
    encryption_convert.turn_off(JsonStore(root, old_key), lambda d, n: None)
    for place in [p for p, _ in SAVES.values()]:  # its files gone: a save would make them anew
        (root / place).unlink(missing_ok=True)
    new_key = turn_on(JsonStore(root))
    before = snapshot(root)
    with pytest.raises(WellcheckError, match="encryption was turned off and on again since"):
        SAVES[kind][1](opened_before, "words no one could read")
    assert snapshot(root) == before
    for place, data in data_files(root).items():
        new_key.open(place, data)  # every file opens with the store's key


def test_a_passphrase_too_short_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    root = tmp_path / "data"
    originals = small_store(root)
    before = snapshot(root)
    with pytest.raises(WellcheckError, match="at least 8 characters"):
        encryption_convert.turn_on(
            JsonStore(root), "short", [].append, lambda d, n: None, fast_params()
        )
    assert snapshot(root) == before and data_files(root) == originals
    assert encryption.form(root) is encryption.Form.READABLE  # not left half way

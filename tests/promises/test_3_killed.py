"""Promise 3: killed at any instant, nothing saved is lost and nothing is torn."""

from __future__ import annotations

import os
import random
import re
import signal
import time
from pathlib import Path

import pytest

from wellcheck.core import atomic
from wellcheck.core.answers import Answer, Record
from wellcheck.core.errors import DataError
from wellcheck.core.store import JsonStore

from .driver import ITEMS, PERIOD
from .helpers import data_files, start_driver

ROUNDS = 220


def last_round(record: Record) -> int:
    """The newest round the file holds, after checking it holds every older one it should."""
    rounds = {item: int(a.note.split()[1]) for item, a in record.answers.items()}
    newest = max(rounds.values())
    for n in range(max(0, newest - ITEMS + 1), newest + 1):
        assert rounds[f"i{n % ITEMS}"] == n, "a save older than the newest one was lost"
    return newest


def test_sigkill_at_random_moments_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    root = tmp_path / "data"
    store = JsonStore(root)
    rng = random.Random(20261123)
    driver = start_driver()
    assert driver.stdin and driver.stdout
    on_disk = -1
    try:
        for _ in range(ROUNDS):
            driver.stdin.write(f"fork {root} {on_disk + 1}\n")
            acked, pid = on_disk, 0
            while not pid or acked == on_disk:  # the child's pid, and its first save done
                word, number = driver.stdout.readline().split()
                if word == "pid":
                    pid = int(number)
                else:
                    acked = int(number)
            time.sleep(rng.uniform(0, 0.004))  # a save takes about a millisecond
            os.kill(pid, signal.SIGKILL)
            for line in iter(driver.stdout.readline, "reaped\n"):
                acked = int(line.split()[1])
            record = store.load_record("daily", "daily", PERIOD)  # parses, or DataError
            held = last_round(record)
            assert held in (acked, acked + 1), f"acked {acked} but the file holds {held}"
            on_disk = held
    finally:
        driver.kill()
        driver.wait()
    for path in data_files(root):
        assert path.read_bytes().endswith(b"}\n")
    interrupted = list(root.rglob("*.tmp"))  # each one a kill that landed mid-write
    assert interrupted, "no kill landed in the middle of a save"


def test_save_order_is_write_fsync_replace_fsync_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = JsonStore(tmp_path / "data")
    store.save_answer("daily", "daily", PERIOD, "lunch_break", Answer("Lunch?", "no"))
    target = store.record_path("daily", "daily", PERIOD)
    calls: list[str] = []
    names: dict[int, str] = {}

    def spy(name: str) -> None:
        original = getattr(os, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            result = original(*args, **kwargs)
            if name == "open":
                names[int(result)] = Path(str(args[0])).name  # type: ignore[arg-type]
                calls.append(f"open {names[int(result)]}")  # type: ignore[arg-type]
            elif name in ("write", "fsync"):
                calls.append(f"{name} {names.get(int(args[0]), '?')}")  # type: ignore[arg-type]
            elif name == "replace":
                calls.append(f"replace {Path(str(args[0])).name} -> {Path(str(args[1])).name}")
            return result

        monkeypatch.setattr(atomic.os, name, wrapper)

    for name in ("open", "write", "fsync", "replace"):
        spy(name)
    store.save_answer("daily", "daily", PERIOD, "lunch_break", Answer("Lunch?", "yes"))

    durable = [c for c in calls if not c.endswith(".wellcheck.lock")]
    assert durable[0] == f"open {target.name}"  # the re-read under the lock, before the save
    durable = durable[1:]
    temp = durable[0].removeprefix("open ")  # a new, unguessable name for each save
    assert re.fullmatch(rf"\.{re.escape(target.name)}\.{os.getpid()}\.[0-9a-f]{{16}}\.tmp", temp)
    assert durable == [
        f"open {temp}",
        f"write {temp}",
        f"fsync {temp}",
        f"replace {temp} -> {target.name}",
        f"open {target.parent.name}",
        f"fsync {target.parent.name}",
    ]
    assert store.load_record("daily", "daily", PERIOD).answers["lunch_break"].value == "yes"


def test_a_torn_file_would_be_caught(tmp_path: Path) -> None:
    """The check above has teeth: half a file does not parse."""
    store = JsonStore(tmp_path)
    store.save_answer("daily", "daily", PERIOD, "i0", Answer("Lunch?", "yes", note="round 0"))
    path = store.record_path("daily", "daily", PERIOD)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DataError):
        store.load_record("daily", "daily", PERIOD)

"""A small process that saves answers through the store, for tests that kill it or race it.

Run as `python driver.py`; it reads commands on stdin, one a line:

- `fork ROOT START [PASSPHRASE]` — fork a child that saves round START, START+1, … of the daily
  record in a tight loop, writing `ack N` after round N is saved; the driver writes `pid P` at
  once and `reaped` once the child is gone (the test SIGKILLs it). Forking keeps 200 rounds
  fast. With a passphrase the store is an encrypted one, unlocked before forking.
- `days ROOT START` — as `fork`, but round N saves a new day's file (N days on from 2026-11-23)
  on a store opened readable; a save that is refused is said (`refused`) and tried again.
- `race ROOT PREFIX COUNT [PASSPHRASE]` — save COUNT answers to items PREFIX0 … in turn, then
  write `done K`.
- `convert on|off ROOT PASSPHRASE [STOP]` — fork a child that turns encryption on (Argon2id at
  its floor, with ROUNDS_SALT) or off (unlocked before forking), writing `recovery R` when the
  recovery key is shown, `progress D N` as it goes and `done C` at the end; `pid P` and
  `reaped` as for `fork`.
  STOP, `before:K` or `after:K`, makes the child SIGKILL itself just before or after the K-th
  durable step of the conversion (a write of the marker, the key file or a data file, or a
  removal of the key file or the marker, in the order the conversion makes them); `at:S` makes
  the driver SIGKILL it S seconds after forking it, `files:S` S seconds after it starts on the
  files (once the key is made or unlocked). The driver kills before it reaps, so the pid it
  kills is never another process's.

It writes `ready` once its imports are done. It remembers each key it derives from a passphrase
(`remembering`), and so do the children it forks: a test of 100 conversions pays for Argon2id
once, not 200 times, and every key file and wrapped key is still made and opened for real.

Round N sets item `i{N % ITEMS}` to a note naming N, so the file tells which round it holds.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from wellcheck.core import crypto, crypto_kdf, encryption, encryption_convert, layout
from wellcheck.core.answers import Answer
from wellcheck.core.errors import SaveError
from wellcheck.core.store import JsonStore

ITEMS = 7
PERIOD = "2026-11-23"
FILLER = "a reflection long enough that a torn write would show. " * 8
ROUNDS_SALT = b"wellcheck rounds"
"""The salt of every key file made by `convert on`: the same passphrase, the same derived key."""
_keys: dict[bytes, crypto.DataKey] = {}


def remembering(derive: Callable[[crypto_kdf.KdfParams, str], bytes]) -> Any:
    """`KdfParams.derive`, remembering what it derived: Argon2id is a pure function of its
    parameters and the passphrase, so the same inputs give the same key, only sooner."""
    derived: dict[tuple[crypto_kdf.KdfParams, str], bytes] = {}

    def derive_once(params: crypto_kdf.KdfParams, passphrase: str) -> bytes:
        if (params, passphrase) not in derived:
            derived[params, passphrase] = derive(params, passphrase)
        return derived[params, passphrase]

    return derive_once


def round_params() -> crypto_kdf.KdfParams:
    return crypto_kdf.KdfParams(ROUNDS_SALT, crypto_kdf.FLOOR_ITERATIONS)


def round_answer(n: int) -> Answer:
    return Answer(prompt="Have you taken a lunch break?", value="yes", note=f"round {n} {FILLER}")


def opened(root: Path, passphrase: str | None) -> JsonStore:
    """The store at root; unlocked with the passphrase (once per key file) if one is given."""
    if passphrase is None:
        return JsonStore(root)
    key_file = layout.key_file(root).read_bytes()
    if key_file not in _keys:
        _keys[key_file] = encryption.unlock(root, passphrase)
    return JsonStore(root, _keys[key_file])


def run_forever(store: JsonStore, start: int) -> None:
    n = start
    while True:
        store.save_answer("daily", "daily", PERIOD, f"i{n % ITEMS}", round_answer(n))
        os.write(1, f"ack {n}\n".encode())
        n += 1


def new_days(store: JsonStore, start: int) -> None:
    n = start
    first = date.fromisoformat(PERIOD)
    while True:
        day = (first + timedelta(days=n)).isoformat()
        try:
            store.save_answer("daily", "daily", day, "i0", round_answer(n))
        except SaveError:
            os.write(1, b"refused\n")
            time.sleep(0.001)  # and again, until killed
            continue
        os.write(1, f"ack {n}\n".encode())
        n += 1


def race(store: JsonStore, prefix: str, count: int) -> None:
    """Save; write `done K`, K being how often the other process's answers grew meanwhile."""
    others_seen: list[int] = []
    for n in range(count):
        answer = Answer(prompt="Have you taken a lunch break?", value="yes")
        record = store.save_answer("daily", "daily", PERIOD, f"{prefix}{n}", answer)
        others = sum(1 for item in record.answers if not item.startswith(prefix))
        if not others_seen or others != others_seen[-1]:
            others_seen.append(others)
    os.write(1, f"done {len(others_seen) - 1}\n".encode())


def convert(to: str, store: JsonStore, passphrase: str, stop: str | None, started: int) -> None:
    if stop and stop.split(":")[0] in ("before", "after"):
        _stop_at(*stop.split(":"))

    def progress(done: int, total: int) -> None:
        if done == 0:
            os.write(started, b"!")  # the driver's cue for `files:S`
        os.write(1, f"progress {done} {total}\n".encode())

    def show(recovery: str) -> None:
        os.write(1, f"recovery {recovery}\n".encode())

    if to == "on":
        count = encryption_convert.turn_on(store, passphrase, show, progress, round_params())
    else:
        count = encryption_convert.turn_off(store, progress)
    os.write(1, f"done {count}\n".encode())


def _stop_at(when: str, k: str) -> None:
    """Make the K-th durable step of the conversion this process's last (SIGKILL)."""
    steps = 0

    def counted(original: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any) -> Any:
            nonlocal steps
            steps += 1
            if when == "before" and steps == int(k):
                os.kill(os.getpid(), signal.SIGKILL)
            result = original(*args)
            if when == "after" and steps == int(k):
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return step

    encryption.write_atomic = counted(encryption.write_atomic)  # type: ignore[attr-defined]
    encryption_convert.write_atomic = counted(encryption_convert.write_atomic)  # type: ignore[attr-defined]
    encryption_convert._remove = counted(encryption_convert._remove)  # type: ignore[attr-defined]


def child(command: str, args: list[str], started: int) -> None:
    root = Path(args[0])
    if command == "fork":
        run_forever(opened(root, args[2] if len(args) > 2 else None), int(args[1]))
    elif command == "days":
        new_days(JsonStore(root), int(args[1]))
    else:
        to, root, passphrase = args[0], Path(args[1]), args[2]
        unlock = to == "off" and layout.key_file(root).exists()
        store = opened(root, passphrase if unlock else None)
        convert(to, store, passphrase, args[3] if len(args) > 3 else None, started)


def serve() -> None:
    crypto_kdf.KdfParams.derive = remembering(crypto_kdf.KdfParams.derive)  # type: ignore[method-assign]
    os.write(1, b"ready\n")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "race":
            store = opened(Path(args[0]), args[3] if len(args) > 3 else None)
            race(store, args[1], int(args[2]))
            continue
        if command == "fork" and len(args) > 2:
            opened(Path(args[0]), args[2])  # unlocked here, once: each child only saves
        if command == "convert" and args[0] == "off" and layout.key_file(Path(args[1])).exists():
            opened(Path(args[1]), args[2])
        if command == "convert" and args[0] == "on":
            round_params().derive(args[2])  # once, here, for every child forked after
        cue, started = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(cue)
                child(command, args, started)
            except Exception as exc:  # said, for the test to show: never expected
                os.write(1, f"error {type(exc).__name__}: {exc}\n".encode())
            finally:
                os._exit(0)
        os.close(started)
        os.write(1, f"pid {pid}\n".encode())
        stop = args[3] if command == "convert" and len(args) > 3 else ""
        when, _, seconds = stop.partition(":")
        if when in ("at", "files"):
            if when == "files":
                os.read(cue, 1)  # or b"" if the child is gone
            time.sleep(float(seconds))
            os.kill(pid, signal.SIGKILL)  # not reaped yet: still this child's pid
        os.waitpid(pid, 0)
        os.close(cue)  # only now: the child may still write its cue
        os.write(1, b"reaped\n")


if __name__ == "__main__":
    serve()

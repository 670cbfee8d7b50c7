"""A small process that saves answers through the store, for tests that kill it or race it.

Run as `python driver.py`; it reads commands on stdin, one a line:

- `fork ROOT START` — fork a child that saves round START, START+1, … of the daily record in a
  tight loop, writing `ack N` after round N is saved; the driver writes `pid P` at once and
  `reaped` once the child is gone (the test SIGKILLs it). Forking keeps 200 rounds fast.
- `race ROOT PREFIX COUNT` — save COUNT answers to items PREFIX0 … in turn, then write `done K`.

It writes `ready` once its imports are done.

Round N sets item `i{N % ITEMS}` to a note naming N, so the file tells which round it holds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore

ITEMS = 7
PERIOD = "2026-11-23"
FILLER = "a reflection long enough that a torn write would show. " * 8


def round_answer(n: int) -> Answer:
    return Answer(prompt="Have you taken a lunch break?", value="yes", note=f"round {n} {FILLER}")


def run_forever(root: Path, start: int) -> None:
    store = JsonStore(root)
    n = start
    while True:
        store.save_answer("daily", "daily", PERIOD, f"i{n % ITEMS}", round_answer(n))
        os.write(1, f"ack {n}\n".encode())
        n += 1


def race(root: Path, prefix: str, count: int) -> None:
    """Save; write `done K`, K being how often the other process's answers grew meanwhile."""
    store = JsonStore(root)
    others_seen: list[int] = []
    for n in range(count):
        answer = Answer(prompt="Have you taken a lunch break?", value="yes")
        record = store.save_answer("daily", "daily", PERIOD, f"{prefix}{n}", answer)
        others = sum(1 for item in record.answers if not item.startswith(prefix))
        if not others_seen or others != others_seen[-1]:
            others_seen.append(others)
    os.write(1, f"done {len(others_seen) - 1}\n".encode())


def serve() -> None:
    os.write(1, b"ready\n")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "race":
            race(Path(args[0]), args[1], int(args[2]))
            continue
        pid = os.fork()
        if pid == 0:
            try:
                run_forever(Path(args[0]), int(args[1]))
            finally:
                os._exit(0)
        os.write(1, f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, b"reaped\n")


if __name__ == "__main__":
    serve()

"""Measuring tools for run.py: a whole process's wall time and peak memory, and durable saves."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

MIB = 1024 * 1024
TIME = Path("/usr/bin/time")
TIMEOUT = 60
"""Seconds a measured run may take before it is killed and reported as a failure."""


@dataclass
class Sample:
    """Repeated measurements of one thing: wall times in seconds, peak RSS in bytes."""

    times: list[float] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    """CPU seconds (user + system) of each timed run: less swayed than wall time by other work
    on the machine, which takes turns on the CPUs but does not add to a run's own CPU time."""

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)

    @property
    def peak_rss(self) -> int:
        """The largest max-RSS seen over the rounds (peak memory is a worst case)."""
        return max(self.rss) if self.rss else 0


@dataclass
class Command:
    """A command measured as a whole process: start to exit."""

    name: str
    argv: Sequence[str]
    sample: Sample = field(default_factory=Sample)
    failure: str = ""
    """Why the command could not be measured (its exit code and the end of its stderr)."""
    cold_cache: Path | None = None
    """A content cache folder of its own, emptied before every run: a start with a cold cache."""

    def env(self, env: dict[str, str]) -> dict[str, str]:
        """The environment of one run (for a cold start: a cache folder just emptied)."""
        if self.cold_cache is None:
            return env
        shutil.rmtree(self.cold_cache, ignore_errors=True)
        return {**env, "WELLCHECK_CACHE_DIR": str(self.cold_cache)}


def run_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and exit code of one run, from start to exit, output thrown away."""
    return run_timed(argv, env)[:2]


def run_timed(argv: Sequence[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Wall time (s), exit code and CPU time (s, user + system) of one run."""
    before = _children_cpu()
    start = time.perf_counter()
    code = _wait(_quiet(argv, env))
    return time.perf_counter() - start, code, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_rss(argv: Sequence[str], env: dict[str, str]) -> int:
    """Peak RSS (bytes) of one run, by `/usr/bin/time -f %M`, or by `os.wait4` without it.

    Not from the timed runs: Linux carries a process's high-water RSS across `exec`, and a child
    forked by this (larger) runner starts from the runner's own RSS. `time` is a small C program,
    so the floor it leaves is about 1 MiB. `os.wait4` alone reports at least this runner's RSS.
    """
    if TIME.exists():
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
            _wait(_quiet([str(TIME), "-f", "%M", "-o", out.name, *argv], env))
            return int(out.read().strip().splitlines()[-1]) * 1024
    proc = _quiet(argv, env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss * 1024  # Linux: KiB


def _wait(proc: subprocess.Popen[bytes]) -> int:
    """The exit code; a run that hangs (an app that never paints) is killed after TIMEOUT.

    A blocking wait, woken by the child's exit: `Popen.wait(timeout=...)` polls with sleeps of
    up to 50 ms, which would round a 17 ms run up to 32 ms.
    """
    killed: list[bool] = []

    def kill() -> None:
        killed.append(True)
        proc.kill()

    killer = threading.Timer(TIMEOUT, kill)
    killer.start()
    try:
        code = proc.wait()
    finally:
        killer.cancel()
    if killed:
        raise TimeoutError(f"no exit after {TIMEOUT} s; killed")
    return code


def measure(command: Command, env: dict[str, str], rss: bool = False) -> None:
    """One round of a command: add its wall time (and peak RSS), or note why it failed."""
    if command.failure:
        return
    env = command.env(env)
    try:
        if rss:
            command.sample.rss.append(peak_rss(command.argv, env))
            return
        elapsed, code, cpu = run_timed(command.argv, env)
    except TimeoutError as exc:
        command.failure = str(exc)
        return
    if code != 0:
        command.failure = f"exit {code}: {_stderr_tail(command.argv, env)}"
        return
    command.sample.times.append(elapsed)
    command.sample.cpu.append(cpu)


def _quiet(argv: Sequence[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    devnull = subprocess.DEVNULL
    return subprocess.Popen(argv, env=env, stdin=devnull, stdout=devnull, stderr=devnull)


def _stderr_tail(argv: Sequence[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        argv, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=TIMEOUT
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    return lines[-1] if lines else "(no message)"


def exit_code(argv: Sequence[str], env: dict[str, str]) -> int:
    try:
        return run_once(argv, env)[1]
    except TimeoutError:
        return -1


def durable_saves(root: Path, day: date, count: int) -> Sample:
    """Time `count` saves of one answer, each through `JsonStore.save_answer` (lock, re-read,
    atomic write with fsync of file and folder), into a day's file that holds a full check-in."""
    from wellcheck.core.answers import Answer
    from wellcheck.core.store import JsonStore

    store = JsonStore(root)
    sample = Sample()
    for n in range(count):
        answer = Answer(prompt="Have you taken a lunch break?", value=("yes", "no")[n % 2])
        start = time.perf_counter()
        store.save_answer("daily", "daily", day.isoformat(), "lunch_break", answer)
        sample.times.append(time.perf_counter() - start)
    return sample

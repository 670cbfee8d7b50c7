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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kdf_timing import LOG_VAR, read_log

if TYPE_CHECKING:
    from wellcheck.core.store import JsonStore

MIB = 1024 * 1024
TIME = Path("/usr/bin/time")
PAINT_LOG = "WELLCHECK_BENCH_PAINT_LOG"
"""first_paint.py's paint log (its PAINT_LOG)."""
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
    kdf: list[float] = field(default_factory=list)
    """Of a command that notes its key derivations (`Command.kdf_log`): the wall seconds each
    timed run spent deriving its key (0 for none), left out of `net_median`."""
    kdf_cpu: list[float] = field(default_factory=list)
    kdf_calls: list[int] = field(default_factory=list)
    """How many key derivations each timed run made."""
    kdf_peak_rise: list[int] = field(default_factory=list)
    """Bytes by which the derivations raised the peak memory, in each run for peak memory."""

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)

    @property
    def net_median(self) -> float:
        """The median of the runs' wall times, each less its own key derivation (if noted)."""
        if not self.kdf:
            return self.median
        return statistics.median(t - k for t, k in zip(self.times, self.kdf, strict=True))

    @property
    def net_median_cpu(self) -> float:
        if not self.kdf_cpu:
            return self.median_cpu
        return statistics.median(c - k for c, k in zip(self.cpu, self.kdf_cpu, strict=True))

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
    stdin: Path | None = None
    """A file given to each run as its standard input (a passphrase, for --passphrase-fd 0)."""
    kdf_log: Path | None = None
    """Where each run notes its key derivations (kdf_timing.py), emptied before every run."""
    timed: bool = True
    """False for a command run only for its peak memory."""
    rss_argv: Sequence[str] | None = None
    """What to run for its peak memory, if not `argv` (first_paint.py with `--textual-late`,
    as the `wellcheck` command imports Textual)."""
    prepare: Callable[[], None] | None = None
    """Called before every run, untimed: puts the store as the row needs it (doctor's)."""

    def env(self, env: dict[str, str]) -> dict[str, str]:
        """The environment of one run (for a cold start: a cache folder just emptied)."""
        if self.prepare is not None:
            self.prepare()
        if self.kdf_log is not None:
            self.kdf_log.unlink(missing_ok=True)
            env = {**env, LOG_VAR: str(self.kdf_log)}
        if self.cold_cache is None:
            return env
        shutil.rmtree(self.cold_cache, ignore_errors=True)
        return {**env, "WELLCHECK_CACHE_DIR": str(self.cold_cache)}


def run_once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and exit code of one run, from start to exit, output thrown away."""
    return run_timed(argv, env)[:2]


def run_timed(
    argv: Sequence[str], env: dict[str, str], stdin: Path | None = None
) -> tuple[float, int, float]:
    """Wall time (s), exit code and CPU time (s, user + system) of one run.

    The wall time is from launch to exit; for a run of first_paint.py, from launch to its
    first paint (the moment it notes in its paint log): after that, both the baseline and
    wellcheck only tear down, which no one waits for. The CPU time is always the whole run's.
    """
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "painted"
        env = {**env, PAINT_LOG: str(log)}
        before = _children_cpu()
        launched, start = time.time(), time.perf_counter()
        code = _wait(_quiet(argv, env, stdin))
        elapsed, cpu = time.perf_counter() - start, _children_cpu() - before
        if log.exists():
            elapsed = float(log.read_text()) - launched
    return elapsed, code, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_rss(argv: Sequence[str], env: dict[str, str], stdin: Path | None = None) -> int:
    """Peak RSS (bytes) of one run, by `/usr/bin/time -f %M`, or by `os.wait4` without it.

    Not from the timed runs: Linux carries a process's high-water RSS across `exec`, and a child
    forked by this (larger) runner starts from the runner's own RSS. `time` is a small C program,
    so the floor it leaves is about 1 MiB. `os.wait4` alone reports at least this runner's RSS.
    """
    if TIME.exists():
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
            _wait(_quiet([str(TIME), "-f", "%M", "-o", out.name, *argv], env, stdin))
            return int(out.read().strip().splitlines()[-1]) * 1024
    proc = _quiet(argv, env, stdin)
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
    sample = command.sample
    try:
        if rss:
            argv = command.rss_argv or command.argv
            sample.rss.append(peak_rss(argv, env, command.stdin))
            if command.kdf_log is not None:
                rises = [d.peak_rise_kib * 1024 for d in read_log(command.kdf_log)]
                sample.kdf_peak_rise.append(sum(rises))
            return
        elapsed, code, cpu = run_timed(command.argv, env, command.stdin)
    except TimeoutError as exc:
        command.failure = str(exc)
        return
    if code != 0:
        command.failure = f"exit {code}: {_stderr_tail(command.argv, env, command.stdin)}"
        return
    sample.times.append(elapsed)
    sample.cpu.append(cpu)
    if command.kdf_log is not None:
        derivations = read_log(command.kdf_log)
        sample.kdf.append(sum(d.wall for d in derivations))
        sample.kdf_cpu.append(sum(d.cpu for d in derivations))
        sample.kdf_calls.append(len(derivations))


def _quiet(
    argv: Sequence[str], env: dict[str, str], stdin: Path | None = None
) -> subprocess.Popen[bytes]:
    devnull = subprocess.DEVNULL
    if stdin is None:
        return subprocess.Popen(argv, env=env, stdin=devnull, stdout=devnull, stderr=devnull)
    with stdin.open("rb") as given:  # the child holds its own copy of the descriptor
        return subprocess.Popen(argv, env=env, stdin=given, stdout=devnull, stderr=devnull)


def _stderr_tail(argv: Sequence[str], env: dict[str, str], stdin: Path | None = None) -> str:
    with stdin.open("rb") if stdin else open(os.devnull, "rb") as given:
        done = subprocess.run(
            argv, env=env, capture_output=True, text=True, stdin=given, timeout=TIMEOUT
        )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    return lines[-1] if lines else "(no message)"


def exit_code(argv: Sequence[str], env: dict[str, str]) -> int:
    try:
        return run_once(argv, env)[1]
    except TimeoutError:
        return -1


def durable_saves(stores: Sequence[JsonStore], day: date, count: int) -> list[Sample]:
    """Time `count` saves of one answer into each store, each through `JsonStore.save_answer`
    (lock, re-read, atomic write with fsync of file and folder; sealed and opened in an
    encrypted store), into a day's file that holds a full check-in. The stores take turns, save
    by save, so that a slow moment of the disk touches them alike."""
    from wellcheck.core.answers import Answer

    samples = [Sample() for _ in stores]
    for n in range(count):
        answer = Answer(prompt="Have you taken a lunch break?", value=("yes", "no")[n % 2])
        for store, sample in zip(stores, samples, strict=True):
            start = time.perf_counter()
            store.save_answer("daily", "daily", day.isoformat(), "lunch_break", answer)
            sample.times.append(time.perf_counter() - start)
    return samples

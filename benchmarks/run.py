"""wellcheck's speed budget, measured: each figure as a ratio to a baseline taken in the same run.

    python benchmarks/run.py [--rounds N] [--quick] [--workdir DIR]

Writes a 10-year and a 1-year store (make_store.py, ending today), and a 30-year one for `doctor`
(a --quick run times doctor on the 10 years instead, without a verdict), then runs each command as
a whole process: once to warm up, then N rounds, the commands interleaved within each round so that
a slow moment of the machine touches all of them alike. The runs share a content cache of their
own, filled by the warm-up round, as a user's every start after the first finds it; one row
measures the first start instead, with the cache emptied before each run. Prints the median wall
time and the peak memory (max RSS) of each, its ratio to its baseline (and in brackets the same
ratio by CPU time, which other work on the machine sways less), the goal (README.md, "Performance")
and PASS or OVER, judged on wall time. It reports; it never fails: the exit code is always 0.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import metadata
from pathlib import Path

from make_store import make_store, years_back
from measure import MIB, TIME, Command, Sample, durable_saves, exit_code, measure

import wellcheck
from wellcheck.core.periods import working_date
from wellcheck.core.store import JsonStore

HERE = Path(__file__).resolve().parent
RSS_ROUNDS = 3
"""Runs of each command for its peak memory, apart from the timed runs (see measure.peak_rss)."""
DOCTOR_YEARS = 30
"""The history `doctor` is timed on (its goal); a --quick run times it on the 10-year store."""


@dataclass
class Row:
    """One line of the table; a ratio row compares `value` with `base` against `limit`."""

    what: str
    median: float | None = None
    rss: int | None = None
    against: str = ""
    ratio: float | None = None
    cpu_ratio: float | None = None
    """The same ratio by CPU time (for information: the goals are on wall time)."""
    goal: str = ""
    ok: bool | None = None


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print; 0 whatever the figures, and even when something could not be run."""
    args = _parser().parse_args(argv)
    try:
        return _in_workdir(args)
    except Exception:  # it reports, never fails: say what went wrong and stop
        traceback.print_exc()
        print("\nbenchmarks: stopped by the error above", file=sys.stderr)
        return 0


def _in_workdir(args: argparse.Namespace) -> int:
    rounds = args.rounds or (5 if args.quick else 15)
    saves = 100 if args.quick else 500
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        return _run(args.workdir, rounds, saves, args.quick)
    with tempfile.TemporaryDirectory(prefix="wellcheck-bench-") as tmp:
        return _run(Path(tmp), rounds, saves, args.quick)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=0, help="measured runs of each command")
    parser.add_argument("--quick", action="store_true", help="fewer rounds and saves")
    parser.add_argument("--workdir", type=Path, help="keep the stores here (default: a temp dir)")
    return parser


def _run(work: Path, rounds: int, saves: int, quick: bool = False) -> int:
    end = working_date(datetime.now())  # before 04:00 it is still yesterday to wellcheck
    _compile_wellcheck()
    started = time.perf_counter()
    years = (10, 1) if quick else (10, 1, DOCTOR_YEARS)  # --quick: doctor reads the 10 years
    stores = {y: _fresh_store(work / f"store-{y}y", end, y) for y in years}
    made = time.perf_counter() - started
    env = _child_env(work)
    commands = _commands(stores, end, work)
    summary_ready = exit_code([*_wellcheck(), "summary", "--help"], env) == 0
    if not summary_ready:
        for name in [name for name in commands if name.startswith("summary")]:
            del commands[name]
    _header(stores, end, rounds, made)
    for round_no in range(rounds + 1):
        for command in commands.values():
            measure(command, env)
            if round_no == 0:  # the warm-up round is thrown away
                command.sample = Sample()
    for _ in range(RSS_ROUNDS):
        for command in commands.values():
            measure(command, env, rss=True)
    save_day = _last_working_day(end)
    save = durable_saves(stores[10], save_day, saves)
    _print_table(_rows(commands, save, saves))
    if not summary_ready:
        print("\nsummary: not available yet (`wellcheck summary` is not a command in this build)")
    for command in commands.values():
        if command.failure:
            print(f"\n{command.name}: could not be measured: {command.failure}")
    return 0


def _compile_wellcheck() -> None:
    """Byte-compile wellcheck's modules, as pip does when it installs the wheel. A checkout
    installed with `pip install -e` has none, and under PYTHONDONTWRITEBYTECODE Python would
    compile every module from source at every start of every measured run."""
    compileall.compile_dir(Path(wellcheck.__file__).parent, quiet=1)


def _fresh_store(folder: Path, end: date, years: int) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    make_store(JsonStore(folder), years_back(end, years), end)
    return folder


def _child_env(work: Path) -> dict[str, str]:
    """The user's environment, with settings and content folders that hold nothing of theirs."""
    env = dict(os.environ)
    env["WELLCHECK_CONFIG_DIR"] = str(work / "config")
    env["WELLCHECK_DATA_DIR"] = str(work / "no-data")
    env["WELLCHECK_CACHE_DIR"] = str(work / "cache")
    if (work / "cache").exists():
        shutil.rmtree(work / "cache")
    return env


def _wellcheck() -> list[str]:
    """The `wellcheck` command installed beside this Python, as users run it."""
    script = Path(sys.executable).parent / "wellcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "wellcheck"]


def _launcher_imports() -> str:
    """What the installed `wellcheck` script imports before wellcheck: `import sys` from a
    current pip; `import re` too from pips before 25 (pypa/pip#13165), which costs about half
    of Python's own start. Hence `--upgrade-deps` in the README's commands."""
    script = Path(sys.executable).parent / "wellcheck"
    lines = script.read_text().splitlines() if script.exists() else []
    imports = [line for line in lines if line.startswith("import ")]
    return "; ".join(imports) or "pass"


def _commands(stores: dict[int, Path], end: date, work: Path) -> dict[str, Command]:
    py = sys.executable
    paint = [py, str(HERE / "first_paint.py")]
    on_store = {y: ["--data-dir", str(s), "--date", end.isoformat()] for y, s in stores.items()}
    summary = ["summary", "--format", "markdown"]
    home10 = [*paint, "wellcheck", *on_store[10]]
    return {
        "python": Command("python -c pass", [py, "-c", "pass"]),
        "launcher": Command("launcher's own imports", [py, "-c", _launcher_imports()]),
        "version": Command("wellcheck --version", [*_wellcheck(), "--version"]),
        "version_m": Command("python -m wellcheck --version", [py, "-m", "wellcheck", "--version"]),
        "minimal": Command("minimal Textual app", [*paint, "minimal"]),
        "home": Command("home screen, 10 y", home10),
        "cold": Command("home screen, 10 y, first start", home10, cold_cache=work / "cold"),
        "home1": Command("home screen, 1 y", [*paint, "wellcheck", *on_store[1]]),
        "summary10": Command("summary markdown, 10 y", [*_wellcheck(), *on_store[10], *summary]),
        "summary1": Command("summary markdown, 1 y", [*_wellcheck(), *on_store[1], *summary]),
        **_summary_formats(on_store[10]),
        "doctor": _doctor(stores),
    }


def _summary_formats(on_store: list[str]) -> dict[str, Command]:
    """The summary of one week in each other format, on the 10-year store."""
    return {
        f"summary_{fmt}": Command(
            f"summary {fmt}, 10 y", [*_wellcheck(), *on_store, "summary", "--format", fmt]
        )
        for fmt in ("text", "html", "json")
    }


def _doctor(stores: dict[int, Path]) -> Command:
    """`wellcheck doctor` reading every file of the longest store made."""
    years = max(stores)
    name = f"doctor, {years} y" + ("" if years == DOCTOR_YEARS else " (--quick)")
    return Command(name, [*_wellcheck(), "--data-dir", str(stores[years]), "doctor"])


def _rows(commands: dict[str, Command], save: Sample, saves: int) -> list[Row]:
    rows = [_plain(commands["python"]), _plain(commands["minimal"])]
    rows.append(_ratio(commands["version"], commands["python"], 1.5))
    rows.append(_ratio(commands["launcher"], commands["python"], None))
    rows.append(_ratio(commands["version_m"], commands["python"], 1.5))
    rows.append(_ratio(commands["home"], commands["minimal"], 1.3, "first paint"))
    home = commands["home"].sample
    if home.rss:
        ok = home.peak_rss <= 50 * MIB
        rows.append(Row("  its peak memory", rss=home.peak_rss, goal="≤ 50 MiB", ok=ok))
    rows.append(_ratio(commands["home"], commands["home1"], None, "  the same"))
    rows.append(_plain(commands["home1"]))
    rows.append(_ratio(commands["cold"], commands["minimal"], None))
    if "summary10" in commands:
        rows.append(_ratio(commands["summary10"], commands["python"], 8.0))
        rows.append(_ratio(commands["summary10"], commands["summary1"], 1.2, "  the same"))
        rows.append(_plain(commands["summary1"]))
        rows += [_ratio(commands[f"summary_{f}"], commands["python"], 8.0) for f in _FORMATS]
    rows.append(_doctor_row(commands["doctor"]))
    ok = save.median <= 0.002
    rows.append(Row(f"durable save (of {saves})", save.median, goal="≤ 2 ms", ok=ok))
    return rows


_FORMATS = ("text", "html", "json")


def _doctor_row(command: Command) -> Row:
    """Doctor against its goal in seconds; on the 10-year store of a --quick run, no verdict."""
    row = _plain(command)
    if command.name == f"doctor, {DOCTOR_YEARS} y":
        row.goal = "≤ 0.5 s"
        row.ok = row.median <= 0.5 if row.median is not None else None
    else:
        row.goal = f"({DOCTOR_YEARS} y: ≤ 0.5 s)"
    return row


def _plain(command: Command) -> Row:
    sample = command.sample
    if not sample.times:
        return Row(command.name)
    return Row(command.name, sample.median, sample.peak_rss)


def _ratio(command: Command, base: Command, limit: float | None, label: str = "") -> Row:
    """`command` against `base`; without a limit the ratio is shown for information only."""
    row = _plain(command)
    if label.startswith(" "):
        row = Row(label)
    elif label:
        row.what = f"{row.what}, {label}"
    row.against, row.goal = base.name, f"≤ {limit:g}×" if limit else "(no goal)"
    if command.sample.times and base.sample.times:
        row.ratio = command.sample.median / base.sample.median
        row.cpu_ratio = command.sample.median_cpu / base.sample.median_cpu
        row.ok = row.ratio <= limit if limit else None
    return row


def _header(stores: dict[int, Path], end: date, rounds: int, made: float) -> None:
    files = {y: sum(1 for p in s.rglob("*.json")) for y, s in stores.items()}
    more = "".join(f", {y} years ({files[y]} files)" for y in stores if y not in (10, 1))
    print(
        f"wellcheck {metadata.version('wellcheck')} benchmarks: Python {platform.python_version()}"
        f", Textual {metadata.version('textual')}, {platform.system()}, {os.cpu_count()} CPUs"
    )
    print(
        f"stores ending {end}: 10 years ({files[10]} files), 1 year ({files[1]} files){more}, "
        f"written in {made:.1f} s"
    )
    if not TIME.exists():
        print("peak RSS by os.wait4: it includes this runner's own memory (no /usr/bin/time)")
    print(
        f"{rounds} rounds after 1 warm-up; load average {os.getloadavg()[0]:.2f} "
        "(other work on the machine skews the figures)\n"
    )


def _print_table(rows: list[Row]) -> None:
    head = f"{'measured':<34}{'median':>10}{'peak RSS':>11}  {'against':<22}{'ratio':>7}"
    print(f"{head}{'(cpu)':>8}  goal")
    print("-" * 109)
    for row in rows:
        median = _ms(row.median) if row.median is not None else ""
        rss = f"{row.rss / MIB:.1f} MiB" if row.rss else ""
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else ""
        cpu = f"({row.cpu_ratio:.2f}×)" if row.cpu_ratio is not None else ""
        verdict = "" if row.ok is None else ("PASS" if row.ok else "OVER")
        line = f"{row.what:<34}{median:>10}{rss:>11}  {row.against:<22}{ratio:>7}{cpu:>8}  "
        print(f"{line}{row.goal:<9}{verdict}".rstrip())


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.2f} ms" if ms < 10 else f"{ms:.0f} ms"


def _last_working_day(end: date) -> date:
    day = end
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


if __name__ == "__main__":
    sys.exit(main())

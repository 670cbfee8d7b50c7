"""benchmarks/run.py's doctor rows: the goal is on doctor run again with nothing changed; each
other row's store is put as its name says before every run."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from wellcheck.core import doctor
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


@pytest.fixture
def run() -> object:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    import run

    return run


def test_only_the_run_on_a_checked_store_has_the_goal(run: object, tmp_path: Path) -> None:
    commands = run._doctor({30: tmp_path})  # type: ignore[attr-defined]
    for command in commands.values():
        command.sample.times = [0.4]
    rows = [run._doctor_row(commands[k]) for k in run.DOCTOR_ROWS]  # type: ignore[attr-defined]
    assert [(r.what, r.goal, r.ok) for r in rows] == [
        ("doctor, 30 y", "≤ 0.5 s", True),
        ("doctor, 30 y, first run", "(no goal)", None),
        ("doctor, 30 y, 3 files changed", "(no goal)", None),
        ("doctor, 30 y, --full", "(no goal)", None),
    ]
    assert commands["doctor_full"].argv[-1] == "--full"


def test_each_rows_prepare_puts_the_store_as_its_name_says(
    run: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(doctor, "SETTLE_NS", -3600 * 10**9)  # a store made long ago
    store = JsonStore(tmp_path)
    for day in range(1, 9):
        answer = Answer("Lunch?", "yes")
        store.save_answer("daily", "daily", date(2026, 11, day).isoformat(), "lunch", answer)
    store.add_goal("A walk", date(2026, 11, 2))
    commands = run._doctor({30: tmp_path})  # type: ignore[attr-defined]
    assert doctor.checkup(tmp_path).read == 9
    assert doctor.checkup(tmp_path).read == 0  # the goal's row: nothing changed
    for key, reads in (("doctor_changed", 3), ("doctor_first", 9), ("doctor_changed", 3)):
        commands[key].prepare()
        found = doctor.checkup(tmp_path)
        assert (found.read, found.unchanged, found.findings) == (reads, 9 - reads, [])

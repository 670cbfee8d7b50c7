"""The screens' benchmark runs: first_paint.py paints the screen asked for, from the command line
and from home, and times a yes / no key press whose answers really are saved; run.py's peak
memory of a screen is measured with Textual imported where wellcheck imports it."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest

from wellcheck.core.store import JsonStore

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import make_store  # noqa: E402
import measure  # noqa: E402
import screens  # noqa: E402

END = date(2026, 11, 23)  # a Monday
PAINT = [sys.executable, str(BENCHMARKS / "first_paint.py")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench-screens") / "store"
    assert make_store.main(["--weeks", "1", "--out", str(out), "--end", END.isoformat()]) == 0
    return out


def _env(folder: Path) -> dict[str, str]:
    env = {**os.environ, "WELLCHECK_CONFIG_DIR": str(folder / "config")}
    return env | {"WELLCHECK_CACHE_DIR": str(folder / "cache")}


def test_a_screen_opened_from_the_command_line_and_from_home_is_painted(
    store: Path, tmp_path: Path
) -> None:
    on = ["--data-dir", str(store), "--date", END.isoformat()]
    commands = screens.screen_commands(PAINT, on, tmp_path / "cold")
    for key in ("cli_daily", "home_stressors", "minimal_key"):
        command = commands[key]
        measure.measure(command, _env(tmp_path))
        assert not command.failure, (key, command.failure)
        assert len(command.sample.times) == 1


def test_first_paint_exits_only_once_the_screen_asked_for_is_painted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen that never comes is not taken for painted: the run does not end at home."""
    argv = [*PAINT, "--screen", "NoSuchScreen", "wellcheck", "--data-dir", str(tmp_path)]
    runs = measure.Command("never", argv)
    monkeypatch.setattr(measure, "TIMEOUT", 8)
    measure.measure(runs, _env(tmp_path))
    assert "killed" in runs.failure


def test_the_key_presses_are_timed_and_their_answers_saved(store: Path, tmp_path: Path) -> None:
    minimal, daily = screens.key_commands(PAINT, store, END.isoformat(), tmp_path)
    screens.time_keys([minimal, daily], _env(tmp_path), rounds=1)
    for command in (minimal, daily):
        assert not command.failure, command.failure
        assert len(command.last) == screens.KEY_PRESSES
        pairs = zip(command.first, command.last, strict=True)
        assert all(0 < first <= last for first, last in pairs)
    record = JsonStore(store).load_record("daily", "daily", END.isoformat())
    assert record.answers["lunch_break"].value == "no"  # y and n in turn, the last one n


def test_peak_memory_runs_import_textual_where_wellcheck_does() -> None:
    argv = [*PAINT, "--screen", "ChecklistScreen", "wellcheck", "daily"]
    assert screens.late(argv) == [*PAINT, "--textual-late", *argv[2:]]
    commands = screens.screen_commands(PAINT, [], Path("cold"))
    for key, command in commands.items():
        if not key.startswith("minimal"):
            assert command.rss_argv is not None and "--textual-late" in command.rss_argv, key

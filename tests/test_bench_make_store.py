"""benchmarks/make_store.py writes a store that wellcheck reads back as the user's own."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from wellcheck.core.answers import DaysOff, Goals, Record
from wellcheck.core.content import ListItem, TextItem
from wellcheck.core.loader import load_dirs
from wellcheck.core.periods import month_key, week_key
from wellcheck.core.store import JsonStore
from wellcheck.paths import builtin_content_dir

MAKE_STORE = Path(__file__).resolve().parent.parent / "benchmarks" / "make_store.py"
END = date(2026, 11, 23)
WEEKS = 12


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_store", MAKE_STORE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _make(out: Path) -> None:
    code = _load().main(["--weeks", str(WEEKS), "--out", str(out), "--end", END.isoformat()])
    assert code == 0


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "store"
    _make(out)
    return out


def _days() -> list[date]:
    start = END - timedelta(days=7 * WEEKS - 1)
    return [start + timedelta(days=n) for n in range((END - start).days + 1)]


def test_every_file_reads_back_through_the_store(made: Path) -> None:
    store = JsonStore(made)
    parsers = {"days-off": DaysOff.from_dict, "goals.json": Goals.from_dict}
    files = sorted(made.rglob("*.json"))
    assert len(files) > WEEKS * 5
    for path in files:
        parser = parsers.get(path.relative_to(made).parts[0], Record.from_dict)
        assert store.read_model(path, parser) is not None


def test_working_days_have_a_full_check_in_and_days_off_have_none(made: Path) -> None:
    store = JsonStore(made)
    daily = load_dirs([builtin_content_dir()]).get("daily")
    days_off = store.days_off(END.year)
    assert days_off, "the stretch should hold some days off"
    for day in _days():
        path = store.record_path("daily", "daily", day.isoformat())
        if day.weekday() >= 5 or day in days_off:
            assert not path.exists(), day
            continue
        record = store.load_record("daily", "daily", day.isoformat())
        assert set(record.answers) == {item.id for item in daily.items}, day
        assert all(a.is_answered() for a in record.answers.values())
    text = next(i for i in daily.items if isinstance(i, TextItem))
    went_well = next(i for i in daily.items if isinstance(i, ListItem))
    record = store.load_record("daily", "daily", "2026-11-20")
    assert all(len(t) > 20 for t in record.answers[text.id].fields.values())
    assert len(record.answers[went_well.id].entries) == went_well.count


def test_every_week_and_month_has_its_checklists_and_goals_are_set(made: Path) -> None:
    store = JsonStore(made)
    for day in _days():
        assert store.load_record("weekly", "weekly", week_key(day)).answers, day
        assert store.load_record("monthly", "monthly", month_key(day)).answers, day
    goals = store.goals()
    assert goals and any(g.done is None for g in goals)


def test_the_same_arguments_make_the_same_store(made: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    _make(again)
    first = {p.relative_to(made): p.read_bytes() for p in made.rglob("*.json")}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*.json")}
    assert first == second

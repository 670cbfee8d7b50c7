"""benchmarks/make_store.py writes a store that wellcheck reads back as the user's own."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from wellcheck.core import file_kind, layout, standup
from wellcheck.core.content import ListItem, TextItem
from wellcheck.core.content_loader import load_dirs
from wellcheck.core.periods import month_key, week_key
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_store import load_current_reflection, reflection_days
from wellcheck.paths import builtin_content_dir

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
MAKE_STORE = BENCHMARKS / "make_store.py"
END = date(2026, 11, 23)
WEEKS = 12


def _load() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:  # make_store imports its sibling make_hooks
        sys.path.insert(0, str(BENCHMARKS))
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
    files = sorted(made.rglob("*.json"))
    assert len(files) > WEEKS * 5
    for path in files:
        assert store.read(file_kind.Place(path, layout.kind_of(made, path))) is not None


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


def _working(store: JsonStore) -> list[date]:
    days_off = store.days_off(END.year)
    return [d for d in _days() if d.weekday() < 5 and d not in days_off]


def test_every_working_day_has_a_stand_up_whose_yesterday_is_the_last_today(made: Path) -> None:
    store = JsonStore(made)
    working = _working(store)
    for before, day in zip(working, working[1:], strict=False):
        record = standup.load(store, day)
        assert standup.entries(record, standup.TODAY), day
        carry = standup.find_carry_over(store, day)
        assert carry is not None and carry.day == before, day
        assert standup.entries(record, standup.YESTERDAY) == list(carry.entries), day
    for day in _days():
        if day not in working:
            assert not standup.record_path(store, day).exists(), day


def test_help_is_asked_now_and_then_most_is_resolved_and_the_rest_is_listed_open(
    made: Path,
) -> None:
    store = JsonStore(made)
    asked = standup.help_requests(store, _working(store))
    resolved = [r for r in asked if r.resolved is not None]
    assert len(asked) >= 4
    assert len(resolved) > len(asked) / 2
    assert all(r.resolved is not None and r.day < r.resolved <= END for r in resolved)
    still_open = [(r.day, r.text) for r in asked if r.resolved is None]
    assert [(r.day, r.text) for r in standup.open_requests(store)] == still_open


def test_the_stressors_grid_is_revisited_every_few_weeks_keeping_earlier_rows(made: Path) -> None:
    store = JsonStore(made)
    days = reflection_days(store)
    assert len(days) >= 2
    assert all(7 <= (b - a).days <= 8 * 7 + 14 for a, b in zip(days, days[1:], strict=False))
    earlier: set[str] = set()
    for day in days:
        reflection = load_current_reflection(store, day)
        assert reflection is not None and reflection.day == day
        assert earlier <= set(reflection.rows), day
        earlier = set(reflection.rows)
    rows = list(reflection.rows.values())
    assert all(r.ticked and r.impact is not None and r.changed_at for r in rows)
    assert any(r.note for r in rows) and any(r.flagged for r in rows)

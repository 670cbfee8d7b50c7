"""Promise 7: old data keeps working. Every file of every schema version reads through the store.

A new schema version adds a folder `tests/fixtures/data/vN/` holding the same answers in that
version's format; the facts below must hold for every folder.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from wellcheck.core import standup
from wellcheck.core.answers import SCHEMA_VERSION, Answer
from wellcheck.core.doctor import diagnose
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors import flagged_stressors
from wellcheck.core.stressors_store import load_current_reflection, load_support, save_row

FIXTURES = Path(__file__).parent.parent / "fixtures" / "data"
VERSIONS = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name.startswith("v"))


@pytest.fixture(params=VERSIONS, ids=[p.name for p in VERSIONS])
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> JsonStore:
    root = tmp_path / "data"
    shutil.copytree(request.param, root)
    for path in [root, *root.rglob("*")]:  # as wellcheck would have made them, whatever git did
        path.chmod(0o700 if path.is_dir() else 0o600)
    return JsonStore(root)


def test_there_are_fixtures_for_every_schema_version() -> None:
    assert [p.name for p in VERSIONS] == [f"v{n}" for n in range(1, SCHEMA_VERSION + 1)]


def test_every_file_reads(old_store: JsonStore) -> None:
    count, findings = diagnose(old_store.root)
    assert findings == [] and count == 9


def test_the_answers_are_the_same_in_every_version(old_store: JsonStore) -> None:
    daily = old_store.load_record("daily", "daily", "2026-11-23").answers
    assert daily["lunch_break"].value == "no" and daily["lunch_break"].note == "Court ran late"
    assert daily["handed_over"].value == "na"
    assert daily["difficult"].fields == {
        "difficult": "A hard home visit",
        "learned": "Ask for a co-worker sooner",
    }
    assert daily["difficult"].labels["learned"] == "What I learned"
    assert daily["went_well"].entries[:2] == ["Good supervision", "Walked at lunch"]
    assert daily["checked_in"].value == "yes" and daily["checked_in"].changed_at is None
    assert old_store.load_record("weekly", "weekly", "2026-W48").answers["exercise"].value == "yes"
    monthly = old_store.load_record("monthly", "monthly", "2026-11").answers
    assert monthly["peer_support"].prompt == "Have you asked peers for support?"
    goals = old_store.goals()
    assert [(g.text, g.target, g.done) for g in goals] == [
        ("Take a proper lunch on Wednesday", date(2026, 11, 25), None),
        ("Book supervision", None, date(2026, 11, 20)),
    ]
    assert old_store.days_off(2026) == {
        date(2026, 11, 27): "leave",
        date(2026, 12, 24): "not-working",
    }


def test_the_stand_up_grid_and_support_are_the_same_in_every_version(
    old_store: JsonStore,
) -> None:
    friday, monday = date(2026, 11, 20), date(2026, 11, 23)
    record = standup.load(old_store, friday)
    assert standup.entries(record, "yesterday") == ["Two home visits", "Case notes"]
    carry = standup.find_carry_over(old_store, monday)
    assert carry is not None and carry.entries == ("Court report",)
    assert standup.help_requests(old_store, [friday]) == [
        standup.HelpRequest(friday, "Advice on a complex case"),
        standup.HelpRequest(friday, "Cover for Tuesday", monday),
    ]
    assert standup.open_requests(old_store) == [
        standup.HelpRequest(friday, "Advice on a complex case")
    ]
    reflection = load_current_reflection(old_store, monday)
    assert reflection is not None and reflection.day == friday
    own = reflection.rows["own-1a2b3c4d"]
    assert (own.label, own.own, own.impact) == ("A friend moving abroad", True, 2)
    [flagged] = flagged_stressors(reflection, monday)
    assert (flagged.label, flagged.impact, flagged.note) == (
        "Death of close relative or friend",
        4,
        "Still hard some days",
    )
    assert (flagged.help_status, flagged.help_from) == ("need to seek", "from work")
    support = load_support(old_store)
    assert support.get("supervisor").phone == "01234 567890"
    assert support.get("eap").notes == "24 hours, self-referral"
    assert support.get("occupational_health").is_blank()


def test_a_new_days_reflection_starts_from_an_old_one(old_store: JsonStore) -> None:
    monday = date(2026, 11, 23)
    old = load_current_reflection(old_store, monday)
    assert old is not None
    saved = save_row(old_store, monday, "death", old.rows["death"])
    assert saved.based_on == date(2026, 11, 20) and set(saved.rows) == set(old.rows)


def test_saving_into_an_old_file_keeps_its_answers_and_writes_the_current_version(
    old_store: JsonStore,
) -> None:
    before = old_store.load_record("daily", "daily", "2026-11-23").answers
    old_store.save_answer("daily", "daily", "2026-11-23", "rest_recharge", Answer("Rest?", "yes"))
    path = old_store.record_path("daily", "daily", "2026-11-23")
    assert json.loads(path.read_bytes())["schema_version"] == SCHEMA_VERSION
    after = old_store.load_record("daily", "daily", "2026-11-23").answers
    assert {k: after[k] for k in before} == before and after["rest_recharge"].value == "yes"


def test_a_version_1_goals_file_reads_as_version_2_and_is_written_as_it() -> None:
    """goals.json version 2 added "not now" per checklist period and the draft of a goal."""
    from wellcheck.core import file_kind, layout
    from wellcheck.core.goals import GOALS_VERSION

    v1 = FIXTURES / "v1" / "goals.json"
    assert json.loads(v1.read_bytes())["schema_version"] == 1 and GOALS_VERSION == 2
    goals = file_kind.parse(layout.goals(FIXTURES / "v1"), v1.read_bytes())
    assert [g.text for g in goals.goals] == ["Take a proper lunch on Wednesday", "Book supervision"]
    assert (goals.declined, goals.draft) == ([], None)
    assert goals.offered("daily/2026-11-23") and not goals.offered("weekly/2026-W48")


def test_saving_into_an_old_goals_file_keeps_its_goals(old_store: JsonStore) -> None:
    old_store.decline_goal_offer("weekly/2026-W48")
    raw = json.loads(old_store.goals_path().read_bytes())
    assert raw["schema_version"] == 2 and raw["declined"] == ["weekly/2026-W48"]
    assert [g.text for g in old_store.goals()] == [
        "Take a proper lunch on Wednesday",
        "Book supervision",
    ]

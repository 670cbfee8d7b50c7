"""The Wellness Action Plan's rules: its signs, what is shared, when a sign came back."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_fixture import OWN_SIGN, PRIVATE, SIGNS, notice, plan_record, write_plan

from wellcheck import paths
from wellcheck.core import layout, plan
from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import Instrument, SignsItem
from wellcheck.core.content_loader import check_files, load_dirs
from wellcheck.core.store import JsonStore


@pytest.fixture
def instrument() -> Instrument:
    return load_dirs([paths.builtin_content_dir()]).get("plan")


@pytest.fixture
def store(data_dir: Path) -> JsonStore:
    return JsonStore(data_dir)


def test_the_built_in_plan_has_the_briefings_sections_and_both_lists_of_signs(
    instrument: Instrument,
) -> None:
    prompts = [i.prompt for i in instrument.items]
    assert prompts[0] == "What do I want my manager to know about my situation?"
    item = plan.signs_item(instrument)
    assert isinstance(item, SignsItem)
    assert [g.label for g in item.groups][:2] == [
        "Signs of struggle",
        "Signs you may notice within yourself",
    ]
    assert len(item.groups) == 5  # the briefing's list and Fig 5's four groups
    assert item.sign("tired") is not None and item.helps_item == "helps"
    assert [a.title for a in item.advice] == ["Getting early support", "Your rights at work"]
    rights = " ".join(item.advice[1].lines)
    assert "ACAS" in rights and "BASW" in rights and "trade union" in rights
    assert all(g.source for g in item.groups) and instrument.source


def test_own_signs_keep_their_words_and_a_key_of_their_own() -> None:
    answer = Answer("Signs?", fields={"tired": "yes", "confused": ""},
                    labels={"tired": "Looking tired", "confused": "Confused"},
                    entries=["  Snapping at the kids ", "", "snapping at the KIDS"])  # fmt: skip
    signs = plan.picked(answer)
    assert [s.words for s in signs] == ["Looking tired", "Snapping at the kids"]  # once
    assert signs[1].key == plan.own_key("snapping at the kids")
    assert plan.own_key("Not sleeping") != signs[1].key


def test_only_the_sections_marked_to_share_are_ever_shared(
    store: JsonStore, instrument: Instrument
) -> None:
    write_plan(store)
    sections = plan.shared_sections(plan_record(store), instrument)
    ids = [s.item_id for s in sections]
    assert ids == ["pressures", "helps", "signs", "support", "review"]  # the plan's order
    assert PRIVATE not in repr(sections)
    signs = next(s for s in sections if s.item_id == "signs")
    assert signs.lines == [*SIGNS.values(), OWN_SIGN]
    review = next(s for s in sections if s.item_id == "review")
    assert review.lines == ["Monday 22 February 2027"]


def test_unmarking_a_section_takes_it_out_again(store: JsonStore) -> None:
    write_plan(store)
    record = plan_record(store)
    record.answers[plan.SHARED_KEY] = plan.with_shared(record, "helps", "What helps?", False)
    assert "helps" not in [s.item_id for s in plan.shared_sections(record)]


def weeks(store: JsonStore, *keys: str) -> list[tuple[str, Record | None]]:
    return [(w, store.read(layout.noticed(store.root, w))) for w in keys]


def test_a_sign_in_two_recent_weeks_comes_back_once(store: JsonStore) -> None:
    write_plan(store)
    notice(store, "2026-W46", "sleep")
    notice(store, "2026-W48", "sleep", "own")
    signs = plan.picked(plan_record(store).answers["signs"])
    recent = weeks(store, "2026-W45", "2026-W46", "2026-W47", "2026-W48")
    found = plan.recurrences(signs, recent, None)
    assert [(r.sign.key, r.weeks) for r in found] == [("sleep", ["2026-W46", "2026-W48"])]
    told = plan.with_told(None, found)
    assert plan.recurrences(signs, recent, told) == []  # once
    notice(store, "2026-W49", "sleep")
    later = weeks(store, "2026-W46", "2026-W47", "2026-W48", "2026-W49")
    assert plan.recurrences(signs, later, told) == []  # one week after: not yet again
    notice(store, "2026-W50", "sleep")
    again = weeks(store, "2026-W47", "2026-W48", "2026-W49", "2026-W50")
    assert [r.weeks for r in plan.recurrences(signs, again, told)] == [["2026-W49", "2026-W50"]]


def test_no_means_never_told_and_unanswered_means_told(store: JsonStore) -> None:
    write_plan(store)
    assert plan.tells(plan_record(store))
    write_plan(store, tell="no")
    assert not plan.tells(plan_record(store))


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ('helps_item = "helps"', 'helps_item = "nowhere"'),
        ('id = "tired"', 'id = "confused"'),
        ("own_count = 3", "own_count = 11"),
        ('kind = "signs"', 'kind = "text"\nfields = [{ id = "t", label = "T" }]'),
    ],
)
def test_a_broken_plan_file_is_one_clear_line(
    tmp_path: Path, change: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (paths.builtin_content_dir() / "plan.toml").read_text(encoding="utf-8")
    assert change in text
    broken = tmp_path / "plan.toml"
    broken.write_text(text.replace(change, said, 1), encoding="utf-8")
    count, errors = check_files([broken])
    assert count == 0 and len(errors) >= 1
    line = str(errors[0])
    assert line.startswith(f"{broken}:") and "\n" not in line


def test_the_weekly_check_in_asks_only_when_weekly(tmp_path: Path) -> None:
    text = (paths.builtin_content_dir() / "weekly.toml").read_text(encoding="utf-8")
    daily = tmp_path / "mine.toml"
    daily.write_text(
        text.replace('id = "weekly"', 'id = "mine"').replace('"weekly"', '"daily"'),
        encoding="utf-8",
    )
    count, errors = check_files([daily])
    assert count == 0 and "asks_plan_signs" in str(errors[0])

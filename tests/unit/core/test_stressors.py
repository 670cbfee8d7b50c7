"""The stressors grid's core: dated reflections on disk, the six-month rule, the summary's list."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellcheck.core.errors import DataError
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors import (
    FlaggedStressor,
    cleared,
    flag_toggled,
    flagged_stressors,
    is_past,
    load_current_reflection,
    months_before,
    next_help,
    next_help_from,
    toggled,
    with_impact,
)
from wellcheck.core.stressors_answers import Contact, Reflection, StressorAnswer
from wellcheck.core.stressors_store import (
    last_revisited,
    load_support,
    reflection_path,
    save_contact,
    save_row,
)
from wellcheck.core.visible import visible

MONDAY = date(2026, 11, 23)
ROW = StressorAnswer("family", "Family & relationships", "Childcare")


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 18, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> JsonStore:
    return JsonStore(tmp_path / "data")


def test_a_change_is_saved_at_once_into_a_dated_reflection(store: JsonStore) -> None:
    save_row(store, MONDAY, "childcare", with_impact(ROW, 4))
    raw = json.loads(reflection_path(store, MONDAY).read_text())
    assert raw["schema_version"] == 1
    row = raw["rows"]["childcare"]
    assert (row["ticked"], row["impact"], row["label"]) == (True, 4, "Childcare")
    assert row["changed_at"] is not None
    assert reflection_path(store, MONDAY).stat().st_mode & 0o777 == 0o600


def test_a_later_day_starts_a_new_reflection_and_never_touches_the_earlier(
    store: JsonStore,
) -> None:
    save_row(store, date(2026, 6, 1), "childcare", replace_time(with_impact(ROW, 2), 6, 1))
    earlier = reflection_path(store, date(2026, 6, 1)).read_bytes()
    other = StressorAnswer("health", "Personal health", "Significant injury", ticked=True)
    save_row(store, MONDAY, "injury", other)
    save_row(store, MONDAY, "childcare", with_impact(ROW, 5))
    assert reflection_path(store, date(2026, 6, 1)).read_bytes() == earlier
    current = load_current_reflection(store, MONDAY)
    assert current is not None and current.based_on == date(2026, 6, 1)
    assert current.rows["childcare"].impact == 5
    assert current.rows["injury"].ticked
    back_then = load_current_reflection(store, date(2026, 7, 1))
    assert back_then is not None and back_then.rows["childcare"].impact == 2


def test_copied_rows_keep_when_they_were_last_changed(store: JsonStore) -> None:
    old = replace_time(with_impact(ROW, 2), 3, 2)
    save_row(store, date(2026, 3, 2), "childcare", old)
    save_row(store, MONDAY, "commute", StressorAnswer("daily_hassles", "D", "Commute", ticked=True))
    current = load_current_reflection(store, MONDAY)
    assert current is not None
    assert current.rows["childcare"].changed_at == old.changed_at
    assert is_past(current.rows["childcare"], MONDAY)


def test_no_reflection_yet(store: JsonStore) -> None:
    assert load_current_reflection(store, MONDAY) is None
    assert last_revisited(store, MONDAY) is None
    assert flagged_stressors(None, MONDAY) == []


def test_an_unreadable_reflection_is_named_and_left_untouched(store: JsonStore) -> None:
    path = reflection_path(store, MONDAY)
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    with pytest.raises(DataError, match="2026-11-23.json"):
        load_current_reflection(store, MONDAY)
    with pytest.raises(DataError):
        save_row(store, MONDAY, "childcare", with_impact(ROW, 3))
    assert path.read_text() == "{not json"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 23), 6, date(2026, 5, 23)),
        (date(2026, 8, 31), 6, date(2026, 2, 28)),
        (date(2028, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 3, 15), 6, date(2025, 9, 15)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


@pytest.mark.parametrize(
    ("changed", "past"),
    [(date(2026, 5, 22), True), (date(2026, 5, 23), False), (date(2026, 11, 1), False)],
)
def test_six_month_rule_with_an_injected_today(changed: date, past: bool) -> None:
    row = StressorAnswer("f", "F", "Childcare", ticked=True, changed_at=at(changed))
    assert is_past(row, MONDAY) is past


def test_retick_of_a_past_row_keeps_it_ticked_and_untick_of_a_fresh_one_unticks() -> None:
    past = StressorAnswer("f", "F", "Childcare", ticked=True, changed_at=at(date(2026, 1, 5)))
    assert toggled(past, MONDAY).ticked
    assert toggled(past, MONDAY).changed_at is None  # the store stamps it now
    fresh = StressorAnswer("f", "F", "Childcare", ticked=True, changed_at=at(date(2026, 11, 20)))
    assert not toggled(fresh, MONDAY).ticked


def test_clearing_keeps_the_note_and_forgets_the_rest() -> None:
    row = flag_toggled(with_impact(StressorAnswer("f", "F", "L", note="mine"), 5))
    row = cleared(next_help(next_help_from(row)))
    assert (row.ticked, row.impact, row.flagged, row.help, row.help_from) == (
        False,
        None,
        False,
        None,
        None,
    )
    assert row.note == "mine"


def test_only_flagged_rows_go_to_supervision_in_words() -> None:
    flagged = StressorAnswer(
        "family",
        "Family & relationships",
        "Childcare",
        ticked=True,
        impact=4,
        note="late pick-ups",
        affecting_work=True,
        help="need",
        help_from="work",
        flagged=True,
        changed_at=at(date(2026, 11, 20)),
    )
    stale = StressorAnswer(
        "f", "F", "Old", ticked=True, flagged=True, changed_at=at(date(2025, 1, 1))
    )
    plain = StressorAnswer("f", "F", "Marriage", ticked=True, impact=5, changed_at=at(MONDAY))
    reflection = Reflection(MONDAY, {"childcare": flagged, "old": stale, "marriage": plain})
    assert flagged_stressors(reflection, MONDAY) == [
        FlaggedStressor(
            category="Family & relationships",
            label="Childcare",
            impact=4,
            note="late pick-ups",
            affecting_work=True,
            help_status="need to seek",
            help_from="from work",
            changed_at=at(date(2026, 11, 20)),
        )
    ]


def test_support_contacts_are_stored_with_the_users_data(store: JsonStore) -> None:
    assert load_support(store).get("supervisor").is_blank()
    save_contact(store, "supervisor", Contact("Sam", "01234 567890"))
    save_contact(store, "eap", Contact("Care First", notes="24 hours"))
    support = load_support(store)
    assert support.get("supervisor").phone == "01234 567890"
    assert support.get("eap").notes == "24 hours"
    assert (store.root / "support.json").stat().st_mode & 0o777 == 0o600


rows = st.builds(
    StressorAnswer,
    category=st.text(max_size=5),
    category_label=st.text(max_size=5),
    label=st.text(max_size=10),
    own=st.booleans(),
    ticked=st.booleans(),
    impact=st.none() | st.integers(1, 5),
    note=st.text(max_size=20),
    affecting_work=st.none() | st.booleans(),
    help=st.sampled_from([None, "sought", "need", "not-needed"]),
    help_from=st.sampled_from([None, "work", "elsewhere", "both"]),
    flagged=st.booleans(),
    changed_at=st.none() | st.datetimes(timezones=st.just(UTC)),
)


@given(st.dictionaries(st.text(min_size=1, max_size=6), rows, max_size=4))
def test_reflection_round_trips_through_json(found: dict[str, StressorAnswer]) -> None:
    reflection = Reflection(MONDAY, found, based_on=date(2026, 5, 1))
    raw = json.loads(json.dumps(reflection.to_dict()))
    # As written, but for control characters, which come back visible (never obeyed).
    shown = {
        key: replace(
            row,
            category=visible(row.category),
            category_label=visible(row.category_label),
            label=visible(row.label),
            note=visible(row.note),
        )
        for key, row in found.items()
    }
    assert Reflection.from_dict(raw) == replace(reflection, rows=shown)


def replace_time(row: StressorAnswer, month: int, day: int) -> StressorAnswer:
    return replace(row, changed_at=at(date(2026, month, day)))


def test_another_grid_instrument_keeps_its_own_folder(store: JsonStore) -> None:
    save_row(store, MONDAY, "a", with_impact(ROW, 2), instrument="mine")
    assert (store.root / "mine" / "2026-11-23.json").exists()
    assert load_current_reflection(store, MONDAY) is None
    mine = load_current_reflection(store, MONDAY, "mine")
    assert mine is not None and mine.instrument == "mine" and mine.rows["a"].impact == 2

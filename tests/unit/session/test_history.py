"""Reading the history: only the weeks asked for, each file once, through the store; a file
that cannot be read is named, shown as such, and left as it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from history_fixture import FIRST, STANDUP_ONLY, TODAY, write_history

from wellcheck.core.answers import Answer
from wellcheck.core.settings import Settings
from wellcheck.core.store import JsonStore
from wellcheck.session.history import History


@pytest.fixture
def store(data_dir: Path) -> JsonStore:
    return write_history(data_dir)


def reads(store: JsonStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file the store reads from now on, by its place under the data folder."""
    seen: list[str] = []
    read = JsonStore.read

    def spy(self: JsonStore, place: Any) -> Any:
        seen.append(place.path.relative_to(store.root).as_posix())
        return read(self, place)

    monkeypatch.setattr(JsonStore, "read", spy)
    return seen


def test_the_weeks_start_at_the_first_check_in_read_from_a_file_or_two(
    store: JsonStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = reads(store, monkeypatch)
    history = History(store, Settings(), TODAY)
    assert history.mondays[0] == date(2026, 11, 23) and history.mondays[-1] == FIRST
    assert len(seen) <= 4, seen


def test_a_week_reads_that_week_and_its_days_off_only(
    store: JsonStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    history = History(store, Settings(), TODAY)
    history.mondays  # noqa: B018
    seen = reads(store, monkeypatch)
    history.week(date(2026, 10, 12))
    assert {p.split("/")[0] for p in seen} == {"daily", "standup", "days-off"}
    assert all("2026-10-1" in p for p in seen if not p.startswith("days-off")), seen
    seen.clear()
    history.week(date(2026, 10, 12))
    assert seen == []  # read once


def test_a_stand_up_alone_is_a_check_in_and_a_cleared_day_is_not(store: JsonStore) -> None:
    history = History(store, Settings(), TODAY)
    assert history.checked_in(STANDUP_ONLY)
    store.save_answer("daily", "daily", "2026-11-11", "lunch_break", Answer("Lunch?"))
    assert not History(store, Settings(), TODAY).checked_in(date(2026, 11, 11))


def test_an_unreadable_day_is_named_marked_and_left_as_it_is(store: JsonStore) -> None:
    path = store.root / "daily" / "2026" / "2026-11-17.json"
    path.write_bytes(b"{ not json")
    history = History(store, Settings(), TODAY)
    row = history.week(date(2026, 11, 16))
    assert row.cells[1].mark == "unreadable"
    assert len(history.problems) == 1 and "2026-11-17.json" in history.problems[0]
    assert path.read_bytes() == b"{ not json"


def test_nothing_yet_is_no_weeks_at_all(data_dir: Path) -> None:
    history = History(JsonStore(data_dir), Settings(), TODAY)
    page = history.page()
    assert (page.weeks, page.trends, page.stressors, page.goals) == ((), (), (), ())


def test_the_page_shows_the_weeks_asked_for_and_says_how_many_more(store: JsonStore) -> None:
    page = History(store, Settings(), TODAY).page(weeks=4)
    assert len(page.weeks) == 4 and page.more_weeks == 9
    assert [t.item_id for t in page.trends] == [
        "lunch_break",
        "handed_over",
        "checked_in",
        "healthy_eating",
    ]
    assert len(page.trends[0].weeks) == 12


def test_an_encrypted_store_is_read_through_its_key(store: JsonStore, data_dir: Path) -> None:
    from promises.encrypted import turn_on

    key = turn_on(store)
    assert b"checked" not in (data_dir / "daily" / "2026" / "2026-11-16.json").read_bytes()
    history = History(JsonStore(data_dir, key), Settings(), TODAY)
    assert history.week(date(2026, 11, 16)).cells[0].mark == "checked in"
    assert not History(JsonStore(data_dir), Settings(), TODAY).checked_in(date(2026, 11, 16))

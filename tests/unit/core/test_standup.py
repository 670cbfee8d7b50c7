"""The stand-up's core: carry-over of the last T, help requests and their index, content."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from wellcheck.core import standup
from wellcheck.core.answers import Answer, Record
from wellcheck.core.checklist import state_of
from wellcheck.core.content_loader import load_dirs
from wellcheck.core.errors import DataError
from wellcheck.core.standup import HELP, TODAY, YESTERDAY, CarryOver, HelpRequest
from wellcheck.core.store import JsonStore
from wellcheck.paths import builtin_content_dir
from wellcheck.session.context import Context
from wellcheck.session.home import build_overview

MON, TUE, WED = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)
FRI_BEFORE = date(2026, 11, 20)


def say(store: JsonStore, day: date, item_id: str, *lines: str) -> Record:
    answer = Answer(prompt=item_id, entries=list(lines))
    return standup.save_answer(store, day, item_id, answer)


def test_the_builtin_standup_loads_with_its_90_seconds_and_three_entry_items() -> None:
    content = load_dirs([builtin_content_dir()])
    instrument = standup.standup_instrument(content)
    assert instrument.timer_seconds == 90
    assert [i.id for i in instrument.items] == [YESTERDAY, TODAY, HELP]
    assert all(i.kind == "entries" for i in instrument.items)
    assert "Research in Practice" in instrument.source


def test_an_override_without_t_is_skipped_with_its_file_named(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "standup.toml").write_text(
        'id = "standup"\ntitle = "Mine"\ncadence = "daily"\n'
        '[[items]]\nid = "yesterday"\nkind = "entries"\nprompt = "Y"\n'
    )
    content = load_dirs([builtin_content_dir(), folder])
    (problem,) = content.problems
    assert "standup.toml:1: id 'standup' is kept for the stand-up" in problem
    assert "the stand-up needs an item 'today'" in problem
    assert standup.standup_instrument(content).title == "YTH stand-up"  # the built-in one


def test_monday_is_offered_fridays_t(ctx: Context) -> None:
    say(ctx.store, FRI_BEFORE, TODAY, "write the court report", "", "call Sam back")
    carry = standup.find_carry_over(ctx.store, MON)
    assert carry == CarryOver(FRI_BEFORE, ("write the court report", "call Sam back"))


def test_after_a_gap_the_last_stand_ups_t_is_offered(ctx: Context) -> None:
    two_weeks_before = MON - timedelta(days=17)  # Thursday 6 November
    say(ctx.store, two_weeks_before, TODAY, "finish the assessment")
    for n in range(1, 6):
        ctx.store.set_day_off(MON - timedelta(days=n + 2), "leave")
    carry = standup.find_carry_over(ctx.store, MON)
    assert carry == CarryOver(two_weeks_before, ("finish the assessment",))


def test_a_stand_up_older_than_the_lookback_is_not_offered(ctx: Context) -> None:
    say(ctx.store, MON - timedelta(days=standup.LOOKBACK_DAYS + 1), TODAY, "long ago")
    assert standup.find_carry_over(ctx.store, MON) is None


def test_the_last_stand_up_with_no_t_offers_nothing_rather_than_an_older_plan(
    ctx: Context,
) -> None:
    say(ctx.store, date(2026, 11, 19), TODAY, "stale plan")
    say(ctx.store, FRI_BEFORE, HELP, "only asked for help")
    assert standup.find_carry_over(ctx.store, MON) is None


def test_carry_over_reads_only_the_days_in_its_window(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(40, 400, 3):
        say(ctx.store, MON - timedelta(days=n), TODAY, "old")
    read: list[Path] = []
    original = ctx.store.read

    def spy(place):  # type: ignore[no-untyped-def]
        read.append(place.path)
        return original(place)

    monkeypatch.setattr(ctx.store, "read", spy)
    assert standup.find_carry_over(ctx.store, MON) is None
    assert len(read) == standup.LOOKBACK_DAYS
    assert all(p.stem >= (MON - timedelta(days=31)).isoformat() for p in read)


def test_an_unreadable_previous_stand_up_is_named_and_left_as_it_is(ctx: Context) -> None:
    path = standup.record_path(ctx.store, FRI_BEFORE)
    path.parent.mkdir(parents=True)
    path.write_text("{ half a file")
    with pytest.raises(DataError, match="2026-11-20.json"):
        standup.find_carry_over(ctx.store, MON)
    assert path.read_text() == "{ half a file"


def test_each_help_line_is_a_request_listed_as_open(ctx: Context) -> None:
    say(ctx.store, MON, HELP, "mileage form", "  ", " supervision date ", "mileage form")
    assert standup.open_requests(ctx.store) == [
        HelpRequest(MON, "mileage form"),
        HelpRequest(MON, "supervision date"),
    ]


def test_editing_h_as_typed_keeps_the_index_in_step(ctx: Context) -> None:
    say(ctx.store, FRI_BEFORE, HELP, "older request")
    say(ctx.store, MON, HELP, "mil")
    say(ctx.store, MON, HELP, "mileage form")
    assert [r.text for r in standup.open_requests(ctx.store)] == ["older request", "mileage form"]
    say(ctx.store, MON, HELP, "")
    assert [r.text for r in standup.open_requests(ctx.store)] == ["older request"]


def test_a_resolved_request_leaves_the_open_list_and_the_week_says_when(ctx: Context) -> None:
    say(ctx.store, MON, HELP, "mileage form", "supervision date")
    say(ctx.store, WED, HELP, "cover for Friday")
    standup.set_resolved(ctx.store, MON, "mileage form", TUE)
    assert [r.text for r in standup.open_requests(ctx.store)] == [
        "supervision date",
        "cover for Friday",
    ]
    week = [MON + timedelta(days=n) for n in range(7)]
    assert standup.help_requests(ctx.store, week) == [
        HelpRequest(MON, "mileage form", TUE),
        HelpRequest(MON, "supervision date", None),
        HelpRequest(WED, "cover for Friday", None),
    ]


def test_a_request_can_be_opened_again(ctx: Context) -> None:
    say(ctx.store, MON, HELP, "mileage form")
    standup.set_resolved(ctx.store, MON, "mileage form", TUE)
    standup.set_resolved(ctx.store, MON, "mileage form", None)
    assert standup.open_requests(ctx.store) == [HelpRequest(MON, "mileage form")]
    assert standup.help_requests(ctx.store, [MON])[0].resolved is None


def test_help_requests_reads_only_the_days_asked_for(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    say(ctx.store, MON - timedelta(days=30), HELP, "a month ago")
    say(ctx.store, MON, HELP, "this week")
    read: list[str] = []
    original = ctx.store.load_record

    def spy(instrument: str, cadence: str, period: str) -> Record:
        read.append(period)
        return original(instrument, cadence, period)

    monkeypatch.setattr(ctx.store, "load_record", spy)
    requests = standup.help_requests(ctx.store, [MON, TUE])
    assert [r.text for r in requests] == ["this week"]
    assert read == [MON.isoformat(), TUE.isoformat()]


def test_the_day_file_keeps_entries_as_typed_and_resolutions_apart(
    ctx: Context, data_dir: Path
) -> None:
    say(ctx.store, MON, HELP, "mileage form", "")
    standup.set_resolved(ctx.store, MON, "mileage form", TUE)
    raw = json.loads((data_dir / "standup" / "2026" / "2026-11-23.json").read_text())
    assert raw["answers"]["help"]["entries"] == ["mileage form", ""]
    assert raw["answers"]["_resolved"]["fields"] == {"mileage form": "2026-11-24"}


def test_the_stand_up_is_done_without_h_and_shown_on_home_with_open_help(ctx: Context) -> None:
    instrument = standup.standup_instrument(ctx.content)
    say(ctx.store, FRI_BEFORE, HELP, "supervision date")
    say(ctx.store, MON, YESTERDAY, "visits")
    assert state_of(instrument, standup.load(ctx.store, MON)) == "in progress"
    record = say(ctx.store, MON, TODAY, "reports")
    assert state_of(instrument, record) == "done"
    overview = build_overview(ctx.content, ctx.store, ctx.settings, MON)
    entry = next(e for e in overview.entries if e.instrument_id == "standup")
    assert entry.state == "done"
    assert overview.open_help == [HelpRequest(FRI_BEFORE, "supervision date")]


def test_a_broken_index_is_named_on_home_and_not_overwritten(ctx: Context, data_dir: Path) -> None:
    index = data_dir / standup.INDEX_NAME
    index.write_text("not json")
    overview = build_overview(ctx.content, ctx.store, ctx.settings, MON)
    assert any(standup.INDEX_NAME in p for p in overview.problems)
    assert index.read_text() == "not json"


def test_an_index_left_behind_by_a_crash_is_put_right_when_the_day_is_opened(
    ctx: Context,
) -> None:
    answer = Answer(prompt="H", entries=["mileage form"])
    ctx.store.save_answer("standup", "daily", MON.isoformat(), HELP, answer)  # index not told
    assert standup.open_requests(ctx.store) == []
    assert standup.earlier_open(ctx.store, MON, standup.load(ctx.store, MON)) == []
    assert standup.open_requests(ctx.store) == [HelpRequest(MON, "mileage form")]


def test_reading_the_weeks_help_needs_neither_pydantic_nor_textual() -> None:
    code = (
        "import sys\nfrom wellcheck.core.standup import help_requests\n"
        "heavy = {'pydantic', 'textual', 'rich'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

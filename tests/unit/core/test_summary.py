"""WeeklySummary from a store: counts, days off, week boundaries, reads, unreadable files."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from summary_fixture import (
    HANDED,
    LUNCH,
    MADE_ON,
    MONDAY,
    WORKING,
    check,
    fixture_summary,
    write_week,
)

from wellcheck.core.answers import Answer, Record
from wellcheck.core.item_order import item_order
from wellcheck.core.settings import Settings
from wellcheck.core.store import JsonStore
from wellcheck.core.summary_build import WeekAnswers, build_summary
from wellcheck.report.render import render
from wellcheck.session.summary import gather_week, weekly_summary


def test_counts_are_over_days_worked_and_days_off_are_not_missed(tmp_path: Path) -> None:
    s = fixture_summary(tmp_path)
    status = {d.day.isoformat(): d.status for d in s.days}
    assert status == {
        "2026-11-16": "checked in",
        "2026-11-17": "checked in",
        "2026-11-18": "leave",
        "2026-11-19": "checked in",
        "2026-11-20": "no check-in",
        "2026-11-21": "not a working day",
        "2026-11-22": "not a working day",
    }
    assert [c.day.day for c in s.shown] == [16, 17, 18, 19, 20]
    lunch = next(r for r in s.checks if r.item_id == "lunch_break")
    assert (lunch.yes, lunch.of) == (2, 4)
    assert lunch.notes == [(date(2026, 11, 17), "Back-to-back visits")]
    assert [r.item_id for r in s.checks] == ["lunch_break", "handed_over", "checked_in"]


def test_goals_are_open_or_done_as_of_that_week(tmp_path: Path) -> None:
    s = fixture_summary(tmp_path)
    assert [g.text for g in s.open_goals] == ["Take a proper lunch break on Wednesdays"]
    assert [g.text for g in s.done_goals] == ["Book a day of leave"]
    earlier = build_summary(
        gather_week(JsonStore(tmp_path), date(2026, 11, 9), []), WORKING, "", MADE_ON
    )
    assert {g.text for g in earlier.open_goals} == {
        "Take a proper lunch break on Wednesdays",
        "Book a day of leave",
    }


def test_a_weekend_check_in_is_shown_and_counted(tmp_path: Path) -> None:
    store = write_week(tmp_path)
    check(store, "2026-11-21", "lunch_break", LUNCH, "yes")
    s = build_summary(gather_week(store, MONDAY, []), WORKING, "", MADE_ON)
    lunch = next(r for r in s.checks if r.item_id == "lunch_break")
    assert (lunch.yes, lunch.of) == (3, 5)
    assert s.shown[-1].day == date(2026, 11, 21)


def _reads(monkeypatch: pytest.MonkeyPatch, root: Path) -> list[str]:
    read: list[str] = []
    original = JsonStore.read

    def spy(self: JsonStore, place: Any) -> Any:
        read.append(place.path.relative_to(root).as_posix())
        return original(self, place)

    monkeypatch.setattr(JsonStore, "read", spy)
    return read


@pytest.mark.parametrize(
    ("week", "monday", "weekly", "monthly", "years"),
    [
        ("2026-W01", date(2025, 12, 29), "2026-W01", "2026-01", [2025, 2026]),
        ("2026-W53", date(2026, 12, 28), "2026-W53", "2027-01", [2026, 2027]),
        ("2026-W49", date(2026, 11, 30), "2026-W49", "2026-12", [2026]),
        ("2026-W47", date(2026, 11, 16), "2026-W47", "2026-11", [2026]),
    ],
)
def test_a_week_reads_only_its_own_files(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    week: str,
    monday: date,
    weekly: str,
    monthly: str,
    years: list[int],
) -> None:
    store = JsonStore(tmp_path)
    read = _reads(monkeypatch, tmp_path)
    summary, problems = weekly_summary(store, Settings(), monday, MADE_ON)
    shown = [s.day for s in summary.days]
    days = [f"{kind}/{d:%Y}/{d.isoformat()}.json" for d in shown for kind in ("daily", "standup")]
    expected = days + [f"days-off/{y}.json" for y in years]
    expected += [f"weekly/{weekly}.json", f"monthly/{monthly}.json", "goals.json"]
    expected.append("plan/current.json")  # for the sections of the plan marked to share
    assert sorted(read) == sorted(expected)
    assert (summary.week, summary.weekly.period, summary.monthly.period) == (week, weekly, monthly)
    assert problems == []


def test_week_spanning_two_years_takes_days_off_from_both(tmp_path: Path) -> None:
    store = JsonStore(tmp_path)
    store.set_day_off(date(2026, 12, 31), "sick")
    store.set_day_off(date(2027, 1, 1), "not-working")
    check(store, "2026-12-28", "lunch_break", LUNCH, "yes")
    store.save_answer(
        "monthly", "monthly", "2027-01", "line_manager", Answer(prompt="Met?", value="yes")
    )
    s, _ = weekly_summary(store, Settings(), date(2026, 12, 28), date(2027, 1, 8))
    status = [d.status for d in s.shown]
    assert status == ["checked in", "no check-in", "no check-in", "sick", "not-working"]
    assert s.checks[0].of == 3
    assert [a.value for a in s.monthly.answers] == ["yes"]
    assert "28 December 2026 to 3 January 2027" in render(s, "markdown").splitlines()[0]
    assert "week 53 of 2026" in render(s, "text").splitlines()[0]


def test_today_and_days_still_to_come_are_not_missed_nor_counted(tmp_path: Path) -> None:
    store = JsonStore(tmp_path)
    check(store, "2026-11-23", "lunch_break", LUNCH, "yes")
    wednesday = date(2026, 11, 25)
    s, _ = weekly_summary(store, Settings(), date(2026, 11, 23), wednesday)
    statuses = ["checked in", "no check-in", "today", "to come", "to come"]
    assert [d.status for d in s.shown] == statuses
    assert (s.worked_days, s.checks[0].yes, s.checks[0].of) == (2, 1, 2)
    for fmt in ("text", "markdown", "html"):
        document = render(s, fmt)
        assert "to come" in document and "1 of 2" in document
        assert "Nor are today (it is not over) or days still to come." in " ".join(document.split())
    checked_today, _ = weekly_summary(store, Settings(), date(2026, 11, 23), date(2026, 11, 23))
    assert [d.status for d in checked_today.shown][:2] == ["checked in", "to come"]
    assert checked_today.checks[0].of == 1  # today, checked in, is counted


def test_a_day_with_only_a_stand_up_is_not_called_no_check_in(tmp_path: Path) -> None:
    from wellcheck.core import standup

    store = JsonStore(tmp_path)
    check(store, "2026-11-16", "lunch_break", LUNCH, "yes")
    answer = Answer(prompt="What will I do today?", entries=["Court report"])
    standup.save_answer(store, date(2026, 11, 17), "today", answer)
    s, _ = weekly_summary(store, Settings(), MONDAY, MADE_ON)
    assert [d.status for d in s.shown][:3] == ["checked in", "stand-up", "no check-in"]
    assert "stand-up only" in render(s, "markdown")
    assert "no check-in" not in render(s, "json").split('"2026-11-17"')[1].split("}")[0]
    only_standup, _ = weekly_summary(store, Settings(), MONDAY, MADE_ON)
    assert not only_standup.is_empty


def test_weeks_before_the_first_check_in_are_not_counted_as_worked(tmp_path: Path) -> None:
    store = JsonStore(tmp_path)
    check(store, "2026-11-18", "lunch_break", LUNCH, "yes")  # wellcheck's first use, a Wednesday
    s, _ = weekly_summary(store, Settings(), MONDAY, MADE_ON)
    statuses = ["before start", "before start", "checked in", "no check-in", "no check-in"]
    assert [d.status for d in s.shown] == statuses
    assert (s.worked_days, s.checks[0].of) == (3, 3)
    assert "days before your first check-in" in " ".join(render(s, "text").split())
    earlier, _ = weekly_summary(store, Settings(), date(2026, 11, 2), MADE_ON)
    assert earlier.worked_days == 0 and earlier.is_empty
    assert "no check-in" not in render(earlier, "json")


def test_a_goal_done_after_the_week_is_open_that_week_and_does_not_say_done(
    tmp_path: Path,
) -> None:
    s = fixture_summary(tmp_path)  # "Book a day of leave" was done on Friday 20 November
    earlier, _ = weekly_summary(JsonStore(tmp_path), Settings(), date(2026, 11, 9), MADE_ON)
    assert "Book a day of leave" in [g.text for g in earlier.open_goals]
    for fmt in ("text", "markdown", "html", "json"):
        document = render(earlier, fmt)
        open_part = document.split("Done this week")[0]
        assert "Book a day of leave" in open_part and "done Fri 20 Nov" not in document
    assert "Book a day of leave — done Fri 20 Nov" in render(s, "text")


def test_week_spanning_two_months_uses_the_month_it_ends_in(tmp_path: Path) -> None:
    store = JsonStore(tmp_path)
    store.save_answer("monthly", "monthly", "2026-11", "a", Answer(prompt="November?", value="no"))
    store.save_answer("monthly", "monthly", "2026-12", "a", Answer(prompt="December?", value="yes"))
    s, _ = weekly_summary(store, Settings(), date(2026, 11, 30), MADE_ON)
    assert [a.prompt for a in s.monthly.answers] == ["December?"]
    assert "30 November to 6 December 2026" in render(s, "html")
    assert "Monthly checklist, December 2026" in render(s, "html")


def test_an_empty_store_gives_an_empty_week_not_an_error(tmp_path: Path) -> None:
    s, problems = weekly_summary(JsonStore(tmp_path / "none"), Settings(), MONDAY, MADE_ON)
    assert s.is_empty and problems == []
    assert [d.status for d in s.shown] == ["before start"] * 5  # nothing was ever written
    assert not (tmp_path / "none").exists()


def test_a_week_of_leave_is_empty_but_says_leave(tmp_path: Path) -> None:
    store = JsonStore(tmp_path)
    for n in range(16, 21):
        store.set_day_off(date(2026, 11, n), "leave")
    s, _ = weekly_summary(store, Settings(), MONDAY, MADE_ON)
    assert s.is_empty
    assert "Days off: Mon 16 leave, Tue 17 leave" in render(s, "markdown")


def test_an_unreadable_day_is_named_and_the_rest_still_shown(tmp_path: Path) -> None:
    write_week(tmp_path)
    broken = tmp_path / "daily" / "2026" / "2026-11-17.json"
    broken.write_text("{ not json", encoding="utf-8")
    s, problems = weekly_summary(JsonStore(tmp_path), Settings(), MONDAY, MADE_ON)
    assert len(problems) == 1 and "2026-11-17.json" in problems[0]
    assert s.days[1].status == "unreadable"
    assert next(r for r in s.checks if r.item_id == "lunch_break").of == 3
    assert broken.read_text(encoding="utf-8") == "{ not json"
    assert "| could not be read |" in render(s, "markdown")


def test_item_order_merges_the_order_of_each_day() -> None:
    monday = Record("daily", "d1", {"a": Answer("A"), "c": Answer("C")})
    tuesday = Record("daily", "d2", {"a": Answer("A"), "b": Answer("B"), "c": Answer("C")})
    assert item_order([monday, tuesday]) == ["a", "b", "c"]


def test_only_flagged_stressors_and_this_weeks_help_are_kept(tmp_path: Path) -> None:
    s = fixture_summary(tmp_path)
    assert [line.label for line in s.stressors] == ["Childcare", "Lack of exercise/poor fitness"]
    assert [h.day.day for h in s.help] == [17, 19]


def test_build_summary_is_pure() -> None:
    week = WeekAnswers(MONDAY)
    assert build_summary(week, WORKING, "", MADE_ON) == build_summary(week, WORKING, "", MADE_ON)


@pytest.mark.parametrize(
    "module",
    ["wellcheck.core.summary", "wellcheck.session.summary", "wellcheck.report.render"],
)
def test_summary_path_imports_neither_textual_nor_pydantic(module: str) -> None:
    code = (
        f"import sys, {module}, wellcheck.report.markdown, wellcheck.report.html, "
        "wellcheck.report.json; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'pydantic', 'rich'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_not_applicable_is_neither_a_yes_nor_a_shortfall(tmp_path: Path) -> None:
    store = JsonStore(tmp_path)
    check(store, "2026-11-23", "handed_over", HANDED, "na")
    check(store, "2026-11-24", "handed_over", HANDED, "yes")
    s, _ = weekly_summary(store, Settings(), date(2026, 11, 23), date(2026, 11, 24))
    [row] = [r for r in s.checks if r.item_id == "handed_over"]
    assert (row.yes, row.of) == (1, 1)

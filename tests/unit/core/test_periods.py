"""Working days as people work them: the day-start hour, ISO weeks, months, settings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from wellcheck.core.errors import WellcheckError
from wellcheck.core.periods import (
    parse_date,
    parse_week,
    period_key,
    week_days,
    week_key,
    working_date,
)
from wellcheck.core.settings import Settings, load_settings


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 24, 0, 30), date(2026, 11, 23)),
        (datetime(2026, 11, 24, 3, 59), date(2026, 11, 23)),
        (datetime(2026, 11, 24, 4, 0), date(2026, 11, 24)),
        (datetime(2026, 11, 23, 18, 0), date(2026, 11, 23)),
        (datetime(2027, 1, 1, 1, 0), date(2026, 12, 31)),
    ],
)
def test_a_check_in_after_midnight_counts_for_the_day_before(
    moment: datetime, expected: date
) -> None:
    assert working_date(moment, 4) == expected


def test_day_start_hour_is_configurable() -> None:
    assert working_date(datetime(2026, 11, 24, 5, 30), 6) == date(2026, 11, 23)
    assert working_date(datetime(2026, 11, 24, 0, 30), 0) == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2026, 11, 23), "2026-W48"),
        (date(2027, 1, 1), "2026-W53"),
        (date(2026, 12, 31), "2026-W53"),
        (date(2025, 12, 29), "2026-W01"),
        (date(2027, 1, 4), "2027-W01"),
    ],
)
def test_iso_weeks_across_year_ends(day: date, week: str) -> None:
    assert week_key(day) == week
    assert day in week_days(parse_week(week))


def test_period_keys_per_cadence() -> None:
    day = date(2026, 11, 23)
    assert period_key("daily", day) == "2026-11-23"
    assert period_key("weekly", day) == "2026-W48"
    assert period_key("monthly", day) == "2026-11"


@pytest.mark.parametrize("text", ["2026-13-01", "23/11/2026", "yesterday", "2026-02-30", ""])
def test_bad_dates_get_one_clear_line(text: str) -> None:
    with pytest.raises(WellcheckError, match="use YYYY-MM-DD"):
        parse_date(text)


@pytest.mark.parametrize("text", ["2026-W54", "2026W47", "2025-W53", "week 3"])
def test_bad_weeks_get_one_clear_line(text: str) -> None:
    with pytest.raises(WellcheckError, match="YYYY-Www"):
        parse_week(text)


def test_settings_default_to_monday_to_friday_and_four_am(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml")
    assert settings == Settings()
    assert [settings.is_working_day(d) for d in range(7)] == [True] * 5 + [False] * 2
    assert settings.day_start_hour == 4


def test_settings_from_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('day_start_hour = 6\nworking_days = ["tue", "wed", "sun"]\n')
    settings = load_settings(path)
    assert settings.day_start_hour == 6
    assert [settings.is_working_day(d) for d in range(7)] == [
        False,
        True,
        True,
        False,
        False,
        False,
        True,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("day_start_hour = 25\n", "day_start_hour must be"),
        ('working_days = ["monday"]\n', "working_days must be"),
        ("bedtime = 22\n", "unknown setting 'bedtime'"),
        ("day_start_hour = \n", r"config.toml:1:\d+: TOML syntax: "),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(WellcheckError, match=expected) as caught:
        load_settings(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("text", ["1899-W52", "3000-W01", "2999-W53"])
def test_a_week_any_day_of_which_is_out_of_range_is_refused_like_a_date(text: str) -> None:
    with pytest.raises(WellcheckError, match="--week"):
        parse_week(text)


def test_the_first_and_last_whole_weeks_of_the_range_are_taken() -> None:
    assert parse_week("1900-W01") == date(1900, 1, 1)
    assert parse_week("2999-W52") == date(2999, 12, 23)

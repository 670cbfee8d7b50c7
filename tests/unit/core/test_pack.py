"""The supervision pack from its weeks (pure), and the spans of weeks it covers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wellcheck.core.errors import WellcheckError
from wellcheck.core.goals import Goal
from wellcheck.core.pack import build_pack
from wellcheck.core.periods import (
    parse_month,
    parse_since,
    parse_weeks,
    span_month,
    span_since,
    span_weeks,
)
from wellcheck.core.stressors import FlaggedStressor
from wellcheck.core.summary_build import WeekAnswers, build_summary

MONDAY = date(2026, 11, 2)
TODAY = date(2026, 11, 27)
WORKING = frozenset(range(5))


def _weeks(count: int) -> list[WeekAnswers]:
    return [WeekAnswers(MONDAY + timedelta(weeks=n)) for n in range(count)]


def test_stressor_impact_is_followed_week_by_week() -> None:
    weeks = _weeks(3)
    for week, impact in zip(weeks, (4, None, 2), strict=True):
        if impact is not None:
            line = FlaggedStressor("Family", "Childcare", impact, "", None, None, None, None)
            week.stressors = [line]
    summaries = [build_summary(w, WORKING, "", TODAY) for w in weeks]
    pack = build_pack(span_since(MONDAY, MONDAY + timedelta(weeks=2)), summaries, [], TODAY)
    [childcare] = pack.stressors
    assert childcare.impacts == [4, None, 2] and childcare.moved == (4, 2)


def test_goals_set_done_and_open_over_the_period() -> None:
    before = Goal("a", "Set before, still open", date(2026, 10, 1))
    set_done = Goal("b", "Set and done in it", date(2026, 11, 3), done=date(2026, 11, 10))
    set_open = Goal("c", "Set in it, open", date(2026, 11, 16))
    later_done = Goal("d", "Done after the period", date(2026, 10, 5), done=date(2026, 12, 1))
    weeks = _weeks(3)
    for week in weeks:
        week.goals = [before, set_done, set_open, later_done]
    summaries = [build_summary(w, WORKING, "", TODAY) for w in weeks]
    pack = build_pack(span_since(MONDAY, date(2026, 11, 16)), summaries, [], TODAY)
    assert [g.id for g in pack.goals_set] == ["b", "c"]
    assert [g.id for g in pack.goals_done] == ["b"]
    assert [g.id for g in pack.goals_open] == ["a", "c", "d"]
    assert all(g.done is None for g in pack.goals_open)  # open as the period ends


def test_supervisions_outside_the_period_are_left_out() -> None:
    summaries = [build_summary(w, WORKING, "", TODAY) for w in _weeks(2)]
    noted = [date(2026, 10, 28), date(2026, 11, 4), date(2026, 11, 20)]
    pack = build_pack(span_since(MONDAY, date(2026, 11, 9)), summaries, noted, TODAY)
    assert pack.supervisions == [date(2026, 11, 4)]
    assert [c.supervision for c in pack.columns] == [[date(2026, 11, 4)], []]
    assert pack.is_empty


@pytest.mark.parametrize(
    ("year", "month", "first", "last", "weeks"),
    [
        (2026, 11, date(2026, 11, 2), date(2026, 11, 29), 4),  # 1 November is a Sunday
        (2026, 12, date(2026, 11, 30), date(2027, 1, 3), 5),  # Thursday 3 December
        (2027, 1, date(2027, 1, 4), date(2027, 1, 31), 4),
    ],
)
def test_a_month_is_the_weeks_whose_thursday_falls_in_it(
    year: int, month: int, first: date, last: date, weeks: int
) -> None:
    span = span_month(year, month)
    assert (span.first, span.sunday, len(span.mondays)) == (first, last, weeks)


def test_this_month_ends_at_this_week() -> None:
    assert parse_month("2026-11", date(2026, 11, 12)).mondays[-1] == date(2026, 11, 9)


def test_weeks_and_since_end_with_this_week() -> None:
    assert span_weeks(4, TODAY).mondays == [MONDAY + timedelta(weeks=n) for n in range(4)]
    assert parse_weeks("1", TODAY).is_week
    since = parse_since("2026-11-11", TODAY)
    assert (since.first, since.last, since.since) == (
        date(2026, 11, 9),
        date(2026, 11, 23),
        date(2026, 11, 11),
    )


@pytest.mark.parametrize(
    ("parse", "text", "expected"),
    [
        (parse_month, "2026-1", "--month: '2026-1' is not a month"),
        (parse_month, "2026-00", "--month: '2026-00' is not a month"),
        (parse_weeks, "-3", "--weeks: '-3' is not a number of weeks"),
        (parse_weeks, "99999", "--weeks: '99999' is not a number of weeks"),
        (parse_since, "yesterday", "--since: 'yesterday' is not a date"),
        (parse_since, "2026-11-28", "--since: 2026-11-28 is still to come"),
    ],
)
def test_bad_periods_get_one_clear_line(parse: object, text: str, expected: str) -> None:
    with pytest.raises(WellcheckError) as caught:
        parse(text, TODAY)  # type: ignore[operator]
    assert str(caught.value).startswith(expected) and "\n" not in str(caught.value)

"""The history's rules: neutral marks, no weeks before the first check-in, counts as the
summary counts them, the stressors' trails and their six-month review, how long goals were open."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from wellcheck.core.answers import Answer, Record
from wellcheck.core.goals import Goal
from wellcheck.core.history import WeekRow, answered, checked_in_data, mark_of, mondays, week_row
from wellcheck.core.history_goals import goal_spans
from wellcheck.core.history_items import daily_trends, spark, weekly_trends
from wellcheck.core.history_stressors import stressor_trails
from wellcheck.core.stressors_answers import Reflection, StressorAnswer

MONDAY = date(2026, 11, 16)
WORKING = frozenset(range(5))


def test_today_not_yet_checked_in_and_the_days_to_come_are_not_absences() -> None:
    today = date(2026, 11, 18)
    row = week_row(MONDAY, WORKING, {MONDAY}, {}, set(), today)
    assert [c.mark for c in row.cells] == ["checked in", "nothing", "to come", "to come", "to come"]
    assert row.worked == [MONDAY, MONDAY + timedelta(days=1)]


def test_the_days_before_the_first_check_in_ever_are_not_days_worked() -> None:
    """The first check-in on a Wednesday: Monday and Tuesday were before wellcheck was in use,
    neither an absence nor a day of "yes on N of M worked days" (as the summary has it)."""
    wednesday = MONDAY + timedelta(days=2)
    row = week_row(MONDAY, WORKING, {wednesday}, {}, set(), date(2026, 11, 21), wednesday)
    marks = [c.mark for c in row.cells]
    assert marks == ["before start", "before start", "checked in", "nothing", "nothing"]
    assert row.worked == [wednesday, wednesday + timedelta(days=1), wednesday + timedelta(days=2)]


def test_a_day_off_is_told_apart_by_kind_and_never_worked() -> None:
    off = {
        MONDAY: "leave",
        MONDAY + timedelta(days=1): "sick",
        MONDAY + timedelta(days=2): "not-working",
    }
    row = week_row(MONDAY, WORKING, {MONDAY}, off, set(), date(2026, 11, 30))  # type: ignore[arg-type]
    assert [c.mark for c in row.cells][:3] == ["leave", "sick", "not-working"]
    assert row.worked == [MONDAY + timedelta(days=3), MONDAY + timedelta(days=4)]


def test_an_unreadable_day_says_so_and_a_weekend_check_in_is_kept_apart() -> None:
    saturday = MONDAY + timedelta(days=5)
    row = week_row(MONDAY, WORKING, {saturday}, {}, {MONDAY}, date(2026, 11, 30))
    assert row.cells[0].mark == "unreadable"
    assert len(row.cells) == 5 and row.other_days == (saturday,)
    assert saturday in row.worked


def test_no_week_before_the_first_check_in_and_none_at_all_without_one() -> None:
    assert mondays(None, MONDAY) == []
    weeks = mondays(date(2026, 11, 4), date(2026, 11, 18))
    assert weeks == [date(2026, 11, 16), date(2026, 11, 9), date(2026, 11, 2)]
    assert mark_of(date(2026, 11, 20), False, None, False, date(2026, 11, 18)) == "to come"


def _day(value: str) -> Record:
    return Record("daily", "", {"lunch": Answer("Lunch?", value)})


def test_daily_counts_leave_out_days_off_and_days_it_did_not_apply() -> None:
    today = date(2026, 11, 30)
    days = [MONDAY + timedelta(days=n) for n in range(5)]
    off = {days[4]: "leave"}
    row = week_row(MONDAY, WORKING, set(days[:4]), off, set(), today)  # type: ignore[arg-type]
    daily = {days[0]: _day("yes"), days[1]: _day("no"), days[2]: _day("na"), days[3]: _day("yes")}
    (trend,) = daily_trends([row], daily)
    assert (trend.weeks[0].yes, trend.weeks[0].of) == (2, 3)
    assert (trend.yes, trend.of, trend.prompt) == (2, 3, "Lunch?")


def test_a_scale_or_a_text_item_has_no_yes_count() -> None:
    daily = {
        MONDAY: Record(
            "daily", "", {"mood": Answer("Mood", 3), "t": Answer("T", fields={"a": "x"})}
        )
    }
    row = week_row(MONDAY, WORKING, {MONDAY}, {}, set(), date(2026, 11, 30))
    assert daily_trends([row], daily) == []


def test_a_weekly_item_is_one_answer_a_week() -> None:
    weeks = [MONDAY - timedelta(weeks=1), MONDAY]
    (trend,) = weekly_trends(weeks, {MONDAY: Record("weekly", "", {"e": Answer("Eaten?", "yes")})})
    assert [(w.yes, w.of, w.value) for w in trend.weeks] == [(0, 0, None), (1, 1, "yes")]
    assert trend.line == " █"


def test_the_trend_line_runs_from_none_to_every_day_and_leaves_a_gap_for_nothing() -> None:
    assert spark([0.0, 0.5, 1.0, None]) == "▁▅█ "


def _reflection(day: date, **rows: StressorAnswer) -> Reflection:
    return Reflection(day, dict(rows))


def _row(
    impact: int | None, ticked: bool = True, note: str = "", on: date = MONDAY
) -> StressorAnswer:
    changed = datetime(on.year, on.month, on.day, 18, tzinfo=UTC)
    return StressorAnswer("family", "Family", "Childcare", ticked=ticked, impact=impact,
                          note=note, changed_at=changed)  # fmt: skip


def test_a_stressor_trail_keeps_each_change_of_impact_and_each_note_once() -> None:
    march, may, sept = date(2026, 3, 2), date(2026, 5, 4), date(2026, 9, 14)
    reflections = [
        _reflection(march, care=_row(2, note="Nursery hours", on=march)),
        _reflection(may, care=_row(2, note="Nursery hours", on=march)),  # a copy, unchanged
        _reflection(sept, care=_row(4, note="New job", on=sept)),
    ]
    (trail,) = stressor_trails(reflections, date(2026, 11, 23))
    assert trail.impacts == ((march, 2), (sept, 4))
    assert trail.notes == ((march, "Nursery hours"), (sept, "New job"))
    assert (trail.first_ticked, trail.last_changed, trail.for_review) == (march, sept, False)


def test_a_row_never_ticked_is_no_trail_and_a_cleared_one_says_when() -> None:
    march, nov = date(2026, 3, 2), date(2026, 11, 2)
    reflections = [
        _reflection(march, care=_row(3, on=march), other=_row(None, ticked=False)),
        _reflection(nov, care=_row(None, ticked=False, on=nov)),
    ]
    (trail,) = stressor_trails(reflections, date(2026, 11, 23))
    assert (trail.entry_id, trail.ticked_now, trail.cleared_on) == ("care", False, nov)
    assert not trail.for_review


def test_a_row_not_looked_at_for_six_months_is_offered_for_review() -> None:
    march = date(2026, 3, 2)
    (trail,) = stressor_trails([_reflection(march, care=_row(3, on=march))], date(2026, 9, 3))
    assert trail.for_review
    (recent,) = stressor_trails([_reflection(march, care=_row(3, on=march))], date(2026, 9, 1))
    assert not recent.for_review


def test_goals_say_how_long_they_were_open_the_latest_first() -> None:
    done = Goal("a", "Lunch", date(2026, 9, 1), done=date(2026, 9, 21))
    still = Goal("b", "Recording", date(2026, 11, 10))
    spans = goal_spans([done, still], date(2026, 11, 23))
    assert [(s.goal.id, s.days_open, s.done) for s in spans] == [("b", 13, False), ("a", 20, True)]


def test_a_week_row_names_its_iso_week() -> None:
    assert WeekRow(date(2026, 12, 28), ()).week == "2026-W53"


def test_seen_from_an_earlier_day_a_goal_done_later_is_still_open_and_a_later_one_absent() -> None:
    done = Goal("a", "Lunch", date(2026, 9, 1), done=date(2026, 9, 21))
    later = Goal("b", "Recording", date(2026, 11, 10))
    (span,) = goal_spans([done, later], date(2026, 9, 10))
    assert (span.goal.id, span.done, span.days_open) == ("a", False, 9)


_TEXT = st.text(alphabet=st.sampled_from([" ", "\t", "\n", "\x0b", "\x1b", "a", "é"]), max_size=3)
_ANSWER = st.fixed_dictionaries(
    {"prompt": st.just("Lunch?")},
    optional={
        "value": st.one_of(st.none(), st.sampled_from(["yes", "no", "na"]), st.integers(0, 5)),
        "fields": st.dictionaries(st.sampled_from(["a", "b"]), _TEXT, max_size=2),
        "entries": st.lists(_TEXT, max_size=3),
    },
)


@given(st.dictionaries(st.sampled_from(["x", "y", "_resolved"]), _ANSWER, max_size=3))
def test_a_day_file_read_for_its_check_in_says_what_its_record_says(answers: dict) -> None:  # type: ignore[type-arg]
    raw = {"schema_version": 1, "instrument": "daily", "period": "2026-11-23", "answers": answers}
    for leave_out in ("", "_resolved"):
        assert checked_in_data(raw, leave_out) == answered(Record.from_dict(raw), leave_out)

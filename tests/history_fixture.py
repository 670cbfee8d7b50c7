"""Thirteen weeks of a social worker's check-ins, for the history's tests, goldens and
snapshots: Monday 31 August to Friday 20 November 2026, seen on Monday 23 November (today, not
checked in yet). Written through the store's own API with fixed times.

Days off of every kind (leave 12–14 October, sick 4 November, not working 25 September), a few
working days with nothing written, a Saturday check-in (3 October), a stand-up without a
checklist (19 November), a "not applicable" now and then; the weekly checklist most weeks;
four reflections on the grid since March (a row whose impact moved, one cleared, one not
looked at since March, so offered for review); a goal done and one open.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.goals import Goal, Goals
from wellcheck.core.layout import goals as goals_place
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import StressorAnswer
from wellcheck.core.stressors_store import save_row

TODAY = date(2026, 11, 23)
FIRST = date(2026, 8, 31)
LAST = date(2026, 11, 20)
OFF = {
    date(2026, 9, 25): "not-working",
    date(2026, 10, 12): "leave",
    date(2026, 10, 13): "leave",
    date(2026, 10, 14): "leave",
    date(2026, 11, 4): "sick",
}
NOTHING = {date(2026, 9, 9), date(2026, 10, 21), date(2026, 11, 11), date(2026, 11, 19)}
SATURDAY = date(2026, 10, 3)
STANDUP_ONLY = date(2026, 11, 19)
LUNCH = "Have you taken a lunch break?"
HANDED = "At the end of the day, have you handed over any outstanding tasks?"
TEAM = "Have you checked in with your team or colleagues?"
EATING = "Have you eaten healthily throughout this week?"


def at(day: date, hour: int = 17) -> datetime:
    return datetime.combine(day, time(hour, 30), UTC)


def write_history(root: Path) -> JsonStore:
    store = JsonStore(root)
    day = FIRST
    while day <= LAST:
        if day in OFF:
            store.set_day_off(day, OFF[day])  # type: ignore[arg-type]
        elif day.weekday() < 5 and day not in NOTHING or day == SATURDAY:
            _daily(store, day)
        if day.weekday() == 4 and day.isocalendar()[1] % 4 != 1:
            value = "yes" if day.isocalendar()[1] % 3 else "no"
            answer = Answer(EATING, value, changed_at=at(day))
            week = f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"
            store.save_answer("weekly", "weekly", week, "healthy_eating", answer)
        day += timedelta(days=1)
    said = Answer("T: This is what I will do today.", entries=["Core group"], changed_at=at(LAST))
    standup.save_answer(store, STANDUP_ONLY, standup.TODAY, said)
    _stressors(store)
    _goals(store)
    return store


def _daily(store: JsonStore, day: date) -> None:
    n = (day - FIRST).days
    answers = {
        "lunch_break": Answer(LUNCH, "no" if n % 3 == 0 else "yes"),
        "handed_over": Answer(HANDED, "na" if n % 5 == 0 else "yes"),
        "checked_in": Answer(TEAM, "yes" if n % 4 else "no", note="Team out on visits"),
    }
    for item, answer in answers.items():
        stamped = Answer(answer.prompt, answer.value, answer.note if answer.value == "no" else "")
        stamped = Answer(stamped.prompt, stamped.value, stamped.note, changed_at=at(day))
        store.save_answer("daily", "daily", day.isoformat(), item, stamped)


def _row(category: str, label: str, changed: date, **given: object) -> StressorAnswer:
    heading = {
        "family": "Family & relationships",
        "personal_social": "Other personal and social stressors",
    }
    return StressorAnswer(
        category,
        heading[category],
        label,
        ticked=True,
        changed_at=at(changed, 18),
        **given,  # type: ignore[arg-type]
    )


def _stressors(store: JsonStore) -> None:
    march, sept, nov = date(2026, 3, 2), date(2026, 9, 14), date(2026, 11, 2)
    moving = "Moving house"
    save_row(store, march, "moving_house", _row("personal_social", moving, march, impact=3,
             note="Boxes everywhere; tired at visits"))  # fmt: skip
    save_row(store, march, "marriage", _row("family", "Marriage", march, impact=2))
    save_row(store, march, "childcare", _row("family", "Childcare", march, impact=2))
    save_row(store, sept, "moving_house", _row("personal_social", moving, sept, impact=4,
             note="The sale fell through", flagged=True))  # fmt: skip
    cleared = StressorAnswer("family", "Family & relationships", "Marriage", changed_at=at(nov, 18))
    save_row(store, nov, "marriage", cleared)
    save_row(store, nov, "caring", _row("family", "Substantial caring e.g. older or disabled "
             "or unwell relatives", nov, impact=5, note="Dad's hospital appointments"))  # fmt: skip


def _goals(store: JsonStore) -> None:
    goals = [
        Goal(
            "20260901-aaaaaa",
            "Take a proper lunch break three days a week",
            date(2026, 9, 1),
            date(2026, 9, 18),
            date(2026, 9, 21),
            "daily/2026-09-01",
        ),  # fmt: skip
        Goal(
            "20261110-bbbbbb",
            "Block an hour every Friday for recording",
            date(2026, 11, 10),
            None,
            None,
            "daily/2026-11-10",
        ),  # fmt: skip
    ]
    store.write(goals_place(store.root), Goals(goals))

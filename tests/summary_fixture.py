"""A week of answers for the summary tests, written through the store's own API.

Week 47 of 2026 (Monday 16 to Sunday 22 November): checked in Monday, Tuesday and Thursday,
on leave Wednesday, no check-in Friday. Help asked for in two stand-ups (one resolved), one from
the week before; two stressors flagged for supervision and one not.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import StressorAnswer
from wellcheck.core.stressors_store import save_row
from wellcheck.core.summary import WeeklySummary
from wellcheck.core.summary_build import build_summary
from wellcheck.session.summary import gather_week

MONDAY = date(2026, 11, 16)
MADE_ON = date(2026, 11, 23)
WORKING = frozenset(range(5))
AT = datetime(2026, 11, 16, 17, 30)
SECRET = "UNFLAGGED-do-not-share"

LUNCH = "Have you taken a lunch break?"
HANDED = "At the end of the day, have you handed over any outstanding tasks?"
TEAM = "Have you checked in with your team or colleagues?"
DIFFICULT = "Reflect upon one thing that was difficult today. What did you learn?"
WENT_WELL = "However small, identify and reflect on three things that went well."
LABELS = {"difficult": "What was difficult", "learned": "What I learned"}


def check(store: JsonStore, day: str, item: str, prompt: str, value: str, note: str = "") -> None:
    answer = Answer(prompt=prompt, value=value, note=note, changed_at=AT)
    store.save_answer("daily", "daily", day, item, answer)


def reflect(store: JsonStore, day: str, difficult: str, learned: str) -> None:
    fields = {"difficult": difficult, "learned": learned}
    answer = Answer(prompt=DIFFICULT, fields=fields, labels=LABELS, changed_at=AT)
    store.save_answer("daily", "daily", day, "difficult", answer)


def went_well(store: JsonStore, day: str, *entries: str) -> None:
    answer = Answer(prompt=WENT_WELL, entries=list(entries), changed_at=AT)
    store.save_answer("daily", "daily", day, "went_well", answer)


def write_week(root: Path) -> JsonStore:
    store = JsonStore(root)
    check(store, "2026-11-16", "lunch_break", LUNCH, "yes")
    check(store, "2026-11-16", "handed_over", HANDED, "yes")
    reflect(store, "2026-11-16", "A home visit that ran | over *time*", "Ask for a co-worker")
    went_well(store, "2026-11-16", "Team lunch", "- a good call with a parent", "")
    check(store, "2026-11-16", "checked_in", TEAM, "yes")
    check(store, "2026-11-17", "lunch_break", LUNCH, "no", note="Back-to-back visits")
    check(store, "2026-11-17", "handed_over", HANDED, "na")
    check(store, "2026-11-17", "checked_in", TEAM, "yes")
    went_well(store, "2026-11-17", "Finished the [bold]court report[/]")
    check(store, "2026-11-19", "lunch_break", LUNCH, "yes")
    check(store, "2026-11-19", "checked_in", TEAM, "no")
    reflect(store, "2026-11-19", "A tense <strategy> meeting", "")
    store.set_day_off(date(2026, 11, 18), "leave")
    store.save_answer(
        "weekly",
        "weekly",
        "2026-W47",
        "healthy_eating",
        Answer(prompt="Have you eaten healthily throughout this week?", value="yes", changed_at=AT),
    )
    store.save_answer(
        "monthly",
        "monthly",
        "2026-11",
        "line_manager",
        Answer(
            prompt="Have you met with your line manager and had a constructive discussion?",
            value="no",
            note="Cancelled twice",
            changed_at=AT,
        ),
    )
    store.add_goal(
        "Take a proper lunch break on Wednesdays", date(2026, 11, 10), date(2026, 11, 30)
    )
    done = store.add_goal("Book a day of leave", date(2026, 11, 2))
    store.set_goal_done(done.id, date(2026, 11, 20))
    old = store.add_goal("Walk at lunchtime", date(2026, 10, 1))
    store.set_goal_done(old.id, date(2026, 10, 9))
    write_help(store)
    write_stressors(store)
    return store


def ask_help(store: JsonStore, day: date, *requests: str) -> None:
    answer = Answer(prompt="Where do I need help?", entries=list(requests), changed_at=AT)
    standup.save_answer(store, day, standup.HELP, answer)


def write_help(store: JsonStore) -> None:
    ask_help(store, date(2026, 11, 9), "From the week before: not shown")
    ask_help(store, date(2026, 11, 17), "Advice on a tricky section 47 case")
    ask_help(store, date(2026, 11, 19), "Cover for Friday's visit")
    standup.set_resolved(
        store, date(2026, 11, 17), "Advice on a tricky section 47 case", date(2026, 11, 19)
    )


def write_stressors(store: JsonStore) -> None:
    rows = {
        "childcare": StressorAnswer(
            "family",
            "Family & relationships",
            "Childcare",
            ticked=True,
            impact=4,
            note="Nursery closures mean early finishes",
            affecting_work=True,
            help="need",
            help_from="work",
            flagged=True,
            changed_at=AT,
        ),
        "fitness": StressorAnswer(
            "health",
            "Personal health",
            "Lack of exercise/poor fitness",
            ticked=True,
            impact=2,
            flagged=True,
            changed_at=AT,
        ),
        "traffic": StressorAnswer(
            "daily_hassles",
            "Daily hassles/micro-aggressions",
            SECRET,
            ticked=True,
            impact=5,
            note=SECRET,
            changed_at=AT,
        ),
    }
    for entry_id, row in rows.items():
        save_row(store, date(2026, 11, 16), entry_id, row)


def fixture_summary(root: Path, owner: str = "Sam Taylor") -> WeeklySummary:
    """The fixture week as a summary, with help and stressors (one of them not flagged)."""
    store = write_week(root)
    week = gather_week(store, MONDAY, problems := [])
    assert problems == []
    return build_summary(week, WORKING, owner, MADE_ON)

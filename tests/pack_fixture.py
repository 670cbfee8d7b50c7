"""Four realistic weeks for the supervision pack and the printed page, written through the
store's own API with the built-in content's own words (read from content/*.toml).

Weeks 45 to 48 of 2026 (Monday 2 to Sunday 29 November), supervision on Monday 2 November,
made on Friday 27 November. Every section of every week is filled: each working day checked
in (but for a day of leave in week 46 and a stand-up only day in week 47), with long
reflections and notes; stand-ups asking for help, some of it resolved; both weekly items and
the monthly checklist answered with notes; goals set, done and still open; two stressors
flagged for supervision whose impact moves over the weeks, and one not flagged.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.periods import span_since, week_key
from wellcheck.core.settings import Settings
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import StressorAnswer
from wellcheck.core.stressors_store import save_row

CONTENT = Path(__file__).resolve().parents[1] / "content"
FIRST = date(2026, 11, 2)
SUPERVISION = date(2026, 11, 2)
MADE_ON = date(2026, 11, 27)
FULL_WEEK = date(2026, 11, 23)
"""The last week: every section filled, every working day checked in."""
SECRET = "NOT-FLAGGED-stays-private"

DIFFICULT = [
    (
        "A home visit where the parent would not let me in and shouted from the window; I "
        "had to decide on the doorstep whether the children were safe enough to leave, and "
        "drove back replaying every word of it.",
        "To ring the duty manager from the car before driving off, and not carry the whole "
        "decision home on my own; writing it up straight away helped me stop replaying it.",
    ),
    (
        "Three hours of case recording after a court hearing that overran, with the report "
        "for Thursday still half written and an inbox of forty unread messages.",
        "I blocked out Thursday morning for the report and told the team I would answer "
        "messages after lunch; nothing bad happened because of the wait.",
    ),
    (
        "A strategy meeting where my view of the risk was talked over twice and the plan "
        "that came out of it is not the one I would have chosen for this family.",
        "To write down my view and my reasons in the record before the end of the day, and "
        "to raise it calmly with my supervisor rather than letting it sit with me.",
    ),
    (
        "Covering two duty calls for a colleague who is off sick while my own visits ran "
        "late; I skipped lunch again and felt short with a young person I care about.",
        "That I need to say no earlier in the day, and that an apology to the young person "
        "the next morning was received far better than I feared.",
    ),
    (
        "A child protection conference that went on for three hours; the family were angry "
        "with me afterwards in the car park and I walked back to the office shaking.",
        "To ask a colleague to walk out with me after a conference like that, and to take "
        "ten minutes outside before the next thing rather than going straight on.",
    ),
]
WENT_WELL = [
    "A teenager I work with texted to say her exam went well and thanked me for the lift",
    "Lunch outside with two colleagues, away from screens, for a whole half hour",
    "My manager noticed the extra duty cover and thanked me for it in the team meeting",
    "Finished the court report a day early and it read clearly on the first pass",
    "A grandparent agreed to the family plan after weeks of careful conversations",
    "Walked home the long way through the park and left work at work for the evening",
    "The new student shadowed a visit and asked thoughtful questions all the way back",
]
NOTES = {
    "lunch_break": "Ate at my desk between calls, but I did stop for ten minutes",
    "checked_in": "Only by message: everyone was out on visits all afternoon",
    "talked_before_leaving": "Talked through the doorstep visit with the duty manager",
    "rest_recharge": "Phone off from seven; a film with my partner",
}
HELP = [
    ("Advice on threshold for a section 47 enquiry", True),
    ("Someone to co-work the joint visit on Thursday", True),
    ("Cover for my duty slot while I am in court", False),
]


def _content(name: str) -> dict[str, Any]:
    """An instrument's items by id, as the built-in content words them."""
    data = tomllib.loads((CONTENT / f"{name}.toml").read_text(encoding="utf-8"))
    return {item["id"]: item for item in data["items"]}


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 17, 20)


def write_day(store: JsonStore, day: date, n: int, full: bool = True) -> None:
    """One working day's daily checklist: every item answered, a note on some."""
    items = _content("daily")
    iso = day.isoformat()
    for item_id, item in items.items():
        prompt = item["prompt"]
        if item["kind"] == "check":
            value = "no" if (n + len(item_id)) % 4 == 0 else "yes"
            if item_id == "handed_over" and n % 5 == 2:
                value = "na"
            note = NOTES.get(item_id, "") if full and (n + len(item_id)) % 3 == 0 else ""
            answer = Answer(prompt=prompt, value=value, note=note, changed_at=_at(day))
        elif item["kind"] == "text":
            difficult, learned = DIFFICULT[n % len(DIFFICULT)]
            labels = {f["id"]: f["label"] for f in item["fields"]}
            fields = {"difficult": difficult, "learned": learned}
            answer = Answer(prompt=prompt, fields=fields, labels=labels, changed_at=_at(day))
        else:
            entries = [WENT_WELL[(n + k) % len(WENT_WELL)] for k in range(item["count"])]
            answer = Answer(prompt=prompt, entries=entries, changed_at=_at(day))
        store.save_answer("daily", "daily", iso, item_id, answer)


def write_standup(store: JsonStore, day: date, n: int) -> None:
    items = _content("standup")
    yesterday = ["Two home visits and the case notes for both", "Strategy meeting"]
    today = ["Court report for the Thursday hearing", "Duty calls in the afternoon"]
    for item_id, entries in (("yesterday", yesterday), ("today", today)):
        answer = Answer(prompt=items[item_id]["prompt"], entries=entries, changed_at=_at(day))
        standup.save_answer(store, day, item_id, answer)
    if n % 3 == 1:
        text, resolved = HELP[(n // 3) % len(HELP)]
        asked = Answer(prompt=items["help"]["prompt"], entries=[text], changed_at=_at(day))
        standup.save_answer(store, day, "help", asked)
        if resolved:
            standup.set_resolved(store, day, text, min(day + timedelta(days=1), MADE_ON))


def write_period_checklists(store: JsonStore, monday: date, n: int) -> None:
    weekly = _content("weekly")
    notes = ["Batch-cooked on Sunday", "Takeaways three nights running", "", "Packed lunches"]
    for item_id, item in weekly.items():
        value = "yes" if (n + len(item_id)) % 3 else "no"
        note = notes[n % len(notes)] if item_id == "healthy_eating" else "Swimming twice"
        answer = Answer(prompt=item["prompt"], value=value, note=note, changed_at=_at(monday))
        store.save_answer("weekly", "weekly", week_key(monday), item_id, answer)


def write_month(store: JsonStore) -> None:
    notes = {
        "line_manager": ("yes", "Agreed to protect Thursday mornings for recording"),
        "peer_support": ("yes", "Asked the team for cover when I was in court"),
        "reflective_supervision": ("yes", "On the 2nd; we talked about the doorstep visit"),
    }
    for item_id, item in _content("monthly").items():
        value, note = notes[item_id]
        answer = Answer(prompt=item["prompt"], value=value, note=note, changed_at=_at(FIRST))
        store.save_answer("monthly", "monthly", "2026-11", item_id, answer)


def write_goals(store: JsonStore) -> None:
    store.add_goal(
        "Take a proper lunch break away from my desk three days a week", date(2026, 10, 20)
    )
    done = store.add_goal("Ask my manager for a protected morning for recording", FIRST)
    store.set_goal_done(done.id, date(2026, 11, 12))
    store.add_goal("Leave by six on Tuesdays and Thursdays", date(2026, 11, 16), date(2026, 12, 4))
    later = store.add_goal("Book the two days of leave left before the end of the year", FULL_WEEK)
    store.set_goal_done(later.id, date(2026, 11, 26))


def write_stressors(store: JsonStore) -> None:
    """Childcare's impact goes 4, 4, 3, 2 over the weeks; fitness stays at 3."""
    fitness = StressorAnswer(
        "health",
        "Personal health",
        "Lack of exercise/poor fitness",
        ticked=True,
        impact=3,
        note="No time for the gym since the duty rota changed",
        flagged=True,
        changed_at=_at(FIRST),
    )
    save_row(store, FIRST, "fitness", fitness)
    private = StressorAnswer(
        "other", "Other", SECRET, ticked=True, impact=5, note=SECRET, changed_at=_at(FIRST)
    )
    save_row(store, FIRST, "finances", private)
    for n, impact in enumerate((4, 4, 3, 2)):
        day = FIRST + timedelta(weeks=n)
        childcare = StressorAnswer(
            "family",
            "Family & relationships",
            "Childcare",
            ticked=True,
            impact=impact,
            note="Nursery closures mean early finishes on two days; my partner's shifts changed",
            affecting_work=True,
            help="need",
            help_from="work",
            flagged=True,
            changed_at=_at(day),
        )
        save_row(store, day, "childcare", childcare)


def write_month_of_weeks(root: Path) -> JsonStore:
    store = JsonStore(root)
    for week in range(4):
        monday = FIRST + timedelta(weeks=week)
        for d in range(5):
            day = monday + timedelta(days=d)
            n = week * 5 + d
            if day == date(2026, 11, 11):
                store.set_day_off(day, "leave")
                continue
            write_standup(store, day, n)
            if day != date(2026, 11, 18):  # a stand-up only: no checklist that day
                write_day(store, day, n)
        write_period_checklists(store, monday, week)
    write_month(store)
    write_goals(store)
    write_stressors(store)
    store.mark_supervision(SUPERVISION)
    return store


SETTINGS = Settings(name="Sam Taylor")


def pack_span() -> Any:
    return span_since(SUPERVISION, MADE_ON, "supervision")

"""Write a realistic wellcheck store for the benchmarks: N years of answers ending on one day.

    python benchmarks/make_store.py --years 10 --out /tmp/store-10y [--end 2026-11-23]

Every working day gets its daily checklist and its stand-up (Y, T and now and then H, most help
requests marked resolved a few days later), every ISO week its weekly checklist, every month its
monthly one, with answers of typical length (a sentence or two per text field, three short "went
well" entries, the odd note). Every few weeks a stressors reflection answers or revisits a few rows
of the grid. Some days are off: leave blocks, the odd sick day, a not-working day. Goals are set
now and then, most of them later marked done. The same arguments always give the
same store (seeded random; answer times are derived from the day, not the clock).

Everything is written through the store's own API: `JsonStore.write` with one complete
`Record` per file (a durable write per file; saving item by item through `save_answer` would give
the same files, only slower), `set_day_off` for days off, and `write` of the goals file
(`add_goal` draws random ids, which would make the store differ from run to run). Stand-ups and
stressors go through their own modules' saving functions (see make_hooks.py).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from make_hooks import write_standups, write_stressors_reflections

from wellcheck import paths
from wellcheck.core import layout
from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import CheckItem, Instrument, Item, ListItem, ScaleItem, TextItem
from wellcheck.core.content_loader import load_dirs
from wellcheck.core.days_off import DayOffKind
from wellcheck.core.goals import Goal, Goals
from wellcheck.core.periods import monday_of, period_key
from wellcheck.core.settings import Settings
from wellcheck.core.store import JsonStore

SEED = 20261123
CHECKLIST_CADENCES = ("daily", "weekly", "monthly")
HOOKED = frozenset({"standup", "stressors"})
"""Instruments written through their own APIs (make_hooks.py), skipped by the generic writer."""
YEAR_OF_WORK = 260
OFF_PER_YEAR: tuple[tuple[DayOffKind, int], ...] = (
    *(("leave", n) for n in (10, 5, 3, 3)),
    *(("sick", 1) for _ in range(3)),
    ("not-working", 1),
)

DIFFICULT = [
    "A home visit ran much longer than planned and I had to rush the rest of the day.",
    "A parent was angry with me on the phone and I found it hard to stay calm.",
    "Court paperwork took the whole afternoon and I could not see the family I had planned to.",
    "I had to tell a young person that their placement is ending. They took it badly.",
    "Too many emails and no time to think; I felt behind all day.",
    "A strategy meeting went badly and I left it unsure what had been decided.",
    "I worked alone from home all day and felt cut off from the team.",
    "A referral came in late and I stayed on to make sure the child was safe tonight.",
    "The IT system was down for two hours and my recording is now behind.",
    "A difficult conversation with a colleague about a shared case.",
]
LEARNED = [
    "It helps to say early when a visit will run over, so the rest of the day can move.",
    "Taking a few minutes before calling back made the conversation go better.",
    "I can ask my manager to help prioritise instead of trying to do it all.",
    "Writing the key decisions down at the end of a meeting saves confusion later.",
    "I need to block time in the diary for recording, the same as for visits.",
    "A short call with a colleague is worth it when I have been on my own all day.",
    "I did what I could; the rest can wait until tomorrow.",
    "Being honest with the young person was hard, but it was right.",
]
WENT_WELL = [
    "A good supervision session",
    "Lunch outside in the sun",
    "A family thanked me for listening",
    "Finished my recording on time",
    "A helpful chat with a colleague",
    "The review meeting went smoothly",
    "A walk at lunchtime",
    "A child laughed during the visit",
    "Cleared my inbox",
    "Team catch-up was supportive",
    "Got home on time",
    "Made progress on a difficult case",
]
NOTES = [
    "No time today; back-to-back visits.",
    "Ate at my desk again.",
    "Will do this first thing tomorrow.",
    "Team were all out on visits.",
    "Still thinking about this afternoon.",
]
GOALS = [
    "Take a proper lunch break away from the screen at least three days a week",
    "Block an hour every Friday for recording",
    "Go for a walk at lunchtime twice this week",
    "Ask my manager for a regular supervision slot",
    "Call a colleague at least once on home-working days",
    "Stop checking emails after 6 pm",
]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    end = date.fromisoformat(args.end) if args.end else date.today()
    start = end - timedelta(days=7 * args.weeks - 1) if args.weeks else years_back(end, args.years)
    counts = make_store(JsonStore(args.out), start, end)
    print(f"{args.out}: {start} to {end}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    span = parser.add_mutually_exclusive_group(required=True)
    span.add_argument("--years", type=int, help="years of history to write")
    span.add_argument("--weeks", type=int, help="weeks of history to write (for tests)")
    parser.add_argument("--out", type=Path, required=True, help="the store's folder")
    parser.add_argument("--end", help="the last day, YYYY-MM-DD (default: today)")
    return parser


def make_store(store: JsonStore, start: date, end: date) -> dict[str, int]:
    """Write every period from `start` to `end`; return how many files of each kind."""
    rng = random.Random(SEED)
    content = load_dirs([paths.builtin_content_dir()])
    settings = Settings()
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    off = days_off(store, days, settings, rng)
    working = [d for d in days if settings.is_working_day(d.weekday()) and d not in off]
    counts = {"days off": len(off)}
    for instrument in content.instruments.values():
        if instrument.id in HOOKED or instrument.cadence not in CHECKLIST_CADENCES:
            continue
        periods = _periods(instrument.cadence, days, working)
        for key, day in periods.items():
            record = Record(instrument.id, key, answer_all(instrument, day, rng))
            store.write(
                layout.checklist(store.root, instrument.id, instrument.cadence, key), record
            )
        counts[instrument.id] = len(periods)
    counts["stand-ups"] = write_standups(store, working, end, rng)
    counts["stressors reflections"] = write_stressors_reflections(store, content, working, rng)
    counts["goals"] = write_goals(store, start, end, rng)
    counts["plan weeks"] = write_plan(store, content.get("plan"), days, rng)
    return counts


def days_off(
    store: JsonStore, days: list[date], settings: Settings, rng: random.Random
) -> dict[date, DayOffKind]:
    """Per 260 working days: leave blocks of 10, 5, 3 and 3 days, three sick days and one
    not-working day; a shorter stretch gets each of them with a chance in proportion."""
    working = [d for d in days if settings.is_working_day(d.weekday())]
    off: dict[date, DayOffKind] = {}
    for first in range(0, len(working), YEAR_OF_WORK):
        stretch = working[first : first + YEAR_OF_WORK]
        share = len(stretch) / YEAR_OF_WORK
        for kind, length in OFF_PER_YEAR:
            if length <= len(stretch) and rng.random() < share:
                start = rng.randrange(len(stretch) - length + 1)
                for day in stretch[start : start + length]:
                    off.setdefault(day, kind)
    for day, kind in sorted(off.items()):
        store.set_day_off(day, kind)
    return off


def _periods(cadence: str, days: list[date], working: list[date]) -> dict[str, date]:
    """Each period's key and the day it is answered on: its last working day, or its last day."""
    if cadence == "daily":
        return {period_key(cadence, d): d for d in working}
    found: dict[str, date] = {}
    for day in days:
        found[period_key(cadence, day)] = day
    return found


def answer_all(instrument: Instrument, day: date, rng: random.Random) -> dict[str, Answer]:
    """A complete set of answers, as a practitioner would give them at the end of `day`."""
    moment = datetime.combine(day, time(17, rng.randrange(60)), UTC)
    answers: dict[str, Answer] = {}
    for item in instrument.items:
        answer = _answer(item, rng)
        if answer is not None:
            answers[item.id] = replace(answer, changed_at=moment)
    return answers


def _answer(item: Item, rng: random.Random) -> Answer | None:
    if isinstance(item, CheckItem):
        values = ["yes"] * 6 + ["no"] * 2 + (["na"] if item.allow_na else [])
        value = rng.choice(values)
        note = rng.choice(NOTES) if value == "no" and rng.random() < 0.3 else ""
        return Answer(prompt=item.prompt, value=value, note=note)
    if isinstance(item, TextItem):
        pools = [DIFFICULT, LEARNED]
        fields = {f.id: rng.choice(pools[n % 2]) for n, f in enumerate(item.fields)}
        labels = {f.id: f.label for f in item.fields}
        return Answer(prompt=item.prompt, fields=fields, labels=labels)
    if isinstance(item, ListItem):
        return Answer(prompt=item.prompt, entries=rng.sample(WENT_WELL, item.count))
    if isinstance(item, ScaleItem):
        return Answer(prompt=item.prompt, value=rng.randint(item.min, item.max))
    return None


def write_plan(
    store: JsonStore, plan_instrument: Instrument, days: list[date], rng: random.Random
) -> int:
    """A Wellness Action Plan (every section written, three signs and one of the user's own,
    two sections shared), and each week a noticed file with a sign ticked now and then."""
    from wellcheck.core import plan

    answers = answer_all(plan_instrument, days[0], rng)
    item = plan.signs_item(plan_instrument)
    assert item is not None
    offered = [s for g in item.groups for s in g.signs]
    signs: Answer | None = None
    for sign in rng.sample(offered, 3):
        signs = plan.with_sign(item, signs, sign.id, True)
    signs = plan.with_own(item, signs, 0, "Skipping lunch to catch up on notes")
    answers[item.id] = signs
    record = Record(plan.PLAN_ID, "current", answers)
    for shared in ("helps", item.id):
        record.answers[plan.SHARED_KEY] = plan.with_shared(record, shared, shared, True)
    store.write(layout.plan(store.root), record)
    mine = plan.picked(signs)
    weeks = sorted({period_key("weekly", d) for d in days})
    for week in weeks:
        ticked = [s for s in mine if rng.random() < 0.15]
        noticed: Answer | None = None
        for sign in ticked:
            noticed = plan.with_noticed(noticed, item.noticed_prompt, sign, True)
        answer = noticed or Answer(item.noticed_prompt)
        week_record = Record(layout.NOTICED_ID, week, {plan.NOTICED_ITEM: answer})
        store.write(layout.noticed(store.root, week), week_record)
    return len(weeks)


def write_goals(store: JsonStore, start: date, end: date, rng: random.Random) -> int:
    """A goal every six weeks or so; all but the last two are done a few weeks later."""
    goals: list[Goal] = []
    day = start + timedelta(days=rng.randrange(7, 42))
    while day <= end:
        monday = monday_of(day)
        goal_id = f"{day:%Y%m%d}-{rng.getrandbits(24):06x}"
        target = monday + timedelta(days=rng.choice((4, 11, 25)))
        done = day + timedelta(days=rng.randrange(7, 35))
        goals.append(
            Goal(goal_id, rng.choice(GOALS), day, target, done, origin=f"daily/{day.isoformat()}")
        )
        day += timedelta(days=rng.randrange(28, 70))
    for n, goal in enumerate(goals):
        if n >= len(goals) - 2 or goal.done is None or goal.done > end:
            goals[n] = Goal(goal.id, goal.text, goal.created, goal.target, None, goal.origin)
    store.write(layout.goals(store.root), Goals(goals))
    return len(goals)


def years_back(end: date, years: int) -> date:
    """The first day of the `years` years that end on `end`."""
    try:
        return end.replace(year=end.year - years) + timedelta(days=1)
    except ValueError:  # 29 February
        return end.replace(year=end.year - years, day=28) + timedelta(days=1)


if __name__ == "__main__":
    sys.exit(main())

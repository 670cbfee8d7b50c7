"""The stand-ups and the stressors reflections of make_store.py, written through their own APIs.

Stand-ups go through `wellcheck.core.standup.save_answer` and `set_resolved` (so the index of
open help requests is kept as the app keeps it), stressors rows through
`wellcheck.core.stressors_store.save_row` (so each reflection starts as a copy of the one before).
Every answer carries an explicit `changed_at` derived from its day: the same seed, the same store.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.content_grid import GridItem
from wellcheck.core.content_loader import ContentSet
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import HELP_FROMS, HELP_STATUSES, StressorAnswer
from wellcheck.core.stressors_store import STRESSORS, save_row

HELP_SHARE = 0.2
"""The share of stand-ups that ask for help."""
RESOLVED_SHARE = 0.9
"""The share of help requests marked resolved, a few days later."""
REFLECTION_GAP_WEEKS = (3, 8)
"""A stressors reflection every 3 to 8 weeks."""

PLANS = [
    "Home visit to the family on Elm Road",
    "Write up the core group notes",
    "Supervision at 2 pm",
    "Court report due on Thursday",
    "Team meeting",
    "Catch up on case recording",
    "Review meeting at the school",
    "Return this morning's phone calls",
    "Strategy meeting about a new referral",
    "Child protection conference",
    "Duty cover in the afternoon",
    "Prepare for the looked-after child review",
]
HELP = [
    "Advice on a tricky section 47 case",
    "Cover for Friday's visit",
    "Someone to co-work a difficult visit",
    "Help prioritising my caseload",
    "A second opinion on a court report",
    "Time with my manager about a complaint",
    "Help with the new recording system",
]
STRESS_NOTES = [
    "Tired and finding it hard to concentrate in the afternoons.",
    "Leaving early some days; I have told my manager.",
    "On my mind during visits that touch on the same thing.",
    "Not much effect at work, but it is there in the evenings.",
    "Some late starts; getting better now.",
    "",
]


def write_standups(store: JsonStore, working: list[date], end: date, rng: random.Random) -> int:
    """A stand-up every working day: Y is the last stand-up's T (as the app offers it), two or
    three plans for T, and on about one day in five a request for help, most of them marked
    resolved a few days later."""
    planned: list[str] = rng.sample(PLANS, 2)
    resolving: list[tuple[date, date, str]] = []
    for day in working:
        resolving = _resolve_due(store, resolving, day)
        moment = datetime.combine(day, time(9, rng.randrange(30)), UTC)
        today = rng.sample(PLANS, rng.choice((2, 3)))
        _save(store, day, standup.YESTERDAY, planned, moment)
        _save(store, day, standup.TODAY, today, moment)
        planned = today
        if rng.random() < HELP_SHARE:
            asked = rng.sample(HELP, rng.choice((1, 1, 1, 2)))
            _save(store, day, standup.HELP, asked, moment)
            for text in asked:
                if rng.random() < RESOLVED_SHARE:
                    resolving.append((day + timedelta(days=rng.randrange(1, 11)), day, text))
    _resolve_due(store, resolving, end + timedelta(days=1))
    return len(working)


def _save(store: JsonStore, day: date, item_id: str, entries: list[str], moment: datetime) -> None:
    answer = Answer(prompt=_PROMPTS[item_id], entries=entries, changed_at=moment)
    standup.save_answer(store, day, item_id, answer)


_PROMPTS = {
    standup.YESTERDAY: "Y: This is what I did yesterday.",
    standup.TODAY: "T: This is what I will do today.",
    standup.HELP: "H: This is where I need help.",
}


def _resolve_due(
    store: JsonStore, resolving: list[tuple[date, date, str]], before: date
) -> list[tuple[date, date, str]]:
    """Mark resolved the requests due before `before`; return those still to come."""
    for when, day, text in sorted(r for r in resolving if r[0] < before):
        standup.set_resolved(store, day, text, when)
    return [r for r in resolving if r[0] >= before]


def write_stressors_reflections(
    store: JsonStore, content: ContentSet, working: list[date], rng: random.Random
) -> int:
    """Every few weeks, a few rows of the grid answered or revisited on a working day: ticked,
    with an impact, often a note, whether it affects work, help sought or needed, and now and
    then flagged for supervision. Returns the number of reflections (files) written."""
    grid = next(i for i in content.get(STRESSORS).items if isinstance(i, GridItem))
    rows = [(c, e) for c in grid.categories for e in c.entries]
    count, n = 0, rng.randrange(len(working) // 8 + 1)
    while n < len(working):
        day = working[n]
        moment = datetime.combine(day, time(17, 30 + rng.randrange(30)), UTC)
        for category, entry in rng.sample(rows, rng.randint(2, 5)):
            row = StressorAnswer(
                category.id,
                category.label,
                entry.label,
                ticked=True,
                impact=rng.randint(1, 5),
                note=rng.choice(STRESS_NOTES),
                affecting_work=rng.random() < 0.5,
                help=rng.choice(HELP_STATUSES),
                help_from=rng.choice(HELP_FROMS),
                flagged=rng.random() < 0.3,
                changed_at=moment,
            )
            save_row(store, day, entry.id, row)
        count += 1
        n += 5 * rng.randint(*REFLECTION_GAP_WEEKS)
    return count

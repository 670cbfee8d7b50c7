"""A store that looks lived in, for the snapshots at 80x24: a social worker's last week and
today, Monday 23 November 2026, written through the store's own API with fixed times.

Last week's stand-ups (help still open from Tuesday and Friday, Friday's plan carried into
today's Y), today's daily checklist half done with a "no" (so a next step is offered), the
month's checklist begun with a "no", two open goals, the stressors grid revisited on 2 November
and the support contacts filled in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Contact, StressorAnswer
from wellcheck.core.stressors_store import save_contact, save_row

TODAY = date(2026, 11, 23)
AT = datetime(2026, 11, 23, 17, 40, tzinfo=UTC)
REVISITED = datetime(2026, 11, 2, 18, 5, tzinfo=UTC)

CONTACTS = {
    "supervisor": Contact("Sam Okafor", "01632 960 123", "sam.okafor@example.org"),
    "occupational_health": Contact("Health Partners", "0161 496 0000", notes="Self-referral"),
    "eap": Contact("Care First", "0800 174 319", notes="24 hours, confidential"),
}


STANDUP_PROMPTS = {
    standup.TODAY: "T: This is what I will do today.",
    standup.HELP: "H: This is where I need help.",
}


def check(
    store: JsonStore,
    instrument: str,
    period: str,
    item: str,
    prompt: str,
    value: str,
    note: str = "",
) -> None:
    """A yes / no answer, saved in the checklist of that name (its cadence is its name)."""
    answer = Answer(prompt=prompt, value=value, note=note, changed_at=AT)
    store.save_answer(instrument, instrument, period, item, answer)


def write_lived_in(root: Path) -> JsonStore:
    store = JsonStore(root)
    _stand_ups(store)
    _checklists(store)
    store.add_goal(
        "Take a proper lunch break on Wednesdays", date(2026, 11, 10), date(2026, 11, 25)
    )
    store.add_goal("Ask Sam for a regular supervision slot", date(2026, 11, 12))
    _stressors(store)
    for role, contact in CONTACTS.items():
        save_contact(store, role, contact)  # type: ignore[arg-type]
    return store


def _say(store: JsonStore, day: date, item: str, *lines: str) -> None:
    said = Answer(prompt=STANDUP_PROMPTS[item], entries=list(lines), changed_at=AT)
    standup.save_answer(store, day, item, said)


def _stand_ups(store: JsonStore) -> None:
    _say(store, date(2026, 11, 17), standup.HELP, "A second opinion on a court report")
    _say(store, date(2026, 11, 19), standup.TODAY, "Core group for the Khan family")
    _say(store, date(2026, 11, 20), standup.TODAY, "Write up the Khan visit", "Team meeting at 10")
    _say(store, date(2026, 11, 20), standup.HELP, "Cover for Thursday's home visit")


def _checklists(store: JsonStore) -> None:
    day, month = TODAY.isoformat(), "2026-11"
    check(store, "daily", day, "lunch_break", "Have you taken a lunch break?", "yes")
    handed = "At the end of the day, have you handed over any outstanding tasks?"
    check(store, "daily", day, "handed_over", handed, "no", "Two referrals still to pass on")
    manager = "Have you met with your line manager and had a constructive discussion?"
    check(store, "monthly", month, "line_manager", manager, "no", "Cancelled twice")
    peers = "Have you asked your peers for support when you needed it?"
    check(store, "monthly", month, "peer_support", peers, "yes")


def _stressors(store: JsonStore) -> None:
    family = ("family", "Family & relationships")
    hassles = ("daily_hassles", "Daily hassles/micro-aggressions")
    rows = {
        "health_of_others": StressorAnswer(
            *family,
            "Change in health of relative or friend",
            ticked=True,
            impact=4,
            note="Mum's hospital appointments on Tuesdays",
            affecting_work=True,
            help="sought",
            help_from="work",
            flagged=True,
            changed_at=REVISITED,
        ),
        "childcare": StressorAnswer(
            *family, "Childcare", ticked=True, impact=2, changed_at=REVISITED
        ),
        "commute": StressorAnswer(
            *hassles, "Poor/long commute", ticked=True, impact=3, changed_at=REVISITED
        ),
    }
    for entry_id, row in rows.items():
        save_row(store, REVISITED.date(), entry_id, row)

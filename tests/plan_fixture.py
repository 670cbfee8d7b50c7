"""A Wellness Action Plan written through the store's own API with fixed times: some sections
shared, one kept private (it holds `PRIVATE`, which no export may ever show), signs picked
from both lists and one in the user's own words, a review date, and weeks of signs noticed."""

from __future__ import annotations

from datetime import UTC, datetime

from wellcheck.core import layout, plan
from wellcheck.core.answers import Answer, Record
from wellcheck.core.store import JsonStore

AT = datetime(2026, 11, 23, 17, 40, tzinfo=UTC)
PRIVATE = "My brother's court case in December"
"""Written in a section the user keeps private."""
OWN_SIGN = "Snapping at the kids at teatime"
SECTIONS = {
    "manager": ("What do I want my manager to know about my situation?", PRIVATE),
    "pressures": (
        "What pressures do I experience when working at home, and how do they affect my wellbeing?",
        "Back-to-back video calls with no break; I stop noticing I am hungry.",
    ),
    "helps": (
        "What helps me stay healthy and productive?",
        "A walk at lunch, and ten minutes between visits to write up.",
    ),
    "triggers": ("What are the triggers that can threaten my wellbeing?", "Late referrals."),
    "support": (
        "What support would I like from my manager and colleagues?",
        "A check-in call on Fridays.",
    ),
}
SHARED = ("pressures", "helps", "signs", "support", "review")
SIGNS_PROMPT = "What are my early warning signs of deteriorating wellbeing?"
SIGNS = {
    "late_emails": "Regularly sending emails out of 'usual' working hours",
    "sleep": "Difficulty getting to sleep (e.g. work always on your mind), staying asleep, fatigue",
}
NOTICED_PROMPT = "Did you notice any of your own early warning signs this week?"


def save(store: JsonStore, item_id: str, answer: Answer) -> None:
    store.save_answer(plan.PLAN_ID, "adhoc", "current", item_id, answer)


def write_plan(store: JsonStore, review: str = "2027-02-22", tell: str | None = None) -> None:
    for item_id, (prompt, text) in SECTIONS.items():
        fields, labels = {"text": text}, {"text": "Words"}
        save(store, item_id, Answer(prompt, fields=fields, labels=labels, changed_at=AT))
    signs = Answer(
        SIGNS_PROMPT,
        fields=dict.fromkeys(SIGNS, "yes"),
        labels=dict(SIGNS),
        entries=[OWN_SIGN, "", ""],
        changed_at=AT,
    )
    save(store, "signs", signs)
    save(store, "review", Answer("When will I review this plan?", review, changed_at=AT))
    if tell is not None:
        save(store, plan.TELL_ITEM, Answer("May home tell me?", tell, changed_at=AT))
    shared = Answer(
        "Sections marked to share",
        fields={k: "yes" if k in SHARED else "no" for k in (*SECTIONS, "signs", "review")},
        changed_at=AT,
    )
    save(store, plan.SHARED_KEY, shared)


def notice(store: JsonStore, week: str, *keys: str) -> None:
    """The signs ticked as noticed in that week (keys: a sign's id, or `own` for the user's)."""
    labels = {**SIGNS, plan.own_key(OWN_SIGN): OWN_SIGN}
    real = [plan.own_key(OWN_SIGN) if k == "own" else k for k in keys]
    answer = Answer(
        NOTICED_PROMPT,
        fields=dict.fromkeys(real, "yes"),
        labels={k: labels[k] for k in real},
        changed_at=AT,
    )
    store.save_answer(layout.NOTICED_ID, "weekly", week, plan.NOTICED_ITEM, answer)


def plan_record(store: JsonStore) -> Record:
    return store.read(layout.plan(store.root)) or Record(plan.PLAN_ID, "current")

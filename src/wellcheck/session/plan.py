"""The Wellness Action Plan opened for writing, the week's signs noticed, and what home says.

The plan is an `OpenChecklist` of the plan instrument (one file, `plan/current.json`, saved
answer by answer), which also marks a section to share or keeps it private. A weekly check-in
that asks about the plan's signs opens a `WeekSigns` beside its items. Home reads the plan and
the last few weeks' noticed files (`RECENT_WEEKS`, a handful of small files) to say, once, that
a sign came back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from wellcheck.core import layout, plan
from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import Advice, Instrument, Signpost
from wellcheck.core.errors import DataError
from wellcheck.core.periods import week_key
from wellcheck.core.plan import PlanSign, Recurrence, SharedSection
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors import ROLE_NAMES
from wellcheck.core.stressors_answers import CONTACT_ROLES, SupportContacts
from wellcheck.core.stressors_store import load_support
from wellcheck.core.value import Value
from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt

NO_CONTACTS = (
    "Your own support contacts (supervisor, occupational health, employee assistance "
    "programme) can be noted in the personal-stressors grid: p on home, then c."
)
NO_SIGNS = (
    "Your Wellness Action Plan has no early warning signs yet. When it has, they are asked "
    "about here each week (l on home opens the plan)."
)
TALK = "Talk to someone helpful."


@dataclass(eq=False)
class OpenPlan(OpenChecklist):
    """The plan, open for writing: answers as a checklist's, and each section shared or not."""

    def shared(self, item_id: str) -> bool:
        return plan.is_shared(self.record, item_id)

    def share(self, item_id: str, share: bool) -> Outcome[Answer]:
        """Mark a section to share (in the supervision summary and the printed plan) or keep
        it private: saved at once, as every answer is."""
        item = self.instrument.item(item_id)
        answer = plan.with_shared(self.record, item_id, item.prompt, share)
        return self.save(plan.SHARED_KEY, answer)


def open_plan(ctx: Context, instrument: Instrument) -> OpenPlan:
    """The plan as it is. Raises DataError, changing nothing, if its file cannot be read."""
    record = ctx.store.read(layout.plan(ctx.store.root)) or Record(plan.PLAN_ID, "current")
    return OpenPlan(ctx, instrument, "current", "", record)


@dataclass(eq=False, repr=False)
class WeekSigns(Value):
    """The week's question over the user's own signs, and what to offer when one is ticked."""

    ctx: Context
    week: str
    prompt: str
    signs: list[PlanSign]
    record: Record
    """The week's noticed signs as last read or saved."""
    helps: str = ""
    """What the plan says helps, in the user's words."""
    contacts: list[str] = field(default_factory=list)
    """The user's own support contacts, one a line (or how to note them)."""
    advice: list[Advice] = field(default_factory=list)
    signposts: dict[str, Signpost] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    """A line for each file read for convenience that could not be (the contacts)."""

    def ticked(self) -> set[str]:
        return plan.noticed_keys(self.record)

    def save(self, key: str, ticked: bool) -> Outcome[Answer]:
        """Tick a sign as noticed this week, or untick it: saved at once."""
        sign = next(s for s in self.signs if s.key == key)
        old = self.record.answers.get(plan.NOTICED_ITEM)
        answer = plan.with_noticed(old, self.prompt, sign, ticked)
        store, week = self.ctx.store, self.week
        saved = attempt(
            lambda: store.save_answer(
                layout.NOTICED_ID, "weekly", week, plan.NOTICED_ITEM, answer, old
            )
        )
        if saved.value is None:
            return Outcome(problem=saved.problem)
        self.record = saved.value
        return Outcome(saved.value.answers[plan.NOTICED_ITEM])

    def signposts_for(self, keys: set[str]) -> list[Signpost]:
        return [self.signposts[k] for k in sorted(keys) if k in self.signposts]


def week_signs(ctx: Context) -> WeekSigns | None:
    """The week's question, if there is a plan instrument. Raises DataError if the plan or
    the week's noticed file cannot be read (the checklist then does not open, as for its own
    file); the contacts, read for convenience, are named in `problems` instead."""
    instrument = ctx.content.instruments.get(plan.PLAN_ID)
    item = plan.signs_item(instrument) if instrument else None
    if instrument is None or item is None:
        return None
    store = ctx.store
    record = store.read(layout.plan(store.root)) or Record(plan.PLAN_ID, "current")
    week = week_key(ctx.today)
    noticed = store.read(layout.noticed(store.root, week)) or Record(layout.NOTICED_ID, week)
    found = WeekSigns(
        ctx,
        week,
        item.noticed_prompt,
        plan.plan_signs(instrument, record),
        noticed,
        plan.helps_words(instrument, record),
        advice=list(item.advice),
        signposts=dict(item.signposts),
    )
    try:
        found.contacts = contact_lines(load_support(store))
    except DataError as exc:
        found.problems.append(str(exc))
        found.contacts = [NO_CONTACTS]
    return found


def contact_lines(support: SupportContacts) -> list[str]:
    shown = [(role, support.get(role)) for role in CONTACT_ROLES]
    lines = []
    for role, contact in shown:
        if contact.is_blank():
            continue
        bits = [b for b in (contact.name, contact.phone, contact.email) if b.strip()]
        lines.append(f"{ROLE_NAMES[role]}: {' · '.join(bits) or contact.notes}")
    return lines or [NO_CONTACTS]


# -- home ------------------------------------------------------------------------------------


@dataclass(eq=False, repr=False)
class PlanNews(Value):
    """What home says of the plan: when its review is due, and a sign that came back."""

    review: date | None = None
    came_back: list[Recurrence] = field(default_factory=list)
    helps: str = ""
    problems: list[str] = field(default_factory=list)


def plan_news(ctx: Context) -> PlanNews:
    """The review date, and the signs noticed in two or more recent weeks that home has not
    yet said (nothing at all when the user chose not to be told). Reads the plan and, only if
    it has signs and may tell, the last `RECENT_WEEKS` weeks' noticed files."""
    instrument = ctx.content.instruments.get(plan.PLAN_ID)
    store, news = ctx.store, PlanNews()
    if instrument is None:
        return news
    try:
        record = store.read(layout.plan(store.root))
    except DataError as exc:
        news.problems.append(str(exc))
        return news
    if record is None:
        return news
    news.review = plan.review_date(instrument, record)
    signs = plan.plan_signs(instrument, record)
    if not signs or not plan.tells(record):
        return news
    weeks: list[tuple[str, Record | None]] = []
    for back in range(plan.RECENT_WEEKS - 1, -1, -1):
        week = week_key(ctx.today - timedelta(weeks=back))
        try:
            weeks.append((week, store.read(layout.noticed(store.root, week))))
        except DataError as exc:
            news.problems.append(str(exc))
    news.came_back = plan.recurrences(signs, weeks, record.answers.get(plan.TOLD_KEY))
    news.helps = plan.helps_words(instrument, record)
    return news


def mark_told(ctx: Context, found: list[Recurrence]) -> Outcome[None]:
    """Home has said these: not again unless the sign comes back afresh."""
    store = ctx.store

    def change(record: Record) -> None:
        told = plan.with_told(record.answers.get(plan.TOLD_KEY), found)
        record.answers[plan.TOLD_KEY] = told

    place = layout.plan(store.root)
    done = attempt(lambda: store.update(place, lambda: Record(plan.PLAN_ID, "current"), change))
    return Outcome(None, problem=done.problem)


# -- the printed plan --------------------------------------------------------------------------


@dataclass(eq=False, repr=False)
class PlanDocument(Value):
    """The plan as printed: only the sections marked to share, in the words written."""

    title: str
    sections: list[SharedSection]
    printed: date


def plan_document(store: JsonStore, today: date) -> PlanDocument:
    """The printed plan from the store's plan file (no content needed: answers keep their
    words). DataError if the plan cannot be read."""
    record = store.read(layout.plan(store.root)) or Record(plan.PLAN_ID, "current")
    return PlanDocument("My Wellness Action Plan", plan.shared_sections(record), today)

"""The weekly check-in's question over the user's own early warning signs, from their
Wellness Action Plan, and what to offer when one is ticked: what the plan says helps, the
user's own support contacts, the helplines a sign calls for, and the sources' advice."""

from __future__ import annotations

from dataclasses import field

from wellcheck.core import layout, plan
from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import Advice, Signpost
from wellcheck.core.errors import DataError
from wellcheck.core.periods import week_key
from wellcheck.core.plan import PlanSign
from wellcheck.core.stressors import ROLE_NAMES
from wellcheck.core.stressors_answers import CONTACT_ROLES, SupportContacts
from wellcheck.core.stressors_store import load_support
from wellcheck.core.value import Value, value_class
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
UNREADABLE = (
    "Your early warning signs cannot be asked about this time: a file could not be read "
    "(`wellcheck doctor` names it). Everything else here is as usual."
)


@value_class
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
    """A line for each file read for the question that could not be."""
    unreadable: bool = False
    """The plan or this week's noticed file could not be read: the question is not asked
    (nothing is saved over a file that cannot be read)."""

    def not_asked(self) -> str:
        """Why the question is not asked this time, or "" when it is."""
        if self.unreadable:
            return UNREADABLE
        return "" if self.signs else NO_SIGNS

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
    """The week's question, if there is a plan instrument. Never raises: the plan, the week's
    noticed file and the contacts are read for the question only, so one that cannot be read
    is named in `problems` (and the question says so) while the checklist opens as ever."""
    instrument = ctx.content.instruments.get(plan.PLAN_ID)
    item = plan.signs_item(instrument) if instrument else None
    if instrument is None or item is None:
        return None
    store, week = ctx.store, week_key(ctx.today)
    found = WeekSigns(ctx, week, item.noticed_prompt, [], Record(layout.NOTICED_ID, week))
    try:
        record = store.read(layout.plan(store.root)) or Record(plan.PLAN_ID, "current")
        found.record = store.read(layout.noticed(store.root, week)) or found.record
    except DataError as exc:
        found.problems.append(str(exc))
        found.unreadable = True
        return found
    found.signs = plan.plan_signs(instrument, record)
    found.helps = plan.helps_words(instrument, record)
    found.advice, found.signposts = list(item.advice), dict(item.signposts)
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

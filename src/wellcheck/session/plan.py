"""The Wellness Action Plan opened for writing, what home says of it, and the printed plan.

The plan is an `OpenChecklist` of the plan instrument (one file, `plan/current.json`, saved
answer by answer), which also marks a section to share or keeps it private (a weekly check-in
asks about its signs through `week_signs`). Home reads the plan and
the last few weeks' noticed files (`RECENT_WEEKS`, a handful of small files) to say, once, that
a sign came back.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, timedelta

from wellcheck.core import layout, plan
from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import Instrument
from wellcheck.core.errors import DataError
from wellcheck.core.periods import week_key
from wellcheck.core.plan import PlanDocument, Recurrence
from wellcheck.core.store import JsonStore
from wellcheck.core.value import Value, value_class
from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt


@value_class
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


# -- home ------------------------------------------------------------------------------------


@value_class
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


def plan_document(
    store: JsonStore, today: date, instrument: Instrument | None = None
) -> PlanDocument:
    """The printed plan from the store's plan file, in the plan instrument's order when it is
    given (the answers keep their own words). DataError if the plan cannot be read."""
    record = store.read(layout.plan(store.root)) or Record(plan.PLAN_ID, "current")
    return PlanDocument(plan.DOCUMENT_TITLE, plan.shared_sections(record, instrument), today)

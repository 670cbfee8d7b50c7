"""A checklist opened for its current period: its answers so far, and saving one answer."""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import TYPE_CHECKING

from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import Instrument
from wellcheck.core.errors import DataError
from wellcheck.core.periods import month_key, period_key, period_label
from wellcheck.core.value import value_class
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt

SUPERVISION_CHECKLIST = ("monthly", "monthly")
"""The built-in monthly checklist (id, cadence), whose supervision question can note the day."""
SUPERVISION_ITEM = "reflective_supervision"
"""BASW: "Have you had useful reflective supervision session this month?" (content/monthly.toml)"""
if TYPE_CHECKING:
    from wellcheck.session.week_signs import WeekSigns


@value_class
class OpenChecklist:
    """What a front end needs to show a checklist and save each answer as it is given."""

    ctx: Context
    instrument: Instrument
    period: str
    """The period key: 2026-11-23, 2026-W47, 2026-11."""
    label: str
    """The period in words, for the title."""
    record: Record
    """The answers as last read or saved."""

    @property
    def today(self) -> date:
        return self.ctx.today

    @property
    def origin(self) -> str:
        """The checklist and period, as a goal set from it records it."""
        return f"{self.instrument.id}/{self.period}"

    sent: dict[str, Answer] = field(default_factory=dict)
    """Each answer as this window last read or sent it: a save takes from it only what changed
    since, so another window's words in other fields and entries are kept."""
    week_signs: WeekSigns | None = None
    """A weekly check-in's question over the user's own early warning signs, when it asks
    one (`Instrument.asks_plan_signs`) and there is a plan instrument."""

    def __post_init__(self) -> None:
        self.sent = dict(self.record.answers)

    @property
    def asks_about_supervision(self) -> bool:
        """Whether this is the monthly checklist, whose supervision question can note the day."""
        return (self.instrument.id, self.instrument.cadence) == SUPERVISION_CHECKLIST

    def offers_supervision(self) -> bool:
        """Whether to offer to note the day of a supervision: the monthly checklist's
        supervision question is answered yes and none is noted in its month yet (or the file
        of supervision days cannot be read: home and doctor name it; nothing is offered)."""
        if not self.asks_about_supervision:
            return False
        answer = self.record.answers.get(SUPERVISION_ITEM)
        if answer is None or answer.value != "yes":
            return False
        try:
            noted = self.ctx.store.supervisions()
        except DataError:
            return False
        return not any(month_key(day) == self.period for day in noted)

    def note_supervision(self, day: date) -> Outcome[bool]:
        """Note that supervision happened on `day` (`wellcheck supervision --date` does the
        same); a day still to come is refused."""
        if day > self.today:
            return Outcome(
                problem="That day is still to come: note supervision once it has happened"
            )
        from wellcheck.session.supervision import note

        return note(self.ctx.store, day)

    def save(self, item_id: str, answer: Answer, value_given: bool = False) -> Outcome[Answer]:
        """Save one answer at once, keeping every other answer, and every field and entry of
        this one that this window did not change, as it is on disk now. `value_given`: a key
        gave the value just now (it wins even if this window had given the same before)."""
        i = self.instrument
        base = self.sent.get(item_id) or Answer(prompt=answer.prompt)
        store, period = self.ctx.store, self.period
        saved = attempt(
            lambda: store.save_answer(i.id, i.cadence, period, item_id, answer, base, value_given)
        )
        if saved.value is None:
            return Outcome(problem=saved.problem)
        self.record, self.sent[item_id] = saved.value, answer
        return Outcome(saved.value.answers[item_id])


def open_checklist(ctx: Context, instrument: Instrument) -> OpenChecklist:
    """The checklist for today's period. Raises DataError, changing nothing, if its file
    cannot be read."""
    period = period_key(instrument.cadence, ctx.today)
    record = ctx.store.load_record(instrument.id, instrument.cadence, period)
    label = period_label(instrument.cadence, ctx.today)
    opened = OpenChecklist(ctx, instrument, period, label, record)
    if instrument.asks_plan_signs:
        from wellcheck.session.week_signs import week_signs

        opened.week_signs = week_signs(ctx)
    return opened

"""A checklist opened for its current period: its answers so far, and saving one answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import Instrument
from wellcheck.core.periods import period_key, period_label
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt

if TYPE_CHECKING:
    from wellcheck.session.week_signs import WeekSigns


@dataclass(eq=False)
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

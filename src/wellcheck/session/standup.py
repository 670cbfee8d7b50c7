"""The stand-up opened for the working day: Y offered from the last T, help asked for earlier,
saving Y, T and H as typed, and marking help resolved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from datetime import date
from typing import TypeVar

from wellcheck.core import standup
from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import Instrument
from wellcheck.core.errors import WellcheckError
from wellcheck.core.periods import period_label
from wellcheck.core.value import value_class
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome

T = TypeVar("T")


@value_class
class OpenStandup:
    """Today's stand-up, opened: its record, the carried-over T, and how to save it."""

    ctx: Context
    instrument: Instrument
    record: Record
    carry: standup.CarryOver | None = None
    """The last stand-up's T, offered as today's Y while today has no Y."""
    earlier: list[standup.HelpRequest] = field(default_factory=list)
    """Help asked for on earlier days and still open."""
    problems: list[str] = field(default_factory=list)
    """A line for each file read for convenience (the last T, earlier help) that could not be."""
    sent: dict[str, Answer] = field(default_factory=dict)
    """Y, T and H as this window last read or sent them (see OpenChecklist.sent)."""

    def __post_init__(self) -> None:
        self.sent = dict(self.record.answers)

    @property
    def day(self) -> date:
        return self.ctx.today

    @property
    def label(self) -> str:
        return period_label("daily", self.day)

    def save(self, item_id: str, answer: Answer) -> Outcome[Answer]:
        """Save one of Y, T, H at once. Saved with a warning when the open-help index could
        not be updated (it is put right the next time the stand-up opens)."""
        warning = ""
        base = self.sent.get(item_id) or Answer(prompt=answer.prompt)
        try:
            self.record = standup.save_answer(self.ctx.store, self.day, item_id, answer, base)
        except standup.IndexNotUpdated as exc:
            warning = str(exc)
            self.record.answers[item_id] = answer
        except WellcheckError as exc:
            return Outcome(problem=str(exc))
        self.sent[item_id] = answer
        return Outcome(self.record.answers[item_id], warning=warning)


def open_standup(ctx: Context) -> OpenStandup:
    """The day's stand-up. Raises WellcheckError if the day's file cannot be read or the
    stand-up's content lost what wellcheck relies on; earlier files are a convenience."""
    instrument = standup.standup_instrument(ctx.content)
    record = standup.load(ctx.store, ctx.today)
    opened = OpenStandup(ctx, instrument, record)
    if standup.YESTERDAY not in record.answers:
        opened.carry = _or_say(
            lambda: standup.find_carry_over(ctx.store, ctx.today), None, opened.problems
        )
    opened.earlier = _or_say(
        lambda: standup.earlier_open(ctx.store, ctx.today, record), [], opened.problems
    )
    return opened


def resolve_help(ctx: Context, day: date, text: str, resolved: bool) -> Outcome[None]:
    """Mark one of a day's help requests resolved today, or open again."""
    when = ctx.today if resolved else None
    try:
        standup.set_resolved(ctx.store, day, text, when)
    except standup.IndexNotUpdated as exc:
        return Outcome(warning=str(exc))
    except WellcheckError as exc:
        return Outcome(problem=str(exc))
    return Outcome()


def _or_say(read: Callable[[], T], fallback: T, problems: list[str]) -> T:
    try:
        return read()
    except WellcheckError as exc:
        problems.append(str(exc))
        return fallback

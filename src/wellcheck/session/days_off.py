"""Days off: mark the working day as leave, sick or not working, or clear the mark."""

from __future__ import annotations

from wellcheck.core.days_off import DayOffKind
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt


def set_day_off(ctx: Context, kind: DayOffKind | None) -> Outcome[None]:
    """None clears the mark. A day off is never counted or shown as missed."""
    return attempt(lambda: ctx.store.set_day_off(ctx.today, kind))

"""The personal-stressors grid opened as it stands today: saving a row, adding one's own, and
the support contacts."""

from __future__ import annotations

from dataclasses import field
from datetime import date

from wellcheck.core import listings
from wellcheck.core.content import GridItem, Instrument
from wellcheck.core.errors import WellcheckError
from wellcheck.core.stressors import grid_of
from wellcheck.core.stressors_answers import (
    Contact,
    ContactRole,
    Reflection,
    StressorAnswer,
    SupportContacts,
)
from wellcheck.core.stressors_store import (
    load_current_reflection,
    load_support,
    new_own_id,
    save_contact,
    save_row,
)
from wellcheck.core.value import value_class
from wellcheck.session.context import Context
from wellcheck.session.outcome import Outcome, attempt


@value_class
class OpenStressors:
    """The stressors grid, opened: the latest reflection and how to save the next."""

    ctx: Context
    instrument: Instrument
    grid: GridItem
    reflection: Reflection | None
    """The latest reflection on or before today; None before the first."""
    support: SupportContacts = field(default_factory=SupportContacts)
    problems: list[str] = field(default_factory=list)
    """A line if the support contacts could not be read (the grid opens without them)."""

    @property
    def today(self) -> date:
        return self.ctx.today

    def rows(self) -> dict[str, StressorAnswer]:
        return dict(self.reflection.rows) if self.reflection else {}

    def save_row(self, entry_id: str, row: StressorAnswer) -> Outcome[StressorAnswer]:
        """Save one row into today's reflection; the saved row carries its time."""
        saved = attempt(
            lambda: save_row(self.ctx.store, self.ctx.today, entry_id, row, self.instrument.id)
        )
        if saved.value is None:
            return Outcome(problem=saved.problem)
        return Outcome(saved.value.rows[entry_id])

    def new_own_id(self) -> str:
        """An id for a row the user adds under "what else?"."""
        return new_own_id()

    def save_contact(self, role: ContactRole, contact: Contact) -> Outcome[None]:
        outcome = attempt(lambda: save_contact(self.ctx.store, role, contact))
        return Outcome(problem=outcome.problem)

    def current_support(self) -> Outcome[SupportContacts]:
        """The support contacts as on disk now."""
        return attempt(lambda: load_support(self.ctx.store))


def open_stressors(ctx: Context, instrument: Instrument) -> OpenStressors:
    """The grid as it stands today. Raises WellcheckError, changing nothing, if the current
    reflection cannot be read, or if the instrument has no grid."""
    grid = grid_of(instrument)
    if grid is None:
        raise WellcheckError(f"{instrument.id} has no grid")
    later = [d for d in listings.reflection_days(ctx.store.root, instrument.id) if d > ctx.today]
    if later:  # a change dated before it would be hidden by it in every later view
        raise WellcheckError(
            f"{instrument.title} was last changed on {later[-1]:%A %-d %B %Y}, after "
            f"{ctx.today:%-d %B}: a change made for {ctx.today:%-d %B} would be hidden by it. "
            "Open it without --date to change it as it stands now."
        )
    reflection = load_current_reflection(ctx.store, ctx.today, instrument.id)
    opened = OpenStressors(ctx, instrument, grid, reflection)
    try:
        opened.support = load_support(ctx.store)
    except WellcheckError as exc:  # a convenience: the grid opens without them
        opened.problems.append(str(exc))
    return opened

"""Looking back, the stressors over time: each row of the grid ever ticked, followed through
the dated reflections. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import field
from datetime import date

from wellcheck.core.stressors import is_past
from wellcheck.core.stressors_answers import Reflection, StressorAnswer
from wellcheck.core.value import FrozenValue, Value, value_class


@value_class(frozen=True)
class StressorTrail(FrozenValue):
    """One row of the grid that was ever ticked, across the dated reflections."""

    entry_id: str
    category: str
    label: str
    first_ticked: date
    impacts: tuple[tuple[date, int | None], ...]
    """The impact at each reflection where it changed while ticked (the day of the reflection)."""
    notes: tuple[tuple[date, str], ...]
    """Each note it has had, with the day of the reflection it first appeared in."""
    last_changed: date | None
    ticked_now: bool
    cleared_on: date | None = None
    """The reflection in which it was last unticked, if it is no longer ticked."""
    for_review: bool = False
    """Still ticked and not looked at for six months: offered for review (the toolkit's "in
    (approximately) the last 6 months")."""


@value_class
class _Trail(Value):
    """A trail being followed through the reflections."""

    first: date
    row: StressorAnswer
    impacts: list[tuple[date, int | None]] = field(default_factory=list)
    notes: list[tuple[date, str]] = field(default_factory=list)
    cleared: date | None = None

    def seen(self, day: date, row: StressorAnswer) -> None:
        if row.ticked and (not self.impacts or self.impacts[-1][1] != row.impact):
            self.impacts.append((day, row.impact))
        note = row.note.strip()
        if note and all(n != note for _, n in self.notes):
            self.notes.append((day, note))
        if not row.ticked and self.row.ticked:
            self.cleared = day
        self.row = row

    def done(self, entry_id: str, today: date, months: int) -> StressorTrail:
        row = self.row
        return StressorTrail(
            entry_id=entry_id,
            category=row.category_label,
            label=row.label,
            first_ticked=self.first,
            impacts=tuple(self.impacts),
            notes=tuple(self.notes),
            last_changed=row.changed_at.date() if row.changed_at else None,
            ticked_now=row.ticked,
            cleared_on=None if row.ticked else self.cleared,
            for_review=row.ticked and is_past(row, today, months),
        )


def stressor_trails(
    reflections: Sequence[Reflection], today: date, months: int = 6
) -> list[StressorTrail]:
    """Every row ever ticked, in the order first ticked; `reflections` oldest first."""
    found: dict[str, _Trail] = {}
    for reflection in reflections:
        for entry_id, row in reflection.rows.items():
            trail = found.get(entry_id)
            if trail is None:
                if not row.ticked:
                    continue
                first = row.changed_at.date() if row.changed_at else reflection.day
                trail = found[entry_id] = _Trail(min(first, reflection.day), row)
            trail.seen(reflection.day, row)
    return [t.done(k, today, months) for k, t in found.items()]

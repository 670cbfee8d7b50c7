"""The personal-stressors grid: editing a row, the six-month rule, and what goes to supervision.

Pure functions of the answers and an injected `today`; the store-level reading and saving is in
`stressors_store.py`. There are no totals and no scores across rows, by design: the toolkit's grid
is "a prompt list for reflection", not an assessment.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from wellcheck.core.stressors_answers import (
    CONTACT_ROLES,
    HELP_FROM_TEXT,
    HELP_FROMS,
    HELP_STATUS_TEXT,
    HELP_STATUSES,
    Reflection,
    StressorAnswer,
    SupportContacts,
)

# The store-level loader of the current reflection, beside the pure function it feeds.
from wellcheck.core.stressors_store import load_current_reflection as load_current_reflection
from wellcheck.core.value import FrozenValue, value_class

if TYPE_CHECKING:  # the summary needs none of the content models
    from wellcheck.core.content import GridCategory, GridEntry, GridItem, Instrument

OWN_PREFIX = "own-"
"""Entry ids of rows the user added under "what else?" start with this."""


@value_class(frozen=True)
class FlaggedStressor(FrozenValue):
    """A row the user chose to take to supervision, as the weekly summary shows it."""

    category: str
    """The category's heading, e.g. "Family & relationships"."""
    label: str
    """The row's words (the user's own for a "what else?" row)."""
    impact: int | None
    """1 (low) to 5 (high), if given."""
    note: str
    affecting_work: bool | None
    help_status: str | None
    """In words: "already sought", "need to seek" or "not needed"."""
    help_from: str | None
    """In words: "from work", "from elsewhere" or "from work and elsewhere"."""
    changed_at: datetime | None


def grid_of(instrument: Instrument) -> GridItem | None:
    """The instrument's grid item, if it has one."""
    return next((i for i in instrument.items if i.kind == "grid"), None)


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier, or that month's last day if it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    next_first = date(year + month // 12, month % 12 + 1, 1)
    last = (next_first - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def is_past(row: StressorAnswer, today: date, months: int = 6) -> bool:
    """Not changed for more than `months` months: shown dimmed, to be re-ticked or cleared."""
    if row.changed_at is None or row.is_blank():
        return False
    return row.changed_at.date() < months_before(today, months)


def flagged_stressors(
    reflection: Reflection | None, today: date, months: int = 6
) -> list[FlaggedStressor]:
    """The rows flagged "take to supervision", leaving out any not touched for over `months`."""
    if reflection is None:
        return []
    return [
        FlaggedStressor(
            category=row.category_label,
            label=row.label,
            impact=row.impact,
            note=row.note,
            affecting_work=row.affecting_work,
            help_status=HELP_STATUS_TEXT[row.help] if row.help else None,
            help_from=HELP_FROM_TEXT[row.help_from] if row.help_from else None,
            changed_at=row.changed_at,
        )
        for row in reflection.rows.values()
        if row.flagged and not is_past(row, today, months)
    ]


ROLE_NAMES = {
    "supervisor": "Supervisor",
    "occupational_health": "Occupational health",
    "eap": "Employee assistance programme",
}
NO_CONTACTS = (
    "If this is weighing on you, it can help to talk to someone. Press c to note your "
    "supervisor, occupational health and employee assistance programme."
)


def support_lines(support: SupportContacts) -> list[str]:
    """The user's own support contacts in words, offered when a row's impact is 4 or 5."""
    shown = [(role, support.get(role)) for role in CONTACT_ROLES]
    shown = [(role, c) for role, c in shown if not c.is_blank()]
    if not shown:
        return [NO_CONTACTS]
    lines = ["Your support:"]
    for role, contact in shown:
        bits = [b for b in (contact.name, contact.phone, contact.email) if b.strip()]
        lines.append(f" {ROLE_NAMES[role]}: {' · '.join(bits) or contact.notes}")
    return lines


# -- building a row's answer: each returns a new answer with changed_at left for the store --------


def blank_row(category: GridCategory, entry: GridEntry) -> StressorAnswer:
    return StressorAnswer(category=category.id, category_label=category.label, label=entry.label)


def own_row(category: GridCategory, label: str) -> StressorAnswer:
    """A row the user adds under "what else?", with their own words, ticked."""
    return StressorAnswer(category.id, category.label, label.strip(), own=True, ticked=True)


def toggled(row: StressorAnswer, today: date, months: int = 6) -> StressorAnswer:
    """Tick, untick, or re-tick a past row (it stays ticked and is no longer past)."""
    ticked = not row.ticked or is_past(row, today, months)
    return replace(row, ticked=ticked, changed_at=None)


def with_impact(row: StressorAnswer, impact: int) -> StressorAnswer:
    """Score the impact 1 to 5; giving an impact ticks the row."""
    if not 1 <= impact <= 5:
        raise ValueError("impact is from 1 to 5")
    return replace(row, ticked=True, impact=impact, changed_at=None)


def next_affecting(row: StressorAnswer) -> StressorAnswer:
    """Affecting work: not said → yes → no → not said."""
    cycle: list[bool | None] = [None, True, False]
    value = cycle[(cycle.index(row.affecting_work) + 1) % len(cycle)]
    return replace(
        row, ticked=row.ticked or value is not None, affecting_work=value, changed_at=None
    )


def next_help(row: StressorAnswer) -> StressorAnswer:
    """Help: not said → already sought → need to seek → not needed → not said."""
    cycle = [None, *HELP_STATUSES]
    value = cycle[(cycle.index(row.help) + 1) % len(cycle)]
    return replace(row, ticked=row.ticked or value is not None, help=value, changed_at=None)


def next_help_from(row: StressorAnswer) -> StressorAnswer:
    """Help from: not said → work → elsewhere → both → not said."""
    cycle = [None, *HELP_FROMS]
    value = cycle[(cycle.index(row.help_from) + 1) % len(cycle)]
    return replace(row, ticked=row.ticked or value is not None, help_from=value, changed_at=None)


def flag_toggled(row: StressorAnswer) -> StressorAnswer:
    """Take to supervision, or not; flagging ticks the row."""
    return replace(
        row, ticked=row.ticked or not row.flagged, flagged=not row.flagged, changed_at=None
    )


def with_note(row: StressorAnswer, note: str) -> StressorAnswer:
    return replace(row, note=note, changed_at=None)


def cleared(row: StressorAnswer) -> StressorAnswer:
    """No longer applies: untick and forget the scores, keeping the note and the words."""
    return replace(
        row,
        ticked=False,
        impact=None,
        affecting_work=None,
        help=None,
        help_from=None,
        flagged=False,
        changed_at=None,
    )

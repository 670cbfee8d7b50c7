"""Reading and saving the stressors grid and the support contacts, through JsonStore.

Reflections are dated files, `stressors/2026-11-23.json`. The first change on a new day starts
that day's file as a copy of the latest earlier one, and only that file changes from then on:
earlier reflections are kept as they were, never overwritten. Every change is one locked
re-read / merge / atomic write of one row, so two windows merge per row.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from wellcheck.core import layout, listings
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import (
    Contact,
    ContactRole,
    Reflection,
    StressorAnswer,
    SupportContacts,
)

STRESSORS = "stressors"
"""The built-in grid's instrument id, and so its folder. Another grid keeps its own folder."""


def reflection_path(store: JsonStore, day: date, instrument: str = STRESSORS) -> Path:
    return layout.reflection(store.root, instrument, day).path


def support_path(store: JsonStore) -> Path:
    return layout.support(store.root).path


def reflection_days(store: JsonStore, instrument: str = STRESSORS) -> list[date]:
    """The days with a reflection, oldest first (one folder listing; no file is read)."""
    return listings.reflection_days(store.root, instrument)


def last_revisited(store: JsonStore, today: date, instrument: str = STRESSORS) -> date | None:
    """The latest day on or before `today` on which the grid was changed."""
    days = [d for d in reflection_days(store, instrument) if d <= today]
    return days[-1] if days else None


def load_current_reflection(
    store: JsonStore, today: date, instrument: str = STRESSORS
) -> Reflection | None:
    """The grid as it stands on `today`: the latest reflection on or before it, if any.

    Raises DataError, leaving the file untouched, if that file cannot be read.
    """
    day = last_revisited(store, today, instrument)
    if day is None:
        return None
    return store.read(layout.reflection(store.root, instrument, day))


def save_row(
    store: JsonStore,
    today: date,
    entry_id: str,
    row: StressorAnswer,
    instrument: str = STRESSORS,
) -> Reflection:
    """Save one row's answers into today's reflection, keeping every other row as on disk now."""
    stamped = replace(row, changed_at=row.changed_at or _now())

    def start() -> Reflection:
        try:
            days = reflection_days(store, instrument)
        except listings.UnlistableFolder as exc:  # this save's: named by the file not saved
            raise exc.error from None
        earlier = [d for d in days if d < today]
        if not earlier:
            return Reflection(today, instrument=instrument)
        previous = store.reread(layout.reflection(store.root, instrument, earlier[-1]))
        if previous is None:  # an OSError is this save's
            return Reflection(today, instrument=instrument)
        return Reflection(today, dict(previous.rows), based_on=earlier[-1], instrument=instrument)

    def change(reflection: Reflection) -> None:
        reflection.rows[entry_id] = stamped

    return store.update(layout.reflection(store.root, instrument, today), start, change)


def new_own_id() -> str:
    """An id for a row the user adds under "what else?"."""
    return f"own-{os.urandom(4).hex()}"


def load_support(store: JsonStore) -> SupportContacts:
    """The user's support contacts; none yet is an empty set. DataError if unreadable."""
    found = store.read(layout.support(store.root))
    return found or SupportContacts()


def save_contact(store: JsonStore, role: ContactRole, contact: Contact) -> SupportContacts:
    """Save one contact, keeping the others as they are on disk now."""

    def change(support: SupportContacts) -> None:
        support.contacts[role] = contact

    return store.update(layout.support(store.root), SupportContacts, change)


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)

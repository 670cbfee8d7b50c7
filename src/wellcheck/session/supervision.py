"""Supervision dates, as the command line and the monthly checklist note them."""

from __future__ import annotations

from datetime import date

from wellcheck.core.store import JsonStore
from wellcheck.session.outcome import Outcome, attempt


def days(store: JsonStore) -> list[date]:
    """The days noted, oldest first. Raises DataError (one line, naming the file) if the file
    cannot be read; it is then left exactly as it is."""
    return store.supervisions()


def note(store: JsonStore, day: date) -> Outcome[bool]:
    """Note supervision on `day`: saved with True, or with False if it was noted already."""
    return attempt(lambda: store.mark_supervision(day))


def take_back(store: JsonStore, day: date) -> Outcome[bool]:
    return attempt(lambda: store.mark_supervision(day, noted=False))

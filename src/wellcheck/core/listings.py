"""The days the data folder holds files for, from folder listings alone: no file is read, and
the cost does not grow with the history."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from wellcheck.core.errors import DataError
from wellcheck.core.layout import DATED


def reflection_days(root: Path, instrument: str) -> list[date]:
    """The days with a reflection on a grid, oldest first (one folder listing; no file read)."""
    return sorted(_days_in(root / instrument))


def first_day(root: Path, instrument: str) -> date | None:
    """The earliest day with a file of a daily instrument (`daily/2026/2026-11-23.json`), from
    two folder listings (its years, then the earliest year's days): no file is read, and the
    cost does not grow with the history. None when there is none."""
    try:
        years = sorted(n for n in _listed(root / instrument) if n.isdigit() and len(n) == 4)
    except (FileNotFoundError, NotADirectoryError):
        return None
    for year in years:
        days = _days_in(root / instrument / year)
        if days:
            return min(days)
    return None


def _days_in(folder: Path) -> list[date]:
    """The days named by the dated files in `folder` (one listing; no file read), in no order;
    none if there is no such folder."""
    try:
        names = _listed(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    days: list[date] = []
    for name in names:
        match = DATED.match(name)
        if match:
            try:
                days.append(date.fromisoformat(match[1]))
            except ValueError:
                continue
    return days


class UnlistableFolder(DataError):
    """A folder that is there but cannot be listed (its permissions, a folder left by `sudo`):
    named, never a crash nor an empty history. `error` is the OSError, for a save, which
    names the file it could not save instead (`store.update`)."""

    def __init__(self, folder: Path, error: OSError) -> None:
        self.error = error
        super().__init__(folder, f"the folder cannot be read ({error.strerror or error})")


def _listed(folder: Path) -> list[str]:
    """The names in `folder` (`UnlistableFolder` if it is there and cannot be listed)."""
    try:
        return os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        raise
    except OSError as exc:
        raise UnlistableFolder(folder, exc) from None

"""JsonStore: one JSON file per instrument per period under one root folder.

Reads never change a file. A file that cannot be read raises DataError and is left exactly as
it is; saves re-read the file under a lock and change only the one item, so two wellcheck
windows open on the same day merge per item instead of dropping each other's answers.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from wellcheck.core.answers import Answer, DayOffKind, DaysOff, Goal, Goals, Record, migrate
from wellcheck.core.atomic import DIR_MODE, ensure_dir, locked, write_atomic
from wellcheck.core.errors import DataError, SaveError


class Stored(Protocol):
    """A model kept in one file: it writes itself as a JSON object."""

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Stored)
Parser = Callable[[dict[str, Any]], M]
LOCK_NAME = ".wellcheck.lock"


class JsonStore:
    """All of the user's answers, under `root`."""

    def __init__(self, root: Path):
        self.root = root

    # -- paths -------------------------------------------------------------------------------

    def record_path(self, instrument: str, cadence: str, period: str) -> Path:
        """daily/2026/2026-11-23.json, weekly/2026-W47.json, monthly/2026-11.json."""
        if cadence == "daily":
            return self.root / instrument / period[:4] / f"{period}.json"
        return self.root / instrument / f"{period}.json"

    def days_off_path(self, year: int) -> Path:
        return self.root / "days-off" / f"{year}.json"

    def goals_path(self) -> Path:
        return self.root / "goals.json"

    # -- generic load / save ----------------------------------------------------------------

    def read_model(self, path: Path, model: Parser[M]) -> M | None:
        """The file's contents as `model`, None if there is no file, DataError if unreadable."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DataError(path, f"cannot read: {exc.strerror}") from None
        return parse_model(path, data, model)

    def write_model(self, path: Path, value: Stored) -> None:
        """Write durably: temp file, fsync, replace, fsync of the folder; 0600 in 0700."""
        ensure_dir(path.parent, self.root)
        payload = json.dumps(value.to_dict(), indent=2, ensure_ascii=False)
        write_atomic(path, (payload + "\n").encode("utf-8"))

    def update(
        self, path: Path, model: Parser[M], default: Callable[[], M], change: Callable[[M], None]
    ) -> M:
        """Re-read under the lock, apply `change`, write. An unreadable file raises, untouched.

        Any OSError on the way (folder, lock, re-read, write) is a SaveError: nothing changed.
        """
        try:
            ensure_dir(self.root, Path(self.root.anchor))  # and any missing parents, 0700
            with locked(self.root / LOCK_NAME):
                try:
                    data: bytes | None = path.read_bytes()
                except FileNotFoundError:
                    data = None
                current = default() if data is None else parse_model(path, data, model)
                change(current)
                self.write_model(path, current)
        except OSError as exc:
            raise SaveError(path, exc.strerror or type(exc).__name__) from None
        return current

    # -- records -----------------------------------------------------------------------------

    def load_record(self, instrument: str, cadence: str, period: str) -> Record:
        path = self.record_path(instrument, cadence, period)
        return self.read_model(path, Record.from_dict) or Record(instrument, period)

    def save_answer(
        self, instrument: str, cadence: str, period: str, item_id: str, answer: Answer
    ) -> Record:
        """Save one item's answer, keeping every other item as it is on disk now."""
        path = self.record_path(instrument, cadence, period)

        def change(record: Record) -> None:
            record.answers[item_id] = replace(answer, changed_at=answer.changed_at or _now())

        return self.update(path, Record.from_dict, lambda: Record(instrument, period), change)

    # -- days off ----------------------------------------------------------------------------

    def days_off(self, year: int) -> dict[date, DayOffKind]:
        found = self.read_model(self.days_off_path(year), DaysOff.from_dict)
        return dict(found.days) if found else {}

    def day_off(self, day: date) -> DayOffKind | None:
        return self.days_off(day.year).get(day)

    def set_day_off(self, day: date, kind: DayOffKind | None) -> None:
        """Mark a day as leave, sick or not working; None clears the mark."""

        def change(days: DaysOff) -> None:
            if kind is None:
                days.days.pop(day, None)
            else:
                days.days[day] = kind

        self.update(self.days_off_path(day.year), DaysOff.from_dict, DaysOff, change)

    # -- goals -------------------------------------------------------------------------------

    def goals(self) -> list[Goal]:
        found = self.read_model(self.goals_path(), Goals.from_dict)
        return list(found.goals) if found else []

    def add_goal(
        self, text: str, created: date, target: date | None = None, origin: str = ""
    ) -> Goal:
        goal = Goal(_new_id(created), text, created, target=target, origin=origin)
        self.update(self.goals_path(), Goals.from_dict, Goals, lambda g: g.goals.append(goal))
        return goal

    def set_goal_done(self, goal_id: str, done: date | None) -> None:
        def change(goals: Goals) -> None:
            goals.goals = [replace(g, done=done) if g.id == goal_id else g for g in goals.goals]

        self.update(self.goals_path(), Goals.from_dict, Goals, change)

    def tighten_root(self) -> bool:
        """Make the data folder 0700 if it is looser; True when it had to be changed."""
        try:
            st = self.root.stat()
        except OSError:
            return False
        mode = st.st_mode & 0o777
        if stat.S_ISDIR(st.st_mode) and mode & 0o077:
            os.chmod(self.root, DIR_MODE)
            return True
        return False


def parse_model(path: Path, data: bytes, model: Parser[M]) -> M:
    """Parse a data file's bytes, naming the problem without quoting the user's words."""
    if not data.strip():
        raise DataError(path, "the file is empty")
    try:
        raw: Any = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise DataError(
            path, f"not valid JSON ({exc.msg.removesuffix(' at')} at {where})"
        ) from None
    if not isinstance(raw, dict):
        raise DataError(path, "not a wellcheck data file (expected a JSON object)")
    try:
        return model(migrate(raw))
    except ValueError as exc:
        raise DataError(path, str(exc)) from None


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _new_id(created: date) -> str:
    return f"{created:%Y%m%d}-{os.urandom(3).hex()}"

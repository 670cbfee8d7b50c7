"""JsonStore: one JSON file per instrument per period under one root folder.

Reads never change a file. A file that cannot be read raises DataError and is left exactly as
it is; saves re-read the file under a lock and change only the one item, so two wellcheck
windows open on the same day merge per item instead of dropping each other's answers.

An encrypted store (one with a key file, `layout.KEY_NAME`) is opened with its data key: every
file is sealed on its way to the disk and opened on its way back (`crypto`), with its place in
the store bound in, so the same atomic writes, locks and merges hold, and only ciphertext is
ever written, temp files included.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from wellcheck.core import crypto, layout, reading
from wellcheck.core.answers import Answer, Record, merged
from wellcheck.core.atomic import DIR_MODE, ensure_dir, locked, no_links_below, write_atomic
from wellcheck.core.days_off import DayOffKind, DaysOff
from wellcheck.core.errors import DataError, SaveError
from wellcheck.core.goals import Goal, GoalDraft, Goals
from wellcheck.core.layout import LOCK_NAME as LOCK_NAME
from wellcheck.core.layout import Place, Stored
from wellcheck.core.supervision import Supervisions
from wellcheck.core.visible import visible

M = TypeVar("M", bound=Stored)


class JsonStore:
    """All of the user's answers, under `root`. Where each file lives is `layout`'s to say."""

    def __init__(self, root: Path, key: crypto.DataKey | None = None):
        self.root = root
        self.key = key
        """The data key of an encrypted store once unlocked; None for a readable store."""
        self.converting = False
        """Set only by `encryption` while it turns encryption on or off: files of both forms
        are read, and saves are allowed although the store is being converted."""

    def __repr__(self) -> str:
        return f"JsonStore({self.root!r}, encrypted={self.key is not None})"

    def is_encrypted(self) -> bool:
        """Whether the data folder holds a key file (one `lstat`; nothing is read)."""
        return os.path.lexists(layout.key_file(self.root))

    def is_locked(self) -> bool:
        """Whether the store is encrypted and its data key not given yet."""
        return self.key is None and self.is_encrypted()

    # -- paths -------------------------------------------------------------------------------

    def record_path(self, instrument: str, cadence: str, period: str) -> Path:
        """daily/2026/2026-11-23.json, weekly/2026-W47.json, monthly/2026-11.json."""
        return layout.checklist(self.root, instrument, cadence, period).path

    def days_off_path(self, year: int) -> Path:
        return layout.days_off(self.root, year).path

    def goals_path(self) -> Path:
        return layout.goals(self.root).path

    # -- generic load / save ----------------------------------------------------------------

    def read(self, place: Place[M]) -> M | None:
        """The file's contents as its kind's model, None if there is no file, DataError if it
        cannot be read, whatever is at its path (see `reading`)."""
        data = reading.read_file(place.path)
        return None if data is None else layout.parse(place, self.plaintext(place.path, data))

    def reread(self, place: Place[M]) -> M | None:
        """`read` as a save's re-read: an OSError (a full or failing disk) is raised as it is."""
        data = reading.read_file(place.path, saving=True)
        return None if data is None else layout.parse(place, self.plaintext(place.path, data))

    def plaintext(self, path: Path | str, data: bytes) -> bytes:
        """A file's bytes as JSON text: opened with the data key in an encrypted store, or a
        DataError saying which of the ways it cannot be opened it is (see `crypto`)."""
        if self.key is None:
            if crypto.is_sealed(data):
                raise DataError(
                    path,
                    f"is encrypted, but this data folder has no key file ({layout.KEY_NAME}); "
                    "put the key file back beside it",
                )
            return data
        if self.converting and not crypto.is_sealed(data):
            return data
        try:
            return self.key.open(layout.place_name(self.root, path), data)
        except crypto.CryptoError as exc:
            raise DataError(path, str(exc)) from None

    def sealed(self, path: Path, payload: bytes) -> bytes:
        """What is written for `payload`: sealed with the data key in an encrypted store."""
        if self.key is None:
            return payload
        return self.key.seal(layout.place_name(self.root, path), payload)

    def write(self, place: Place[M], value: M) -> None:
        """Write durably: temp file, fsync, replace, fsync of the folder; 0600 in 0700."""
        payload = json.dumps(_visible_tree(value.to_dict()), indent=2, ensure_ascii=False)
        self._write_text(place, payload)

    def _write_text(self, place: Place[M], payload: str) -> None:
        no_links_below(self.root, place.path.parent)
        ensure_dir(place.path.parent, self.root)
        write_atomic(place.path, self.sealed(place.path, (payload + "\n").encode("utf-8")))

    def replace_own(self, place: Place[M], value: M) -> None:
        """Write a file of wellcheck's own whole (`doctor`'s note), under the lock and in the
        store's form. Never read first: one that cannot be read is replaced, as it is
        wellcheck's and not the user's. On one line, and not walked to make its text visible:
        it holds thousands of entries no one reads by eye, all of them wellcheck's own text
        (doctor notes only names that are printable). A SaveError if the disk refuses
        (read-only, full), or if encryption was turned on or off since the store was opened."""
        payload = json.dumps(value.to_dict(), ensure_ascii=False, separators=(",", ":"))
        try:
            with locked(self.root / LOCK_NAME):
                self._check_form(place.path)
                self._write_text(place, payload)
        except OSError as exc:
            raise SaveError(place.path, exc.strerror or type(exc).__name__) from None

    def update(
        self,
        place: Place[M],
        default: Callable[[], M],
        change: Callable[[M], None],
    ) -> M:
        """Re-read under the lock, apply `change`, write. An unreadable file raises, untouched.

        `default` is the value when there is no file yet; it may read another file (a new day's
        reflection starts from the last one), whose OSError is this save's. Any OSError on the
        way (folder, lock, re-read, write) is a SaveError: nothing changed.
        """
        try:
            ensure_dir(self.root, Path(self.root.anchor))  # and any missing parents, 0700
            with locked(self.root / LOCK_NAME):
                self._check_form(place.path)
                found = self.reread(place)  # a FIFO: named, not waited on
                current = default() if found is None else found
                change(current)
                self.write(place, current)
        except OSError as exc:
            raise SaveError(place.path, exc.strerror or type(exc).__name__) from None
        return current

    def _check_form(self, path: Path) -> None:
        """Under the lock: refuse a save in the wrong form, if encryption was turned on or off
        by another wellcheck since this one opened the store (never plaintext in an encrypted
        store, never a file no one can open in a readable one)."""
        if not self.converting and os.path.lexists(layout.converting_marker(self.root)):
            raise SaveError(
                path,
                "encryption is being turned on or off, so nothing was saved; "
                "see `wellcheck encryption status`",
            )
        if self.is_encrypted() != (self.key is not None):
            now = "on" if self.key is None else "off"
            raise SaveError(
                path,
                f"encryption was turned {now} since this wellcheck started, so nothing was "
                "saved; start wellcheck again",
            )
        if self.key is not None and self._key_id_on_disk() not in (None, self.key.key_id):
            raise SaveError(  # a file sealed with the old key would be one no one can open
                path,
                "encryption was turned off and on again since this wellcheck started, so "
                "nothing was saved; start wellcheck again",
            )

    def _key_id_on_disk(self) -> bytes | None:
        """The key id the key file names; None if it cannot be read (`doctor` names it)."""
        try:
            data = reading.read_file(layout.key_file(self.root), saving=True)
            found = json.loads(data or b"null")["key_id"]
            return bytes.fromhex(found) if isinstance(found, str) else None
        except (ValueError, TypeError, KeyError):  # not JSON, not a key file
            return None

    # -- records -----------------------------------------------------------------------------

    def load_record(self, instrument: str, cadence: str, period: str) -> Record:
        place = layout.checklist(self.root, instrument, cadence, period)
        return self.read(place) or Record(instrument, period)

    def save_answer(
        self,
        instrument: str,
        cadence: str,
        period: str,
        item_id: str,
        answer: Answer,
        base: Answer | None = None,
        value_given: bool = False,
    ) -> Record:
        """Save one item's answer, keeping every other item as it is on disk now. With `base`
        (the answer as the saver last read or sent it), only what changed since is taken, field
        by field and entry by entry: two windows on different fields both keep theirs."""
        place = layout.checklist(self.root, instrument, cadence, period)

        def change(record: Record) -> None:
            theirs = record.answers.get(item_id)
            mine = answer if base is None else merged(base, answer, theirs, value_given)
            record.answers[item_id] = replace(mine, changed_at=answer.changed_at or _now())

        return self.update(place, lambda: Record(instrument, period), change)

    # -- days off ----------------------------------------------------------------------------

    def days_off(self, year: int) -> dict[date, DayOffKind]:
        found = self.read(layout.days_off(self.root, year))
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

        self.update(layout.days_off(self.root, day.year), DaysOff, change)

    # -- supervision -------------------------------------------------------------------------

    def supervisions(self) -> list[date]:
        """The days supervision happened, oldest first (none if no file yet)."""
        found = self.read(layout.supervision(self.root))
        return list(found.days) if found else []

    def mark_supervision(self, day: date, noted: bool = True) -> bool:
        """Note that supervision happened on `day` (or, not `noted`, take that back); False if
        there was nothing to change."""
        changed: list[bool] = []

        def change(found: Supervisions) -> None:
            changed.append(found.add(day) if noted else found.remove(day))

        self.update(layout.supervision(self.root), Supervisions, change)
        return changed[0]

    # -- goals -------------------------------------------------------------------------------

    def goals(self) -> list[Goal]:
        return list(self.goals_file().goals)

    def goals_file(self) -> Goals:
        """The goals, the offers answered "not now" and the draft (empty if no file yet)."""
        return self.read(layout.goals(self.root)) or Goals()

    def add_goal(
        self, text: str, created: date, target: date | None = None, origin: str = ""
    ) -> Goal:
        """A confirmed goal; the draft it was written in, if any, is done with."""
        goal = Goal(_new_id(created), text, created, target=target, origin=origin)

        def change(goals: Goals) -> None:
            goals.goals.append(goal)
            goals.draft = None

        self.update(layout.goals(self.root), Goals, change)
        return goal

    def set_goal_done(self, goal_id: str, done: date | None) -> None:
        self._change_goal(goal_id, lambda g: replace(g, done=done))

    def reopen_goal(self, goal_id: str) -> None:
        """A goal marked done open again (home's ctrl+z after x); one gone changes nothing."""
        self._change_goal(goal_id, lambda g: g.reopened())

    def edit_goal(self, goal_id: str, text: str, target: date | None) -> None:
        self._change_goal(goal_id, lambda g: replace(g, text=text, target=target))

    def delete_goal(self, goal_id: str) -> None:
        self._change_goal(goal_id, lambda g: None)

    def _change_goal(self, goal_id: str, change: Callable[[Goal], Goal | None]) -> None:
        def apply(goals: Goals) -> None:
            changed = [change(g) if g.id == goal_id else g for g in goals.goals]
            goals.goals = [g for g in changed if g is not None]
            if goals.draft and goals.draft.goal_id == goal_id:
                goals.draft = None

        self.update(layout.goals(self.root), Goals, apply)

    def decline_goal_offer(self, origin: str) -> None:
        """Remember "not now" for a checklist period's goal offer."""

        def change(goals: Goals) -> None:
            if origin not in goals.declined:
                goals.declined.append(origin)

        self.update(layout.goals(self.root), Goals, change)

    def keep_goal_draft(self, draft: GoalDraft | None) -> None:
        """Keep a goal being written but not confirmed (None: there is none any more)."""

        def change(goals: Goals) -> None:
            goals.draft = draft

        self.update(layout.goals(self.root), Goals, change)

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


def _visible_tree(data: Any) -> Any:
    """Every text in `data` with its control characters made visible: what is saved can be
    shown anywhere, and never acts on a terminal (see `visible`)."""
    if isinstance(data, str):
        return visible(data)
    if isinstance(data, dict):
        return {visible(k): _visible_tree(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_visible_tree(v) for v in data]
    return data


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _new_id(created: date) -> str:
    return f"{created:%Y%m%d}-{os.urandom(3).hex()}"

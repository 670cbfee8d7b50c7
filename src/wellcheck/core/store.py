"""JsonStore: one JSON file per instrument per period under one root folder.

Reads never change a file. A file that cannot be read raises DataError and is left exactly as
it is; saves re-read the file under a lock and change only the one item, so two wellcheck
windows open on the same day merge per item instead of dropping each other's answers.

Reading, writing and updating a file of any kind, sealed in an encrypted store, is
`store_files.FileStore`'s; this is what the user's files hold, and how each save changes them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from wellcheck.core import layout
from wellcheck.core.answers import Answer, Record, merged
from wellcheck.core.atomic import DIR_MODE
from wellcheck.core.days_off import DayOffKind, DaysOff
from wellcheck.core.goals import Goal, GoalDraft, Goals
from wellcheck.core.layout import LOCK_NAME as LOCK_NAME
from wellcheck.core.store_files import FileStore
from wellcheck.core.supervision import Supervisions


class JsonStore(FileStore):
    """All of the user's answers, under `root`. Where each file lives is `layout`'s to say."""

    # -- paths -------------------------------------------------------------------------------

    def record_path(self, instrument: str, cadence: str, period: str) -> Path:
        """daily/2026/2026-11-23.json, weekly/2026-W47.json, monthly/2026-11.json."""
        return layout.checklist(self.root, instrument, cadence, period).path

    def days_off_path(self, year: int) -> Path:
        return layout.days_off(self.root, year).path

    def goals_path(self) -> Path:
        return layout.goals(self.root).path

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


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _new_id(created: date) -> str:
    return f"{created:%Y%m%d}-{os.urandom(3).hex()}"

"""The data folder: every kind of file in it, where each lives, its version, reader and migrations.

The one table of the store's files. The store reads and writes through it, the summary's
gathering and the home screen find files through it, `doctor` asks it what each file is, and the
migration tests walk it. Adding a kind of file is one `FileKind` in `KINDS` and one function that
says where a file of it lives: nothing else needs to know. What a kind is, and how a file's
bytes are read as one, is `file_kind`'s; the days a folder holds files for, `listings`'.

    daily/2026/2026-11-23.json     a daily checklist (one folder per instrument, per year)
    weekly/2026-W47.json           a weekly or monthly checklist (monthly/2026-11.json)
    standup/2026/2026-11-23.json   a stand-up day
    stressors/2026-11-23.json      a reflection on a grid, dated by the day it was changed
    help-requests.json             the open help requests of every stand-up (an index)
    goals.json  support.json  days-off/2026.json
    supervision.json               the days supervision happened (a pack starts from the last)
    plan/current.json              the Wellness Action Plan (its sections, what is shared)
    noticed/2026-W47.json          the early warning signs of the plan noticed in a week
    wellcheck.key                  an encrypted store's key file (see `crypto_keys`)
    .wellcheck-doctor.json         what `doctor` last found good, so as not to read it again
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from wellcheck.core import shape
from wellcheck.core.answers import OpenHelp, Record
from wellcheck.core.checked import CHECKED_VERSION, CheckedFiles
from wellcheck.core.days_off import DaysOff
from wellcheck.core.file_kind import FileKind, Place
from wellcheck.core.goals import GOALS_VERSION, Goals, goals_from_version_1
from wellcheck.core.stressors_answers import Reflection, SupportContacts
from wellcheck.core.supervision import SUPERVISION_VERSION, Supervisions

LOCK_NAME = ".wellcheck.lock"
"""The store's lock file: permanent, never a data file."""
KEY_NAME = "wellcheck.key"
"""An encrypted store's key file: the data key, wrapped (see `crypto_keys`). Its presence is
what makes a store an encrypted one."""
CHECKED_NAME = ".wellcheck-doctor.json"
"""What `doctor` last found good (`checked`): wellcheck's own, never one of the user's files.
Hidden, so that `encryption` does not count it among them; sealed, as every file is, in an
encrypted store."""
CONVERTING_NAME = ".wellcheck-converting"
"""Present while encryption is being turned on or off: the store holds files of both forms."""
STANDUP_ID = "standup"
PLAN_ID = "plan"
"""The Wellness Action Plan's instrument id, and so its folder (one file, `current.json`)."""
NOTICED_ID = "noticed"
"""The folder of the plan's signs noticed each week, one file per ISO week."""
HELP_INDEX = "help-requests.json"
TOP_FILES = ("goals.json", "support.json", HELP_INDEX, "supervision.json")
TOP_FOLDERS = ("days-off", NOTICED_ID)
"""The data folder's own names beside the instruments' folders (`content_rules` keeps ids off
them)."""
RESOLVED_KEY = "_resolved"
"""A stand-up day's reserved answer: when each help request was marked resolved (item ids
cannot start with "_")."""
DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})\.json$")
"""A file named for its day, `2026-11-23.json`: a reflection, or a day of a daily instrument."""


def _standup_day(raw: dict[str, Any]) -> Record:
    """A stand-up is a Record whose reserved `_resolved` answer holds dates."""
    record = Record.from_dict(raw)
    resolved = record.answers.get(RESOLVED_KEY)
    for when in resolved.fields.values() if resolved else ():
        shape.to_date(when, f"answers.{RESOLVED_KEY}.fields")
    return record


def _standup_readable(raw: dict[str, Any]) -> bool:
    """True only if `_standup_day` reads `raw` (see `FileKind.readable`)."""
    if not Record.readable(raw):
        return False
    resolved = raw.get("answers", {}).get(RESOLVED_KEY, {})
    for when in resolved.get("fields", {}).values():
        try:  # made visible, a date stays the same, and what is not a date stays not one
            date.fromisoformat(when)
        except ValueError:
            return False
    return True


def _top(name: str) -> Callable[[tuple[str, ...]], bool]:
    return lambda parts: parts == (name,)


GOALS: FileKind[Goals] = FileKind(
    "goals",
    Goals.from_dict,
    _top(TOP_FILES[0]),
    version=GOALS_VERSION,
    migrations=(goals_from_version_1,),
)
SUPPORT: FileKind[SupportContacts] = FileKind(
    "support contacts", SupportContacts.from_dict, _top(TOP_FILES[1])
)
HELP_REQUESTS: FileKind[OpenHelp] = FileKind(
    "open help requests", OpenHelp.from_dict, _top(HELP_INDEX)
)
SUPERVISION: FileKind[Supervisions] = FileKind(
    "supervision dates",
    Supervisions.from_dict,
    _top(TOP_FILES[3]),
    version=SUPERVISION_VERSION,
)
DAYS_OFF: FileKind[DaysOff] = FileKind(
    "days off", DaysOff.from_dict, lambda parts: len(parts) == 2 and parts[0] == TOP_FOLDERS[0]
)
STANDUP: FileKind[Record] = FileKind(
    "a stand-up", _standup_day, lambda parts: parts[0] == STANDUP_ID, readable=_standup_readable
)
REFLECTION: FileKind[Reflection] = FileKind(
    "a reflection",
    Reflection.from_dict,
    lambda parts: len(parts) == 2 and bool(DATED.match(parts[1])),
    readable=Reflection.readable,
)
PLAN: FileKind[Record] = FileKind(
    "the Wellness Action Plan",
    Record.from_dict,
    lambda parts: len(parts) == 2 and parts[0] == PLAN_ID,
    readable=Record.readable,
)
NOTICED: FileKind[Record] = FileKind(
    "early warning signs noticed",
    Record.from_dict,
    lambda parts: len(parts) == 2 and parts[0] == NOTICED_ID,
    readable=Record.readable,
)
CHECKED: FileKind[CheckedFiles] = FileKind(
    "doctor's note of the files it found good",
    CheckedFiles.from_dict,
    _top(CHECKED_NAME),
    version=CHECKED_VERSION,
)
CHECKLIST: FileKind[Record] = FileKind(
    "a checklist", Record.from_dict, lambda parts: True, readable=Record.readable
)

KINDS: tuple[FileKind[Any], ...] = (
    GOALS,
    SUPPORT,
    HELP_REQUESTS,
    SUPERVISION,
    DAYS_OFF,
    STANDUP,
    PLAN,
    NOTICED,
    REFLECTION,
    CHECKED,
    CHECKLIST,
)
"""Asked in order: the first that claims a file is its kind (checklists take the rest)."""


# -- where each file lives -------------------------------------------------------------------


def checklist(root: Path, instrument: str, cadence: str, period: str) -> Place[Record]:
    """daily/2026/2026-11-23.json, weekly/2026-W47.json, monthly/2026-11.json."""
    kind = _RECORD_KINDS.get(instrument, CHECKLIST)
    if cadence == "daily":
        return Place(root / instrument / period[:4] / f"{period}.json", kind)
    return Place(root / instrument / f"{period}.json", kind)


_RECORD_KINDS = {STANDUP_ID: STANDUP, PLAN_ID: PLAN, NOTICED_ID: NOTICED}


def plan(root: Path) -> Place[Record]:
    return checklist(root, PLAN_ID, "adhoc", "current")


def noticed(root: Path, week: str) -> Place[Record]:
    """noticed/2026-W47.json: the signs of the plan noticed in that ISO week."""
    return checklist(root, NOTICED_ID, "weekly", week)


def standup(root: Path, day: date) -> Place[Record]:
    return checklist(root, STANDUP_ID, "daily", day.isoformat())


def reflection(root: Path, instrument: str, day: date) -> Place[Reflection]:
    return Place(root / instrument / f"{day.isoformat()}.json", REFLECTION)


def goals(root: Path) -> Place[Goals]:
    return Place(root / TOP_FILES[0], GOALS)


def support(root: Path) -> Place[SupportContacts]:
    return Place(root / TOP_FILES[1], SUPPORT)


def supervision(root: Path) -> Place[Supervisions]:
    return Place(root / TOP_FILES[3], SUPERVISION)


def days_off(root: Path, year: int) -> Place[DaysOff]:
    return Place(root / TOP_FOLDERS[0] / f"{year}.json", DAYS_OFF)


def help_requests(root: Path) -> Place[OpenHelp]:
    return Place(root / HELP_INDEX, HELP_REQUESTS)


def checked(root: Path) -> Place[CheckedFiles]:
    return Place(root / CHECKED_NAME, CHECKED)


def key_file(root: Path) -> Path:
    return root / KEY_NAME


def converting_marker(root: Path) -> Path:
    return root / CONVERTING_NAME


def place_name(root: Path, path: Path | str) -> str:
    """A file's place in the store, as bound into an encrypted file: its path under the data
    folder with forward slashes, `daily/2026/2026-11-23.json`."""
    return Path(path).relative_to(root).as_posix()


def inside(root: Path, path: Path) -> bool:
    """Whether `path` (followed through any links) is in the data folder: no file but the
    store's own is ever written there (a summary export never is)."""
    try:
        where, folder = path.parent.resolve() / path.name, root.resolve()
    except (OSError, RuntimeError):  # a link loop: not a place to write anyway
        return True
    return where == folder or folder in where.parents


def kind_of(root: Path, path: Path) -> FileKind[Any]:
    """The kind of a `.json` file under the data folder, by where it lives."""
    return kind_at(path.relative_to(root).parts)


def kind_at(parts: tuple[str, ...]) -> FileKind[Any]:
    """The kind of a `.json` file by its path's parts under the data folder."""
    for kind in KINDS:
        if kind.claims(parts):
            return kind
    raise AssertionError("checklists claim every file")  # pragma: no cover

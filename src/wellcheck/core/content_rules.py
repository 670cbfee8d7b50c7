"""Which instrument ids a content file may use: never one of wellcheck's own files or folders in
the data folder, never longer than a folder name can safely be; the stand-up's id only for a
stand-up that keeps what wellcheck relies on."""

from __future__ import annotations

import re
from pathlib import Path

from wellcheck.core import layout
from wellcheck.core.content import EntriesItem, Instrument, SignsItem
from wellcheck.core.errors import ContentError

MAX_ID = 64
"""An id names a folder in the data folder: far below any file system's limit (255 bytes)."""
RESERVED_IDS = tuple(
    name.removesuffix(".json") for name in (*layout.TOP_FILES, *layout.TOP_FOLDERS)
)
"""The data folder's own files and folders (`goals.json`, `days-off/`…): an instrument of that
id would keep its answers among them."""
STANDUP_ITEMS = ("yesterday", "today", "help")
_ID_LINE = re.compile(r"^\s*id\s*=")


def standup_problem(instrument: Instrument) -> str | None:
    """What a stand-up (built in, or a file of the user's with its id) lacks, if anything."""
    if instrument.cadence != "daily":
        return "the stand-up's cadence must be 'daily'"
    kinds = {item.id: item for item in instrument.items}
    for item_id in STANDUP_ITEMS:
        if not isinstance(kinds.get(item_id), EntriesItem):
            return f"the stand-up needs an item '{item_id}' of kind 'entries'"
    return None


def plan_problem(instrument: Instrument) -> str | None:
    """What a Wellness Action Plan (built in, or a file of the user's with its id) lacks."""
    if instrument.cadence != "adhoc":
        return "the plan's cadence must be 'adhoc'"
    if not any(isinstance(item, SignsItem) for item in instrument.items):
        return "the plan needs an item of kind 'signs'"
    return None


def id_problem(path: Path, text: str, instrument: Instrument) -> ContentError | None:
    """Why this file's id cannot be used, at the id's line; None when it can."""
    ident = instrument.id
    if len(ident) > MAX_ID:
        reason = f"id: at most {MAX_ID} characters (it names a folder for the answers)"
    elif ident in RESERVED_IDS:
        reason = f"id: '{ident}' is the name of one of wellcheck's own files; choose another"
    elif ident == layout.STANDUP_ID:
        problem = standup_problem(instrument)
        reason = f"id 'standup' is kept for the stand-up, and {problem}" if problem else ""
    elif ident == layout.PLAN_ID:
        problem = plan_problem(instrument)
        reason = f"id 'plan' is kept for the Wellness Action Plan, and {problem}" if problem else ""
    else:
        reason = ""
    if not reason:
        return None
    line = next((n for n, ln in enumerate(text.splitlines(), 1) if _ID_LINE.match(ln)), None)
    return ContentError(path, reason, line)

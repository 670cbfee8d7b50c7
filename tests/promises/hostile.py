"""A generated corpus of hostile data files, for every kind of file in `layout.KINDS`.

Not a list of the cases someone thought of (that is `broken.py`): hypothesis builds each file
from a real one of its kind, written by wellcheck, then breaks it at a place and in a way it
picks — a value or a field replaced by hostile JSON (nesting deep enough to make Python's
parser recurse, numbers of thousands of digits, NaN and Infinity, half a character as a lone
`\\ud800` escape, the same field twice, control characters, megabyte field names), bytes cut,
inserted or flipped, a byte-order mark, text that is not UTF-8, JSON of any shape — or puts
something that is not a file where the file should be (a folder, a FIFO, a symlink loop, a file
that cannot be opened).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from wellcheck.core import doctor, layout, standup
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Contact, StressorAnswer
from wellcheck.core.stressors_store import save_contact, save_row

TODAY = date(2026, 11, 23)
PATHS: dict[str, Callable[[Path], Path]] = {
    "goals": lambda root: root / "goals.json",
    "support contacts": lambda root: root / "support.json",
    "open help requests": lambda root: root / "help-requests.json",
    "days off": lambda root: root / "days-off" / "2026.json",
    "supervision dates": lambda root: root / "supervision.json",
    "a stand-up": lambda root: root / "standup" / "2026" / "2026-11-23.json",
    "a reflection": lambda root: root / "stressors" / "2026-11-23.json",
    "a checklist": lambda root: root / "daily" / "2026" / "2026-11-23.json",
    "the Wellness Action Plan": lambda root: root / "plan" / "current.json",
    "early warning signs noticed": lambda root: root / "noticed" / "2026-W48.json",
    layout.CHECKED.name: lambda root: root / layout.CHECKED_NAME,
}
"""For each kind (by name), the path of today's file of it: one the app reads on start."""
COMMAND = {
    "goals": "daily",
    "support contacts": "stressors",
    "open help requests": "standup",
    "days off": "daily",
    "supervision dates": "daily",
    "a stand-up": "standup",
    "a reflection": "stressors",
    "a checklist": "daily",
    "the Wellness Action Plan": "plan",
    "early warning signs noticed": "weekly",
    layout.CHECKED.name: "daily",
}
"""The plain mode that reads each kind."""
KIND_NAMES = [kind.name for kind in layout.KINDS]


def good_files(root: Path) -> dict[str, bytes]:
    """One file of every kind, as wellcheck writes it, by kind name."""
    store = JsonStore(root)
    store.save_answer("daily", "daily", "2026-11-23", "lunch_break", Answer("Lunch?", "yes"))
    store.add_goal("A proper lunch", TODAY)
    store.set_day_off(date(2026, 11, 27), "leave")
    standup.save_answer(store, TODAY, "help", Answer("H", entries=["advice"]))
    row = StressorAnswer("family", "Family", "Death", ticked=True, note="hard")
    save_row(store, TODAY, "death", row)
    save_contact(store, "eap", Contact("Care First"))
    store.mark_supervision(date(2026, 11, 11))
    signs = Answer("Signs?", fields={"tired": "yes"}, labels={"tired": "Looking tired"})
    store.save_answer("plan", "adhoc", "current", "signs", signs)
    noticed = Answer("This week?", fields={"tired": "yes"}, labels={"tired": "Looking tired"})
    store.save_answer("noticed", "weekly", "2026-W48", "signs", noticed)
    with pytest.MonkeyPatch.context() as patch:  # every file settled: doctor notes them all
        patch.setattr(doctor, "SETTLE_NS", -60 * 10**9)
        assert doctor.checkup(root).findings == []
    return {name: PATHS[name](root).read_bytes() for name in KIND_NAMES}


# -- hostile JSON -----------------------------------------------------------------------------

_MARK = "\x00HOSTILE\x00"
_MARKED = json.dumps(_MARK)

deep = st.integers(1, 120_000).map(lambda n: "[" * n + "]" * n)
long_number = st.integers(19, 6000).map(lambda n: "9" * n)
tokens = st.sampled_from(
    [
        "NaN",
        "Infinity",
        "-Infinity",
        "1e999",
        "-0",
        "1.5",
        '"\\ud800"',
        '"a\\udfff"',
        '"\\udc80\\ud800"',
        '{"a": 1, "a": 2}',
        '{"": null}',
        '"\\u001b[2J\\r"',
        '"\x01\n"',
        "tru",
        "[1,]",
        "'single'",
    ]
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
).map(lambda value: json.dumps(value, allow_nan=True))
long_key = st.integers(200, 200_000).map(lambda n: json.dumps({"k" * n: 1}))
hostile_json = st.one_of(deep, long_number, tokens, json_values, long_key)


def _places(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every value's place in a document."""
    found = [path]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += _places(value, (*path, key))
    elif isinstance(doc, list):
        for n, value in enumerate(doc):
            found += _places(value, (*path, n))
    return found


def _put(doc: Any, where: tuple[Any, ...], value: Any) -> Any:
    if not where:
        return value
    head, rest = where[0], where[1:]
    doc[head] = _put(doc[head], rest, value)
    return doc


@st.composite
def broken_json(draw: st.DrawFn, good: bytes) -> bytes:
    """The good file with one value replaced, or one field added, as hostile JSON."""
    doc = json.loads(good)
    where = draw(st.sampled_from(_places(doc)))
    token = draw(hostile_json)
    if draw(st.booleans()) or not where:
        doc = _put(doc, where, _MARK)
    else:  # a hostile field beside it, under a hostile name
        parent = where[:-1]
        name = draw(st.sampled_from(["answers", "schema_version", "x", "\n\x1b]8;;", "[/]"]))
        target: Any = doc
        for step in parent:
            target = target[step]
        if isinstance(target, dict):
            target[name] = _MARK
        else:
            doc = _put(doc, where, _MARK)
    return json.dumps(doc, indent=2, ensure_ascii=False).replace(_MARKED, token, 1).encode()


@st.composite
def broken_bytes(draw: st.DrawFn, good: bytes) -> bytes:
    """The good file with its bytes cut, changed or added to."""
    how = draw(st.sampled_from(["cut", "insert", "flip", "bom", "latin-1", "binary", "blank"]))
    at = draw(st.integers(0, len(good)))
    if how == "cut":
        return good[:at]
    if how == "insert":
        return good[:at] + draw(st.binary(min_size=1, max_size=8)) + good[at:]
    if how == "flip":
        at = min(at, len(good) - 1)
        return good[:at] + bytes([good[at] ^ draw(st.integers(1, 255))]) + good[at + 1 :]
    if how == "bom":
        return b"\xef\xbb\xbf" + good
    if how == "latin-1":
        return good.replace(b'"', b'"\xe9', 1)
    if how == "binary":
        return draw(st.binary(max_size=200))
    return draw(st.sampled_from([b"", b" ", b"\n\n", b"\x00" * 16, b"null", b"[]", b"1"]))


# -- what is at the path ----------------------------------------------------------------------

OBSTACLES = ("folder", "fifo", "symlink-loop", "no-permission")


@dataclass(frozen=True)
class Hostile:
    """What is put at a file's path: bytes, or an obstacle in place of a file."""

    data: bytes | None = None
    obstacle: str = ""

    def __repr__(self) -> str:
        if self.obstacle:
            return f"Hostile(obstacle={self.obstacle!r})"
        return f"Hostile({len(self.data or b'')} bytes: {(self.data or b'')[:120]!r}…)"

    def place(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.obstacle == "folder":
            path.mkdir(mode=0o700)
        elif self.obstacle == "fifo":
            os.mkfifo(path, 0o600)
        elif self.obstacle == "symlink-loop":
            os.symlink(path.name, path)
        else:
            path.write_bytes(self.data or b"")
            path.chmod(0o600)

    def state(self, path: Path) -> object:
        """What is at the path, to compare before and after."""
        if self.obstacle in ("folder", "fifo", "symlink-loop"):
            return (self.obstacle, sorted(os.listdir(path)) if self.obstacle == "folder" else None)
        return path.read_bytes()


def hostile(good: bytes) -> st.SearchStrategy[Hostile]:
    return st.one_of(
        broken_json(good).map(Hostile),
        broken_bytes(good).map(Hostile),
        st.sampled_from(OBSTACLES).map(lambda o: Hostile(good, obstacle=o)),
    )

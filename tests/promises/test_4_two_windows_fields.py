"""Promise 4, field by field: two wellcheck processes that opened the same day's checklist and
stand-up before either saved, each writing other fields or entries of the same question, keep
both: nothing either typed is wiped by the other."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .helpers import subprocess_env

DAY = "2026-11-23"
WINDOW = """
import sys
from wellcheck.core.answers import Answer
from wellcheck.session.context import build_context
from wellcheck.session.session import Session

session = Session(build_context(None, sys.argv[1]))
daily, standup = session.open("daily"), session.open("standup")
print("open", flush=True)
for line in sys.stdin:  # "<daily|standup> <item> <field or entry index> <words>"
    which, item_id, key, words = line.rstrip("\\n").split(" ", 3)
    opened = daily if which == "daily" else standup
    old = opened.record.answers.get(item_id) or Answer(prompt=item_id)
    if key.isdigit():
        entries = list(old.entries) + [""] * (int(key) + 1 - len(old.entries))
        entries[int(key)] = words
        answer = Answer(old.prompt, fields=dict(old.fields), entries=entries)
    else:
        answer = Answer(old.prompt, fields={**old.fields, key: words}, entries=list(old.entries))
    print("saved" if opened.save(item_id, answer).saved else "not saved", flush=True)
"""


def start(data_dir: Path) -> subprocess.Popen[str]:
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, DAY],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(WELLCHECK_DATA_DIR=str(data_dir)),
    )
    assert window.stdout and window.stdout.readline() == "open\n"
    return window


def say(window: subprocess.Popen[str], line: str) -> None:
    assert window.stdin and window.stdout
    window.stdin.write(line + "\n")
    window.stdin.flush()
    assert window.stdout.readline() == "saved\n"


def test_two_windows_writing_other_fields_and_entries_keep_both(data_dir: Path) -> None:
    first, second = start(data_dir), start(data_dir)  # both open before either saves
    try:
        say(first, "daily difficult what a hard visit")
        say(second, "daily difficult learned ask for a co-worker")
        say(first, "daily went_well 0 tea")
        say(second, "daily went_well 1 sunshine")
        say(first, "daily went_well 2 the cat")
        say(second, "standup today 1 write up the visit")
        say(first, "standup today 0 call Sam back")
        say(first, "daily difficult what a hard visit, then a long drive")
    finally:
        for window in (first, second):
            assert window.stdin
            window.stdin.close()
            window.wait(timeout=30)
    daily = json.loads((data_dir / "daily" / "2026" / f"{DAY}.json").read_text())["answers"]
    assert daily["difficult"]["fields"] == {
        "what": "a hard visit, then a long drive",
        "learned": "ask for a co-worker",
    }
    assert daily["went_well"]["entries"] == ["tea", "sunshine", "the cat"]
    standup = json.loads((data_dir / "standup" / "2026" / f"{DAY}.json").read_text())["answers"]
    assert standup["today"]["entries"] == ["call Sam back", "write up the visit"]

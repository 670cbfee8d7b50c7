"""Promise 5, `wellcheck doctor`: every unreadable file and every sync-conflict copy, in one line
each."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.doctor import diagnose
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Contact, StressorAnswer
from wellcheck.core.stressors_store import save_contact, save_row

from .broken import BROKEN, CANARY
from .helpers import snapshot, subprocess_env

CONFLICT_COPIES = [
    "2026-11-23 (conflicted copy 2026-11-24).json",  # Dropbox
    "2026-11-23 (Sam's conflicted copy 2026-11-24).json",  # Dropbox, with a name
    "2026-11-23 (conflicted copy 2026-11-24 101010).json",  # Nextcloud
    "2026-11-23.sync-conflict-20261124-101010-ABCDEFG.json",  # Syncthing
    "2026-11-23_conflict-20261124-101010.json",  # ownCloud
]


def filled_store(root: Path) -> JsonStore:
    store = JsonStore(root)
    store.save_answer("daily", "daily", "2026-11-23", "lunch_break", Answer("Lunch?", "yes"))
    store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    store.add_goal("A proper lunch on Wednesday", date(2026, 11, 23))
    store.set_day_off(date(2026, 11, 27), "leave")
    return store


def test_all_well_exits_0(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled_store(data_dir)
    assert main(["doctor"]) == 0
    assert capsys.readouterr().out == f"All 4 data files in {data_dir} can be read.\n"


def test_no_data_yet_is_all_well(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 0
    assert "All 0 data files" in capsys.readouterr().out


def test_lists_every_unreadable_file_and_sync_copy_and_changes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = filled_store(data_dir)
    folder = store.record_path("daily", "daily", "2026-11-23").parent
    broken = {folder / f"2026-11-0{n + 1}.json": BROKEN[k] for n, k in enumerate(sorted(BROKEN))}
    for path, (data, _) in broken.items():
        path.write_bytes(data)
    for name in CONFLICT_COPIES:
        (folder / name).write_text("{}")
    (folder / ".2026-11-23.json.4242.tmp").write_text("{")
    before = snapshot(data_dir)

    assert main(["doctor"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert snapshot(data_dir) == before
    assert CANARY not in "\n".join(lines)
    for path, (_, reason) in broken.items():
        assert [line for line in lines if line.startswith(f"{path}: ")] == [
            f"{path}: {_finding(data_dir, path)}"
        ]
        assert reason in _finding(data_dir, path)
    for name in CONFLICT_COPIES:
        line = next(line for line in lines if line.startswith(str(folder / name)))
        assert "a copy left by a sync tool" in line
    assert any(".4242.tmp: left over from a save that was interrupted" in line for line in lines)
    assert len(lines) == len(broken) + len(CONFLICT_COPIES) + 1 + 1
    assert lines[-1].startswith(f"{len(lines) - 1} to look at; every other file (4) reads well.")


def test_a_file_others_can_read_is_listed(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = filled_store(data_dir)
    store.goals_path().chmod(0o644)
    assert main(["doctor"]) == 1
    assert f"{store.goals_path()}: readable by others (mode 644)" in capsys.readouterr().out


def _finding(root: Path, path: Path) -> str:
    return next(f.problem for f in diagnose(root)[1] if f.path == path)


def test_doctor_does_not_import_textual(data_dir: Path) -> None:
    code = (
        "import sys; from wellcheck.cli import main; main(['doctor']); "
        "assert not {'textual', 'rich'} & set(sys.modules), 'textual or rich imported'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=subprocess_env()
    )
    assert done.returncode == 0, done.stderr


def test_reads_each_kind_of_file_as_what_it_is(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = filled_store(data_dir)
    standup.save_answer(store, date(2026, 11, 23), "help", Answer("H", entries=["advice"]))
    standup.set_resolved(store, date(2026, 11, 23), "advice", None)
    row = StressorAnswer("family", "Family", "Death", ticked=True, note="hard")
    save_row(store, date(2026, 11, 23), "death", row)
    save_row(store, date(2026, 11, 23), "own-1", row, instrument="mygrid")  # a grid of one's own
    save_contact(store, "eap", Contact("Care First"))
    assert main(["doctor"]) == 0
    assert capsys.readouterr().out == f"All 9 data files in {data_dir} can be read.\n"


@pytest.mark.parametrize(
    ("where", "doc", "reason"),
    [
        (
            "stressors/2026-11-23.json",
            {"day": "2026-11-23", "rows": []},
            "rows: expected an object",
        ),
        ("mygrid/2026-11-23.json", {"rows": {}}, "day: expected a date"),
        ("support.json", {"contacts": {"boss": {}}}, "contacts.boss: unknown field"),
        ("help-requests.json", {"requests": {}}, "requests: expected a list"),
        (
            "standup/2026/2026-11-23.json",
            {
                "instrument": "standup",
                "period": "2026-11-23",
                "answers": {"_resolved": {"prompt": "p", "fields": {"advice": "soon"}}},
            },
            "answers._resolved.fields: expected a date",
        ),
    ],
)
def test_names_what_is_wrong_with_each_kind(
    data_dir: Path, where: str, doc: dict[str, object], reason: str
) -> None:
    path = data_dir / where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema_version": 1, **doc}))
    path.chmod(0o600)
    count, findings = diagnose(data_dir)
    assert [(f.path, reason in f.problem) for f in findings] == [(path, True)], findings

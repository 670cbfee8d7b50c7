"""`wellcheck standup --plain` with piped input, and the command line around the stand-up."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wellcheck.cli import main
from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.standup import HELP, TODAY, YESTERDAY, HelpRequest
from wellcheck.session.context import build_context

FRIDAY, MONDAY = date(2026, 11, 20), date(2026, 11, 23)


def run_plain(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], day: date, text: str
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code = main(["standup", "--plain", "--date", day.isoformat()])
    return code, capsys.readouterr().out


def answers(data_dir: Path, day: date) -> dict[str, Any]:
    path = data_dir / "standup" / str(day.year) / f"{day.isoformat()}.json"
    found: dict[str, Any] = json.loads(path.read_text())["answers"]
    return found


def test_plain_mode_reads_one_entry_a_line_and_saves_each(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    typed = "visits\n\ncourt report\ncall Sam back\n\nmileage form\n\n"
    code, out = run_plain(monkeypatch, capsys, FRIDAY, typed)
    assert code == 0
    assert "YTH stand-up — Friday 20 November" in out
    assert "three things in 90 seconds" in out
    saved = answers(data_dir, FRIDAY)
    assert saved[YESTERDAY]["entries"] == ["visits"]
    assert saved[TODAY]["entries"] == ["court report", "call Sam back"]
    assert saved[HELP]["entries"] == ["mileage form"]


def test_plain_mode_offers_fridays_t_on_monday_and_follows_up_earlier_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    ctx = build_context(data_dir, FRIDAY.isoformat())
    for item_id, lines in ((TODAY, ["court report"]), (HELP, ["mileage form", "cover"])):
        standup.save_answer(ctx.store, FRIDAY, item_id, Answer(prompt="", entries=lines))
    code, out = run_plain(monkeypatch, capsys, MONDAY, "\nduty\n\n\n7\n2\n")
    assert code == 0
    assert "Carried over from your T of Friday 20 November" in out
    assert "   1. Fri 20 Nov: mileage form" in out
    assert "Please give numbers from 1 to 2" in out
    saved = answers(data_dir, MONDAY)
    assert saved[YESTERDAY]["entries"] == ["court report"]
    assert saved[TODAY]["entries"] == ["duty"]
    assert standup.open_requests(ctx.store) == [HelpRequest(FRIDAY, "mileage form")]


def test_plain_mode_keeps_what_was_given_when_input_ends(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out = run_plain(monkeypatch, capsys, MONDAY, "visits\nreports")
    assert code == 0
    assert "everything you answered is saved" in out
    assert answers(data_dir, MONDAY)[YESTERDAY]["entries"] == ["visits", "reports"]


def test_a_broken_standup_override_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], config_dir: Path
) -> None:
    (config_dir / "content").mkdir(parents=True)
    (config_dir / "content" / "standup.toml").write_text(
        'id = "standup"\ntitle = "Mine"\ncadence = "weekly"\n'
        '[[items]]\nid = "today"\nkind = "entries"\nprompt = "T"\n'
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["standup", "--plain"])
    err = capsys.readouterr().err
    assert code == 0  # skipped: the built-in stand-up opens
    assert err.count("\n") == 1 and "standup.toml:1: id 'standup' is kept for the stand-up" in err
    assert "the stand-up's cadence must be 'daily'" in err


def test_standup_help_does_not_import_textual() -> None:
    code = (
        "import sys\nfrom wellcheck.cli import main\n"
        "try:\n    main(['standup', '--help'])\nexcept SystemExit:\n    pass\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "--plain" in done.stdout

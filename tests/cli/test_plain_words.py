"""Plain mode and the command line as a new user meets them: lines folded at a space on a
terminal, `-` clearing an answer everywhere, and a date still to come or a day that is never
worked said in one line instead of taken without a word."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.plain.lines import LineIO


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_lines_fold_at_a_space_never_inside_a_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "shutil.get_terminal_size", lambda fallback=None: os.terminal_size((40, 24))
    )
    out = Terminal()
    text = "   Conditions of work and the pressures of working at home, and how they affect me"
    LineIO(io.StringIO(), out).say(text)
    lines = out.getvalue().splitlines()
    assert len(lines) > 1
    assert all(len(line) <= 39 for line in lines)
    assert all(line.startswith("   ") for line in lines), "folded lines keep their indent"
    assert " ".join(line.strip() for line in lines) == text.strip(), "no word was cut"


def test_to_a_pipe_lines_stay_whole() -> None:
    out = io.StringIO()
    text = "word " * 60
    LineIO(io.StringIO(), out).say(text)
    assert out.getvalue() == text + "\n"


def test_a_dash_alone_clears_a_reflection_an_entry_and_a_yes_no(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    first = "y\nn\nA hard call\nAsk sooner\nTea with Sam\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(first))
    assert main(["daily", "--plain", "--date", "2026-11-23"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("-\n\n-\n\n-\n"))
    assert main(["daily", "--plain", "--date", "2026-11-23"]) == 0
    assert "- on its own to clear one" in capsys.readouterr().out
    path = data_dir / "daily" / "2026" / "2026-11-23.json"
    answers = json.loads(path.read_text())["answers"]
    assert answers["lunch_break"].get("value") is None
    assert answers["handed_over"]["value"] == "no"
    assert answers["difficult"]["fields"] == {"difficult": "", "learned": "Ask sooner"}
    assert answers["went_well"]["entries"][0] == ""
    assert "-" not in json.dumps(answers["difficult"]["fields"])


def test_a_check_in_for_a_day_still_to_come_is_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(["daily", "--plain", "--date", "2099-01-05"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "still to come" in err
    assert not (data_dir / "daily").exists()


def test_leave_may_be_marked_ahead(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main(["off", "--date", "2099-01-05", "leave"]) == 0
    assert json.loads((data_dir / "days-off" / "2099.json").read_text())["days"] == {
        "2099-01-05": "leave"
    }


def test_a_day_off_on_a_day_that_is_never_worked_says_so_and_marks_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(["off", "--date", "2026-11-28", "sick"]) == 0  # a Saturday
    out = capsys.readouterr().out
    assert "not one of your working days" in out and "nothing was marked" in out
    assert not (data_dir / "days-off").exists()

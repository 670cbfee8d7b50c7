"""Goals in plain mode: `wellcheck goals --plain` changes, finishes and deletes a goal, and the
plain checklist's offer remembers "not now" for its period."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore

TODAY = date(2026, 11, 23)


def plain(
    argv: list[str], lines: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    code = main([*argv, "--plain", "--date", TODAY.isoformat()])
    return code, capsys.readouterr().out


def test_a_goal_is_edited_then_deleted_asked_once(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = JsonStore(data_dir)
    store.add_goal("Lunch away from the desk", TODAY)
    code, out = plain(["goals"], "1\ne\nLunch outside\n2026-11-27\n\n", monkeypatch, capsys)
    assert code == 0 and "Goal changed." in out
    [goal] = store.goals()
    assert (goal.text, goal.target) == ("Lunch outside", date(2026, 11, 27))
    code, out = plain(["goals"], "1\n-\n\n1\nd\n-\ny\n", monkeypatch, capsys)
    assert "e edits it, x marks it done, - deletes it" in out
    assert "Please answer with one of:" in out  # d (home's daily) is not a goal's key
    assert "Kept as it was." in out and "Goal deleted." in out
    assert store.goals() == []


def test_not_now_in_the_plain_checklist_is_kept_for_the_period(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = JsonStore(data_dir)
    store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    code, out = plain(["weekly"], "\n\n\n", monkeypatch, capsys)
    assert code == 0 and "A goal for yourself" in out
    assert store.goals_file().declined == ["weekly/2026-W48"]
    code, out = plain(["weekly"], "\n\n\n", monkeypatch, capsys)
    assert "A goal for yourself" not in out  # not asked again

"""One way from a key to the disk: widget -> screen -> session -> store, the same session call for
the full-screen app and plain mode. The same answers given in each leave the same file."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from wellcheck.cli import main
from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.context import build_context
from wellcheck.tui.app import WellcheckApp

DAY = "2026-11-23"


def saved_answers(root: Path) -> dict[str, Any]:
    """The day's answers as saved, without the times they were saved at."""
    doc = json.loads((root / "daily" / "2026" / f"{DAY}.json").read_text())
    for answer in doc["answers"].values():
        answer.pop("changed_at")
    return doc


def spy_on_saves(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original = OpenChecklist.save

    def save(self: OpenChecklist, item_id: str, answer: Any, **given: bool) -> Any:
        calls.append(item_id)
        return original(self, item_id, answer, **given)

    monkeypatch.setattr(OpenChecklist, "save", save)
    return calls


async def test_the_app_and_plain_mode_save_through_the_same_call_and_write_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = spy_on_saves(monkeypatch)
    in_app, in_plain = tmp_path / "app", tmp_path / "plain"
    app = WellcheckApp(build_context(in_app, DAY), start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "n", "a")  # three yes / no / not applicable answers
        await pilot.pause()
    app_calls = list(calls)

    monkeypatch.setattr(sys, "stdin", io.StringIO("y\nn\na\n"))
    assert main(["daily", "--plain", "--data-dir", str(in_plain), "--date", DAY]) == 0
    capsys.readouterr()

    assert len(app_calls) == 3 and calls[3:] == app_calls  # one save per answer, in each
    assert saved_answers(in_app) == saved_answers(in_plain)
    assert len(saved_answers(in_app)["answers"]) == 3

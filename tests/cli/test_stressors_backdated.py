"""A change made with --date to an earlier day's stressors reflection never vanishes from later
views: when the grid was changed on a later day, opening it for an earlier one is refused with
one line (the later reflection would hide the change); with no later one, the change is the
grid as it stands from that day on, in every later view and summary."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.session.context import build_context
from wellcheck.tui.app import WellcheckApp


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def plain(monkeypatch: pytest.MonkeyPatch, day: str, typed: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    return main(["stressors", "--plain", "--date", day])


def test_a_back_dated_change_before_a_later_reflection_is_refused_in_one_line(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert plain(monkeypatch, "2026-11-25", "y\n4\n") == 0  # the grid, changed on the 25th
    capsys.readouterr()
    before = snapshot(data_dir)
    assert plain(monkeypatch, "2026-11-20", "y\n5\n") == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "last changed on Wednesday 25 November 2026" in err and "without --date" in err
    assert snapshot(data_dir) == before


async def test_the_app_says_why_it_will_not_open_the_grid_for_an_earlier_day(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert plain(monkeypatch, "2026-11-25", "y\n4\n") == 0
    app = WellcheckApp(build_context(data_dir, "2026-11-20"))
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')}: {message}")  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
    assert any(line.startswith("Cannot open: ") and "25 November" in line for line in shown)


def test_a_back_dated_change_with_nothing_later_shows_in_later_summaries(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ticked, impact 3, affecting work, a note, help, from where, flagged for supervision.
    assert plain(monkeypatch, "2026-11-20", "y\n3\ny\nbad nights\n1\n1\ny\n") == 0
    capsys.readouterr()
    assert main(["summary", "--date", "2026-12-02"]) == 0  # a week later
    assert "bad nights" in capsys.readouterr().out

"""The summary screen: `s` from home, a preview that is the file, writing it only when asked."""

from __future__ import annotations

from pathlib import Path

from summary_fixture import write_week
from textual.widgets import Input

from wellcheck.report.render import render
from wellcheck.session.context import Context, build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.summary import SummaryScreen, WriteDialog


def _app(data_dir: Path, export: Path) -> WellcheckApp:
    write_week(data_dir)
    ctx: Context = build_context(data_dir, "2026-11-20")
    return WellcheckApp(ctx, export_dir=export)


def _preview(screen: SummaryScreen) -> str:
    return str(screen.query_one("#preview").render())


async def test_s_opens_the_preview_of_each_format(data_dir: Path, tmp_path: Path) -> None:
    app = _app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen) and screen.summary is not None
        assert screen.summary.week == "2026-W47"
        for key, fmt in (("2", "markdown"), ("3", "html"), ("4", "json"), ("1", "text")):
            await pilot.press(key)
            await pilot.pause()
            assert screen.fmt == fmt
            assert screen.document == render(screen.summary, fmt)
            assert _preview(screen) == screen.document
        assert list(tmp_path.glob("wellcheck-*")) == []  # nothing written by previewing
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SummaryScreen)


async def test_left_and_right_move_between_weeks(data_dir: Path, tmp_path: Path) -> None:
    app = _app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "left")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen) and screen.summary is not None
        assert screen.summary.week == "2026-W46"
        assert "week 46 of 2026" in screen.document
        await pilot.press("right", "right")
        await pilot.pause()
        assert screen.summary.week == "2026-W48"


async def test_w_writes_exactly_the_preview_to_a_private_file(
    data_dir: Path, tmp_path: Path
) -> None:
    app = _app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "2", "w")
        await pilot.pause()
        assert isinstance(app.screen, WriteDialog)
        assert app.screen.query_one("#path", Input).value == str(tmp_path / "wellcheck-2026-W47.md")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        written = tmp_path / "wellcheck-2026-W47.md"
        assert written.read_text(encoding="utf-8") == screen.document
        assert written.stat().st_mode & 0o777 == 0o600


async def test_an_existing_file_is_replaced_only_on_a_second_enter(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "wellcheck-2026-W47.txt"
    target.write_text("keep me", encoding="utf-8")
    app = _app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "w", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WriteDialog)
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("escape")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("w", "enter", "enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("Your own wellbeing summary")


def test_summary_screen_snapshot(data_dir: Path, tmp_path: Path, snap_compare: object) -> None:
    app = _app(data_dir, tmp_path)
    assert snap_compare(app, press=["s"], terminal_size=(80, 24))  # type: ignore[operator]

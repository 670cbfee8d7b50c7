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


def _month_app(data_dir: Path, export: Path) -> WellcheckApp:
    from pack_fixture import write_month_of_weeks

    write_month_of_weeks(data_dir)
    return WellcheckApp(build_context(data_dir, "2026-11-27"), export_dir=export)


def _title(screen: SummaryScreen) -> str:
    return str(screen.query_one("#title").render())


async def test_v_chooses_the_weeks_and_the_preview_follows(data_dir: Path, tmp_path: Path) -> None:
    from wellcheck.core.pack import SupervisionPack

    app = _month_app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        assert _title(screen) == "Weekly summary — 2026-W48"
        titles = []
        for _ in range(4):
            await pilot.press("v")
            await pilot.pause()
            titles.append(_title(screen))
            assert screen.document == render(screen.summary, screen.fmt)  # type: ignore[arg-type]
        assert titles == [
            "Supervision pack — the last 4 weeks (weeks 45 to 48)",
            "Supervision pack — weeks 45 to 48, since supervision on Mon 2 Nov",
            "Supervision pack — November 2026 (weeks 45 to 48)",
            "Weekly summary — 2026-W48",
        ]
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(screen.summary, SupervisionPack)
        assert "The weeks at a glance" in _preview(screen)


async def test_left_and_right_move_a_pack_by_a_week_and_a_month_by_a_month(
    data_dir: Path, tmp_path: Path
) -> None:
    app = _month_app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "v", "left")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        assert _title(screen) == "Supervision pack — the last 4 weeks (weeks 44 to 47)"
        await pilot.press("v", "v", "left")  # since supervision, then this month; a month back
        await pilot.pause()
        assert _title(screen) == "Supervision pack — October 2026 (weeks 40 to 44)"


async def test_markdown_and_html_previews_wrap_at_the_screens_edge(
    data_dir: Path, tmp_path: Path
) -> None:
    app = _month_app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "v")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        scroll = screen.query_one("#preview-scroll")
        for key, wrapped in (("2", True), ("3", True), ("4", False)):
            await pilot.press(key)
            await pilot.pause()
            assert max(len(line) for line in screen.document.splitlines()) > 80
            assert (scroll.max_scroll_x == 0) is wrapped
            if wrapped:
                await pilot.press("shift+right")
                await pilot.pause()
                assert scroll.scroll_x == 0  # nothing is cut off to the side


async def test_w_writes_the_pack_under_its_weeks_name(data_dir: Path, tmp_path: Path) -> None:
    app = _month_app(data_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "v", "v", "2", "w")
        await pilot.pause()
        assert isinstance(app.screen, WriteDialog)
        await pilot.press("enter")
        await pilot.pause()
        written = tmp_path / "wellcheck-2026-W45-to-W48.md"
        assert written.read_text(encoding="utf-8").startswith("# Your own supervision pack")


def test_the_pack_preview_snapshot(data_dir: Path, tmp_path: Path, snap_compare: object) -> None:
    """Since the last supervision, in Markdown, wrapped, at 80×24."""
    app = _month_app(data_dir, tmp_path)
    assert snap_compare(app, press=["s", "v", "v", "2"], terminal_size=(80, 24))  # type: ignore[operator]

"""The history screen: h on home opens it, 1 2 3 change the view, the weeks scroll, Escape goes
back home, and `wellcheck history` opens it over home."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from history_fixture import write_history
from textual.widgets import Static

from wellcheck.core.answers import Answer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.history import HistoryScreen
from wellcheck.tui.screens.home import HomeScreen
from wellcheck.tui.widgets.history_grid import WeekGrid


@pytest.fixture
def lived(ctx: Context, data_dir: Path) -> Context:
    write_history(data_dir)
    return ctx


def shown_text(app: WellcheckApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_h_on_home_opens_the_weeks_and_escape_goes_back(lived: Context) -> None:
    app = WellcheckApp(lived)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        grid = app.screen.query_one(WeekGrid)
        assert app.focused is grid
        lines = [grid.render_line(y).text for y in range(9)]
        assert lines[0].split() == ["23", "Nov", "2026", "today", *["to", "come"] * 4]
        assert lines[1].split() == ["16", "Nov", "2026", *["●"] * 5]
        assert lines[6].split() == ["12", "Oct", "2026", "leave", "leave", "leave", "●", "●"]
        assert lines[8].split()[-1] == "+Sat"  # a Saturday's check-in, apart
        assert "leave" not in lines[1]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_weeks_scroll_back_to_the_first_one_and_no_further(lived: Context) -> None:
    answer = Answer("Have you taken a lunch break?", "yes")
    lived.store.save_answer("daily", "daily", "2026-01-07", "lunch_break", answer)
    app = WellcheckApp(lived, start="history")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        grid = app.screen.query_one(WeekGrid)
        assert grid.virtual_size.height == 47  # week 2 of 2026 to week 48
        await pilot.press("end")
        await pilot.pause()
        shown = [grid.render_line(y).text for y in range(grid.size.height)]
        assert shown[-1].startswith("5 Jan 2026")
        assert "23 Nov 2026" not in "".join(shown)
        await pilot.press("home", "down")
        await pilot.pause()
        assert grid.render_line(0).text.startswith("16 Nov 2026")
        await pilot.press("pagedown")
        await pilot.pause()
        assert grid.scroll_offset.y == 1 + grid.size.height


async def test_2_shows_each_item_and_3_the_stressors_and_goals(lived: Context) -> None:
    app = WellcheckApp(lived, start="history")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.screen.current == "items"  # type: ignore[attr-defined]
        items = shown_text(app, "#items-text")
        assert "Have you taken a lunch break?" in items
        assert "yes on 32 of 51 worked days, over 12 weeks" in items
        await pilot.press("3")
        await pilot.pause()
        over_time = shown_text(app, "#over-time-text")
        assert (
            "Moving house" in over_time and "impact 3 of 5 (2 Mar) → 4 of 5 (14 Sep)" in over_time
        )
        assert "To look at again" in over_time
        assert "set 1 Sep, done 21 Sep, after 2 weeks" in over_time
        await pilot.press("1")
        await pilot.pause()
        assert app.focused is app.screen.query_one(WeekGrid)


async def test_an_empty_store_shows_no_empty_weeks(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="history")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query(WeekGrid)
        assert "Nothing here yet" in str(app.screen.query(Static).nodes[2].render())


async def test_a_file_that_cannot_be_read_is_said_and_the_rest_shown(
    lived: Context, data_dir: Path
) -> None:
    for day in ("2026-11-17", "2026-11-18"):  # two side by side: each its own column
        (data_dir / "daily" / "2026" / f"{day}.json").write_bytes(b"\xff")
    app = WellcheckApp(lived, start="history")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        grid = app.screen.query_one(WeekGrid)
        line = grid.render_line(1).text
        at = line.index("? not read")
        assert line[at + 12 : at + 22] == "? not read"  # the next column, not run together
        assert line[at + 10 : at + 12] == "  "
        notices = [str(n.message) for n in app._notifications]
        assert any("2026-11-1" in n and ".json" in n for n in notices), notices


def test_the_history_shown_is_of_the_day_asked_for(lived: Context) -> None:
    assert lived.today == date(2026, 11, 23)


async def test_wellcheck_history_starts_on_it_and_escape_goes_home(lived: Context) -> None:
    app = WellcheckApp(lived, start="history")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and len(app.screen_stack) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.screen.overview is not None
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_ctrl_q_quits_from_the_history_at_once(lived: Context) -> None:
    app = WellcheckApp(lived)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h", "2", "ctrl+q")
        await pilot.pause()
    assert app.return_code == 0 and not app.parting_line


async def test_p_opens_the_grid_from_the_stressors_to_review_and_back(lived: Context) -> None:
    from wellcheck.tui.screens.stressors import StressorsScreen

    app = WellcheckApp(lived, start="history")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")  # not offered on the weeks
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("3", "p")
        await pilot.pause()
        assert isinstance(app.screen, StressorsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen) and app.screen.current == "over-time"


async def test_seven_working_days_fit_at_80_columns_as_marks(
    data_dir: Path, config_dir: Path
) -> None:
    from wellcheck.session.context import build_context

    config_dir.mkdir()
    days = '["mon", "tue", "wed", "thu", "fri", "sat", "sun"]'
    (config_dir / "config.toml").write_text(f"working_days = {days}\n", encoding="utf-8")
    write_history(data_dir)
    app = WellcheckApp(build_context(data_dir, "2026-11-23"), start="history")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        grid = app.screen.query_one(WeekGrid)
        assert grid.virtual_size.width <= grid.size.width
        assert grid.render_line(6).text.split() == ["12", "Oct", "2026", "L", "L", "L", "●", "●"]
        assert grid.render_line(8).text.split()[3:] == ["●"] * 6  # Saturday is a working day
        note = str(app.screen.query_one(".note", Static).render())
        assert "L leave   S sick   N not working" in note

"""The goal offer: made in place when a checklist has a no, opened only by its key, never
nagging ("not now" is kept across restarts), careful with dates, and never losing a goal it
could not save."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path

from home_view import section
from textual.widgets import Input, Static

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.goals import GoalDialog


def slow_clock() -> Callable[[], float]:
    """Each reading 10 s after the last: no three Escapes ever count as a quick exit."""
    ticks = itertools.count(step=10)
    return lambda: float(next(ticks))


async def test_not_now_is_remembered_for_that_checklist(ctx: Context) -> None:
    app = WellcheckApp(ctx, clock=slow_clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w", "n", "n", "tab", "g")
        assert isinstance(app.screen, GoalDialog)
        await pilot.press("escape", "escape")  # not now; then home
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert not app.screen.query_one("#offer").display  # not offered again
    again = WellcheckApp(ctx, start="weekly")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not again.screen.query_one("#offer").display  # nor after a restart


async def test_no_offer_once_a_goal_was_set_from_that_checklist(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "n", "tab", "g", *"Walk twice", "enter", "enter")
        await pilot.pause()
    again = WellcheckApp(ctx, start="weekly")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not again.screen.query_one("#offer").display
    assert [g.text for g in ctx.store.goals()] == ["Walk twice"]


async def test_answering_the_last_item_first_does_not_interrupt(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "n")
        assert isinstance(app.screen, ChecklistScreen)  # the first item is still to answer
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.home  # nothing pops up on the way out: home offers it in place
        assert any("next step" in line for line in section(app, "Goals"))


async def goal_with_target(pilot: object, target: str) -> str:
    app = pilot.app  # type: ignore[attr-defined]
    await pilot.press("n", "n", "tab", "g", *"Leave on time", "enter", *target, "enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, GoalDialog)
    return str(app.screen.query_one("#problem", Static).render())


async def test_a_date_gone_by_is_refused(ctx: Context) -> None:
    async with WellcheckApp(ctx, start="weekly").run_test(size=(80, 24)) as pilot:
        assert "has passed" in await goal_with_target(pilot, "2025-01-01")


async def test_a_date_not_in_the_calendar_says_so(ctx: Context) -> None:
    async with WellcheckApp(ctx, start="weekly").run_test(size=(80, 24)) as pilot:
        assert "no 2026-02-30 in the calendar" in await goal_with_target(pilot, "2026-02-30")


async def test_a_goal_that_cannot_be_saved_stays_in_the_dialog(
    ctx: Context, data_dir: Path
) -> None:
    goals = data_dir / "goals.json"
    goals.write_bytes(b"{broken")
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "n", "tab", "g", *"Ask for supervision", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GoalDialog)
        assert app.screen.query_one("#goal", Input).value == "Ask for supervision"
    assert goals.read_bytes() == b"{broken"
    assert not json.loads((data_dir / "weekly" / "2026-W48.json").read_text())["answers"] == {}

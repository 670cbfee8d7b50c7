"""The goal offer: made when a finished checklist has a no, never nagging, careful with dates,
and never losing a goal it could not save."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, Static

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.goals import GoalOffer


def slow_clock() -> Callable[[], float]:
    """Each reading 10 s after the last: no three Escapes ever count as a quick exit."""
    ticks = itertools.count(step=10)
    return lambda: float(next(ticks))


async def test_not_now_is_remembered_for_that_checklist(ctx: Context) -> None:
    app = WellcheckApp(ctx, clock=slow_clock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("w", "n", "n")
        assert isinstance(app.screen, GoalOffer)
        await pilot.press("escape", "escape")  # not now; then home
        await pilot.pause()
        await pilot.press("w", "escape")
        await pilot.pause()
        assert app.screen is app.home  # straight home: not offered again


async def test_no_offer_once_a_goal_was_set_from_that_checklist(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "n", *"Walk twice", "enter", "enter")
        await pilot.pause()
    again = WellcheckApp(ctx, start="weekly")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert again.screen is again.home
    assert [g.text for g in ctx.store.goals()] == ["Walk twice"]


async def test_answering_the_last_item_first_does_not_interrupt(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "n")
        assert isinstance(app.screen, ChecklistScreen)  # the first item is still to answer
        await pilot.press("escape")
        assert isinstance(app.screen, GoalOffer)  # offered on the way out instead


async def goal_with_target(pilot: object, target: str) -> str:
    app = pilot.app  # type: ignore[attr-defined]
    await pilot.press("n", "n", *"Leave on time", "enter", *target, "enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, GoalOffer)
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
        await pilot.press("n", "n", *"Ask for supervision", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GoalOffer)
        assert app.screen.query_one("#goal", Input).value == "Ask for supervision"
    assert goals.read_bytes() == b"{broken"
    assert not json.loads((data_dir / "weekly" / "2026-W48.json").read_text())["answers"] == {}

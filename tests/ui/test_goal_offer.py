"""The goal offer: made in place when a checklist has a no, opened only by its key, never
nagging ("not now" is kept across restarts), careful with dates, and never losing a goal it
could not save."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from home_view import screen_text, section
from textual._compositor import Compositor
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.goals import GoalDialog
from wellcheck.tui.widgets.goal_offer import OFFER_TITLE


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


async def test_the_offer_comes_and_goes_in_its_place_and_nothing_else_moves(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """y and n in turn on the same question bring the offer and take it away: its words come
    and go in a place kept for them, and the screen is not laid out again (it was, as a
    whole, at every such key: README, Performance)."""
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 40)) as pilot:  # the whole checklist in view
        await pilot.pause()
        end = app.screen.query_one(".end", Static)
        where = end.region
        assert OFFER_TITLE not in screen_text(app)
        reflows: list[object] = []
        reflow = Compositor.reflow

        def counted(compositor: Compositor, *args: object) -> object:
            reflows.append(args)
            return reflow(compositor, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(Compositor, "reflow", counted)
        await pilot.press("n")
        await pilot.pause()
        assert OFFER_TITLE in screen_text(app) and end.region == where
        await pilot.press("shift+tab", "y")
        await pilot.pause()
        assert OFFER_TITLE not in screen_text(app) and end.region == where
        assert reflows == []


async def test_an_offer_taken_away_out_of_view_is_gone_when_scrolled_back_to(
    ctx: Context,
) -> None:
    """The offer is drawn afresh when it comes into view: taken away while it was scrolled
    out of view, it was not shown again, stale, when the user scrolled down to it."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:  # the daily checklist is longer
        await pilot.press("n")  # no lunch break: a next step is offered, at the end
        view = app.screen.query_one("#items", VerticalScroll)
        view.scroll_end(animate=False)
        await pilot.pause()
        assert OFFER_TITLE in screen_text(app)
        view.scroll_home(animate=False)
        await pilot.pause()
        assert OFFER_TITLE not in screen_text(app)  # out of view
        await pilot.press("shift+tab", "y")  # had a lunch break after all: nothing to offer
        await pilot.pause()
        view.scroll_end(animate=False)
        await pilot.pause()
        assert "That is all." in screen_text(app)
        assert OFFER_TITLE not in screen_text(app)


async def test_the_offer_says_tab_reaches_it_only_until_tab_has(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "n")
        await pilot.pause()
        assert OFFER_TITLE in screen_text(app)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#offer")
        shown = screen_text(app)
        assert "g here sets a goal" in shown and "Tab reaches it" not in shown
        await pilot.press("shift+tab")
        await pilot.pause()
        assert OFFER_TITLE in screen_text(app)

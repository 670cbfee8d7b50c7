"""How the screens look at 80x24: reviewed by eye, then kept as SVG snapshots."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from wellcheck.core.answers import Answer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp


async def no_blink(pilot: Pilot[Any]) -> None:
    for field in pilot.app.screen.query(Input).results(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_home_screen(ctx: Context, snap_compare: Any) -> None:
    ctx.store.save_answer("daily", "daily", "2026-11-23", "lunch_break", Answer("Lunch?", "yes"))
    ctx.store.add_goal(
        "Take a proper lunch break on Wednesday", date(2026, 11, 23), date(2026, 11, 25)
    )
    assert snap_compare(WellcheckApp(ctx), terminal_size=(80, 24), run_before=no_blink)


def test_daily_checklist(ctx: Context, snap_compare: Any) -> None:
    async def answer_some(pilot: Pilot[Any]) -> None:
        await pilot.press("y", "n", *"A difficult call with a family")
        await no_blink(pilot)

    app = WellcheckApp(ctx, start="daily")
    assert snap_compare(app, terminal_size=(80, 24), run_before=answer_some)

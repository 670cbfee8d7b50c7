"""How the screens look at 80x24: reviewed by eye, then kept as SVG snapshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from lived_in import AT, write_lived_in
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from wellcheck.core import stressors_store
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


# -- every screen and dialog at 80x24, over a store that looks lived in (tests/lived_in.py) ----


@pytest.fixture
def lived_in(ctx: Context, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Context:
    """Monday 23 November 2026 after a few weeks of use; rows changed now are stamped 17:40."""
    write_lived_in(data_dir)
    monkeypatch.setattr(stressors_store, "_now", lambda: AT)
    return ctx


def snap(
    snap_compare: Any,
    ctx: Context,
    *keys: str,
    start: str | None = None,
    export_dir: Path | None = None,
) -> bool:
    """The app at 80x24 once `keys` are pressed and the screen has settled (a clock that
    stands still: the stand-up's timer shows the same every time)."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        for area in pilot.app.screen.query(TextArea).results(TextArea):
            area.cursor_blink = False
        await no_blink(pilot)

    app = WellcheckApp(ctx, start=start, export_dir=export_dir, clock=lambda: 1000.0)
    result: bool = snap_compare(app, terminal_size=(80, 24), run_before=run_before)
    return result


def test_home_with_data(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in)


def test_home_on_a_day_off(lived_in: Context, snap_compare: Any) -> None:
    lived_in.store.set_day_off(lived_in.today, "leave")
    assert snap(snap_compare, lived_in)


def test_weekly_checklist(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, "y", start="weekly")


def test_monthly_checklist(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, start="monthly")


def test_standup_with_help_still_open(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, "tab", *"Duty desk", "tab", start="standup")


def test_stressors_grid_lived_in(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, *["down"] * 8, start="stressors")


def test_stressors_grid_with_helplines_and_support_open(
    lived_in: Context, snap_compare: Any
) -> None:
    keys = ("down", "down", "down", "down", "space", "5")  # domestic abuse, impact 5
    assert snap(snap_compare, lived_in, *keys, start="stressors")


def test_own_row_dialog(lived_in: Context, snap_compare: Any) -> None:
    keys = (*["down"] * 12, "a", *"Sister staying with us")  # on "What else?"
    assert snap(snap_compare, lived_in, *keys, start="stressors")


def test_support_contacts(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, "c", start="stressors")


def test_goal_dialog(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, "g", *"Pass on referrals by 4pm")


def test_confirm_dialog(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, *["down"] * 10, "delete")  # on the second goal


def test_day_off_dialog(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, "o")


def test_summary_screen_lived_in(lived_in: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived_in, "s")


def test_write_dialog(lived_in: Context, snap_compare: Any) -> None:
    folder = Path("/home/sam/Documents")  # shown, never written to: Enter is not pressed
    assert snap(snap_compare, lived_in, "s", "w", export_dir=folder)


# -- the Wellness Action Plan ----------------------------------------------------------------


@pytest.fixture
def with_plan(lived_in: Context) -> Context:
    """The lived-in store with a plan written, two weeks of signs noticed before this one."""
    from plan_fixture import notice, write_plan

    write_plan(lived_in.store)
    notice(lived_in.store, "2026-W46", "sleep")
    notice(lived_in.store, "2026-W47", "late_emails")
    return lived_in


def test_plan_screen(with_plan: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, with_plan, "tab", start="plan")  # on the first share line


def test_plan_signs_to_pick(with_plan: Context, snap_compare: Any) -> None:
    keys = [*["tab"] * 8, "down"]  # the sections and their share lines, into the signs
    assert snap(snap_compare, with_plan, *keys, start="plan")


def test_weekly_with_the_plans_signs_ticked(with_plan: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, with_plan, "y", "y", "space", start="weekly")


def test_home_when_a_sign_came_back(with_plan: Context, snap_compare: Any) -> None:
    from plan_fixture import notice

    notice(with_plan.store, "2026-W48", "sleep")
    assert snap(snap_compare, with_plan)

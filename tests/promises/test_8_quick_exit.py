"""Promise 8: ctrl+q, or Escape three times quickly, ends the app from anywhere at once.

No dialog; what was typed is saved. PLACES (in places.py) lists every screen (and mid-typing
states) with how to reach it and what must be saved; add each new screen there.
"""

from __future__ import annotations

from typing import Any

import pytest

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.home import HomeScreen

from .places import PLACES, Place, typing_a_goal

QUITS = {"ctrl+q": ["ctrl+q"], "escape-x3": ["escape", "escape", "escape"]}


class FrozenClock:
    """Time stands still unless a test moves it: every press is 'quick'."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def watched(ctx: Context, clock: FrozenClock) -> tuple[WellcheckApp, list[str]]:
    app = WellcheckApp(ctx, clock=clock)
    exits: list[str] = []
    exit_app = app.exit

    def exit_spy(*args: Any, **kwargs: Any) -> None:
        exits.append(type(app.screen).__name__)
        exit_app(*args, **kwargs)

    app.exit = exit_spy  # type: ignore[method-assign]
    return app, exits


@pytest.mark.parametrize("keys", QUITS.values(), ids=QUITS.keys())
@pytest.mark.parametrize("place", PLACES, ids=[p.name for p in PLACES])
async def test_quick_exit_from_every_screen_saves_what_was_typed(
    ctx: Context, place: Place, keys: list[str]
) -> None:
    place.before(ctx.store)
    app, exits = watched(ctx, FrozenClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await place.reach(pilot)
        await pilot.pause()
        assert isinstance(app.screen, place.screen)
        depth = len(app.screen_stack)
        await pilot.press(*keys)
        assert len(exits) == 1, "the app did not quit"
        assert len(app.screen_stack) <= depth, "a dialog opened on the way out"
    assert app.return_code == 0
    assert place.kept(ctx.store)


async def test_escape_pressed_slowly_only_goes_back(ctx: Context) -> None:
    clock = FrozenClock()
    app, exits = watched(ctx, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        for _ in range(3):
            await pilot.press("escape")
            clock.now += 0.6
        await pilot.pause()
        assert exits == [] and isinstance(app.screen, HomeScreen)
        await pilot.press("d", "escape")  # back home again: one press, one step
        assert isinstance(app.screen, HomeScreen) and exits == []


async def test_two_quick_escapes_then_a_pause_do_not_quit(ctx: Context) -> None:
    clock = FrozenClock()
    app, exits = watched(ctx, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape", "escape")
        clock.now += 1.5
        await pilot.press("escape")
        assert exits == []
        await pilot.press("escape", "escape")  # the third quick one, counting from the last
        assert exits == ["HomeScreen"]


async def test_not_now_on_a_goal_still_means_not_now(ctx: Context) -> None:
    clock = FrozenClock()
    app, exits = watched(ctx, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await typing_a_goal(pilot)
        await pilot.press("escape")  # "Not now"
        clock.now += 2
        await pilot.press("ctrl+q")
        assert exits == ["HomeScreen"]
    assert ctx.store.goals() == []

"""Home, once painted and left alone, loads the code of the screens it opens (`prefetch`), so
that the first `d` of a day waits for none of it; and never at the cost of a key or a frame."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wellcheck.session.context import Context
from wellcheck.tui import prefetch
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen

DAILY = Path("daily") / "2026" / "2026-11-23.json"
HOME_LEFT_ALONE = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from wellcheck.session.context import build_context
    from wellcheck.tui.app import WellcheckApp

    SCREENS = [name for name in {steps!r} if name.startswith("wellcheck.tui.screens.")]

    async def main() -> None:
        app = WellcheckApp(build_context(Path(sys.argv[1]), "2026-11-23"))
        async with app.run_test(size=(80, 24)) as pilot:
            print("at start:", *[name for name in SCREENS if name in sys.modules])
            for _ in range(100):  # until home has been idle long enough, however busy
                await pilot.pause(0.05)
                if all(name in sys.modules for name in SCREENS):
                    break
            print("left alone:", *[name for name in SCREENS if name in sys.modules])
            print("shown:", type(app.screen).__name__)

    asyncio.run(main())
    """
)


def test_home_left_alone_loads_the_screens_it_opens(data_dir: Path) -> None:
    """In a process of its own, so that nothing is imported already: at home's start none of
    the instruments' screens is imported; left alone, every one is, and home is still shown."""
    script = HOME_LEFT_ALONE.format(steps=prefetch.STEPS)
    shown = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.splitlines()
    screens = [name for name in prefetch.STEPS if name.startswith("wellcheck.tui.screens.")]
    assert shown[0] == "at start:"  # the first paint waited for none of them
    assert shown[1].split()[2:] == screens
    assert shown[2] == "shown: HomeScreen"


def test_every_step_names_what_there_is() -> None:
    """A step that cannot be imported would stop the loading quietly (the screen's own opening
    reports it): each one names a module, or a name a module gives, that exists."""
    for step in prefetch.STEPS:
        module, _, attribute = step.partition(":")
        loaded = importlib.import_module(module)
        assert not attribute or getattr(loaded, attribute, None) is not None, step


async def test_loading_stops_at_a_step_that_fails_or_once_home_is_not_idle() -> None:
    async def no_wait() -> None:
        pass

    steps = ("json", "wellcheck.no_such_module", "csv")
    assert await prefetch.prefetch(lambda: True, no_wait, steps) == ["json"]
    assert await prefetch.prefetch(lambda: False, no_wait, steps) == []
    asked = iter([True, False])
    assert await prefetch.prefetch(lambda: next(asked), no_wait, ("json", "csv")) == ["json"]


async def test_steps_give_way_to_a_frame_once_their_share_of_it_is_spent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frames: list[int] = []

    async def frame() -> None:
        frames.append(len(frames))

    assert await prefetch.prefetch(lambda: True, frame, ("json", "csv")) == ["json", "csv"]
    assert frames == []  # two quick steps: within one frame's share
    monkeypatch.setattr(prefetch, "PER_FRAME", -1.0)  # every step over it
    assert await prefetch.prefetch(lambda: True, frame, ("json", "csv")) == ["json", "csv"]
    assert frames == [0, 1]  # a frame drawn before each step


async def test_d_pressed_at_once_opens_the_checklist_while_the_loading_goes_on(
    ctx: Context, data_dir: Path
) -> None:
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.press("d", "y")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChecklistScreen)
    answers = json.loads((data_dir / DAILY).read_text())["answers"]
    assert answers["lunch_break"]["value"] == "yes"


async def test_loading_stops_once_the_app_has_closed_its_screens(ctx: Context) -> None:
    """A start left at once (the app closing while its steps went on) asked for the screen
    shown once there was none: "an internal error" on the way out. Now it stops."""
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app._home_idle()
    assert app.screen_stack == [] and not app._home_idle()

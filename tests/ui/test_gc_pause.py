"""The app lets the garbage collector run again soon after its first paint, and gives it back as
it was when it closes. The collector's pause itself is tested in unit/test_gc_pause.py."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from wellcheck import gc_pause
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp


@pytest.fixture(autouse=True)
def collector_back_as_it_was() -> Iterator[None]:
    yield
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.enable()
    gc.unfreeze()


async def test_the_app_lets_the_collector_run_soon_after_its_first_paint(ctx: Context) -> None:
    with gc_pause.paused():
        async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
            for _ in range(50):  # a moment after the first paint (0.2 s), however busy the machine
                await pilot.pause(0.1)
                if gc.isenabled():
                    break
            assert gc.isenabled() and gc.get_freeze_count() > 0
            await pilot.press("d", "y")  # and the app goes on as usual
    assert gc.isenabled() and gc.get_freeze_count() == 0

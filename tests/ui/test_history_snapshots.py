"""The history's three views at 80x24 over thirteen weeks of use (tests/history_fixture.py):
reviewed by eye, then kept as SVG snapshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from history_fixture import write_history
from textual.pilot import Pilot

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp


@pytest.fixture
def lived(ctx: Context, data_dir: Path) -> Context:
    write_history(data_dir)
    return ctx


def snap(snap_compare: Any, ctx: Context, *keys: str) -> bool:
    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    app = WellcheckApp(ctx, start="history", clock=lambda: 1000.0)
    result: bool = snap_compare(app, terminal_size=(80, 24), run_before=run_before)
    return result


def test_history_weeks(lived: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived)


def test_history_each_item(lived: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived, "2")


def test_history_stressors_and_goals(lived: Context, snap_compare: Any) -> None:
    assert snap(snap_compare, lived, "3")

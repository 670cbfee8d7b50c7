"""A user's own instrument, with every simple kind, opens from home and is answered by keys."""

from __future__ import annotations

import json
from pathlib import Path

from home_view import highlight

from wellcheck.session.context import build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.widgets.scale import ScaleWidget

EVENING = """\
id = "evening"
title = "Evening wind-down"
cadence = "daily"
order = 50

[[items]]
id = "energy"
kind = "scale"
prompt = "How much energy is left?"
labels = { "1" = "none", "5" = "plenty" }

[[items]]
id = "screens_off"
kind = "check"
prompt = "Screens off an hour before bed?"
"""


async def test_a_scale_item_is_answered_with_a_number_key(config_dir: Path, data_dir: Path) -> None:
    (config_dir / "content").mkdir(parents=True)
    (config_dir / "content" / "evening.toml").write_text(EVENING)
    ctx = build_context(data_dir, "2026-11-23")
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        highlight(pilot.app, "Evening")
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, ChecklistScreen)
        assert isinstance(pilot.app.focused, ScaleWidget)
        await pilot.press("9", "4")  # 9 is off the scale: nothing happens
        assert pilot.app.focused.id == "item-screens_off"
    saved = json.loads((data_dir / "evening" / "2026" / "2026-11-23.json").read_text())
    assert saved["answers"]["energy"]["value"] == 4
    assert saved["answers"]["energy"]["prompt"] == "How much energy is left?"

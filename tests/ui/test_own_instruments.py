"""A user's own instrument, with every simple kind, opens from home and is answered by keys."""

from __future__ import annotations

import json
from pathlib import Path

from home_view import highlight, screen_text

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


BRACKETS = """\
id = "brackets"
title = "Square brackets"
cadence = "daily"
order = 50
intro = "Answer [honestly], no [link=https://example.org]link[/] is followed."

[[items]]
id = "energy"
kind = "scale"
prompt = "Energy [1 low, 5 high]?"
help = "Pick [b]one[/b]."
labels = { "1" = "[none]", "5" = "plenty" }

[[items]]
id = "break"
kind = "check"
prompt = "Did you take [a] break?"
help = "A [link=x]walk counts."
"""


async def test_square_brackets_in_content_are_shown_as_written(
    config_dir: Path, data_dir: Path
) -> None:
    """Content words are never read as Textual markup: a "[a]" stays, a "[link=…" does
    not stop the screen."""
    (config_dir / "content").mkdir(parents=True)
    (config_dir / "content" / "brackets.toml").write_text(BRACKETS)
    ctx = build_context(data_dir, "2026-11-23")
    async with WellcheckApp(ctx).run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        highlight(pilot.app, "Square brackets")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChecklistScreen)
        await pilot.press("1")  # the chosen point is drawn as markup: its label escaped
        await pilot.pause()
        shown = screen_text(pilot.app)
        for words in (
            "Answer [honestly], no [link=https://example.org]link[/] is followed.",
            "Energy [1 low, 5 high]?",
            "Pick [b]one[/b].",
            "1 [none] ✓",
            "Did you take [a] break?",
            "A [link=x]walk counts.",
        ):
            assert words in shown, words


async def test_a_scale_point_keeps_its_label_whole_in_a_narrow_window(
    config_dir: Path, data_dir: Path
) -> None:
    """At 30 columns the points go on more lines, each point with its label on one: a
    label was broken off its number ("3" at a line's end, "some" on the next)."""
    (config_dir / "content").mkdir(parents=True)
    (config_dir / "content" / "evening.toml").write_text(
        EVENING.replace('"5" = "plenty"', '"3" = "some", "5" = "plenty left"')
    )
    ctx = build_context(data_dir, "2026-11-23")
    async with WellcheckApp(ctx, start="evening").run_test(size=(30, 24)) as pilot:
        await pilot.pause()
        await pilot.press("5")
        await pilot.pause()
        lines = screen_text(pilot.app).splitlines()
        for point in ("1 none", "2", "3 some", "4", "5 plenty left ✓"):
            assert any(point in line for line in lines), point
        assert pilot.app.query_one(ScaleWidget).value == 5

"""A yes / no item's choices in a narrow window: each choice is kept whole, and the item is as
tall as what it draws, so nothing below it is covered or pushed out of place."""

from __future__ import annotations

from home_view import screen_text

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.widgets.check import CheckLine


async def test_a_choice_too_long_for_the_line_goes_whole_onto_the_next(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(40, 30)) as pilot:
        await pilot.pause()
        handed = app.screen.query_one("#item-handed_over").query_one(CheckLine)
        assert handed.item.allow_na
        rows = screen_text(app).splitlines()
        first = next(n for n, row in enumerate(rows) if row.strip().startswith("At the end"))
        yes_no = next(
            n for n in range(first, len(rows)) if "y yes" in rows[n] and "n no" in rows[n]
        )
        assert "a nothing to hand over" in rows[yes_no + 1]  # whole, on the next line
        assert "hand over" not in rows[yes_no]
        # The line is as tall as it draws (its prompt's first row to its choices' last), and
        # the question after it starts below it.
        assert handed.region.height == yes_no + 2 - first
        next_item = app.screen.query_one("#item-difficult")
        assert next_item.region.y >= handed.region.bottom


async def test_a_choice_given_is_marked_where_it_wrapped(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(40, 30)) as pilot:
        await pilot.pause()
        await pilot.press("y", "a")  # lunch, then handed over: nothing to hand over
        await pilot.pause()
        rows = screen_text(app).splitlines()
        assert any("a nothing to hand over ✓" in row for row in rows)
        assert any("y yes ✓" in row for row in rows)

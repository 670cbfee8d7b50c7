"""A frame's changes drawn band by band (wellcheck.tui.compositor): the terminal is sent the
same as Textual's one box around them all would send, and what lies between two bands that
changed is not rendered for the frame."""

from __future__ import annotations

import pytest
from sent import Cell, cells, drawn_over
from textual._compositor import Compositor
from textual.geometry import Region
from textual.widget import Widget

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.compositor import BandedCompositor
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.text import TextWidget


async def test_every_cell_that_changed_is_drawn_as_it_now_is(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        compositor = screen._compositor
        assert isinstance(compositor, BandedCompositor)
        await pilot.press("y")  # lunch answered: on to the next question, and the footer
        await pilot.pause()
        footer = screen.query_one(KeysFooter)
        first = screen.query_one("#item-lunch_break")
        reached = screen.query_one("#item-handed_over")
        changed = {first.region, reached.region, footer.region}
        assert footer.region.y - reached.region.bottom > 2  # far apart: two bands

        now = [cells(strip) for strip in Compositor.render_strips(compositor)]
        stale = [list(row) for row in now]
        for region in changed:  # what the terminal showed there before: anything else
            for y in range(region.y, region.bottom):
                for x in range(region.x, region.right):
                    stale[y][x] = ("?", None)
        compositor._dirty_regions = set(changed)
        assert drawn_over(stale, compositor.render_partial_update()) == now


async def test_what_lies_between_two_bands_is_not_rendered(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        footer = screen.query_one(KeysFooter)
        first = screen.query_one("#item-lunch_break")
        between = screen.query_one("#item-difficult", TextWidget)
        assert first.region.bottom < between.region.y < footer.region.y
        rendered: list[Widget] = []
        render_lines = Widget.render_lines

        def spy(widget: Widget, crop: Region) -> object:
            rendered.append(widget)
            return render_lines(widget, crop)

        Widget.render_lines = spy  # type: ignore[assignment,method-assign]
        try:
            screen._compositor._dirty_regions = {first.region, footer.region}
            screen._compositor.render_partial_update()
        finally:
            Widget.render_lines = render_lines  # type: ignore[method-assign]
        assert first in rendered and footer in rendered
        assert between not in rendered


def text(screen: list[list[Cell]]) -> list[str]:
    return ["".join(char for char, _ in row) for row in screen]


DAILY_KEYS = ["y", "a", "tab", "tab", "tab", "tab", "tab", "y", "n", *["shift+tab"] * 8]
PAGES = ["pagedown", "pageup", "end", "home", "tab", "tab", "tab", "shift+tab"]


@pytest.mark.parametrize(
    ("start", "size", "keys"),
    [
        ("daily", (80, 24), DAILY_KEYS + PAGES),
        ("daily", (40, 30), DAILY_KEYS + PAGES),
        ("weekly", (80, 24), ["y", "tab", *PAGES]),
        ("monthly", (50, 20), ["y", "tab", *PAGES]),
    ],
)
async def test_the_terminal_shows_the_screen_after_every_key_scrolling_too(
    ctx: Context, start: str, size: tuple[int, int], keys: list[str]
) -> None:
    """Everything sent to the terminal, applied in turn to a terminal that showed nothing
    yet, leaves it showing what a full render of the screen shows: after keys that answer,
    move on down the list (it scrolls) and back up, and page through it."""
    app = WellcheckApp(ctx, start=start)
    width, height = size
    terminal: list[list[Cell]] = [[("?", None)] * width for _ in range(height)]
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        display = app._display

        def shown(screen: object, renderable: object) -> None:
            nonlocal terminal
            if renderable is not None and not app._batch_count:
                terminal = drawn_over(terminal, renderable)
            display(screen, renderable)  # type: ignore[arg-type]

        app._display = shown  # type: ignore[method-assign]
        app.screen.refresh()  # all of it sent once, then each key's changes
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            compositor = app.screen._compositor
            now = [cells(strip) for strip in Compositor.render_strips(compositor)]
            assert text(terminal) == text(now), key
            assert terminal == now, key

"""A screen is drawn once as it opens, whole, and still after it: what the speed-ups of issue 14
must keep (README, Performance).

Textual drew every screen twice as it opened: once as it was laid out, and again a frame later,
the same picture (the repaint its resume asks for, the layout the push's wait for the mount asks
for, home's repaint handed up from beneath, the Resize that made an OptionList forget its lines).
A screen with styles of its own had the whole stylesheet parsed again as it first opened, and
every widget of the app restyled, home's beneath it too."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from home_view import screen_text
from sent import Cell, cells, drawn_over
from textual import events
from textual._compositor import Compositor
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp

OPENED_FROM_HOME = [
    ("d", "ChecklistScreen", "Daily"),
    ("w", "ChecklistScreen", "Weekly"),
    ("m", "ChecklistScreen", "Monthly"),
    ("u", "StandupScreen", "stand-up"),
    ("p", "StressorsScreen", "stressors"),
    ("s", "SummaryScreen", "Summary"),
]
STARTED_ON = [
    ("daily", "ChecklistScreen"),
    ("standup", "StandupScreen"),
    ("stressors", "StressorsScreen"),
]


def count_frames(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the screen of every frame sent to the terminal, from now on."""
    frames: list[str] = []
    display = WellcheckApp._display

    def drawn(app: WellcheckApp, screen: Screen[Any], update: object) -> None:
        if update is not None:
            frames.append(type(screen).__name__)
        display(app, screen, update)  # type: ignore[arg-type]

    monkeypatch.setattr(WellcheckApp, "_display", drawn)
    return frames


@pytest.mark.parametrize(("key", "screen", "words"), OPENED_FROM_HOME)
async def test_a_screen_opened_from_home_is_drawn_whole_in_one_frame(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, key: str, screen: str, words: str
) -> None:
    frames = count_frames(monkeypatch)
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        frames.clear()
        await pilot.press(key)
        await pilot.pause(0.4)  # long enough for any frame after the first (one is 1/60 s)
        assert type(app.screen).__name__ == screen
        assert words.lower() in screen_text(app).lower()
    assert frames == [screen]


@pytest.mark.parametrize(("start", "screen"), STARTED_ON)
async def test_a_screen_started_on_is_drawn_whole_in_one_frame(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, start: str, screen: str
) -> None:
    frames = count_frames(monkeypatch)
    app = WellcheckApp(ctx, start=start)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.4)
        assert type(app.screen).__name__ == screen
    assert frames == [screen]


async def test_a_screen_that_changes_after_its_first_frame_is_drawn_again(ctx: Context) -> None:
    """What is left out is only the same picture twice: an answer given at once is drawn."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)  # drawn once, and still
        assert "y yes ✓" not in screen_text(app)
        await pilot.press("y")
        await pilot.pause(0.2)
        assert "y yes ✓" in screen_text(app)  # the answer, drawn as it was given


async def test_opening_any_screen_never_parses_the_styles_again(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    reparse = Stylesheet.reparse

    def counted(stylesheet: Stylesheet) -> None:
        parsed.append(type(app.screen).__name__)
        reparse(stylesheet)

    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(Stylesheet, "reparse", counted)
        for keys in ("d", "w", "m", "u", "p", "pc", "s", "h"):
            await pilot.press(*keys)
            await pilot.pause()
            assert type(app.screen).__name__ != "HomeScreen", keys
            for _ in keys:  # back home, a screen at a time (three Escapes in a second quit)
                await pilot.press("escape")
                await pilot.pause(0.5)
            assert type(app.screen).__name__ == "HomeScreen", (keys, screen_text(app))
    assert parsed == []


class Terminal:
    """What a terminal shows, from all that was sent to it: each frame written over the last
    (at a new size, over what it showed, kept from the top left)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rows: list[list[Cell]] = []
        display = WellcheckApp._display

        def sent(app: WellcheckApp, screen: Screen[Any], update: object) -> None:
            if update is not None:
                width, height = app.size
                if len(self.rows) != height or len(self.rows[0]) != width:
                    self.rows = resized(self.rows, width, height)
                self.rows = drawn_over(self.rows, update)
            display(app, screen, update)  # type: ignore[arg-type]

        monkeypatch.setattr(WellcheckApp, "_display", sent)

    def shows(self) -> list[list[Cell]]:
        return self.rows


def resized(rows: list[list[Cell]], width: int, height: int) -> list[list[Cell]]:
    """A terminal's rows at a new size: what it showed kept from the top left, cut or filled
    with blanks (Textual then sends what changed, not always the whole screen)."""
    blank: Cell = (" ", None)
    kept = [(row[:width] + [blank] * (width - len(row))) for row in rows[:height]]
    return kept + [[blank] * width for _ in range(height - len(kept))]


def now(app: WellcheckApp) -> list[list[Cell]]:
    """The screen as it is now, worked out afresh: every list's lines forgotten, the whole
    screen laid out by Textual's own layout, every widget drawn anew."""
    screen = app.screen
    for widget in [screen, *screen.walk_children(Widget)]:
        if isinstance(widget, OptionList):
            widget._clear_caches()
        for drawn in (widget, widget._vertical_scrollbar, widget._horizontal_scrollbar):
            if drawn is not None:
                drawn._set_dirty()
    Screen._refresh_layout(screen)
    return [cells(strip) for strip in Compositor.render_strips(screen._compositor)]


def words(rows: list[list[Cell]]) -> list[str]:
    return ["".join(char for char, _ in row) for row in rows]


@pytest.mark.parametrize(
    ("size", "keys", "resized"),
    [
        ((100, 30), ["p"], None),  # the grid's scrollbar: its thumb is set as it is first drawn
        ((80, 24), ["p"], None),
        ((100, 30), ["p", "down", "down", "space", "4"], (80, 24)),  # lines worked out again
        ((80, 24), ["p", "down"], (100, 30)),
        ((80, 40), ["p", *["down"] * 20], (60, 30)),
        ((100, 30), ["u"], (80, 24)),
        ((80, 24), ["d"], (120, 40)),
        ((80, 24), ["s"], None),
        ((80, 24), ["h"], None),
    ],
)
async def test_what_the_terminal_was_sent_is_the_screen_as_it_is(
    ctx: Context,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    keys: list[str],
    resized: tuple[int, int] | None,
) -> None:
    """Nothing left out was ever needed: after opening a screen, moving in it and resizing
    the terminal, what was sent adds up to the screen drawn afresh, cell for cell (a row
    cut short, a scrollbar's thumb missing, a line wrapped at the old width: found so)."""
    terminal = Terminal(monkeypatch)
    app = WellcheckApp(ctx)
    async with app.run_test(size=size) as pilot:
        await pilot.pause(0.2)
        for key in keys:
            await pilot.press(key)
            await pilot.pause(0.1)
        if resized is not None:
            await pilot.resize_terminal(*resized)
        await pilot.pause(0.3)
        shown = terminal.shows()
        afresh = now(app)
        assert words(shown) == words(afresh)
        assert shown == afresh  # the colours too: a scrollbar's thumb is one


async def test_the_keys_screen_keeps_its_words_where_they_were_first_drawn(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its list's scrollbar is placed a layout after the first frame: the words beside it had
    been wrapped a column wider, and were wrapped again under the user's eyes."""
    frames: list[list[str]] = []
    terminal = Terminal(monkeypatch)
    display = WellcheckApp._display

    def kept(app: WellcheckApp, screen: Screen[Any], update: object) -> None:
        display(app, screen, update)
        if update is not None and type(screen).__name__ == "KeysScreen":
            frames.append(words(terminal.shows()))

    monkeypatch.setattr(WellcheckApp, "_display", kept)
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        await pilot.press("question_mark")
        await pilot.pause(0.4)
        assert type(app.screen).__name__ == "KeysScreen"
        bar = app.screen.query_one("#keys-list").region.right - 1  # the scrollbar's column
    assert len(frames) > 1  # the scrollbar did come a frame later

    def besides_the_bar(rows: list[str]) -> list[str]:
        return [row[:bar] + row[bar + 1 :] for row in rows]

    assert besides_the_bar(frames[0]) == besides_the_bar(frames[-1])


async def test_the_stand_ups_long_list_of_open_help_shows_its_scrollbar_as_it_opens(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Eight requests still open, more than its six rows: the list showed three with no
    scrollbar, so no sign of the rest, until the window changed size."""
    from wellcheck.core import standup
    from wellcheck.core.answers import Answer

    for n, day in enumerate(range(9, 21)):
        if n < 8:
            request = f"Earlier help request number {n + 1}, about cover for a home visit"
            said = Answer(prompt="H: where I need help", entries=[request])
            standup.save_answer(ctx.store, date(2026, 11, day), standup.HELP, said)
    terminal = Terminal(monkeypatch)
    app = WellcheckApp(ctx, start="standup")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        listed = app.screen.query_one("#open-help")
        assert listed.show_vertical_scrollbar
        shown = terminal.shows()
        afresh = now(app)
        assert words(shown) == words(afresh)
        assert shown == afresh


async def test_a_list_laid_out_at_a_new_width_has_its_lines_at_it_before_it_is_drawn() -> None:
    """Its lines were worked out again only as its `Resize` came, after the first frame at
    the new width: that frame had them at the old one, cut short (an open-help line ending
    "…cov", a sign of the plan cut mid-word)."""
    from textual.app import App, ComposeResult

    from wellcheck.tui.widgets.options import SteadyOptionList

    long = "Earlier help request about cover for the long-running family case, and more"

    seen: list[set[int]] = []

    class Listed(SteadyOptionList):
        def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]
            seen.append(set(self._line_cache.heights.values()))  # as the Resize comes
            super()._on_resize(event)

    class Lists(App[None]):
        def compose(self) -> ComposeResult:
            yield Listed(*[f"{n}. {long}" for n in range(8)])

    app = Lists()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listed = app.query_one(Listed)
        assert set(listed._line_cache.heights.values()) == {1}
        seen.clear()
        await pilot.resize_terminal(60, 30)
        await pilot.pause()
        # Worked out again in the layout at 60 columns, before the first frame at it; the
        # Resize that follows finds them so (and keeps them).
        assert seen == [{2}]
        assert set(listed._line_cache.heights.values()) == {2}

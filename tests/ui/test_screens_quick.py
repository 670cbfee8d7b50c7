"""What the screens' speed-ups must not change: a note's field is there when a note was written
and comes when `e` asks for it, the keys after `e` going into it; a terminal that changes size is
laid out again; every footer lists its screen's keys."""

from __future__ import annotations

import pytest
from home_view import screen_text
from textual import events
from textual._compositor import Compositor
from textual.screen import Screen
from textual.widgets import Input, TextArea

from wellcheck.core.answers import Answer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.base import QuickScreen
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.widgets.check import CheckWidget
from wellcheck.tui.widgets.keys import KeysFooter

PLACEHOLDER = "A note (optional)"


def note_of(app: WellcheckApp, item_id: str) -> Input | None:
    return next(iter(app.screen.query(f"#item-{item_id} .note").results(Input)), None)


async def test_a_written_note_is_shown_in_its_field_and_an_empty_one_waits_for_e(
    ctx: Context,
) -> None:
    prompt = "At the end of the day, have you handed over any outstanding tasks?"
    answer = Answer(prompt=prompt, value="no", note="the Elm Road visit")
    ctx.store.save_answer("daily", "daily", "2026-11-23", "handed_over", answer)
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        handed = note_of(app, "handed_over")
        assert handed is not None and handed.value == "the Elm Road visit" and handed.display
        assert PLACEHOLDER not in screen_text(app)  # no empty note fields on the screen
        await pilot.press("e", *"ate at my desk")
        await pilot.pause()
        lunch = note_of(app, "lunch_break")
        assert lunch is not None and app.focused is lunch and lunch.value == "ate at my desk"
        saved = ctx.store.load_record("daily", "daily", "2026-11-23").answers
        assert saved["lunch_break"].note == "ate at my desk"
        assert saved["handed_over"].note == "the Elm Road visit"


async def test_the_keys_typed_just_after_e_all_go_into_the_note_in_order(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", *"yn a", "backspace", "y")  # y and n are words here, not answers
        await pilot.pause()
        lunch = app.screen.query_one("#item-lunch_break", CheckWidget)
        assert lunch.value == ""
        note = note_of(app, "lunch_break")
        assert note is not None and note.value == "yn y"


async def test_a_terminal_that_changes_size_lays_the_screen_out_again(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lunch = app.screen.query_one("#item-lunch_break", CheckWidget)
        narrow = lunch.region.width
        await pilot.resize_terminal(110, 30)
        await pilot.pause()
        assert lunch.region.width == narrow + 30
        footer = app.screen.query_one(KeysFooter)
        assert footer.region.y == 29 and footer.region.width == 110


async def test_every_screen_footer_lists_quit_and_the_keys_key(ctx: Context) -> None:
    for start in ("daily", "standup", "stressors"):
        app = WellcheckApp(ctx, start=start)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            shown = app.screen.query_one(KeysFooter).keys_shown()
            assert ("?" in shown or "F1" in shown) and "^q" in shown, start


async def test_quitting_the_moment_a_checklist_opens_ends_calmly(ctx: Context) -> None:
    """Quitting just as a checklist opens (keys held for it, then gone at once) used to stop
    with "an internal error" (its first question or its goal offer looked for in a screen
    already being taken down), and could leave "coroutine 'TypeAhead.release' was never
    awaited" on the user's terminal."""
    import gc
    import warnings

    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        app = WellcheckApp(ctx, start="daily")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("escape")  # home
            app.open_instrument("daily")  # keys held until it has painted…
            app.release_keys()  # …which it has: the held keys are to be given
            app.exit()  # and the user quits at that moment
        del app, pilot
        gc.collect()
    assert [str(w.message) for w in said if "never awaited" in str(w.message)] == []


REFLECTION = "Reflect upon one thing that was difficult today. What did you learn?"
LONG = (
    "A home visit where the father shouted at me on the doorstep and I stood there too long "
    "before I left; I told my manager on the phone in the car and wrote it up at home"
)


class FirstFrames(WellcheckApp):
    """The app, noting what the screen shown first looked like as its first frame went out,
    and how often it was laid out as a whole before then."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.first_frame: dict[str, int] = {}
        self.reflows = 0

    def _display(self, screen: object, renderable: object) -> None:  # type: ignore[override]
        if renderable is not None and not self.first_frame and isinstance(screen, ChecklistScreen):
            boxes = screen.query(TextArea).results(TextArea)
            self.first_frame = {box.name or "": box.region.height for box in boxes}
        super()._display(screen, renderable)  # type: ignore[arg-type]


FirstFrames.__module__ = WellcheckApp.__module__  # its stylesheet found beside the app's


async def test_a_long_reflection_has_its_full_height_in_the_first_frame(ctx: Context) -> None:
    """Textual wraps a text area's words only once it has been laid out: the field was drawn
    a line short, and grew under the user's eyes a moment later."""
    fields = {"difficult": LONG, "learned": "to leave sooner"}
    ctx.store.save_answer(
        "daily", "daily", "2026-11-23", "difficult", Answer(REFLECTION, fields=fields)
    )
    app = FirstFrames(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = next(b for b in app.screen.query(TextArea).results(TextArea) if b.name == "difficult")
        assert box.region.height == box.wrapped_document.height == 3
    assert app.first_frame == {"difficult": 3, "learned": 2}


async def test_a_checklist_that_fits_is_laid_out_once_before_its_first_paint(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each extra layout of the whole screen before the first paint is time the user waits
    for the questions (README, Performance): one, where the list fits and needs no scrollbar."""
    reflows: list[str] = []
    lay_out = Screen._refresh_layout

    def counted(screen: Screen[object], *args: object, **kwargs: object) -> None:
        if isinstance(screen, ChecklistScreen) and not painted:
            reflows.append(type(screen).__name__)
        lay_out(screen, *args, **kwargs)  # type: ignore[arg-type]

    painted: list[bool] = []
    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 60)) as pilot:  # the whole list fits: no scrollbar
        await pilot.pause()
        painted.append(True)
        assert "That is all." in screen_text(app)
    assert reflows == ["ChecklistScreen"]


@pytest.mark.parametrize(("start", "scrolls"), [("daily", "#items")])  # longer than 22 rows
async def test_a_screen_too_long_for_the_window_has_its_scrollbar_in_the_first_frame(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, start: str, scrolls: str
) -> None:
    """Textual places a scrollbar only in a layout after the one that found it needed: the
    first frame had none, and a moment later the whole screen was laid out and painted again
    with it. Now the first layout is done again at once, before anything is drawn: the first
    frame has the scrollbar, and no layout of the whole screen follows it."""
    frames: list[bool] = []
    after_first: list[str] = []
    display = WellcheckApp._display
    reflow = Compositor.reflow

    def drawn(app: WellcheckApp, screen: Screen[object], update: object) -> None:
        if isinstance(screen, QuickScreen) and not frames:
            items = screen.query_one(scrolls)
            placed = {widget for widget, _ in screen._compositor.layers}
            frames.append(items.vertical_scrollbar in placed)
        display(app, screen, update)  # type: ignore[arg-type]

    def counted(compositor: Compositor, *args: object) -> object:
        if frames:
            after_first.append("reflow")
        return reflow(compositor, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(WellcheckApp, "_display", drawn)
    monkeypatch.setattr(Compositor, "reflow", counted)
    app = WellcheckApp(ctx, start=start)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        assert app.screen.query_one(scrolls).show_vertical_scrollbar
    assert frames == [True]
    assert after_first == []


async def test_started_on_a_checklist_home_is_read_when_it_is_left(ctx: Context) -> None:
    """`wellcheck daily` opens on the checklist alone, home neither built nor read beneath it;
    Escape then shows home in its place, as it is, the answers just given counted; and home
    works as ever from there (a checklist opened from it goes back to it)."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        assert len(app.screen_stack) == 1 and isinstance(app.screen, ChecklistScreen)
        await pilot.press("y")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen_stack == [app.home]
        assert "Daily wellbeing checklist" in screen_text(app)
        assert "◐ in progress" in screen_text(app)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen) and app.screen_stack[0] is app.home
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen_stack == [app.home]


class EarlyKeys(WellcheckApp):
    """The app, given keys the moment its first screen is made, before it is even mounted:
    a user typing as `wellcheck daily` starts."""

    def get_default_screen(self) -> Screen[object]:
        screen = super().get_default_screen()
        for key in ("y", "n", *"ate late"):
            self.post_message(events.Key(key, key if len(key) == 1 else None))
        return screen


EarlyKeys.__module__ = WellcheckApp.__module__  # its stylesheet found beside the app's


async def test_keys_typed_as_the_screen_started_on_opens_reach_its_questions(
    ctx: Context,
) -> None:
    app = EarlyKeys(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        saved = ctx.store.load_record("daily", "daily", "2026-11-23").answers
        assert saved["lunch_break"].value == "yes"
        assert saved["handed_over"].value == "no"


async def test_started_on_what_cannot_open_home_is_shown_whole(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="no-such-checklist")  # the command line's check bypassed
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert app.screen is app.home
        shown = screen_text(app)
        assert "Daily wellbeing checklist" in shown and "Cannot open" in shown


@pytest.mark.parametrize("start", ["daily", "standup", "stressors", "history"])
async def test_a_title_longer_than_the_window_ends_in_an_ellipsis(ctx: Context, start: str) -> None:
    """At 34 columns a screen's title is cut with "…" (it was cut off mid-word, with nothing
    to say there was more); at 100 it is whole."""
    app = WellcheckApp(ctx, start=start)
    async with app.run_test(size=(34, 24)) as pilot:
        await pilot.pause()
        top = screen_text(app).splitlines()[0].rstrip()
        assert top.endswith("…") and len(top) <= 34, top
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        assert "…" not in screen_text(app).splitlines()[0]

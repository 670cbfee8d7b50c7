"""What the screens' speed-ups must not change: a note's field is there when a note was written
and comes when `e` asks for it, the keys after `e` going into it; a terminal that changes size is
laid out again; every footer lists its screen's keys."""

from __future__ import annotations

from home_view import screen_text
from textual.widgets import Input

from wellcheck.core.answers import Answer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
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

"""The home screen's footer (one widget, for a faster first paint) lists the same keys as
Textual's Footer, follows the cursor, and a click on a key presses it."""

from __future__ import annotations

from datetime import date

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.summary import SummaryScreen
from wellcheck.tui.widgets.keys import KeysFooter

HOME_KEYS = "o Day off  s Summary  h History"
EVERYWHERE = "^q Quit  ? Keys"


def shown(app: WellcheckApp) -> str:
    return str(app.home.query_one(KeysFooter).render())


async def test_the_footer_lists_the_home_keys_and_follows_the_focus(ctx: Context) -> None:
    ctx.store.add_goal("Leave by five on Friday", date(2026, 11, 20))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(100, 24)) as pilot:  # room for every key (80: see below)
        await pilot.pause()
        assert shown(app).strip() == f"{HOME_KEYS}  {EVERYWHERE}"
        await pilot.press("end")  # down to the goal: every key that acts on it is listed
        await pilot.pause()
        goal_keys = "x Goal done  e Edit  del Delete"
        assert shown(app).strip() == f"{HOME_KEYS}  {goal_keys}  {EVERYWHERE}"
        await pilot.press("up")
        await pilot.pause()
        assert "Goal done" not in shown(app) and "Edit" not in shown(app)


async def test_a_click_on_a_key_presses_it(ctx: Context) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        start = shown(app).index("s Summary")
        assert await pilot.click(KeysFooter, offset=(start + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


async def test_quit_and_keys_stay_when_the_line_is_too_long(ctx: Context) -> None:
    """On a goal with a next step offered, home's keys are more than 80 columns hold: ^q and ?
    stay at the right end, and the keys that do not fit are left for the keys screen."""
    from wellcheck.core.answers import Answer

    ctx.store.add_goal("Leave by five on Friday", date(2026, 11, 20))
    ctx.store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(30):  # down to the goal
            if "Goal done" in shown(app):
                break
            await pilot.press("down")
        await pilot.pause()
        line = shown(app).strip()
        assert line.endswith(EVERYWHERE) and len(line) <= 80, line
        assert line == f"{HOME_KEYS}  x Goal done  e Edit  {EVERYWHERE}"  # del: on ? (and Goals)
        footer = app.home.query_one(KeysFooter)
        assert footer.keys_shown()[-2:] == ["^q", "?"]
        start = shown(app).index("? Keys")
        assert await pilot.click(KeysFooter, offset=(start + 1, 0))  # a click still finds it
        await pilot.pause()
        assert type(app.screen).__name__ == "KeysScreen"


def drawn(app: WellcheckApp) -> str:
    """The footer's line as it is on the screen (not as it would be drawn now)."""
    footer = app.screen.query_one(KeysFooter)
    return "".join(segment.text for segment in footer.render_line(0))


async def test_the_footer_follows_every_move_between_items_of_two_kinds(ctx: Context) -> None:
    """Each look of a footer is drawn once and kept (KeysFooter.lines): going back and forth
    between a yes / no with N/A and one without, it still says each one's keys, and a click
    presses the key under it."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        for _ in range(3):
            assert "a N/A" not in drawn(app)  # lunch break: yes or no
            await pilot.press("tab")
            await pilot.pause()
            assert "a N/A" in drawn(app)  # handed over: or nothing to hand over
            await pilot.press("shift+tab")
            await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        start = drawn(app).index("a N/A")
        assert await pilot.click(KeysFooter, offset=(start + 1, 0))
        await pilot.pause()
    saved = ctx.store.load_record("daily", "daily", "2026-11-23").answers
    assert saved["handed_over"].value == "na"


async def test_a_narrow_footer_keeps_the_letters_that_answer(ctx: Context) -> None:
    """At 40 columns the yes / no's letters stay and Delete, Tab and Escape, which do the same
    on every screen, are the first left out (the footer had kept `del tab esc` and lost
    `y` and `n`); drawn in the order the screen gives them."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        assert footer_of(app) == ["y", "n", "e", "^q", "?"]
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        assert footer_of(app) == ["del", "tab", "esc", "y", "n", "e", "^q", "?"]


def footer_of(app: WellcheckApp) -> list[str]:
    return app.screen.query_one(KeysFooter).keys_shown()


async def test_a_narrow_summary_footer_keeps_write_and_weeks(ctx: Context) -> None:
    """At 40 columns the summary's `w` (write the file) stays: it was left out, for the
    arrows and the formats' digits."""
    app = WellcheckApp(ctx)
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert footer_of(app)[:2] == ["w", "v"] and footer_of(app)[-2:] == ["^q", "?"]


async def test_the_keys_list_says_how_to_close_it_and_how_to_quit(ctx: Context) -> None:
    """As every dialog's footer ends with `^q Quit`; the list's had said only `esc Close`."""
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert str(app.screen.query_one(KeysFooter).render()).strip() == "esc Close  ^q Quit"
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running

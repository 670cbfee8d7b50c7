"""The key map (README, Keys): `?` (F1 from a text field) lists every key of every screen, from
its own bindings; a letter means one thing wherever it can; words typed are never keys."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import pytest
from home_view import screen_text
from rich.console import Console
from textual import events
from textual.binding import Binding
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.keymap import Found, KeyLine, shown_key, words_for
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.confirm import ConfirmDelete
from wellcheck.tui.screens.days_off import DayOffDialog
from wellcheck.tui.screens.goals import GoalDialog
from wellcheck.tui.screens.history import HistoryScreen
from wellcheck.tui.screens.home import HomeScreen
from wellcheck.tui.screens.keys import KeysScreen, listed
from wellcheck.tui.screens.plan import PlanScreen
from wellcheck.tui.screens.standup import StandupScreen
from wellcheck.tui.screens.stressors import StressorsScreen
from wellcheck.tui.screens.stressors_own_row import OwnRowDialog
from wellcheck.tui.screens.stressors_support import SupportScreen
from wellcheck.tui.screens.summary import SummaryScreen, WriteDialog
from wellcheck.tui.widgets.keys import KeysFooter

TODAY = date(2026, 11, 23)
Reach = Callable[[Pilot[None]], Awaitable[None]]


def keys(*pressed: str) -> Reach:
    async def reach(pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)
        await pilot.pause()

    return reach


async def to_the_goal(pilot: Pilot[None]) -> None:
    await pilot.press("end", "delete")  # the goal is the last line: Delete asks first
    await pilot.pause()


SCREENS: list[tuple[str, Reach, type[Screen[Any]], str]] = [
    # name, how to get there from home, the screen, the key that lists its keys there
    ("home", keys(), HomeScreen, "question_mark"),
    ("checklist", keys("d"), ChecklistScreen, "question_mark"),
    ("plan", keys("l"), PlanScreen, "f1"),  # focus in a section, a text field: ? is a ?
    ("standup", keys("u"), StandupScreen, "f1"),  # focus in Y, a text field: ? is a ?
    ("stressors", keys("p"), StressorsScreen, "question_mark"),
    ("support", keys("p", "c"), SupportScreen, "f1"),
    ("own-row", keys("p", "a"), OwnRowDialog, "f1"),
    ("goal", keys("d", "n", "escape", "g"), GoalDialog, "f1"),
    ("confirm", to_the_goal, ConfirmDelete, "question_mark"),
    ("day-off", keys("o"), DayOffDialog, "question_mark"),
    ("summary", keys("s"), SummaryScreen, "question_mark"),
    ("write", keys("s", "w"), WriteDialog, "f1"),
    ("history", keys("h"), HistoryScreen, "question_mark"),
]


def ours(node: DOMNode) -> list[Found]:
    """The bindings wellcheck itself declares on this node's class and its bases."""
    found = []
    for cls in type(node).__mro__:
        if cls.__module__.startswith("wellcheck.") and "BINDINGS" in cls.__dict__:
            found += [Found(cls, b) for b in Binding.make_bindings(cls.__dict__["BINDINGS"])]
    return found


def bindings_of(screen: Screen[Any]) -> list[Found]:
    nodes = [screen.app, screen, *screen.walk_children(with_self=False)]
    return [found for node in nodes for found in ours(node)]


def rendered(screen: KeysScreen) -> str:
    """The whole list as the keys screen draws it (some of it scrolled out of sight)."""
    console = Console(width=74, record=True, file=io.StringIO())
    console.print(listed(screen.lines))
    return console.export_text()


def lists(lines: list[KeyLine], key: str, words: str) -> bool:
    """A line of the keys screen has `key` (alone, among others, or in a run of digits)."""
    for line in lines:
        if not line.words.startswith(words):
            continue
        named = line.keys.split(" / ")
        runs = [k.split("–") for k in named if "–" in k]
        if shown_key(key) in named or any(a <= key <= b for a, b in runs):
            return True
    return False


@pytest.mark.parametrize(("name", "reach", "screen", "key"), SCREENS, ids=[s[0] for s in SCREENS])
async def test_the_keys_screen_lists_every_key_of_every_screen(
    ctx: Context, name: str, reach: Reach, screen: type[Screen[Any]], key: str
) -> None:
    ctx.store.add_goal("Leave by five on Friday", TODAY)
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await reach(pilot)
        below = app.screen
        assert isinstance(below, screen)
        await pilot.press(key)
        await pilot.pause()
        keys_screen = app.screen
        assert isinstance(keys_screen, KeysScreen)
        shown = rendered(keys_screen)
        assert keys_screen.lines[0].group in screen_text(app)  # on screen, not only in a list
        for found in bindings_of(below):
            words = words_for(type(below).__name__, found)
            assert words is not None, f"{found.owner.__name__}: no words for {found.binding}"
            assert lists(keys_screen.lines, found.binding.key, words.words), found.binding
            assert words.group in shown
        assert "Escape ×3" in shown and "ctrl+q" in shown
        await pilot.press(key)  # the same key closes it, and nothing below changed
        await pilot.pause()
        assert app.screen is below


async def test_escape_closes_the_keys_screen_and_the_keys_after_reach_the_screen(
    ctx: Context,
) -> None:
    """In one burst: ? opens the list, the Escape typed after it waits for it and closes it,
    and the y after that reaches the checklist, not the list or a screen half closed."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key, character in (("question_mark", "?"), ("escape", "\x1b"), ("y", "y")):
            app.post_message(events.Key(key, character))
        for _ in range(4):
            await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)
    answers = ctx.store.load_record("daily", "daily", "2026-11-23").answers
    assert answers["lunch_break"].value == "yes"


@pytest.mark.parametrize(("start", "size"), [(None, (40, 20)), ("daily", (50, 20))])
async def test_the_keys_screen_fits_a_narrow_low_window(
    ctx: Context, start: str | None, size: tuple[int, int]
) -> None:
    """Its box within the window and above the footer, its words wrapped in it (at 40×20 it
    was 78 wide and 22 high: its title off the screen, every line cut)."""
    app = WellcheckApp(ctx, start=start)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        box = app.screen.query_one("#keys-box").region
        footer = app.screen.query_one(KeysFooter).region
        assert box.x >= 0 and box.right <= size[0] and box.y >= 0 and box.bottom <= footer.y
        shown = screen_text(app)
        assert "Keys of" in shown and "closes it" in shown


async def test_a_letter_says_what_it_means_on_home(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        words = {line.keys: line.words for line in app.screen.lines}
        assert words["w"].endswith("(on home: opens the weekly checklist)")
        assert words["s"].endswith("(on home: opens the summary)")
        assert words["a"].endswith("(on a checklist: not applicable)")
        assert "on home" not in words["e"]  # e writes, on home too
        assert words["h"].endswith("(on home: opens the history)")


# -- ? typed in a text field is text ---------------------------------------------------------


async def test_a_question_mark_typed_in_a_note_is_text_and_f1_still_lists_the_keys(
    ctx: Context,
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", *"late again?")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)
        note = app.focused
        assert isinstance(note, Input) and note.value == "late again?"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        await pilot.press("escape", *" why")
        await pilot.pause()
        assert app.focused is note and note.value == "late again? why"
    lunch = ctx.store.load_record("daily", "daily", "2026-11-23").answers["lunch_break"]
    assert (lunch.note, lunch.value) == ("late again? why", None)


@pytest.mark.parametrize(
    ("start", "reach"),
    [("standup", keys()), ("weekly", keys("n", "n", "tab", "g")), ("stressors", keys("e"))],
    ids=["stand-up", "goal-dialog", "stressor-note"],
)
async def test_a_question_mark_is_text_in_every_kind_of_field(
    ctx: Context, start: str, reach: Reach
) -> None:
    app = WellcheckApp(ctx, start=start)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await reach(pilot)
        field = app.focused
        await pilot.press(*"ask Sam?")
        await pilot.pause()
        assert not isinstance(app.screen, KeysScreen)
        assert isinstance(field, Input | TextArea)
        assert (field.value if isinstance(field, Input) else field.text).endswith("ask Sam?")


def footer_keys(app: WellcheckApp) -> list[str]:
    return app.screen.query_one(KeysFooter).keys_shown()


async def test_the_footer_offers_question_mark_and_f1_in_a_text_field(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "?" in footer_keys(app) and "F1" not in footer_keys(app)
        await pilot.press("e")
        await pilot.pause()
        assert "F1" in footer_keys(app) and "?" not in footer_keys(app)


# -- the checklist ---------------------------------------------------------------------------


async def test_backspace_in_a_yes_no_note_edits_the_note_and_keeps_the_answer(
    ctx: Context,
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "shift+tab", "e", *"late", "backspace", "delete")
        await pilot.pause()
        await pilot.press("shift+tab", "backspace")  # on the question itself: clears
        await pilot.pause()
        lunch = ctx.store.load_record("daily", "daily", "2026-11-23").answers["lunch_break"]
        assert (lunch.note, lunch.value) == ("lat", None)


# -- the stressors grid ----------------------------------------------------------------------


def row(ctx: Context, entry_id: str = "death") -> dict[str, Any]:
    from wellcheck.core.stressors_store import load_current_reflection

    reflection = load_current_reflection(ctx.store, TODAY)
    assert reflection is not None
    return reflection.rows[entry_id].to_dict()


async def test_e_writes_a_note_in_the_grid_and_n_no_longer_does(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "n")
        await pilot.pause()
        assert isinstance(app.screen, StressorsScreen)
        assert app.focused is app.screen.grid_widget()  # n: nothing, the grid keeps focus
        await pilot.press("e", *"no sleep")
        await pilot.pause()
    assert row(ctx)["note"] == "no sleep"


async def test_the_grid_notes_footer_says_escape_goes_back_to_the_grid(ctx: Context) -> None:
    """In a row's note the footer had only ^q and F1: now `esc Grid`, and Escape does that;
    on the grid Escape is home again (not in its footer, as on every screen)."""
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "e")
        await pilot.pause()
        footer = app.screen.query_one(KeysFooter)
        assert "esc" in footer.keys_shown() and "Grid" in str(footer.render())
        await pilot.press(*"short", "escape")
        await pilot.pause()
        assert app.focused is app.screen.grid_widget()  # type: ignore[attr-defined]
        assert "esc" not in footer.keys_shown()
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
    assert row(ctx)["note"] == "short"


async def test_delete_clears_a_row_and_ctrl_z_puts_it_back_as_it_was(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="stressors")
    shown: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.notify = lambda message, **kw: shown.append(message)  # type: ignore[method-assign]
        await pilot.press("4", "s", "w", "e", *"hard", "escape")
        await pilot.pause()
        before = row(ctx)
        await pilot.press("x")  # no longer a key of the grid
        await pilot.pause()
        assert row(ctx) == before
        await pilot.press("delete")
        await pilot.pause()
        cleared = row(ctx)
        assert (cleared["ticked"], cleared["impact"], cleared["flagged"]) == (False, None, False)
        assert cleared["note"] == "hard"
        assert "Row cleared — ctrl+z puts it back." in shown
        await pilot.press("down", "down", "ctrl+z")  # from another row: back to it, put back
        await pilot.pause()
        assert row(ctx) == before  # its time too: as it was
        assert app.screen.grid_widget().current_id() == "death"  # type: ignore[attr-defined]
        assert "Row put back as it was." in shown


async def test_ctrl_z_never_undoes_a_change_made_after_the_clear(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "backspace", "2", "ctrl+z")  # cleared, then given impact 2
        await pilot.pause()
    assert (row(ctx)["impact"], row(ctx)["ticked"]) == (2, True)


async def test_the_grid_footer_shows_add_clear_contacts_and_keys(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = footer_keys(app)
        for key in ("space", "1-5", "s", "a", "del", "c", "?", "^q"):
            assert key in shown, key
        line = app.screen.query_one(KeysFooter).render()
        assert line.cell_len <= 80  # the last key is not cut off at 80 columns


# -- a day off and the summary ----------------------------------------------------------------


@pytest.mark.parametrize(("pressed", "kind"), [("1", "leave"), ("2", "sick"), ("3", "not-working")])
async def test_a_day_off_by_its_digit(ctx: Context, pressed: str, kind: str) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "l", "s", "n", "c")  # the old letters do nothing now
        await pilot.pause()
        assert isinstance(app.screen, DayOffDialog)
        assert ctx.store.day_off(TODAY) is None
        await pilot.press(pressed)
        await pilot.pause()
        assert ctx.store.day_off(TODAY) == kind
        await pilot.press("o", "delete")
        await pilot.pause()
        assert app.screen is app.home
    assert ctx.store.day_off(TODAY) is None


async def test_the_summary_letters_of_old_do_nothing_and_shift_arrows_scroll(
    ctx: Context,
) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "t", "m", "h", "j", "p", "n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen) and screen.summary is not None
        assert (screen.fmt, screen.summary.week) == ("text", "2026-W48")
        await pilot.press("4", "shift+right")  # JSON is not wrapped: its long lines scroll
        await pilot.pause()
        assert screen.fmt == "json"
        assert screen.query_one("#preview-scroll").scroll_x > 0

"""The keyboard flow of a checklist: y / n answer and move on, text is saved as typed, ctrl+q keeps
everything, and reopening shows it."""

from __future__ import annotations

import json
from pathlib import Path

from home_view import screen_text, section
from textual.widgets import Input, TextArea

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.goals import GoalDialog
from wellcheck.tui.widgets.check import CheckWidget
from wellcheck.tui.widgets.goal_offer import OFFER_TITLE

DAILY = Path("daily") / "2026" / "2026-11-23.json"


def saved(data_dir: Path, rel: Path = DAILY) -> dict[str, dict[str, object]]:
    return json.loads((data_dir / rel).read_text())["answers"]  # type: ignore[no-any-return]


async def test_focus_starts_on_the_first_item_and_y_n_answer_and_move_on(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)
        assert app.focused is not None and app.focused.id == "item-lunch_break"
        await pilot.press("y")
        assert saved(data_dir)["lunch_break"]["value"] == "yes"
        assert app.focused.id == "item-handed_over"
        await pilot.press("n")
        assert saved(data_dir)["handed_over"]["value"] == "no"
        assert isinstance(app.focused, TextArea)  # the first field of "what was difficult"


async def test_keys_type_text_in_fields_and_every_keystroke_is_saved(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "a", *"Many yes and no", "tab", *"ask")  # Enter: a new line
        answers = saved(data_dir)
        assert answers["difficult"]["fields"] == {"difficult": "Many yes and no", "learned": "ask"}
        assert answers["lunch_break"]["value"] == "yes"
        assert answers["handed_over"]["value"] == "na"


async def test_tab_and_shift_tab_move_between_items(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "item-exercise"
        await pilot.press("shift+tab")
        assert app.focused.id == "item-healthy_eating"


async def test_ctrl_q_quits_at_once_and_reopening_shows_every_answer(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "n", *"Half-typed thought", "ctrl+q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running
    assert saved(data_dir)["difficult"]["fields"]["difficult"] == "Half-typed thought"

    again = WellcheckApp(ctx, start="daily")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lunch = again.screen.query_one("#item-lunch_break", CheckWidget)
        assert lunch.value == "yes"
        fields = list(again.screen.query("#item-difficult TextArea").results(TextArea))
        assert fields[0].text == "Half-typed thought"


async def test_a_note_on_a_check(ctx: Context, data_dir: Path) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", *"ate at my desk", "enter")
        assert isinstance(app.focused, Input)  # Enter in a note never goes back to its yes / no
        assert "Shift+Tab" in str(app.screen.query_one("#item-lunch_break .hint").render())
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "item-lunch_break"
        await pilot.press("n")
    answer = saved(data_dir)["lunch_break"]
    assert (answer["value"], answer["note"]) == ("no", "ate at my desk")


async def test_a_no_offers_a_goal_that_is_saved_and_shown_at_home(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "n")
        assert isinstance(app.screen, ChecklistScreen)  # offered in place, never popped up
        assert app.screen.query_one("#offer").display
        await pilot.press("tab", "g")  # Tab reaches the offer; its key opens the dialog
        assert isinstance(app.screen, GoalDialog)
        await pilot.press(*"Two walks", "enter", *"2026-11-29", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.home
        assert "Two walks" in section(app, "Goals")[0]
    goals_file = json.loads((data_dir / "goals.json").read_text())["goals"]
    assert [(g["text"], g["target"], g["origin"]) for g in goals_file] == [
        ("Two walks", "2026-11-29", "weekly/2026-W48")
    ]


async def test_the_goal_is_offered_never_forced(ctx: Context, data_dir: Path) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "n")
        assert isinstance(app.screen, ChecklistScreen) and app.screen.query_one("#offer").display
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.home
    assert not (data_dir / "goals.json").exists()


async def test_all_yes_offers_nothing(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "y")
        assert isinstance(app.screen, ChecklistScreen)
        offer = app.screen.query_one("#offer")
        assert not offer.focusable and OFFER_TITLE not in screen_text(app)  # not shown


async def test_tab_goes_round_the_questions_without_a_stop_where_nothing_is_highlighted(
    ctx: Context,
) -> None:
    """Shift+Tab from the first question went to the list of questions itself: nothing
    highlighted, y and n doing nothing, one more Tab to get back."""
    from wellcheck.tui.widgets.base import ItemWidget

    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for _ in range(25):  # round the whole checklist and past its start
            await pilot.press("shift+tab")
            focused = app.focused
            assert focused is not None
            assert any(isinstance(w, ItemWidget) for w in (focused, *focused.ancestors)) or (
                focused.id == "offer"
            ), focused


async def test_tab_onto_a_list_brings_its_question_and_every_entry_into_view(
    ctx: Context,
) -> None:
    """Tab onto a list's first entry scrolled only that entry into view: its question could
    be off the top, or its last entry under the footer."""
    from textual.containers import VerticalScroll
    from textual.widgets import Input

    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        went_well = app.screen.query_one("#item-went_well")
        for _ in range(12):
            await pilot.press("tab")
            focused = app.focused
            if isinstance(focused, Input) and went_well in focused.ancestors:
                break
        else:
            raise AssertionError("Tab never reached the list")
        await pilot.pause()
        view = app.screen.query_one("#items", VerticalScroll).content_region
        shown = went_well.region
        assert view.y <= shown.y and shown.bottom <= view.bottom, (view, shown)

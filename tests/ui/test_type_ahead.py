"""Keys typed ahead land where the user meant them to: keys that arrive together (a quick
typist, or keys that come in one packet over a remote connection) all reach the app before it
has acted on the first. A key that moves on (y, n, Tab, Enter, e for a note) is acted on
as it arrives, so the keys after it go to the next place, not to the one just left."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.widgets.tick_list import TickList

CHARACTERS = {
    "tab": "\t",
    "shift+tab": None,
    "enter": "\r",
    "space": " ",
    "down": None,
    "escape": "\x1b",
    "backspace": "\x7f",
}


async def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Every key queued at once, as a terminal delivers keys that come together; then wait."""
    for key in keys:
        pilot.app.post_message(events.Key(key, CHARACTERS.get(key, key)))
    await pilot.pause()
    await pilot.pause()


def went_well(app: WellcheckApp) -> list[Input]:
    """The daily checklist's "three things that went well" entries, in order."""
    return list(app.screen.query("#item-went_well Input").results(Input))


async def pasted(pilot: Pilot[Any], text: str) -> None:
    """`text` pasted into what has the focus, as a terminal sends a paste; then wait."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()
    await pilot.pause()


def typed(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


def day_file(data_dir: Path, folder: str) -> dict[str, Any]:
    answers: dict[str, Any] = json.loads(
        (data_dir / folder / "2026" / "2026-11-23.json").read_text()
    )["answers"]
    return answers


async def test_answers_typed_ahead_go_to_the_items_in_turn(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="daily").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "y", "n", *typed("hard call"), "tab", *typed("ask early"))
    answers = day_file(data_dir, "daily")
    assert answers["lunch_break"]["value"] == "yes"
    assert answers["handed_over"]["value"] == "no"
    assert answers["difficult"]["fields"] == {"difficult": "hard call", "learned": "ask early"}


async def test_a_note_typed_straight_after_e_is_the_note_not_answers(
    ctx: Context, data_dir: Path
) -> None:
    async with WellcheckApp(ctx, start="daily").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "e", *typed("any news"), "shift+tab", "y")
    lunch = day_file(data_dir, "daily")["lunch_break"]
    assert (lunch["note"], lunch["value"]) == ("any news", "yes")


async def test_enter_in_a_note_stays_in_it_and_a_y_after_it_is_words(
    ctx: Context, data_dir: Path
) -> None:
    async with WellcheckApp(ctx, start="daily").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "e", *typed("any news"), "enter", "y")
    lunch = day_file(data_dir, "daily")["lunch_break"]
    assert lunch["note"] == "any newsy" and lunch.get("value") is None


async def test_standup_fields_typed_ahead_across_tab(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="standup").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, *typed("visits"), "tab", *typed("reports"))
    answers = day_file(data_dir, "standup")
    assert answers["yesterday"]["entries"] == ["visits"]
    assert answers["today"]["entries"] == ["reports"]


async def test_a_stressor_note_typed_straight_after_e_never_works_the_grid(
    ctx: Context, data_dir: Path
) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space")
        await burst(pilot, "e", *typed("sleep is hard"))
        await burst(pilot, "escape", "4")
    row = json.loads((data_dir / "stressors" / "2026-11-23.json").read_text())["rows"]["death"]
    assert row["note"] == "sleep is hard"
    assert row["flagged"] is False and row["help"] is None  # no s, no h reached the grid
    assert (row["ticked"], row["impact"]) == (True, 4)  # back on the grid after Escape


def stressor_rows(data_dir: Path) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = json.loads(
        (data_dir / "stressors" / "2026-11-23.json").read_text()
    )["rows"]
    return rows


async def test_a_tick_and_impact_typed_straight_before_e_are_kept(
    ctx: Context, data_dir: Path
) -> None:
    """The grid's keys reached it through its queue, after e (taken as it arrives) had moved
    the focus to the note: Space and 4 were then nobody's, and only the note was saved."""
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "space", "4", "e", *typed("my note"))
        answers = str(pilot.app.screen.query_one("#detail-answers").render())
        assert answers.startswith("✓ experienced · impact 4 of 5")
    row = stressor_rows(data_dir)["death"]
    assert (row["ticked"], row["impact"], row["note"]) == (True, 4, "my note")


async def test_a_move_a_tick_and_a_note_typed_as_the_grid_opens_are_all_kept(
    ctx: Context, data_dir: Path
) -> None:
    """From home in one burst: the grid opens, ↓ moves a row, Space and 3 answer it, e and
    the words are its note, and the Escapes leave: every key acted on in the order typed."""
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = ["p", "down", "space", "3", "e", *typed("burst note"), *["escape"] * 3]
        await burst(pilot, *keys)
        await pilot.pause()
    rows = stressor_rows(data_dir)
    assert list(rows) == ["separation"]  # the row ↓ moved to, not the first one
    row = rows["separation"]
    assert (row["ticked"], row["impact"], row["note"]) == (True, 3, "burst note")


async def test_a_sign_ticked_straight_before_tab_is_ticked_in_its_list(
    ctx: Context, data_dir: Path
) -> None:
    """A list of signs answers with Space: Tab, taken as it arrives, had moved on before the
    Space that came before it reached the list."""
    async with WellcheckApp(ctx, start="plan").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pilot.app.screen.set_focus(pilot.app.screen.query(TickList).first())
        await pilot.pause()
        await burst(pilot, "down", "down", "space", "tab")
    plan = json.loads((data_dir / "plan" / "current.json").read_text())["answers"]
    assert plan["signs"]["fields"] == {"confused": "yes"}


async def test_keys_typed_while_a_checklist_opens_reach_it_in_order(
    ctx: Context, data_dir: Path
) -> None:
    """d and the answers after it in one packet: none reaches home (where w, m, p, s, o open
    other screens), none is dropped."""
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "d", "y", "n", *typed("was a slow morning"), "tab", *typed("ask"))
        assert pilot.app.screen.query_one("#item-difficult TextArea").has_focus is False
    answers = day_file(data_dir, "daily")
    assert (answers["lunch_break"]["value"], answers["handed_over"]["value"]) == ("yes", "no")
    assert answers["difficult"]["fields"] == {"difficult": "was a slow morning", "learned": "ask"}


async def test_keys_typed_while_the_goal_dialog_opens_are_its_words(
    ctx: Context, data_dir: Path
) -> None:
    async with WellcheckApp(ctx, start="weekly").run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "n", "escape")
        await pilot.pause()
        await burst(pilot, "g", *typed("walk at lunch"))
        assert pilot.app.screen.query_one("#goal").value == "walk at lunch"  # type: ignore[attr-defined]


async def test_words_typed_in_one_burst_with_ctrl_q_are_all_saved(
    ctx: Context, data_dir: Path
) -> None:
    """Ctrl+Q is the app's, acted on as it arrives; the letters before it were still waiting
    for their field, and a quick exit saved the words without them (or nothing at all)."""
    async with WellcheckApp(ctx, start="daily").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "y", "n", *typed("hard call with a family"), "ctrl+q")
    answers = day_file(data_dir, "daily")
    assert answers["difficult"]["fields"]["difficult"] == "hard call with a family"


async def test_a_note_typed_in_one_burst_with_ctrl_q_is_saved(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="daily").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "e", *typed("ate at my desk"), "ctrl+q")
    assert day_file(data_dir, "daily")["lunch_break"]["note"] == "ate at my desk"


async def test_words_typed_in_one_burst_with_escape_three_times_are_all_saved(
    ctx: Context, data_dir: Path
) -> None:
    """The first Escape of the three closes the checklist; what it held was captured as the
    Escape arrived, before the last letters were in, and that capture was saved last."""
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        await burst(pilot, "y", "tab", *typed("mid answer text"), *["escape"] * 3)
    answers = day_file(data_dir, "daily")
    assert answers["difficult"]["fields"]["difficult"] == "mid answer text"


async def test_words_typed_as_a_checklist_opens_then_escape_three_times_are_saved(
    ctx: Context, data_dir: Path
) -> None:
    """d, answers, words and three Escapes in one burst: the Escapes came while the checklist
    was opening, quit before the held keys were given, and the words were lost."""
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "d", "y", "n", *typed("word two"), *["escape"] * 3)
        await pilot.pause()
    answers = day_file(data_dir, "daily")
    assert answers["difficult"]["fields"]["difficult"] == "word two"


async def test_a_paste_that_comes_as_the_stand_up_opens_is_its_first_answer(
    ctx: Context, data_dir: Path
) -> None:
    """u, a paste and a key in one packet: the paste waits for the stand-up with the keys,
    in its place among them (it was given to home, and lost)."""
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pilot.app.post_message(events.Key("u", "u"))
        pilot.app.post_message(events.Paste("visits, then"))
        await burst(pilot, *typed(" reports"))
    assert day_file(data_dir, "standup")["yesterday"]["entries"] == ["visits, then reports"]


async def test_escape_then_a_key_in_one_burst_goes_home_and_then_acts_there(
    ctx: Context, data_dir: Path
) -> None:
    """Escape then u, typed quickly: home, then the stand-up. Escape was acted on only once it
    had gone round the screen's widgets, and the u, already given to the checklist, was lost."""
    from wellcheck.tui.screens.standup import StandupScreen

    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "y", "escape", "u", *typed("visits"))
        await pilot.pause()
        assert isinstance(app.screen, StandupScreen)
    assert day_file(data_dir, "daily")["lunch_break"]["value"] == "yes"
    assert day_file(data_dir, "standup")["yesterday"]["entries"] == ["visits"]


@pytest.mark.parametrize("move", ["down", "up"])
async def test_a_stressor_note_then_escape_and_an_arrow_in_one_burst_stays_on_its_row(
    ctx: Context, data_dir: Path, move: str
) -> None:
    """`hello`, Escape, ↓ in one packet: the note was saved on the row below (↑: lost), as
    Escape had gone back to the grid before the words reached the note."""
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("space", "e")
        await burst(pilot, *typed("hello"), "escape", move)
        await pilot.pause()
    rows = json.loads((data_dir / "stressors" / "2026-11-23.json").read_text())["rows"]
    assert rows["death"]["note"] == "hello"
    assert all(row.get("note", "") == "" for key, row in rows.items() if key != "death")


@pytest.mark.parametrize(
    ("keys", "kept"),
    [
        (["ctrl+w"], "hello X"),
        (["ctrl+u"], "X"),
        (["home"], "Xhello world"),
        (["ctrl+a"], "Xhello world"),
        (["ctrl+left"], "hello Xworld"),
        (["home", "ctrl+k"], "X"),
    ],
)
async def test_editing_keys_in_a_burst_act_in_turn_with_the_letters(
    ctx: Context, data_dir: Path, keys: list[str], kept: str
) -> None:
    """Ctrl+W then X in one burst deleted the X with the word: the editing keys were acted on
    only once back up at the app, after the letters typed behind them."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        went_well(app)[0].focus()
        await burst(pilot, *typed("hello world"))
        await burst(pilot, *keys, "X")
    assert day_file(data_dir, "daily")["went_well"]["entries"][0] == kept


async def test_editing_keys_in_a_burst_act_in_turn_in_a_text_box(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "y", "n", *typed("hard day"), "ctrl+w", "X", "home", "Y")
    assert day_file(data_dir, "daily")["difficult"]["fields"]["difficult"] == "Yhard X"

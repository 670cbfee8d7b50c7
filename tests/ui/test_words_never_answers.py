"""Words typed are never taken as answers (the keyboard model, README "Keys").

Real sentences — letters, spaces, Enter, Backspace, the odd y, n, a or digit — are typed at
every text field and list entry of every instrument and dialog, all at once as a paste or an SSH
packet delivers them. Then no choice (a yes / no item, a scale, a stressor row, a help request)
has an answer the user did not give with its key on a visibly focused choice, no dialog opened
by itself, and every word typed is on disk.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, TextArea

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.goals import GoalDialog
from wellcheck.tui.screens.standup import StandupScreen
from wellcheck.tui.screens.stressors import StressorsScreen
from wellcheck.tui.screens.stressors_support import SupportScreen

from .test_type_ahead import burst, typed

SENTENCE = [
    *typed("Tea"),
    "enter",
    *typed("Sun"),
    "enter",
    *typed("Cat"),
    "enter",
    *typed("and a nap"),
    "backspace",
    "p",
    "enter",
    *typed("yes no a 4 5 y n"),
]
"""The issue's slip (one Enter too many), then words full of the letters choices answer to."""
WORDS = ("Tea", "Sun", "Cat", "and a nap", "yes no a 4 5 y n")


def on_disk(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    answers: dict[str, Any] = json.loads(path.read_text())["answers"]
    return answers


def choices(answers: dict[str, Any]) -> dict[str, Any]:
    """Every choice answer given: the value of a yes / no item or a scale."""
    return {k: a["value"] for k, a in answers.items() if a.get("value") is not None}


def all_text(answers: dict[str, Any]) -> str:
    parts: list[str] = []
    for answer in answers.values():
        parts += [str(v) for v in answer.get("fields", {}).values()]
        parts += [str(e) for e in answer.get("entries", [])]
        parts.append(str(answer.get("note", "")))
    return " ".join(parts)


def kept_every_word(text: str) -> bool:
    flat = text.replace("\n", "")
    return all(word in flat for word in ("Tea", "Sun", "Cat", "and a nap", "yes no a 4 5 y n"))


CHECKLISTS = {
    "daily": Path("daily") / "2026" / "2026-11-23.json",
    "weekly": Path("weekly") / "2026-W48.json",
    "monthly": Path("monthly") / "2026-11.json",
}


def text_fields(app: WellcheckApp) -> list[str]:
    """The selector of every text field and list entry of the open checklist, and of the note
    of every yes / no item ("e" opens it)."""
    found: list[str] = []
    for item in app.screen.query(".item").results(Widget):
        areas = list(item.query(TextArea).results(TextArea)) + list(item.query(Input))
        if "check" in item.classes:
            found.append(f"#{item.id} note")
        found += [f"#{item.id} field:{n}" for n, f in enumerate(areas) if f.display]
    return found


async def focus_field(pilot: Pilot[Any], where: str) -> None:
    """Reach a field as the user would: focus its item, and e for a yes / no item's note."""
    item_id, _, field = where.partition(" ")
    item = pilot.app.screen.query_one(item_id)
    if field == "note":
        item.focus()
        await pilot.pause()
        await pilot.press("e")  # the user's own key, on a visibly focused yes / no item
        return
    n = field.partition(":")[2]
    widgets = list(item.query(TextArea).results(TextArea)) + list(item.query(Input))
    widgets[int(n)].focus()
    await pilot.pause()


async def checklist_fields(ctx: Context, instrument: str) -> list[str]:
    async with WellcheckApp(ctx, start=instrument).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        return text_fields(pilot.app)


@pytest.mark.parametrize("instrument", CHECKLISTS)
async def test_a_sentence_typed_in_any_checklist_field_answers_nothing(
    ctx: Context, data_dir: Path, instrument: str
) -> None:
    fields = await checklist_fields(ctx, instrument)
    assert fields, "every checklist has somewhere to write"
    for where in fields:
        app = WellcheckApp(ctx, start=instrument)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await focus_field(pilot, where)
            await burst(pilot, *SENTENCE)
            assert isinstance(app.screen, ChecklistScreen), f"a dialog opened from {where}"
            assert not isinstance(app.screen, GoalDialog)
        answers = on_disk(data_dir / CHECKLISTS[instrument])
        assert choices(answers) == {}, f"typing at {where} answered {choices(answers)}"
        assert kept_every_word(all_text(answers)), f"words typed at {where} were lost"
        (data_dir / CHECKLISTS[instrument]).unlink()
    assert not (data_dir / "goals.json").exists()


async def test_the_issues_slip_saves_only_the_answers_given(ctx: Context, data_dir: Path) -> None:
    """Tea Enter Sun Enter Cat Enter and a nap, after y and n: as the issue saw it."""
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "d", "y", "n", *typed("hard call"), "tab", *typed("ask"), "tab")
        await burst(pilot, *typed("Tea"), "enter", *typed("Sun"), "enter", *typed("Cat"))
        await burst(pilot, "enter", *typed("and a nap"))
        assert isinstance(app.screen, ChecklistScreen)
        hint = app.screen.query_one("#item-went_well .hint")
        assert "Tab moves on" in str(hint.render()) and hint.display
        assert app.screen.query_one("#offer").display  # offered in place, focus untouched
        assert isinstance(app.focused, Input) and app.focused.value == "Catand a nap"
    answers = on_disk(data_dir / CHECKLISTS["daily"])
    assert choices(answers) == {"lunch_break": "yes", "handed_over": "no"}
    assert answers["went_well"]["entries"] == ["Tea", "Sun", "Catand a nap"]
    assert answers["difficult"]["fields"] == {"difficult": "hard call", "learned": "ask"}


async def test_tab_is_the_way_onto_a_choice_and_y_n_still_run_down_the_checks(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query("#item-went_well Input").last().focus()
        await pilot.pause()
        await burst(pilot, *typed("Cat"), "tab", "y", "n", "y")
    answers = on_disk(data_dir / CHECKLISTS["daily"])
    assert choices(answers) == {
        "checked_in": "yes",
        "talked_before_leaving": "no",
        "rest_recharge": "yes",
    }


async def test_a_reflection_of_400_characters_is_read_and_edited_whole(
    ctx: Context, data_dir: Path
) -> None:
    long = " ".join(["A long day of visits and calls that left little room to think"] * 7)
    assert len(long) > 400
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "n")
        area = app.focused
        assert isinstance(area, TextArea)
        area.insert(long)
        await pilot.pause()
        assert area.size.height >= 6  # wrapped over several lines, none scrolled out
        assert area.wrapped_document.height <= area.size.height
        assert area.scroll_offset.y == 0
        await pilot.press("enter", *"And a new line", "backspace")
    difficult = on_disk(data_dir / CHECKLISTS["daily"])["difficult"]["fields"]["difficult"]
    assert difficult == long + "\nAnd a new lin"  # Enter in a reflection is a new line


async def test_a_sentence_in_any_stand_up_field_resolves_no_help(
    ctx: Context, data_dir: Path
) -> None:
    friday = date(2026, 11, 20)
    standup.save_answer(ctx.store, friday, standup.HELP, Answer("H", entries=["Cover visits"]))
    for item_id in ("yesterday", "today", "help"):
        app = WellcheckApp(ctx, start="standup")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.screen.query_one(f"#item-{item_id} TextArea").focus()
            await pilot.pause()
            await burst(pilot, *SENTENCE, "r")
            assert isinstance(app.screen, StandupScreen)
        still_open = [(r.day, r.text) for r in standup.open_requests(ctx.store)]
        assert still_open[0] == (friday, "Cover visits")  # no r, no Enter reached it
        path = data_dir / "standup" / "2026" / "2026-11-23.json"
        assert kept_every_word(all_text(on_disk(path)))  # in H, each line is the user's request
        path.unlink()


def stressor_rows(data_dir: Path) -> dict[str, Any]:
    path = data_dir / "stressors" / "2026-11-23.json"
    rows: dict[str, Any] = json.loads(path.read_text())["rows"] if path.exists() else {}
    return rows


async def test_a_sentence_in_a_stressor_note_never_works_the_grid(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "e", *SENTENCE, "x", "s", "space")
        assert isinstance(app.screen, StressorsScreen)
    rows = stressor_rows(data_dir)
    assert list(rows) == ["death"]
    death = rows["death"]
    assert (death["ticked"], death["impact"], death["flagged"], death["help"]) == (
        False,
        None,
        False,
        None,
    )
    assert death["note"] == "TeaSunCatand a napyes no a 4 5 y nxs "  # Backspace in order too


async def test_a_sentence_in_the_own_row_dialog_adds_one_row_and_writes_its_note(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "a", *SENTENCE)
        await pilot.pause()
        assert isinstance(app.screen, StressorsScreen)
    rows = stressor_rows(data_dir)
    [(entry_id, own)] = list(rows.items())
    assert (own["label"], own["own"], own["ticked"]) == ("Tea", True, True)  # added by Enter
    assert (own["impact"], own["flagged"], own["help"]) == (None, False, None)
    assert kept_every_word("Tea" + own["note"])


async def test_a_sentence_in_the_support_contacts_stays_in_the_contacts(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="stressors")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "c", *SENTENCE)
        assert isinstance(app.screen, SupportScreen)
    assert stressor_rows(data_dir) == {}
    contacts = json.loads((data_dir / "support.json").read_text())["contacts"]
    assert kept_every_word(" ".join(str(v) for c in contacts.values() for v in c.values()))


async def test_a_sentence_in_the_goal_dialog_is_never_a_goal_until_confirmed(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "tab", "g")  # the offer shows after the no: Tab reaches it
        await burst(pilot, *SENTENCE)
        assert isinstance(app.screen, GoalDialog)  # the date is not a date: it stays, words kept
        goal = app.screen.query_one("#goal", Input).value
        target = app.screen.query_one("#target", Input).value
        assert kept_every_word(goal + target)
        await pilot.press("ctrl+q")
    assert ctx.store.goals() == []
    draft = ctx.store.goals_file().draft
    assert draft is not None and (draft.text, draft.origin) == ("Tea", "weekly/2026-W48")
    assert choices(on_disk(data_dir / CHECKLISTS["weekly"])) == {
        "healthy_eating": "no",
        "exercise": "no",
    }

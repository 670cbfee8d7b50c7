"""Going back to something already written adds to it: focusing a field never selects (and so
never wipes) its text, and a save that comes back late never undoes newer typing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from textual.widgets import Input, TextArea

from wellcheck.core.answers import Answer
from wellcheck.core.stressors_answers import StressorAnswer, SupportContacts
from wellcheck.core.stressors_store import save_row
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.widgets.stressors_detail import StressorDetail

DAILY = Path("daily") / "2026" / "2026-11-23.json"
REFLECTION = "Reflect upon one thing that was difficult today. What did you learn?"


def saved(data_dir: Path) -> dict[str, dict[str, object]]:
    return json.loads((data_dir / DAILY).read_text())["answers"]  # type: ignore[no-any-return]


async def test_typing_in_a_filled_field_adds_to_it(ctx: Context, data_dir: Path) -> None:
    fields = {"difficult": "A visit where I was shouted at", "learned": ""}
    ctx.store.save_answer(
        "daily", "daily", "2026-11-23", "difficult", Answer(REFLECTION, fields=fields)
    )
    async with WellcheckApp(ctx, start="daily").run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "tab")
        focused = pilot.app.focused
        assert isinstance(focused, TextArea) and focused.text.startswith("A visit")
        await pilot.press(*" and sworn at")
    got = saved(data_dir)["difficult"]["fields"]
    assert got == {"difficult": "A visit where I was shouted at and sworn at", "learned": ""}


async def test_a_note_is_added_to_not_replaced(ctx: Context, data_dir: Path) -> None:
    answer = Answer("Have you taken a lunch break?", "no", note="Back-to-back visits")
    ctx.store.save_answer("daily", "daily", "2026-11-23", "lunch_break", answer)
    async with WellcheckApp(ctx, start="daily").run_test(size=(80, 24)) as pilot:
        await pilot.press("e", *", again")
    assert saved(data_dir)["lunch_break"]["note"] == "Back-to-back visits, again"


async def test_a_late_save_never_undoes_newer_typing_in_a_stressor_note(ctx: Context) -> None:
    row = StressorAnswer("family", "Family & relationships", "Childcare", ticked=True)
    save_row(ctx.store, date(2026, 11, 23), "childcare", replace(row, note="Nursery"))
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        detail = pilot.app.screen.query_one(StressorDetail)
        note = detail.query_one("#note", Input)
        note.display = True
        note.focus()
        await pilot.pause()
        note.value = "Nursery closes early"
        stale = replace(row, note="Nursery clo")  # what an earlier keystroke's save returns
        today = date(2026, 11, 23)
        detail.show(
            stale,
            past=False,
            signpost=None,
            support=SupportContacts(),
            today=today,
            day_start_hour=4,
        )
        assert note.value == "Nursery closes early"

"""A paste of several lines into a one-line field keeps every line.

Textual's Input keeps a paste's first line and drops the rest, without a word: three things
that went well, copied from a note as three lines, were saved as the first alone. Pasted into
a list, each line is an entry (the empty entries after the one pasted into, never over words
already there); pasted into any other one-line field (a note, a goal), the lines are joined.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp

from .test_type_ahead import burst, day_file, pasted, typed, went_well


async def test_lines_pasted_into_a_list_are_its_entries(ctx: Context, data_dir: Path) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        entries = went_well(app)
        entries[0].focus()
        await pilot.pause()
        await pasted(pilot, "Team lunch\r\n\r\nA good call\nFinished the report\nslept\n")
        assert [e.value for e in entries] == [
            "Team lunch",
            "A good call",
            "Finished the report slept",
        ]
        assert app.focused is entries[2]  # where typing the lines would have left it
        assert entries[2].cursor_position == len(entries[2].value)
    saved = day_file(data_dir, "daily")["went_well"]["entries"]
    assert saved == ["Team lunch", "A good call", "Finished the report slept"]


async def test_a_pasted_line_never_goes_over_an_entry_already_written(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        entries = went_well(app)
        entries[1].focus()
        await burst(pilot, *typed("kept"))
        entries[0].focus()
        await pilot.pause()
        await pasted(pilot, "one\ntwo")
    assert day_file(data_dir, "daily")["went_well"]["entries"] == ["one", "kept", "two"]


async def test_lines_pasted_into_a_note_are_joined(ctx: Context, data_dir: Path) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await burst(pilot, "n", "shift+tab", "e")  # a note on the first question
        assert isinstance(app.focused, Input)
        await pasted(pilot, "Back-to-back visits\nno time to eat\n")
        assert app.focused.value == "Back-to-back visits no time to eat"
        await burst(pilot, "escape")
    assert (
        day_file(data_dir, "daily")["lunch_break"]["note"] == "Back-to-back visits no time to eat"
    )


async def test_a_one_line_paste_keeps_its_spaces(ctx: Context, data_dir: Path) -> None:
    """` world` pasted after `hello` is `hello world` (every line had been stripped)."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        entries = went_well(app)
        entries[0].focus()
        await burst(pilot, *typed("hello"))
        await pasted(pilot, " big ")
        await burst(pilot, *typed("world"))
        await pasted(pilot, " and\n  more  \n")
    saved = day_file(data_dir, "daily")["went_well"]["entries"]
    assert saved == ["hello big world and", "more", ""]

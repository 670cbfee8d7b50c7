"""Promise 6 (your words are never in an error) and the end of Promise 1 (nothing about your
answers is written anywhere else): what is written stays where it was written.

A canary phrase stands for the user's words. Errors of every kind are forced; the phrase must
appear in no message, no output, no traceback and no file outside the data folder.
"""

from __future__ import annotations

import errno
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from wellcheck.cli import main
from wellcheck.core.answers import Record
from wellcheck.core.content_loader import load_file
from wellcheck.core.days_off import DaysOff
from wellcheck.core.errors import ContentError, DataError, crash_line
from wellcheck.core.file_kind import parse_model
from wellcheck.core.goals import Goals
from wellcheck.core.store import JsonStore
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp

from .broken import CANARY

DAY = "2026-11-23"


def outside_data(root: Path, data: Path) -> list[Path]:
    """Files under root that hold the canary but are not in the data folder."""
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and data not in p.parents and CANARY.encode() in p.read_bytes()
    ]


def disk_full(*args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


async def test_typing_through_a_failing_disk_never_shows_the_words(
    ctx: Context, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = WellcheckApp(ctx, start="daily")
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')} {message}")  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", *"note: ")  # a note on the first check, saved as typed
        app.screen.query_one("#item-lunch_break Input", Input).insert_text_at_cursor(CANARY)
        await pilot.press("enter")
        monkeypatch.setattr(os, "fsync", disk_full)
        app.screen.query_one("#item-difficult TextArea", TextArea).focus()
        await pilot.press(*"so: ")
        app.screen.query_one("#item-difficult TextArea", TextArea).insert(CANARY)
        await pilot.pause()
        monkeypatch.undo()
        await pilot.press("ctrl+q")
    assert "Not saved" in shown[0] and CANARY not in "\n".join(shown)
    saved = ctx.store.load_record("daily", "daily", DAY).answers
    assert saved["lunch_break"].note == f"note: {CANARY}"
    assert saved["difficult"].fields["difficult"] == f"so: {CANARY}"
    assert outside_data(isolated_dirs, ctx.store.root) == []


async def test_a_crash_in_the_app_prints_one_line_without_the_words(
    ctx: Context,
    isolated_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    def explode(item: object, old: object, field_id: str, text: str) -> None:
        raise ValueError(f"cannot use {text!r}")

    monkeypatch.setattr("wellcheck.tui.widgets.text.with_field", explode)

    async def type_canary(pilot: Pilot[None]) -> None:
        await pilot.pause()  # the checklist composed (it is the first screen: no home beneath)
        pilot.app.screen.query_one("#item-difficult TextArea", TextArea).focus()
        await pilot.press(*CANARY[:3])

    app = WellcheckApp(ctx, start="daily")
    await app.run_async(headless=True, size=(80, 24), auto_pilot=type_canary)
    out, err = capfd.readouterr()
    assert app.return_code == 1
    assert CANARY[:3] not in out + err and "Traceback" not in out + err
    assert "wellcheck stopped because of an internal error (ValueError at " in err
    assert outside_data(isolated_dirs, ctx.store.root) == []


ANSWER = {"prompt": "Lunch?", "value": "no", "note": "fine"}
WRONG_TYPES = {
    "value": [CANARY],
    "note": [CANARY],
    "prompt": {"x": CANARY},
    "fields": {"difficult": [CANARY]},
    "labels": CANARY,
    "entries": CANARY,
    "changed_at": CANARY,
}


@pytest.mark.parametrize("field", sorted(WRONG_TYPES))
def test_data_errors_name_the_field_never_the_value(field: str) -> None:
    answer = {**ANSWER, field: WRONG_TYPES[field]}
    doc = {"schema_version": 1, "instrument": "daily", "period": DAY, "answers": {"x": answer}}
    with pytest.raises(DataError) as caught:
        parse_model(Path("f.json"), json.dumps(doc).encode(), Record.from_dict)
    assert f"answers.x.{field}: expected" in str(caught.value) and CANARY not in str(caught.value)


@pytest.mark.parametrize(
    ("model", "doc"),
    [
        (Goals.from_dict, {"goals": [{"id": "a", "text": [CANARY], "created": DAY}]}),
        (Goals.from_dict, {"goals": [{"id": "a", "text": "t", "created": CANARY}]}),
        (Goals.from_dict, {"goals": [{"id": "a", "text": "t", "created": DAY, "done": CANARY}]}),
        (DaysOff.from_dict, {"days": {DAY: CANARY}}),
        (Record.from_dict, {"answers": CANARY}),
        (Record.from_dict, {"answers": {}, "schema_version": CANARY}),
    ],
)
def test_goal_and_day_off_errors_never_quote_the_value(
    model: object, doc: dict[str, object]
) -> None:
    raw = json.dumps({"schema_version": 1, **doc}).encode()
    with pytest.raises(DataError) as caught:
        parse_model(Path("f.json"), raw, model)  # type: ignore[arg-type]
    assert CANARY not in str(caught.value)


@pytest.mark.parametrize(
    "broken",
    [
        f'title = ["{CANARY}"]',
        f'prompt_typo = "{CANARY}"',
        f'title = "t"\nintro = """{CANARY}',
        f'cadence = "{CANARY}"',
        f'order = "{CANARY}"',
    ],
)
def test_content_errors_never_quote_a_value(broken: str, tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(f'id = "mine"\ncadence = "daily"\n{broken}\n[[items]]\nid = "a"\n')
    with pytest.raises(ContentError) as caught:
        load_file(path)
    assert CANARY not in str(caught.value) and "\n" not in str(caught.value)


def test_crash_line_has_the_type_and_place_only() -> None:
    try:
        raise ValueError(CANARY)
    except ValueError as exc:
        line = crash_line(exc)
    assert CANARY not in line and "(ValueError at test_6_canary.py:" in line


def test_a_store_save_leaves_nothing_outside_the_data_folder(isolated_dirs: Path) -> None:
    store = JsonStore(isolated_dirs / "data")
    store.add_goal(CANARY, date(2026, 11, 23))
    assert outside_data(isolated_dirs, store.root) == []
    assert CANARY.encode() in store.goals_path().read_bytes()


def test_developers_can_ask_for_the_full_traceback(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr("wellcheck.plain.checklist.ChecklistPlain._save", explode)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setenv("WELLCHECK_DEBUG", "1")
    with pytest.raises(KeyError):
        main(["daily", "--plain", "--date", DAY])

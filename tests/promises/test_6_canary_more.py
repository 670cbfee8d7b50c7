"""Promises 6 and 1, as in test_6_canary.py, for the stand-up, the stressors grid and the support
contacts.

The canary stands in a stressors note, a "what else?" label, a support contact and a stand-up H
line. Disk errors, unreadable files and crashes are forced around it; it must appear in no
message, no output and no file outside the data folder (the content cache included).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from wellcheck import paths
from wellcheck.cli import main
from wellcheck.core import standup
from wellcheck.core.errors import DataError
from wellcheck.core.file_kind import parse_model
from wellcheck.core.stressors_answers import Reflection, SupportContacts
from wellcheck.core.stressors_store import load_current_reflection, load_support
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.widgets.entries import EntriesWidget

from .broken import BROKEN, CANARY
from .test_5_unreadable_more import SlowClock
from .test_6_canary import disk_full, outside_data

DAY = "2026-11-23"


def typed(pilot: Pilot[None], selector: str, text: str) -> None:
    """Type into the focused field at once (a long phrase key by key is slow)."""
    field = pilot.app.screen.query_one(selector)
    assert isinstance(field, Input | TextArea)
    field.focus()
    if isinstance(field, Input):
        field.insert_text_at_cursor(text)
    else:
        field.insert(text)


async def test_failing_disks_and_unreadable_files_never_show_the_words(
    ctx: Context, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = WellcheckApp(ctx, clock=SlowClock())
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')}: {message}")  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "e")  # the canary in a note, an own row and a contact, saved
        typed(pilot, "#note", CANARY)
        await pilot.press("escape", "a")  # Escape leaves the note (Enter stays in it)
        typed(pilot, "#own-label", CANARY)
        await pilot.press("enter", "escape", "c")  # Enter adds the row and goes to its note
        typed(pilot, "#supervisor-name", CANARY)
        with monkeypatch.context() as m:  # a full disk while typing more of the words
            m.setattr(os, "fsync", disk_full)
            typed(pilot, "#supervisor-phone", CANARY)
            await pilot.press("escape")  # not saved: it says so, and stays
            await pilot.press("escape", "n")  # again: leaves without it
            typed(pilot, "#note", f" {CANARY}")
            await pilot.pause()
        standup.index_path(ctx.store).write_bytes(BROKEN["newer-version"][0])  # a newer
        ctx.store.root.joinpath("support.json").write_bytes(BROKEN["wrong-types"][0])  # wellcheck
        await pilot.press("escape", "c")  # support.json cannot be read now: not saved
        typed(pilot, "#supervisor-email", CANARY)
        await pilot.press("escape")  # not saved: it says so, and stays
        await pilot.press("escape", "escape", "u", "tab", "tab")  # H saved, the index not
        typed(pilot, "#item-help TextArea", CANARY)
        await pilot.pause()
        with monkeypatch.context() as m:
            m.setattr(os, "fsync", disk_full)
            typed(pilot, "#item-help TextArea", f"{CANARY}\n")
            await pilot.press("ctrl+q")  # and the quick exit's retry fails too
    titles = [m.split(":")[0] for m in shown]
    assert titles.count("Not saved") >= 4 and "Could not read" in titles and "Saved" in titles
    assert CANARY not in "\n".join(shown)
    reflection = load_current_reflection(ctx.store, ctx.today)
    assert reflection and reflection.rows["death"].note == CANARY
    assert CANARY in [r.label for r in reflection.rows.values()]
    assert standup.entries(standup.load(ctx.store, ctx.today), "help") == [CANARY]
    assert paths.cache_file().exists()  # the content cache was written, and holds no words
    assert outside_data(isolated_dirs, ctx.store.root) == []


async def test_a_crash_while_typing_prints_one_line_without_the_words(
    ctx: Context,
    isolated_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    def explode(item: object, old: object, text: str) -> None:
        raise ValueError(f"cannot use {text!r}")

    monkeypatch.setattr("wellcheck.tui.widgets.entries.with_lines", explode)

    async def type_canary(pilot: Pilot[None]) -> None:
        await pilot.pause()  # the stand-up composed (it is the first screen: no home beneath)
        area = pilot.app.screen.query_one(EntriesWidget).query_one(TextArea)
        area.insert(CANARY)
        await pilot.pause()

    app = WellcheckApp(ctx, start="standup")
    await app.run_async(headless=True, size=(80, 24), auto_pilot=type_canary)
    out, err = capfd.readouterr()
    assert app.return_code == 1
    assert CANARY not in out + err and "Traceback" not in out + err
    assert "wellcheck stopped because of an internal error (ValueError at " in err
    assert outside_data(isolated_dirs, ctx.store.root) == []


@pytest.mark.parametrize(
    ("command", "answers", "to_break"),
    [
        ("daily", f"n {CANARY}\n", "wellcheck.plain.checklist.ChecklistPlain._save"),
        ("stressors", f"y\n3\n\n{CANARY}\n", "wellcheck.session.stressors.save_row"),
        ("standup", f"\n\n{CANARY}\n\n", "wellcheck.core.standup.sync_index"),
    ],
)
def test_a_crash_in_plain_mode_prints_one_line_without_the_words(
    data_dir: Path,
    command: str,
    answers: str,
    to_break: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def explode(*args: object) -> None:
        raise KeyError(repr(args))

    monkeypatch.setattr(to_break, explode)
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    assert main([command, "--plain", "--date", DAY]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and CANARY not in err
    assert err.startswith("wellcheck stopped because of an internal error (KeyError at ")


@pytest.mark.parametrize(
    ("command", "answers"), [("daily", f"n {CANARY}\n"), ("standup", f"{CANARY}\n\n")]
)
def test_a_failed_save_in_plain_mode_names_the_file_not_the_words(
    data_dir: Path,
    command: str,
    answers: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(os, "fsync", disk_full)
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    assert main([command, "--plain", "--date", DAY]) == 1
    out, err = capsys.readouterr()
    assert "could not save" in err and CANARY not in out + err


ROW = {"category": "family", "label": "Death"}
WRONG = [
    (Reflection.from_dict, {"day": DAY, "rows": {"death": {**ROW, "note": [CANARY]}}}),
    (Reflection.from_dict, {"day": DAY, "rows": {"own-1": {**ROW, "label": {"x": CANARY}}}}),
    (Reflection.from_dict, {"day": DAY, "rows": {"death": {**ROW, "impact": CANARY}}}),
    (Reflection.from_dict, {"day": DAY, "rows": {"death": {**ROW, "help": CANARY}}}),
    (Reflection.from_dict, {"day": CANARY, "rows": {}}),
    (SupportContacts.from_dict, {"contacts": {"eap": {"notes": [CANARY]}}}),
    (SupportContacts.from_dict, {"contacts": CANARY}),
    (standup.OpenHelp.from_dict, {"requests": [{"day": DAY, "text": {"t": CANARY}}]}),
    (standup.OpenHelp.from_dict, {"requests": [{"day": CANARY, "text": "t"}]}),
    (standup.OpenHelp.from_dict, {"requests": CANARY}),
]


@pytest.mark.parametrize(("model", "doc"), WRONG)
def test_data_errors_of_the_new_files_never_quote_the_words(
    model: object, doc: dict[str, object]
) -> None:
    raw = json.dumps({"schema_version": 1, **doc}).encode()
    with pytest.raises(DataError) as caught:
        parse_model(Path("f.json"), raw, model)  # type: ignore[arg-type]
    assert CANARY not in str(caught.value) and "\n" not in str(caught.value)


def test_a_resolved_date_that_is_not_a_date_is_named_without_the_request(ctx: Context) -> None:
    path = standup.record_path(ctx.store, ctx.today)
    path.parent.mkdir(parents=True)
    resolved = {"prompt": "p", "fields": {CANARY: f"{CANARY}!"}}
    doc = {"schema_version": 1, "instrument": "standup", "period": DAY}
    path.write_text(json.dumps({**doc, "answers": {standup.RESOLVED_KEY: resolved}}))
    with pytest.raises(DataError) as caught:
        standup.load(ctx.store, ctx.today)
    assert CANARY not in str(caught.value)
    assert load_support(ctx.store).contacts == {}

"""Promise 11, for the Wellness Action Plan: with encryption on, a canary typed into the plan
(a section, a sign in the user's own words, ticked again in the weekly check-in, so it is in
the week's noticed file too) is on disk only as ciphertext, in the data, temp, cache and config
folders alike; the key opens every word again. Home's note that the sign came back is sealed
too."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from wellcheck import paths
from wellcheck.core import crypto, encryption, layout, plan
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.widgets.tick_list import TickList

from .encrypted import CANARY, PASSPHRASE, data_files, holding_the_canary, turn_on
from .test_5_unreadable_more import SlowClock


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def everywhere(tmp_path: Path) -> list[Path]:
    folders = [paths.data_root(), tmp_path / "tmp", paths.cache_file().parent, paths.config_dir()]
    return [*folders, tmp_path]


def test_the_search_finds_the_canary_in_a_readable_plan(tmp_path: Path) -> None:
    """The search has teeth: the same words in a readable store are found."""
    store = JsonStore(tmp_path / "data")
    store.save_answer("plan", "adhoc", "current", "manager", Answer("M?", fields={"t": CANARY}))
    assert holding_the_canary([tmp_path]) == [str(tmp_path / "data" / "plan" / "current.json")]


async def test_words_typed_into_the_plan_are_only_ciphertext(
    ctx: Context, tmp_path: Path, temp_dir: Path
) -> None:
    turn_on(ctx.store)
    store = ctx.store
    app = WellcheckApp(ctx, clock=SlowClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        area = app.screen.query_one("#item-manager TextArea", TextArea)
        area.focus()
        area.insert(CANARY)
        own = app.screen.query_one("#item-signs Input", Input)
        own.focus()
        own.insert_text_at_cursor(CANARY)
        await pilot.pause()
        await pilot.press("escape", "w", "y", "y")  # the weekly check-in, on to the signs
        await pilot.pause()
        assert isinstance(app.screen.focused, TickList)
        await pilot.press("space")  # the user's own sign, the only one: noticed this week
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    files = data_files(store.root)
    assert {"plan/current.json", "noticed/2026-W48.json"} <= set(files)
    assert all(crypto.is_sealed(data) for data in files.values())
    assert holding_the_canary(everywhere(tmp_path)) == []
    reopened = JsonStore(store.root, encryption.unlock(store.root, PASSPHRASE))
    record = reopened.read(layout.plan(reopened.root))
    assert record is not None and record.answers["manager"].fields["text"] == CANARY
    assert [s.words for s in plan.picked(record.answers["signs"])] == [CANARY]
    week = reopened.read(layout.noticed(reopened.root, "2026-W48"))
    assert week is not None and plan.noticed_keys(week) == {plan.own_key(CANARY)}
    assert CANARY in week.answers["signs"].labels.values()

"""Promise 3: a disk error is never silent and never corrupts."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from textual.widgets import TextArea

from wellcheck.core.answers import Answer
from wellcheck.core.errors import SaveError
from wellcheck.core.store import JsonStore
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp

from .faults import Faults
from .helpers import data_files

DAY = "2026-11-23"
OLD = Answer("Have you taken a lunch break?", "no", note="old")
NEW = Answer("Have you checked in with your team or colleagues?", "yes", note="new")


def save(store: JsonStore) -> None:
    store.save_answer("daily", "daily", DAY, "checked_in", NEW)


def calls_in_a_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool) -> int:
    store = JsonStore(tmp_path / "count")
    if existing:
        store.save_answer("daily", "daily", DAY, "lunch_break", OLD)
    faults = Faults()
    with monkeypatch.context() as m:
        faults.install(m)
        save(store)
    return faults.count


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES], ids=["ENOSPC", "EACCES"])
@pytest.mark.parametrize("existing", [True, False], ids=["over-a-file", "first-save"])
def test_every_failing_call_of_a_save_is_reported_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, existing: bool
) -> None:
    total = calls_in_a_save(tmp_path, monkeypatch, existing)
    assert total >= 8
    for n in range(1, total + 1):
        store = JsonStore(tmp_path / f"{code}-{n}")
        if existing:
            store.save_answer("daily", "daily", DAY, "lunch_break", OLD)
        before = {p: p.read_bytes() for p in data_files(store.root)}
        faults = Faults(fail_at=n, errno=code)
        with monkeypatch.context() as m:
            faults.install(m)
            try:
                save(store)
                error: Exception | None = None
            except SaveError as exc:
                error = exc
        where = f"call {n} ({faults.failed}) of {total}"
        assert not list(store.root.rglob("*.tmp")), f"temp file left after {where}"
        record = store.load_record("daily", "daily", DAY)
        if error is None:  # only a call after os.replace failed (folder fsync, unlock): saved
            assert record.answers["checked_in"].note == "new", f"silent failure at {where}"
            continue
        message = str(error)
        assert "\n" not in message and str(store.record_path("daily", "daily", DAY)) in message
        assert {p: p.read_bytes() for p in data_files(store.root)} == before, where


async def test_a_failed_save_keeps_the_answer_on_screen_and_says_so(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = WellcheckApp(ctx, start="daily")
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')}: {message}")  # type: ignore[method-assign]
    path = ctx.store.record_path("daily", "daily", DAY)
    async with app.run_test(size=(80, 24)) as pilot:
        field = app.screen.query_one("#item-difficult TextArea", TextArea)
        field.focus()
        with monkeypatch.context() as m:
            m.setattr(os, "fsync", disk_full)
            await pilot.press(*"late visit")
            await pilot.pause()
        assert len(shown) == 1 and shown[0].startswith("Not saved:")  # once, not per key
        assert "No space left on device" in shown[0] and "still on screen" in shown[0]
        assert field.text == "late visit"
        assert not path.exists() and not list(ctx.store.root.rglob("*.tmp"))
        await pilot.press("!")  # the disk has room again: the next keystroke saves it all
        await pilot.pause()
        assert shown[-1].startswith("Saved:")
    answer = ctx.store.load_record("daily", "daily", DAY).answers["difficult"]
    assert answer.fields["difficult"] == "late visit!"


def disk_full(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

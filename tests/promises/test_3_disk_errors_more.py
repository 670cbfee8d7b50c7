"""Promise 3 for the stand-up, the stressors grid and the support contacts: for every N, the Nth
filesystem call of a save fails. The previous bytes are identical (or, for the stand-up's second
write, the answer is saved and only the index of open help requests is left as it was), no temp
file is left, and the message is one line naming the file."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import TextArea

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.errors import WellcheckError
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Contact, StressorAnswer
from wellcheck.core.stressors_store import (
    load_current_reflection,
    load_support,
    reflection_path,
    save_contact,
    save_row,
    support_path,
)
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp

from .faults import Faults
from .helpers import snapshot

FRIDAY, MONDAY = date(2026, 11, 20), date(2026, 11, 23)
ROW = StressorAnswer("family", "Family & relationships", "Death of close relative or friend")


def help_of(store: JsonStore) -> list[str]:
    return standup.entries(standup.load(store, MONDAY), standup.HELP)


def note_of(store: JsonStore) -> str:
    reflection = load_current_reflection(store, MONDAY)
    return reflection.rows["death"].note if reflection else ""


class Save:
    """A save to make fail: what is there before, the save, and whether it happened."""

    def __init__(
        self,
        before: Callable[[JsonStore], object],
        save: Callable[[JsonStore], object],
        done: Callable[[JsonStore], bool],
        target: Callable[[JsonStore], Path],
    ) -> None:
        self.before, self.save, self.done, self.target = before, save, done, target
        """`target` is the file being saved, which a failure names."""


def asked(store: JsonStore, *lines: str) -> None:
    standup.save_answer(store, MONDAY, standup.HELP, Answer("H", entries=list(lines)))


def noted(day: date, note: str) -> Callable[[JsonStore], object]:
    return lambda store: save_row(store, day, "death", replace(ROW, note=note))


SAVES = {
    "standup-help": Save(
        lambda s: asked(s, "cover"),
        lambda s: asked(s, "cover", "advice"),
        lambda s: help_of(s) == ["cover", "advice"],
        lambda s: standup.record_path(s, MONDAY),
    ),
    "stressors-over-today": Save(
        noted(MONDAY, "old"),
        noted(MONDAY, "new"),
        lambda s: note_of(s) == "new",
        lambda s: reflection_path(s, MONDAY),
    ),
    "stressors-first-of-the-day": Save(
        noted(FRIDAY, "old"),
        noted(MONDAY, "new"),
        lambda s: note_of(s) == "new",
        lambda s: reflection_path(s, MONDAY),
    ),
    "support": Save(
        lambda s: save_contact(s, "eap", Contact("Care First")),
        lambda s: save_contact(s, "supervisor", Contact("Sam")),
        lambda s: load_support(s).get("supervisor").name == "Sam",
        support_path,
    ),
}


def counted(root: Path, case: Save, monkeypatch: pytest.MonkeyPatch) -> int:
    store = JsonStore(root)
    case.before(store)
    faults = Faults()
    with monkeypatch.context() as m:
        faults.install(m)
        case.save(store)
    return faults.count


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES], ids=["ENOSPC", "EACCES"])
@pytest.mark.parametrize("name", SAVES)
def test_every_failing_call_is_reported_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int
) -> None:
    case = SAVES[name]
    total = counted(tmp_path / "count", case, monkeypatch)
    assert total >= 8
    index = None
    for n in range(1, total + 1):
        store = JsonStore(tmp_path / f"{n}")
        case.before(store)
        before = snapshot(store.root)
        faults = Faults(fail_at=n, errno=code)
        error: WellcheckError | None = None
        with monkeypatch.context() as m:
            faults.install(m)
            try:
                case.save(store)
            except WellcheckError as exc:
                error = exc
        where = f"call {n} ({faults.failed}) of {total}"
        assert not list(store.root.rglob("*.tmp")), f"temp file left after {where}"
        if error is None:  # only a call after os.replace failed (folder fsync, unlock): saved
            assert case.done(store), f"silent failure at {where}"
            continue
        message = str(error)
        assert "\n" not in message and str(store.root) in message and os.strerror(code) in message
        after = snapshot(store.root)
        if isinstance(error, standup.IndexNotUpdated):  # H is saved; the index left as it was
            index = standup.index_path(store)
            assert case.done(store) and after[index] == before[index], where
            assert str(index) in message
            continue
        assert after == before and str(case.target(store)) in message, where
    assert name != "standup-help" or index is not None, "the index write never failed"


UI = {
    "standup": (
        ["u", "tab", "tab"],
        "#item-help TextArea",
        "ask",
        lambda s: standup.record_path(s, MONDAY),
    ),
    "stressors": (["p", "e"], "#note", "low", lambda s: reflection_path(s, MONDAY)),
    "support": (["p", "c"], "#supervisor-name", "Sam", support_path),
}
LEAVE = {"standup": ["escape"], "stressors": ["escape", "escape"], "support": ["ctrl+q"]}
"""Going back home retries a failed save as a quick exit does (both ask the screen for it)."""
KEPT: dict[str, Callable[[JsonStore], object]] = {
    "standup": lambda s: help_of(s) == ["cover", "ask"],
    "stressors": lambda s: note_of(s) == "low",
    "support": lambda s: load_support(s).get("supervisor").name == "Sam",
}


@pytest.mark.parametrize("name", UI)
async def test_a_failed_save_keeps_the_words_on_screen_says_so_once_and_retries_on_leaving(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    asked(ctx.store, "cover")  # each file exists already, so its bytes can be compared
    save_row(ctx.store, MONDAY, "death", ROW)
    save_contact(ctx.store, "eap", Contact("Care First"))
    before = snapshot(ctx.store.root)
    reach, selector, words, where = UI[name]
    path = where(ctx.store)
    app = WellcheckApp(ctx)
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')}: {message}")  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*reach)
        field = app.screen.query_one(selector)
        if isinstance(field, TextArea):
            field.move_cursor(field.document.end)
        with monkeypatch.context() as m:
            m.setattr(os, "fsync", disk_full)
            await pilot.press(*(["enter"] if name == "standup" else []), *words)
            await pilot.pause()
        assert len(shown) == 1 and shown[0].startswith("Not saved:") and str(path) in shown[0]
        assert "still on screen" in shown[0] and words in getattr(field, "text", "") + getattr(
            field, "value", ""
        )
        assert snapshot(ctx.store.root) == before and not list(ctx.store.root.rglob("*.tmp"))
        await pilot.press(*LEAVE[name])  # the disk has room again: leaving saves it
        assert KEPT[name](ctx.store)


def disk_full(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

"""Promise 5 for the files that are not Records: a stressors reflection, a stand-up day, the
support contacts and the index of open help requests. Each, unreadable, is named in one line;
home, the summary and the rest of the data stay usable; its bytes never change."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.doctor import diagnose
from wellcheck.session.context import Context
from wellcheck.session.home import build_overview
from wellcheck.session.summary import weekly_summary
from wellcheck.tui.app import WellcheckApp

from .broken import BROKEN, CANARY
from .test_5_unreadable import place

TODAY, FRIDAY = date(2026, 11, 23), date(2026, 11, 20)
ANY_FILE = ["truncated", "newer-version", "not-utf8", "empty", "not-an-object"]
"""Kinds of damage that read the same whatever the file; wrong types differ by file (WRONG)."""


def _json(doc: dict[str, object]) -> bytes:
    return json.dumps({"schema_version": 1, **doc}).encode()


FILES: dict[str, tuple[Callable[[Path], Path], bytes, str]] = {
    "stressors": (
        lambda root: root / "stressors" / "2026-11-20.json",
        _json({"day": "2026-11-20", "rows": {"death": {"category": "f", "note": [CANARY]}}}),
        "rows.death.label: expected text",
    ),
    "standup-day": (
        lambda root: root / "standup" / "2026" / "2026-11-23.json",
        _json({"instrument": "standup", "period": "2026-11-23", "answers": {"help": CANARY}}),
        "answers.help: expected an object",
    ),
    "support": (
        lambda root: root / "support.json",
        _json({"contacts": {"supervisor": {"name": [CANARY]}}}),
        "contacts.supervisor.name: expected text",
    ),
    "help-index": (
        lambda root: root / "help-requests.json",
        _json({"requests": [{"day": "2026-11-20", "text": [CANARY]}]}),
        "requests[0].text: expected text",
    ),
}
CASES = [(f, k) for f in FILES for k in [*ANY_FILE, "wrong-types"]]
SUMMARY_READS = {"stressors", "standup-day"}
"""The files the weekly summary reads (the support contacts and the index are not in it)."""


def broken(root: Path, which: str, kind: str) -> tuple[Path, bytes, str]:
    where, wrong, wrong_reason = FILES[which]
    data, reason = (wrong, wrong_reason) if kind == "wrong-types" else BROKEN[kind]
    path = where(root)
    place(path, data)
    return path, data, reason


@pytest.mark.parametrize(("which", "kind"), CASES, ids=[f"{f}-{k}" for f, k in CASES])
def test_named_in_one_line_by_home_summary_and_doctor(ctx: Context, which: str, kind: str) -> None:
    store = ctx.store
    path, data, reason = broken(store.root, which, kind)
    store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "yes"))

    overview = build_overview(ctx.content, store, ctx.settings, TODAY)
    assert [p for p in overview.problems] == [overview.problems[0]]
    assert overview.problems[0].startswith(f"{path}: ") and reason in overview.problems[0]
    assert {e.instrument_id for e in overview.entries if e.state} >= {"daily", "weekly"}

    summary, problems = weekly_summary(store, ctx.settings, date(2026, 11, 23), TODAY)
    assert summary.week == "2026-W48" and summary.weekly  # the rest of the week is there
    assert len(problems) == (1 if which in SUMMARY_READS else 0)
    assert all(p.startswith(f"{path}: ") and reason in p for p in problems)

    count, findings = diagnose(store.root)
    assert [str(f) for f in findings] == [f"{path}: {findings[0].problem}"] and count == 1
    assert reason in findings[0].problem

    everything = "\n".join([*overview.problems, *problems, *map(str, findings)])
    assert CANARY not in everything and "\n" not in overview.problems[0]
    assert path.read_bytes() == data


class SlowClock:
    """Two seconds pass between any two readings: Escape only ever goes back, never quits."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 2
        return self.now


APP = {
    "stressors": (["p"], "Cannot open"),  # the grid cannot open on a reflection it cannot read
    "help-index": (["u", "tab", "tab", *"advice"], "Saved"),  # H is saved; the index is not
    "standup-day": (["u"], "Cannot open"),
    "support": (["p", "c", *"Sam"], "Not saved"),  # the grid opens; contacts are not saved
}
TOGETHER = [("stressors", "help-index"), ("standup-day", "support")]
"""Two broken files an app run each (a broken reflection would keep the contacts out of reach)."""


@pytest.mark.parametrize("both", TOGETHER, ids=["+".join(t) for t in TOGETHER])
async def test_the_app_names_them_goes_on_and_leaves_them_alone(
    ctx: Context, both: tuple[str, str]
) -> None:
    damaged = {which: broken(ctx.store.root, which, "truncated") for which in both}
    app = WellcheckApp(ctx, clock=SlowClock())
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')}: {message}")  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        for which in both:
            await pilot.press(*APP[which][0], "escape", "escape", "escape")
        await pilot.press("w", "y")
        await pilot.pause()
        await pilot.press("ctrl+q")
    for which, (path, data, reason) in damaged.items():
        says = APP[which][1]
        assert any(m.startswith(f"{says}: ") and f"{path}: {reason}" in m for m in shown), shown
        assert path.read_bytes() == data
    assert CANARY not in "\n".join(shown)
    weekly = ctx.store.load_record("weekly", "weekly", "2026-W48")
    assert weekly.answers["healthy_eating"].value == "yes"  # the rest is usable
    if "help-index" in both:
        assert standup.entries(standup.load(ctx.store, TODAY), "help") == ["advice"]


@pytest.mark.parametrize("which", FILES)
def test_summary_and_plain_mode_name_it_in_one_line(
    data_dir: Path, which: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, data, reason = broken(data_dir, which, "truncated")
    day = ["--date", TODAY.isoformat()]
    code = main(["summary", *day])  # printed without it, and exit 1 says the page is not whole
    err = capsys.readouterr().err.splitlines()
    assert code == (1 if which in SUMMARY_READS else 0)
    assert len(err) == (1 if which in SUMMARY_READS else 0)
    assert all(line.startswith(f"wellcheck: {path}: ") and reason in line for line in err)

    command = "standup" if which in ("standup-day", "help-index") else "stressors"
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n4\n"))
    code = main([command, "--plain", *day])
    out, err_text = capsys.readouterr()
    if which in ("standup-day", "stressors"):  # the one it needs: one line, nothing asked
        assert code == 1 and out == "" and err_text.count("\n") == 1 and str(path) in err_text
    else:  # a convenience beside it: named, and the session goes on
        assert code == 0 and str(path) in out and reason in out
    assert CANARY not in out + err_text and "Traceback" not in err_text
    assert path.read_bytes() == data

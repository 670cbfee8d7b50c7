"""Promise 5: a file wellcheck cannot read is named, never overwritten or dropped."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Static

from wellcheck.cli import main
from wellcheck.core.answers import Answer
from wellcheck.core.atomic import ensure_dir
from wellcheck.core.store import JsonStore
from wellcheck.session.context import Context
from wellcheck.session.home import build_overview
from wellcheck.tui.app import WellcheckApp

from .broken import BROKEN, CANARY

DAY = "2026-11-23"
KINDS = sorted(BROKEN)


def daily_path(store: JsonStore) -> Path:
    return store.record_path("daily", "daily", DAY)


def place(path: Path, data: bytes) -> None:
    ensure_dir(path.parent, Path(path.anchor))  # private folders, as wellcheck makes them
    path.write_bytes(data)
    path.chmod(0o600)


def broken_files(store: JsonStore) -> dict[str, Path]:
    return {
        "daily": daily_path(store),
        "goals": store.goals_path(),
        "days-off": store.days_off_path(2026),
    }


@pytest.mark.parametrize("which", ["daily", "goals", "days-off"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_file_is_named_in_one_line_and_the_rest_stays_usable(
    ctx: Context, kind: str, which: str
) -> None:
    data, reason = BROKEN[kind]
    if which != "daily" and kind == "wrong-types":
        reason = "answers: unknown field"  # a record's fields, in goals or days off
    path = broken_files(ctx.store)[which]
    place(path, data)

    overview = build_overview(ctx.content, ctx.store, ctx.settings, ctx.today)
    assert len(overview.problems) == 1
    problem = overview.problems[0]
    assert problem.startswith(f"{path}: ") and reason in problem
    assert "\n" not in problem and CANARY not in problem
    unusable = [e.instrument_id for e in overview.entries if e.problem]
    assert unusable == (["daily"] if which == "daily" else [])
    assert {"weekly", "monthly"} <= {e.instrument_id for e in overview.entries if e.state}

    ctx.store.save_answer(
        "weekly", "weekly", "2026-W48", "healthy_eating", Answer("Eating well?", "yes")
    )
    assert path.read_bytes() == data


@pytest.mark.parametrize("kind", KINDS)
def test_the_cli_names_it_and_other_commands_still_work(
    kind: str, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, reason = BROKEN[kind]
    path = daily_path(JsonStore(data_dir))
    place(path, data)
    day = ["--date", DAY]

    assert main(["daily", *day]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and reason in err and CANARY not in err

    assert main(["off", "sick", "--date", "2026-11-24"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["weekly", "--plain", *day]) == 0
    assert "Traceback" not in capsys.readouterr().err
    store = JsonStore(data_dir)
    assert (
        store.load_record("weekly", "weekly", "2026-W48").answers["healthy_eating"].value == "yes"
    )
    assert store.day_off(date(2026, 11, 24)) == "sick"

    assert main(["doctor"]) == 1
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and listed[0].startswith(f"{path}: ") and reason in listed[0]
    assert CANARY not in "\n".join(listed)
    assert path.read_bytes() == data


@pytest.mark.parametrize("kind", KINDS)
async def test_the_app_shows_it_and_leaves_it_alone(ctx: Context, kind: str) -> None:
    data, reason = BROKEN[kind]
    path = daily_path(ctx.store)
    place(path, data)
    app = WellcheckApp(ctx)
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        problems = str(app.home.query_one("#problems", Static).render())
        assert str(path.name) in problems and reason in problems and CANARY not in problems
        await pilot.press("d")  # the daily checklist cannot open: say so, change nothing
        assert app.screen is app.home and str(path) in shown[-1]
        await pilot.press("w", "y")  # the weekly one still works
        await pilot.press("ctrl+q")
    assert path.read_bytes() == data
    weekly = ctx.store.load_record("weekly", "weekly", "2026-W48")
    assert weekly.answers["healthy_eating"].value == "yes"


async def test_a_file_that_turns_unreadable_while_open_is_not_overwritten(ctx: Context) -> None:
    """E.g. a newer wellcheck on a synced laptop rewrote it: saving here must not clobber it."""
    app = WellcheckApp(ctx, start="daily")
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')}: {message}")  # type: ignore[method-assign]
    path = daily_path(ctx.store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        data, reason = BROKEN["newer-version"]
        place(path, data)
        await pilot.press("y")
        assert shown[-1].startswith("Not saved:") and reason in shown[-1]
    assert path.read_bytes() == data

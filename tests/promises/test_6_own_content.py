"""Promise 6 for the user's own content folder: a broken file there never locks them out. It is
skipped and named (file:line) on home and by every command that loads content; the built-in
instruments and the user's other files keep working; an id that is one of wellcheck's own files
or folders, or too long for a folder name, is refused the same way and writes nothing; an ad hoc
checklist of the user's opens from home and from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from home_view import highlight
from textual.widgets import Static

from wellcheck.cli import main
from wellcheck.session.context import build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen

DAY = ["--date", "2026-11-23"]
ADHOC = """\
id = "before-visit"
title = "Before a home visit"
cadence = "adhoc"

[[items]]
id = "told_someone"
kind = "check"
prompt = "Has someone in the office got your route and return time?"
"""
TYPO = 'id = "evening"\ntitle = "Evening"\ncadence = "daily\n'
"""An unclosed string on line 3."""


def mine(config_dir: Path, **files: str) -> Path:
    folder = config_dir / "content"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text)
    return folder


def own(ident: str, cadence: str = "daily") -> str:
    return ADHOC.replace('"before-visit"', f'"{ident}"').replace('"adhoc"', f'"{cadence}"')


def test_a_typo_skips_that_file_only(
    config_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = mine(config_dir, evening=TYPO, visit=ADHOC)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["weekly", "--plain", *DAY]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"wellcheck: {folder / 'evening.toml'}:3:")
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["open", "before-visit", "--plain", *DAY]) == 0
    saved = json.loads((data_dir / "before-visit" / "current.json").read_text())
    assert saved["answers"]["told_someone"]["value"] == "yes"
    assert main(["content", "check"]) == 1


def test_the_cache_keeps_no_half_set(config_dir: Path, data_dir: Path) -> None:
    folder = mine(config_dir, evening=TYPO)
    assert build_context(data_dir, "2026-11-23").content.problems
    assert build_context(data_dir, "2026-11-23").content.problems  # asked again, not cached
    (folder / "evening.toml").write_text(own("evening"))
    content = build_context(data_dir, "2026-11-23").content
    assert not content.problems and "evening" in content.instruments


@pytest.mark.parametrize(
    ("ident", "reason"),
    [
        ("days-off", "one of wellcheck's own files"),
        ("goals", "one of wellcheck's own files"),
        ("support", "one of wellcheck's own files"),
        ("help-requests", "one of wellcheck's own files"),
        ("standup", "kept for the stand-up"),
        ("a" * 65, "at most 64 characters"),
        ("a" * 300, "at most 64 characters"),
    ],
)
def test_an_id_of_wellcheck_s_own_is_refused_and_writes_nothing(
    config_dir: Path,
    data_dir: Path,
    ident: str,
    reason: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = mine(config_dir, clash=own(ident, "weekly"))
    assert main(["content", "check"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [err[0]] and err[0].startswith(f"{folder / 'clash.toml'}:1: id")
    assert reason in err[0]
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["open", ident[:64], "--plain", *DAY]) == (0 if ident == "standup" else 1)
    out, err_text = capsys.readouterr()
    assert "Traceback" not in err_text and reason in err_text
    if ident != "standup":
        assert not (data_dir / ident[:64]).exists()
        assert err_text.splitlines()[-1].startswith("wellcheck: no instrument has the id")


def test_a_stand_up_override_that_keeps_y_t_h_is_used(config_dir: Path, data_dir: Path) -> None:
    builtin = (Path(__file__).parents[2] / "content" / "standup.toml").read_text()
    mine(config_dir, standup=builtin.replace('title = "YTH stand-up"', 'title = "My YTH"'))
    content = build_context(data_dir, "2026-11-23").content
    assert not content.problems and content.get("standup").title == "My YTH"


@pytest.mark.parametrize("ident", ["", " ", "nope", "../goals", "a/b", "x" * 5000, "\x1b[2J"])
def test_open_with_a_bad_id_is_one_line(ident: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["open", ident, "--plain", *DAY]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("wellcheck: ") and "\x1b" not in err


async def test_home_names_the_broken_file_and_opens_the_ad_hoc_one(
    config_dir: Path, data_dir: Path
) -> None:
    folder = mine(config_dir, evening=TYPO, visit=ADHOC)
    ctx = build_context(data_dir, "2026-11-23")
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        problems = str(pilot.app.home.query_one("#problems", Static).render()).replace("\n", "")
        assert f"{folder / 'evening.toml'}:3:" in problems
        highlight(pilot.app, "Before a home visit")
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, ChecklistScreen)
        await pilot.press("y")
        await pilot.press("ctrl+q")
    saved = json.loads((data_dir / "before-visit" / "current.json").read_text())
    assert saved["answers"]["told_someone"]["value"] == "yes"

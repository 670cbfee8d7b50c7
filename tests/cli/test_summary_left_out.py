"""A file the summary draws on that cannot be read is said on the page, not only on stderr.

The page goes to supervision: an unreadable goals file had left the Goals section out with
no word, which reads as "no goals". Each such file is named on the page in every format (and
on the pack's first page), the page is still printed, and the command exits 1.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from summary_fixture import write_week

from wellcheck.cli import main
from wellcheck.core import layout

LEFT_OUT = "Left out, as their files could not be read (see `wellcheck doctor`): "
ON = ["--date", "2026-11-20"]

BROKEN: dict[str, tuple[Callable[[Path], Path], str]] = {
    "goals": (lambda root: layout.goals(root).path, "the goals"),
    "stand-up": (
        lambda root: root / "standup" / "2026" / "2026-11-18.json",
        "the stand-up of Wed 18 Nov",
    ),
    "stressors": (lambda root: root / "stressors" / "2026-11-16.json", "the personal stressors"),
    "plan": (lambda root: layout.plan(root).path, "the Wellness Action Plan"),
    "days off": (lambda root: layout.days_off(root, 2026).path, "the days off of 2026"),
}


def break_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text('{"schema_version": 1, "truncat')
    path.chmod(0o600)


def as_read(page: str) -> str:
    """The page's words as a reader sees them: lines joined, no markup."""
    for markup in ("**", "<p><strong>", "\\"):
        page = page.replace(markup, "")
    return " ".join(page.split())


@pytest.mark.parametrize("which", list(BROKEN))
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_page_names_what_it_left_out(
    data_dir: Path, capsys: pytest.CaptureFixture[str], which: str, fmt: str
) -> None:
    write_week(data_dir)
    where, named = BROKEN[which]
    path = where(data_dir)
    break_file(path)
    before = path.read_bytes()
    assert main([*ON, "summary", "--format", fmt]) == 1
    out, err = capsys.readouterr()
    assert LEFT_OUT + named + "." in as_read(out)
    assert "What went well" in out  # the rest of the week is still there
    assert path.name in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_the_json_lists_what_it_left_out_and_nothing_when_all_was_read(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_week(data_dir)
    assert main([*ON, "summary", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["unreadable"] == []
    break_file(layout.goals(data_dir).path)
    break_file(data_dir / "standup" / "2026" / "2026-11-18.json")
    assert main([*ON, "summary", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["unreadable"] == [
        {"kind": "goals", "date": None},
        {"kind": "stand-up", "date": "2026-11-18"},
    ]


def test_a_readable_week_says_nothing_was_left_out(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_week(data_dir)
    assert main([*ON, "summary"]) == 0
    assert "Left out" not in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_the_pack_names_each_file_once_on_its_first_page(
    data_dir: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    write_week(data_dir)
    break_file(layout.goals(data_dir).path)
    break_file(layout.supervision(data_dir).path)
    assert main([*ON, "summary", "--weeks", "4", "--format", fmt]) == 1
    out = capsys.readouterr().out
    if fmt == "json":
        doc = json.loads(out)
        assert doc["unreadable"] == [
            {"kind": "goals", "date": None},
            {"kind": "supervision", "date": None},
        ]
        assert all(w["unreadable"] == [{"kind": "goals", "date": None}] for w in doc["weeks"])
        return
    flat = as_read(out)
    assert LEFT_OUT + "the goals; the supervision days." in flat
    first_week = flat.index("week 44")  # the pack's first page comes before its weeks
    assert flat.index(LEFT_OUT) < first_week


def test_a_pack_names_the_days_off_of_a_year_once(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_week(data_dir)
    break_file(layout.days_off(data_dir, 2026).path)
    assert main([*ON, "summary", "--weeks", "4", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["unreadable"] == [{"kind": "days off", "date": "2026-01-01"}]
    assert main([*ON, "summary", "--weeks", "4"]) == 1
    assert as_read(capsys.readouterr().out).count("the days off of 2026") == 5  # once a page

"""`wellcheck stressors --plain`: the grid row by row from piped input, saved line by line; and
an unreadable reflection named in one line before the grid opens."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wellcheck.cli import main

ANSWERS = [
    "y",  # death: experienced
    "4",  # impact
    "",  # note support contacts now? Enter: not now
    "y",  # affecting work
    "hard to concentrate",  # note
    "2",  # help: need to seek
    "1",  # from work
    "y",  # take to supervision
    "n",  # separation
    "",  # marriage: Enter keeps (nothing)
    "maybe",  # family arguments: not an answer, asked again
    "n",
    "y",  # domestic abuse: the helplines follow
]


def run_plain(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    return main(["stressors", "--plain", "--date", "2026-11-23"])


def test_plain_mode_saves_each_answer_and_stops_calmly_at_end_of_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert run_plain(monkeypatch, ANSWERS) == 0
    out = capsys.readouterr().out
    assert "not a formal or validated self-assessment tool" in out
    assert "Please answer with one of: y, yes, n, no." in out
    assert "0808 2000 247" in out and "press 55" in out
    assert "it can help to talk to someone" in out  # impact 4, no contacts noted yet
    assert "End of input: everything you answered is saved." in out
    rows = json.loads((data_dir / "stressors" / "2026-11-23.json").read_text())["rows"]
    death = rows["death"]
    assert (death["ticked"], death["impact"], death["affecting_work"]) == (True, 4, True)
    assert (death["note"], death["help"], death["help_from"]) == (
        "hard to concentrate",
        "need",
        "work",
    )
    assert death["flagged"] is True
    assert "separation" not in rows  # "no" on a blank row: nothing to keep
    assert "marriage" not in rows
    assert rows["domestic_abuse"]["ticked"] is True


def test_plain_mode_shows_the_last_answers_and_enter_keeps_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run_plain(monkeypatch, ANSWERS[:8])
    capsys.readouterr()
    assert run_plain(monkeypatch, ["", "", "", "", "", "", ""]) == 0
    out = capsys.readouterr().out
    assert "Experienced? y/n [yes]" in out
    assert "[hard to concentrate]" in out
    rows = json.loads((data_dir / "stressors" / "2026-11-23.json").read_text())["rows"]
    assert rows["death"]["impact"] == 4 and rows["death"]["note"] == "hard to concentrate"


def test_plain_mode_offers_to_note_support_contacts_and_shows_them_after(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    contacts = ["y", "Sam Okafor", "01234 567890", "", "", "", "", "", "", "-"]
    assert run_plain(monkeypatch, ["y", "5", *contacts]) == 0
    out = capsys.readouterr().out
    assert "Press c" not in out, "plain mode has no c to press"
    assert "Note them now? y/n" in out
    support = json.loads((data_dir / "support.json").read_text())["contacts"]
    assert list(support) == ["supervisor"]
    assert (support["supervisor"]["name"], support["supervisor"]["phone"]) == (
        "Sam Okafor",
        "01234 567890",
    )
    assert run_plain(monkeypatch, ["", "4"]) == 0
    out = capsys.readouterr().out
    assert "Sam Okafor · 01234 567890" in out
    assert "Note them now?" not in out


def test_cli_names_an_unreadable_reflection_and_does_not_open(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_dir / "stressors"
    folder.mkdir(parents=True)
    (folder / "2026-11-20.json").write_text('{"schema_version": 1, "day": 5}')
    assert main(["stressors", "--date", "2026-11-23"]) == 1
    err = capsys.readouterr().err
    assert "2026-11-20.json: day: expected a date YYYY-MM-DD" in err
    assert len(err.strip().splitlines()) == 1


def test_plain_help_is_asked_by_number_as_in_the_app_and_dash_clears(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """1 already sought, 2 need to seek, 3 not needed; from 1 work, 2 elsewhere, 3 both. The
    letters of before (s, n, x; w, e, b) are asked again, never taken as another answer."""
    lines = ["y", "", "", "", "s", "3", "b", "2"]  # death: ticked, help: s refused, then 3
    assert run_plain(monkeypatch, lines) == 0
    out = capsys.readouterr().out
    assert "Help? 1 already sought, 2 need to seek, 3 not needed, - clears" in out
    assert "From? 1 work, 2 elsewhere, 3 both, - clears" in out
    assert out.count("Please answer with one of: 1, 2, 3, -.") == 2
    rows = json.loads((data_dir / "stressors" / "2026-11-23.json").read_text())["rows"]
    assert (rows["death"]["help"], rows["death"]["help_from"]) == ("not-needed", "elsewhere")
    assert run_plain(monkeypatch, ["", "", "", "", "-", "-"]) == 0
    rows = json.loads((data_dir / "stressors" / "2026-11-23.json").read_text())["rows"]
    assert (rows["death"]["help"], rows["death"]["help_from"]) == (None, None)

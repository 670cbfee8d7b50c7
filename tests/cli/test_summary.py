"""`wellcheck summary`: weeks, formats, files written 0600, one-line errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from summary_fixture import write_week

from wellcheck.cli import main


@pytest.fixture
def week(data_dir: Path) -> Path:
    write_week(data_dir)
    return data_dir


def test_prints_the_current_week_as_text(week: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--date", "2026-11-20", "summary"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Your own wellbeing summary, week 47 of 2026: 16 to 22 November 2026")
    assert "\x1b" not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_last_is_the_week_before(week: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--date", "2026-11-25", "summary", "--last", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["week"], data["from"], data["worked_days"]) == ("2026-W47", "2026-11-16", 4)


def test_week_picks_any_week(week: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--week", "2026-W43", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Your own wellbeing summary, week 43 of 2026")
    assert "Nothing was written down this week." in out


def test_name_setting_is_on_the_first_line(
    week: Path, config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_dir.mkdir()
    (config_dir / "config.toml").write_text('name = "Sam"\n', encoding="utf-8")
    assert main(["summary", "--week", "2026-W47", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# Sam's wellbeing summary, week 47")


def test_output_file_is_private_and_format_follows_its_name(
    week: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "week.html"
    assert main(["summary", "--week", "2026-W47", "-o", str(target)]) == 0
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    out = capsys.readouterr().out
    assert "Lunch" not in out and "lunch" not in out  # the content is not printed
    assert str(target) in out


def test_output_replaces_a_looser_file_with_a_private_one(week: Path, tmp_path: Path) -> None:
    target = tmp_path / "week.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    assert main(["summary", "--week", "2026-W47", "--format", "text", "-o", str(target)]) == 0
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Daily checklist" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("week_text", ["2026-W54", "2026-47", "last", "2026-W00"])
def test_a_bad_week_is_one_line_and_exit_1(
    week_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "--week", week_text]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--week" in err and "Traceback" not in err


def test_a_missing_output_folder_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", "-o", str(tmp_path / "nowhere" / "week.md")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [["summary", "--week", "2026-W47", "--last"], ["summary", "--format", "pdf"]],
)
def test_usage_errors_exit_1(argv: list[str]) -> None:
    assert main(argv) == 1


def test_an_unreadable_file_is_named_on_stderr_and_the_summary_still_printed(
    week: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Printed without it, and exit 1 (DESIGN: unreadable data), so that a script that
    prints the page can tell it is not whole."""
    (week / "weekly" / "2026-W47.json").write_text("[]", encoding="utf-8")
    assert main(["summary", "--week", "2026-W47", "--format", "markdown"]) == 1
    captured = capsys.readouterr()
    assert "Weekly checklist, week 47" in captured.out
    assert "could not be read" in captured.out
    assert "2026-W47.json" in captured.err


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_week_whose_every_file_is_unreadable_is_never_said_to_be_empty(
    data_dir: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """Found by a tester: five unreadable day files, and the summary said "Nothing was
    written down this week" (only stderr named the files)."""
    folder = data_dir / "daily" / "2026"
    folder.mkdir(parents=True)
    for day in range(16, 21):
        (folder / f"2026-11-{day}.json").write_text("{not json", encoding="utf-8")
    assert main(["summary", "--week", "2026-W47", "--format", fmt]) == 1  # printed, not whole
    out = capsys.readouterr().out
    assert "Nothing was written down" not in out
    if fmt == "text":  # each day's cell wrapped in its column: could / not be / read
        assert [line.split() for line in out.splitlines() if "not be" in line] == [
            ["not", "be"] * 5
        ]
    else:
        assert out.count("could not be read") >= 5


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
@pytest.mark.parametrize("no_color", ["1", None])
def test_summary_command_imports_neither_textual_nor_pydantic_nor_rich(
    week: Path, fmt: str, no_color: str | None
) -> None:
    """Printed anywhere but a terminal that shows styles (here a pipe), not even rich."""
    code = (
        "import sys; from wellcheck.cli import main; "
        f"main(['summary', '--week', '2026-W47', '--format', {fmt!r}]); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'pydantic', 'rich'}))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    env.pop("NO_COLOR", None)
    if no_color:
        env["NO_COLOR"] = no_color
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert "wellbeing summary, week 47 of 2026" in out.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_question_left_unanswered_with_a_note_says_so(
    week: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """Only a note, no answer: the note had read as the answer ("…strength activities?
    Walked the dog twice")."""
    from wellcheck.core.answers import Answer
    from wellcheck.core.store import JsonStore

    prompt = "Have you done 150 minutes of exercise this week?"
    JsonStore(week).save_answer(
        "weekly", "weekly", "2026-W47", "exercise", Answer(prompt=prompt, note="Walked the dog")
    )
    assert main(["--date", "2026-11-20", "summary", "--format", fmt]) == 0
    out = capsys.readouterr().out
    flat = " ".join(out.split())
    shown = {
        "text": f"{prompt} not answered — Walked the dog",
        "markdown": f"{prompt} not answered — Walked the dog",
        "html": "not answered",
    }[fmt]
    assert shown in flat.replace("\\", "")
    assert "Walked the dog" in flat

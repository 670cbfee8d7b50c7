"""Promise 6 (command line): every bad flag or value gets one line and the right exit code.

Exit 1 for every bad input, a bad value or a usage error (argparse's own code, 2, is never
given). No traceback, ever. Extend BAD
with every new command's flags. (A bad value is quoted: it was typed on the command line, not
in an answer.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wellcheck import __version__
from wellcheck.cli import main

from .helpers import subprocess_env

BAD: list[tuple[list[str], int, str]] = [
    (["--date", "2026-13-45", "daily"], 1, "--date: '2026-13-45' is not a date; use YYYY-MM-DD"),
    (["daily", "--date", "tomorrow"], 1, "--date: 'tomorrow' is not a date"),
    (["off", "sick", "--date", "23/11/2026"], 1, "--date: '23/11/2026' is not a date"),
    (["weekly", "--plain", "--date", "2026-11-31"], 1, "is not a date"),
    (["content", "check", "no-such-folder"], 1, "no-such-folder: no such file or folder"),
    (["frobnicate"], 1, "invalid choice: 'frobnicate'"),
    (["off"], 1, "the following arguments are required: kind"),
    (["off", "holiday"], 1, "invalid choice: 'holiday'"),
    (["content"], 1, "the following arguments are required: ACTION"),
    (["content", "lint"], 1, "invalid choice: 'lint'"),
    (["--data-dir"], 1, "expected one argument"),
    (["daily", "--date"], 1, "expected one argument"),
    (["daily", "--plain", "extra"], 1, "unrecognized arguments: extra"),
    (["daily", "--plain=yes"], 1, "ignored explicit argument 'yes'"),
    (["--bogus"], 1, "unrecognized arguments: --bogus"),
    (["paths", "--verbose"], 1, "unrecognized arguments: --verbose"),
    (["summary", "--week", "2026-W99"], 1, "--week: '2026-W99' is not an ISO week; use YYYY-Www"),
    (["summary", "--week", "nope"], 1, "--week: 'nope' is not an ISO week"),
    (["summary", "--week", "2025-W53"], 1, "--week: '2025-W53' is not an ISO week"),
    (["summary", "--week", "2026W47"], 1, "--week: '2026W47' is not an ISO week"),
    (["summary", "--week", "9999-W52"], 1, "--week: '9999-W52' is out of range"),
    (["summary", "--week"], 1, "argument --week: expected one argument"),
    (["summary", "--week", "2026-W47", "--last"], 1, "not allowed with argument --week"),
    (["summary", "--last", "--week", "2026-W47"], 1, "not allowed with argument --last"),
    (["summary", "--format", "pdf"], 1, "argument --format: invalid choice: 'pdf'"),
    (["summary", "--format"], 1, "argument --format: expected one argument"),
    (["summary", "-o"], 1, "argument -o/--output: expected one argument"),
    (["summary", "-o", "no-such-folder/week.md"], 1, "no-such-folder: no such folder"),
    (["summary", "-o", "."], 1, ".: is a folder; give a file name"),
    (["summary", "--date", "9999-12-31"], 1, "--date: '9999-12-31' is out of range"),
    (["summary", "--last", "--date", "0001-01-01"], 1, "--date: '0001-01-01' is out of range"),
    (["summary", "--plain"], 1, "unrecognized arguments: --plain"),
    (["standup", "--plain", "--date", "2026-02-30"], 1, "--date: '2026-02-30' is not a date"),
    (["standup", "--plain", "--date", "0001-01-05"], 1, "--date: '0001-01-05' is out of range"),
    (["standup", "--plain", "--date"], 1, "expected one argument"),
    (["stressors", "--plain", "--date", "yesterday"], 1, "--date: 'yesterday' is not a date"),
    (["stressors", "--date", "23-11-2026", "--plain"], 1, "--date: '23-11-2026' is not a date"),
    (["stressors", "--plain", "all"], 1, "unrecognized arguments: all"),
    (["off", "banana"], 1, "invalid choice: 'banana'"),
    (["nosuchcmd"], 1, "invalid choice: 'nosuchcmd'"),
    (["encryption", "banana"], 1, "argument action: invalid choice: 'banana'"),
    (["history", "--weeks", "0"], 1, "'0' is not a number of weeks; use 1 to 10000, or --all"),
    (["history", "--weeks", "99999999999"], 1, "'99999999999' is not a number of weeks; use 1"),
    (["history", "--weeks", "4", "--all"], 1, "not allowed with argument --weeks"),
]


@pytest.mark.parametrize(("argv", "code", "says"), BAD, ids=[" ".join(b[0]) for b in BAD])
def test_bad_arguments_get_one_line(
    argv: list[str], code: int, says: str, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert main(argv) == code
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and says in err, err
    assert err.startswith("wellcheck") and "Traceback" not in err


def test_a_bad_config_file_gets_one_line(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_dir.mkdir()
    (config_dir / "config.toml").write_text("day_start_hour = 25\n")
    assert main(["off", "sick"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"wellcheck: {config_dir / 'config.toml'}: day_start_hour must be a whole number "
        "from 0 to 12\n"
    )


@pytest.mark.parametrize("command", [["off", "sick"], ["summary"]])
def test_a_config_file_that_is_a_folder_gets_one_line(
    config_dir: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (config_dir / "config.toml").mkdir(parents=True)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(config_dir / "config.toml") in err, err
    assert "a folder is where wellcheck keeps a file" in err and "Traceback" not in err


@pytest.mark.parametrize("config", ["day_start_hour = 25\n", None])
def test_doctor_names_a_config_file_the_app_stops_on(
    config_dir: Path, config: str | None, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    path = config_dir / "config.toml"
    if config is None:
        path.mkdir(parents=True)
    else:
        config_dir.mkdir()
        path.write_text(config)
    assert main(["doctor"]) == 1
    first, *_ = capsys.readouterr().out.splitlines()
    assert first.startswith(f"{path}: ") and "every other command stops here" in first


def test_a_data_dir_that_is_a_file_gets_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("")
    assert main(["off", "sick", "--data-dir", str(not_a_folder)]) == 1
    assert main(["doctor", "--data-dir", str(not_a_folder)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(str(not_a_folder) in line for line in err)
    assert all(line.endswith("the data folder is a file, not a folder") for line in err)


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"wellcheck {__version__}\n"
    assert main(["--help"]) == 0
    assert "doctor" in capsys.readouterr().out
    assert main(["summary", "--help"]) == 0
    assert "--format" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["frobnicate"], 1),
        (["--date", "nope", "daily"], 1),
        (["content", "check", "nowhere"], 1),
        (["summary", "--week", "9999-W52"], 1),
    ],
)
def test_a_real_process_prints_one_line_and_exits(
    argv: list[str], code: int, isolated_dirs: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wellcheck", *argv],
        capture_output=True,
        text=True,
        env=subprocess_env(NO_COLOR="1"),
        cwd=isolated_dirs,
    )
    assert done.returncode == code
    assert done.stdout == "" and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["summary"],
        ["summary", "--weeks", "4"],
        ["history", "--format", "text"],
        ["doctor"],
        ["plan", "--format", "text"],
        ["supervision", "--list"],
        ["supervision", "--undo"],
        ["off", "clear"],
        ["encryption", "status"],
    ],
)
def test_a_data_folder_named_but_not_there_is_one_line_not_an_empty_page(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped `--data-dir` had printed "Nothing was written down this week", exit 0."""
    typo = tmp_path / "wellchek"
    assert main(["--data-dir", str(typo), *argv]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"wellcheck: {typo}: there is no data folder here (is --data-dir right?)\n"
    assert not typo.exists()


def test_the_usual_data_folder_not_made_yet_is_an_empty_week(
    isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new user's first summary, before any answer: the platform's folder is not there yet."""
    monkeypatch.delenv("WELLCHECK_DATA_DIR")
    monkeypatch.setattr("platformdirs.user_data_path", lambda *a, **k: isolated_dirs / "new")
    assert main(["summary"]) == 0
    assert "Nothing was written down this week" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [[], ["daily"], ["plan"], ["stressors"]])
def test_the_app_without_a_terminal_is_one_line_not_a_hang(data_dir: Path, argv: list[str]) -> None:
    """Input from /dev/null (a cron job, a pipe): Textual read its end again and again, at
    full CPU, and never stopped. Now one line, exit 1, and nothing drawn."""
    done = subprocess.run(
        [sys.executable, "-m", "wellcheck", *argv],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(WELLCHECK_DATA_DIR=str(data_dir)),
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("wellcheck: the app needs a terminal, and its input is not one")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_an_empty_data_folder_name_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--data-dir ""` had been the current folder: `off leave` wrote there, and made it 0700."""
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", "", "off", "leave"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--data-dir: give the folder's name" in err
    assert list(tmp_path.iterdir()) == []

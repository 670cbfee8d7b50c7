"""Promise 6 (command line): every bad flag or value gets one line and the right exit code.

1 is a user error (a bad value), 2 a usage error (argparse). No traceback, ever. Extend BAD
with every new command's flags.
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
    (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
    (["off"], 2, "the following arguments are required: kind"),
    (["off", "holiday"], 2, "invalid choice: 'holiday'"),
    (["content"], 2, "the following arguments are required: ACTION"),
    (["content", "lint"], 2, "invalid choice: 'lint'"),
    (["--data-dir"], 2, "expected one argument"),
    (["daily", "--date"], 2, "expected one argument"),
    (["daily", "--plain", "extra"], 2, "unrecognized arguments: extra"),
    (["daily", "--plain=yes"], 2, "ignored explicit argument 'yes'"),
    (["--bogus"], 2, "unrecognized arguments: --bogus"),
    (["paths", "--verbose"], 2, "unrecognized arguments: --verbose"),
]


@pytest.mark.parametrize(("argv", "code", "says"), BAD, ids=[" ".join(b[0]) for b in BAD])
def test_bad_arguments_get_one_line(
    argv: list[str], code: int, says: str, capsys: pytest.CaptureFixture[str]
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


@pytest.mark.parametrize(
    ("argv", "code"),
    [(["frobnicate"], 2), (["--date", "nope", "daily"], 1), (["content", "check", "nowhere"], 1)],
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

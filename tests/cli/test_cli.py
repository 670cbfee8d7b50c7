"""The command line: exit codes, one-line errors, and plain mode with piped answers."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from grid_fixture import GOOD_GRID, grid_file

from wellcheck import __version__, paths
from wellcheck.cli import build_parser, command_of, main, plain_start


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"wellcheck {__version__}"


def test_paths_names_config_content_and_data(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(["paths"], capsys)
    assert code == 0
    assert str(data_dir) in out
    assert "config.toml" in out
    assert "content" in out


def test_content_check_of_builtin_content(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["content", "check"], capsys)
    assert code == 0
    assert "instruments OK" in out


def test_content_check_reports_each_bad_file_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "broken.toml").write_text('id = "x"\ntitle = [\n')
    code, _, err = run(["content", "check", str(folder)], capsys)
    assert code == 1
    assert err.count("\n") == 1
    assert f"{folder / 'broken.toml'}:" in err
    assert "Traceback" not in err


def test_broken_user_content_is_one_line_and_the_built_in_one_is_used(
    capsys: pytest.CaptureFixture[str], config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    (config_dir / "content").mkdir(parents=True)
    (config_dir / "content" / "daily.toml").write_text('id = "daily"\n')
    code, out, err = run(["daily", "--plain"], capsys)
    assert code == 0 and "Have you" in out  # the built-in daily checklist
    assert err.startswith("wellcheck: ") and "daily.toml" in err and "title" in err
    assert err.count("\n") == 1 and "skipped" in err


@pytest.mark.parametrize("bad", ["2026-02-30", "yesterday", "23/11/2026"])
def test_bad_date_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    code, _, err = run(["daily", "--plain", "--date", bad], capsys)
    assert code == 1
    assert err == f"wellcheck: --date: '{bad}' is not a date; use YYYY-MM-DD\n"


@pytest.mark.parametrize("argv", [["paths"], ["doctor"], ["summary"], ["content", "check"]])
def test_bad_date_is_refused_by_commands_that_do_not_use_it(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(["--date", "banana", *argv], capsys)
    assert (code, out) == (1, "")
    assert err == "wellcheck: --date: 'banana' is not a date; use YYYY-MM-DD\n"


@pytest.mark.parametrize("argv", [["dialy"], ["off", "holiday"], ["daily", "--colour"]])
def test_usage_errors_exit_1(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("wellcheck") and "--help" in err and err.count("\n") == 1


def test_corrupt_data_file_is_named_and_left_alone(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    path = data_dir / "daily" / "2026" / "2026-11-23.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"schema_version": 1, "answ')
    code, _, err = run(["daily", "--plain", "--date", "2026-11-23"], capsys)
    assert code == 1
    assert str(path) in err and "not valid JSON" in err
    assert err.count("\n") == 1
    assert path.read_bytes() == b'{"schema_version": 1, "answ'


def test_day_off_from_the_command_line(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(["off", "--date", "2026-11-24", "sick"], capsys)
    assert code == 0
    assert "left out of your counts" in out
    days = json.loads((data_dir / "days-off" / "2026.json").read_text())["days"]
    assert days == {"2026-11-24": "sick"}
    run(["off", "--date", "2026-11-24", "clear"], capsys)
    assert json.loads((data_dir / "days-off" / "2026.json").read_text())["days"] == {}


def test_plain_mode_with_piped_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    piped = (
        "y\nn ran over with a visit\nA hard call\nAsk sooner\nTea with Sam\n\n\nmaybe\ny\na\ny\n"
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(piped + "Leave on time twice\n2026-11-27\n"))
    code, out, _ = run(["daily", "--plain", "--date", "2026-11-23"], capsys)
    assert code == 0
    assert "Please answer with y = yes, n = no." in out  # "maybe" was asked again
    saved = json.loads((data_dir / "daily" / "2026" / "2026-11-23.json").read_text())["answers"]
    assert saved["lunch_break"]["value"] == "yes"
    assert saved["handed_over"] == {
        "prompt": "At the end of the day, have you handed over any outstanding tasks?",
        "value": "no",
        "note": "ran over with a visit",
        "changed_at": saved["handed_over"]["changed_at"],
    }
    assert saved["difficult"]["fields"] == {"difficult": "A hard call", "learned": "Ask sooner"}
    assert saved["went_well"]["entries"] == ["Tea with Sam", "", ""]
    assert saved["checked_in"]["value"] == "yes"
    assert saved["talked_before_leaving"]["value"] == "na"
    assert "achievable goal" in out
    goals = json.loads((data_dir / "goals.json").read_text())["goals"]
    assert [(g["text"], g["target"]) for g in goals] == [("Leave on time twice", "2026-11-27")]


def test_plain_mode_stops_calmly_at_end_of_input_keeping_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    code, out, _ = run(["weekly", "--plain", "--date", "2026-11-23"], capsys)
    assert code == 0
    assert "everything you answered is saved" in out
    saved = json.loads((data_dir / "weekly" / "2026-W48.json").read_text())["answers"]
    assert saved["healthy_eating"]["value"] == "no"


def test_plain_mode_shows_and_keeps_earlier_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    run(["monthly", "--plain", "--date", "2026-11-02"], capsys)
    monkeypatch.setattr(sys, "stdin", io.StringIO("\nn\n"))
    code, out, _ = run(["monthly", "--plain", "--date", "2026-11-30"], capsys)
    assert code == 0
    assert "[yes]" in out
    saved = json.loads((data_dir / "monthly" / "2026-11.json").read_text())["answers"]
    assert saved["line_manager"]["value"] == "yes"
    assert saved["peer_support"]["value"] == "no"


def test_real_process_bad_date_has_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wellcheck", "daily", "--plain", "--date", "tomorrow"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert result.stderr == "wellcheck: --date: 'tomorrow' is not a date; use YYYY-MM-DD\n"


def test_content_check_of_one_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(
        'id = "x"\ntitle = "X"\ncadence = "daily"\n[[items]]\nid = "a"\n'
        'kind = "check"\nprompt = "A?"\n'
    )
    bad.write_text('id = "x"\n')
    code, out, _ = run(["content", "check", str(good)], capsys)
    assert (code, out) == (0, "1 instrument OK\n")
    code, _, err = run(["content", "check", str(bad)], capsys)
    assert code == 1 and err.startswith(f"{bad}: ")


def test_a_data_folder_that_is_a_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    code, _, err = run(["--data-dir", str(not_a_folder), "summary"], capsys)
    assert code == 1
    assert err == f"wellcheck: {not_a_folder}: the data folder is a file, not a folder\n"
    assert not_a_folder.read_text() == "mine"


def test_plain_output_into_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.readline()"], stdin=subprocess.PIPE
    )
    result = subprocess.run(
        [sys.executable, "-m", "wellcheck", "--date", "2026-11-23", "daily", "--plain"],
        input="y\n" * 40,
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
    )
    reader.wait()
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "somewhere"],
        ["--date", "2026-11-23"],
        ["--date=2026-11-23", "--data-dir=somewhere"],
        ["--data-dir", "somewhere", "--date", "2026-11-23"],
    ],
)
def test_a_plain_start_parses_as_the_whole_parser_would(argv: list[str]) -> None:
    assert plain_start(argv)
    assert build_parser(commands=False).parse_args(argv) == build_parser().parse_args(argv)


ONE_COMMAND = [
    ["summary"],
    ["summary", "--week", "2026-W47", "--format", "markdown"],
    ["--data-dir", "x", "--date", "2026-11-23", "summary", "--last"],
    ["--date=2026-11-23", "summary", "-o", "week.md"],
    ["summary", "--week", "2026-W47", "--last"],
    ["summary", "--format", "pdf"],
    ["summary", "doctor"],
    ["summary", "--bogus"],
    ["doctor", "--data-dir", "x"],
    ["daily", "--plain"],
    ["open", "mine", "--plain"],
    ["open"],
    ["off", "sick"],
    ["off", "holiday"],
    ["content", "check", "somewhere"],
    ["content"],
    ["encryption", "status"],
    ["paths", "extra"],
]


@pytest.mark.parametrize("argv", ONE_COMMAND, ids=" ".join)
def test_a_command_parses_as_the_whole_parser_would(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The parser built for the one command found gives the same arguments, or the same
    usage error, as the whole one."""
    command = command_of(argv)
    assert command is not None and command in argv

    def parsed(parser: argparse.ArgumentParser) -> tuple[object, str]:
        try:
            return parser.parse_args(argv), capsys.readouterr().err
        except SystemExit as exc:
            return exc.code, capsys.readouterr().err

    assert parsed(build_parser(only=command)) == parsed(build_parser())


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["summary", "-h"], ["-h", "summary"], ["dialy"], ["--bogus", "summary"], []],
)
def test_help_a_typo_or_an_unknown_option_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert command_of(argv) is None


@pytest.mark.parametrize(
    "argv",
    [
        ["daily"],
        ["--data-dir", "somewhere", "summary"],
        ["--help"],
        ["-h"],
        ["--data-dir"],
        ["--date", "--data-dir", "x"],
        ["--dat", "2026-11-23"],
        ["dialy"],
    ],
)
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert not plain_start(argv)


def test_content_check_reports_a_bad_grid_file_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    grid_file(folder, GOOD_GRID.replace('{ id = "d", label = "Fourth" }', '{ id = "d" }'))
    assert main(["content", "check", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'mine.toml'}:23: items[0].categories[1].entries[1].label" in err


def test_content_check_passes_the_builtin_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", str(paths.builtin_content_dir())]) == 0
    assert "OK" in capsys.readouterr().out


@pytest.mark.parametrize("columns", [None, "40", "132", "0", "wide"])
def test_help_is_as_wide_as_argparse_would_make_it(
    monkeypatch: pytest.MonkeyPatch, columns: str | None
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    parser = build_parser()
    ours = parser.format_help()
    parser.formatter_class = argparse.HelpFormatter
    assert ours == parser.format_help()


def test_ctrl_c_while_the_command_line_is_built_is_exit_130_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C pressed as soon as `wellcheck` is typed comes while its modules are imported."""

    def interrupted(**_: object) -> argparse.ArgumentParser:
        raise KeyboardInterrupt

    monkeypatch.setattr("wellcheck.cli.build_parser", interrupted)
    assert run(["daily"], capsys) == (130, "", "")


def test_ctrl_c_that_a_library_turned_into_its_own_error_is_still_exit_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C some 0.2 s into a start can land inside Textual setting its classes up, which
    raises a RuntimeError in its place: that was the one-line crash and exit 70."""

    def interrupted(_: object) -> int:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("while the widget class was made") from exc

    monkeypatch.setattr("wellcheck.cli._dispatch", interrupted)
    assert run(["daily"], capsys) == (130, "", "")


def test_ctrl_c_while_python_m_wellcheck_imports_its_command_line_is_exit_130() -> None:
    interrupt_the_import = (
        "import builtins, runpy, sys\n"
        "real = builtins.__import__\n"
        "def importing(name, *args, **kwargs):\n"
        "    if name == 'wellcheck.cli':\n"
        "        raise KeyboardInterrupt\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = importing\n"
        "sys.argv = ['wellcheck', 'paths']\n"
        "runpy.run_module('wellcheck', run_name='__main__', alter_sys=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", interrupt_the_import], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stderr) == (130, "")

"""Promise 9: stored words never act on the terminal.

Escape sequences planted in every kind of answer file (a title change, a clipboard write, a
clear screen, a carriage return that rewrites a line, a bidirectional override) are shown as
text: the bytes that reach a real terminal (a pty for the app, the pipes of the commands) never
hold them, while their visible stand-ins do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellcheck.cli import main

from .helpers import subprocess_env
from .terminal import read_pty, read_until, start, stop

TITLE = "\x1b]0;PWNED\x07"  # sets the window title
CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"  # writes the clipboard
CLEAR = "\x1b[2J"
C1_CSI = "\x9b31m"  # an 8-bit CSI: red, on terminals that take C1 controls
BIDI = "\u202egnp.exe"
HOSTILE = f"went{TITLE}well{CLIPBOARD}and{CLEAR}then{C1_CSI}\rover{BIDI}"
RAW = [TITLE.encode(), CLIPBOARD.encode(), CLEAR.encode(), "\x9b".encode(), "\u202e".encode()]
SHOWN = "went␛]0;PWNED␇well"
DAY, WEEK = "2026-11-23", "2026-W48"


def write(path: Path, doc: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(json.dumps(doc, ensure_ascii=False))
    path.chmod(0o600)


def plant(root: Path) -> None:
    """The hostile words in a checklist, a stand-up, the grid, goals and support contacts."""
    answer = {"prompt": "Three things", "entries": [HOSTILE], "changed_at": None}
    check = {"prompt": "Lunch?", "value": "no", "note": HOSTILE, "changed_at": None}
    daily = {"went_well": answer, "lunch_break": check}
    write(
        root / "daily" / "2026" / f"{DAY}.json",
        {"schema_version": 1, "instrument": "daily", "period": DAY, "answers": daily},
    )
    help_ = {"help": {"prompt": "H", "entries": [HOSTILE], "changed_at": None}}
    write(
        root / "standup" / "2026" / f"{DAY}.json",
        {"schema_version": 1, "instrument": "standup", "period": DAY, "answers": help_},
    )
    write(
        root / "help-requests.json",
        {"schema_version": 1, "requests": [{"day": DAY, "text": HOSTILE}]},
    )
    goal = {"id": "g1", "text": HOSTILE, "created": DAY, "target": None, "done": None, "origin": ""}
    write(root / "goals.json", {"schema_version": 1, "goals": [goal]})
    row = {
        "category": "family",
        "category_label": "Family & relationships",
        "label": "Family arguments",
        "ticked": True,
        "impact": 4,
        "note": HOSTILE,
        "flagged": True,
        "changed_at": "2026-11-23T10:00:00+00:00",
    }
    write(
        root / "stressors" / f"{DAY}.json",
        {"schema_version": 1, "day": DAY, "rows": {"family-arguments": row}},
    )


def assert_shown_not_obeyed(output: bytes) -> None:
    for raw in RAW:
        assert raw not in output
    assert b"\r" + b"over" not in output


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_the_summary_shows_planted_escape_codes_as_text(
    data_dir: Path, fmt: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    plant(data_dir)
    assert main(["summary", "--date", DAY, "--format", fmt]) == 0
    out = capsysbinary.readouterr().out
    assert_shown_not_obeyed(out)
    shown = {"markdown": SHOWN.replace("]", "\\]")}.get(fmt, SHOWN)  # markdown escapes ]
    assert shown.encode() in out


@pytest.mark.parametrize("command", ["daily", "standup", "stressors"])
def test_plain_mode_shows_planted_escape_codes_as_text(data_dir: Path, command: str) -> None:
    plant(data_dir)
    run = subprocess.run(
        [sys.executable, "-m", "wellcheck", command, "--plain", "--date", DAY],
        input=b"",
        capture_output=True,
        env=subprocess_env(WELLCHECK_DATA_DIR=str(data_dir)),
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert_shown_not_obeyed(run.stdout + run.stderr)


def test_a_file_name_with_escape_codes_is_shown_as_text_by_doctor(
    data_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (data_dir / f"notes{TITLE}.json").write_bytes(b"{")
    assert main(["doctor"]) == 1
    out = capsysbinary.readouterr().out
    assert_shown_not_obeyed(out)
    assert b"notes\\x1b]0;PWNED\\x07.json" in out  # escaped, on one line


@pytest.mark.parametrize("keys", [b"", b"d", b"u", b"p"], ids=["home", "daily", "standup", "grid"])
def test_the_app_in_a_real_terminal_shows_planted_escape_codes_as_text(
    data_dir: Path, isolated_dirs: Path, keys: bytes
) -> None:
    plant(data_dir)
    env = subprocess_env(
        WELLCHECK_DATA_DIR=str(data_dir), TERM="xterm-256color", COLUMNS="100", LINES="40"
    )
    pid, fd = start(["--date", DAY], env)
    try:
        output = read_pty(fd, 6.0)
        if keys:
            os.write(fd, keys)
            output += read_pty(fd, 3.0)
        os.write(fd, b"\x11")  # ctrl+q
        output += read_pty(fd, 3.0)
    finally:
        stop(pid, fd)
    assert b"PWNED" in output  # the words were on screen
    assert_shown_not_obeyed(output)


def test_a_paste_in_a_real_terminal_is_saved_as_its_words_in_order(
    data_dir: Path, isolated_dirs: Path
) -> None:
    """Codes pasted with the words (a screen clear, a colour) are neither typed as keys nor
    saved: Textual alone saved `A1 ESC[2J B2` as `^[2J B2A1`. A byte that is not UTF-8 (a
    "£" from a terminal set to Latin-1) is a stand-in, where it stopped the app."""
    env = subprocess_env(
        WELLCHECK_DATA_DIR=str(data_dir), TERM="xterm-256color", COLUMNS="100", LINES="40"
    )
    pid, fd = start(["daily", "--date", DAY], env)
    try:
        read_until(fd, b"lunch break")
        os.write(fd, b"\t\t")  # to the first box of "What was difficult"
        read_pty(fd, 0.5)
        os.write(fd, b"\x1b[200~A1 \x1b[2J B2 \x1b[31mred\x1b[0m \x1b]0;PWNED\x07ok \xa3\x1b[201~")
        read_pty(fd, 1.0)
        os.write(fd, b"\x11")  # ctrl+q
        read_pty(fd, 3.0)
    finally:
        stop(pid, fd)
    saved = json.loads((data_dir / "daily" / "2026" / f"{DAY}.json").read_text())
    assert saved["answers"]["difficult"]["fields"]["difficult"] == "A1  B2 red ok \ufffd"

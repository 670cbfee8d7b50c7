"""Promise 3, nothing lost: keys typed while the app is still starting, in a real terminal (a
pty), are taken as they were typed.

Until Textual makes the terminal raw, it is as the shell left it: it turns each Enter into a
newline, which Textual reads as ctrl+j and the fields ignore. `one Enter two Enter three`,
typed straight after `wellcheck daily`, was saved as one entry, `onetwothree`.
"""

from __future__ import annotations

import json
import os
import termios
from pathlib import Path

from .helpers import subprocess_env
from .terminal import read_pty, read_until, start, stop

DAY = "2026-11-23"


def test_keys_typed_while_the_app_starts_keep_their_enter(
    data_dir: Path, isolated_dirs: Path
) -> None:
    env = subprocess_env(
        WELLCHECK_DATA_DIR=str(data_dir), TERM="xterm-256color", COLUMNS="100", LINES="40"
    )
    pid, fd = start(["daily", "--date", DAY], env)
    try:
        # Typed at once, as the app starts: the terminal is still cooked.
        assert termios.tcgetattr(fd)[3] & termios.ICANON
        os.write(fd, b"yn\t\tone\rtwo\rthree")
        read_until(fd, b"lunch break")
        read_pty(fd, 1.5)
        os.write(fd, b"\x11")  # ctrl+q
        read_pty(fd, 3.0)
    finally:
        stop(pid, fd)
    saved = json.loads((data_dir / "daily" / "2026" / f"{DAY}.json").read_text())
    answers = saved["answers"]
    assert answers["lunch_break"]["value"] == "yes"
    assert answers["handed_over"]["value"] == "no"
    assert answers["went_well"]["entries"] == ["one", "two", "three"]

"""Promise 3 on a real full disk (a 200 KiB tmpfs, filled): no failure is silent. Leaving a
screen whose words cannot be saved says so first; a quick exit stays instant, and the terminal
then gets one line saying how many answers could not be saved and why, never the words; once
the disk has room again, the next save saves everything still on screen."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import TextArea

from wellcheck.session.context import build_context
from wellcheck.tui.app import WellcheckApp

from .helpers import small_disk_at, subprocess_env
from .terminal import read_pty, read_until, start

DAY = "2026-11-23"
WORDS = "precious words about a hard visit"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk_at(tmp_path, "200k") as mount:
        yield mount


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte; the file that filled it, to free it again."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 4096)
            out.flush()
    with open(disk / "filler-2", "wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0")
            out.flush()
    return filler


def answers(data: Path) -> dict[str, object]:
    path = data / "daily" / "2026" / f"{DAY}.json"
    found: dict[str, object] = json.loads(path.read_text())["answers"] if path.exists() else {}
    return found


def test_a_quick_exit_on_a_full_disk_says_in_one_line_what_could_not_be_saved(
    small_disk: Path,
) -> None:
    data = small_disk / "data"
    env = subprocess_env(WELLCHECK_DATA_DIR=str(data), TERM="xterm-256color")
    pid, fd = start(["daily", "--date", DAY], env)
    read_until(fd, b"lunch break")
    os.write(fd, b"y")  # saved: there is room yet
    for _ in range(100):  # wait for it on disk, however slow the machine
        if answers(data).keys() == {"lunch_break"}:
            break
        read_pty(fd, 0.1)
    fill(small_disk)
    os.write(fd, b"n")  # not saved: the disk is full
    read_pty(fd, 1.0)
    os.write(fd, WORDS.encode())
    read_until(fd, WORDS.encode())  # the words on screen, however slow the machine
    os.write(fd, b"\x11")  # ctrl+q
    after = read_pty(fd, 4.0)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 1
    text = after.decode(errors="replace")
    line = next(line for line in text.splitlines() if "could not be saved" in line)
    assert "2 answers on screen when you left could not be saved" in line  # the n, the words
    assert "No space left on device" in line
    assert WORDS not in text and "precious" not in text
    assert answers(data).keys() == {"lunch_break"}  # what was saved is kept


async def test_leaving_a_screen_whose_words_cannot_be_saved_says_so_and_stays_once(
    small_disk: Path,
) -> None:
    data = small_disk / "data"
    app = WellcheckApp(build_context(data, DAY), start="daily")
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(f"{kw.get('title')}: {message}")  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        filler = fill(small_disk)
        await pilot.press("n", *"hard")  # a no and some words the full disk refuses
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.id != "_default" and type(app.screen).__name__ == "ChecklistScreen"
        assert any("Escape again leaves without it" in line for line in shown)
        filler.unlink()  # room again: the next save saves what is still on screen
        app.screen.query_one("#item-difficult TextArea", TextArea).focus()
        await pilot.press(*"ok")
        await pilot.pause()
    saved = answers(data)
    values = {k: v.get("value") for k, v in saved.items()}  # type: ignore[attr-defined]
    assert values == {"lunch_break": "yes", "handed_over": "no", "difficult": None}
    assert saved["difficult"]["fields"]["difficult"] == "hardok"  # type: ignore[index]
    assert any("Saving works again" in line for line in shown)

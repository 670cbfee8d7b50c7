"""core/doctor.py: folders it cannot list, folders where files belong, saves in progress."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellcheck.core.atomic import locked
from wellcheck.core.doctor import diagnose
from wellcheck.core.layout import LOCK_NAME


def _problems(root: Path) -> dict[str, str]:
    return {str(f.path.relative_to(root)): f.problem for f in diagnose(root)[1]}


def test_a_folder_it_cannot_list_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "daily" / "2026").mkdir(parents=True)
    real = os.scandir

    def scandir(path: object) -> object:
        if Path(os.fsdecode(path)).name == "daily":  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert _problems(tmp_path) == {
        "daily": "a folder wellcheck cannot read (Permission denied); nothing in it was checked"
    }


def test_the_data_folder_itself_unreadable_is_not_all_well(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def scandir(path: object) -> object:
        raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    count, findings = diagnose(tmp_path)
    assert [f.path for f in findings] == [tmp_path] and "cannot read" in findings[0].problem


def test_a_folder_where_a_file_belongs_is_named(tmp_path: Path) -> None:
    (tmp_path / "goals.json").mkdir()
    assert _problems(tmp_path) == {"goals.json": "a folder is where wellcheck keeps a file"}


def test_a_fifo_is_named_never_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "goals.json")
    assert "a FIFO" in _problems(tmp_path)["goals.json"]


@pytest.mark.parametrize("suffix", ["", ".a8Zq_3"])
def test_a_save_in_progress_is_not_left_over(tmp_path: Path, suffix: str) -> None:
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (tmp_path / f".goals.json.{alive.pid}{suffix}.tmp").write_text("{")
        assert _problems(tmp_path) == {}
    finally:
        alive.kill()
        alive.wait()
    assert _problems(tmp_path) == {
        f".goals.json.{alive.pid}{suffix}.tmp": "left over from a save that was interrupted; "
        "safe to delete"
    }


def test_while_the_lock_is_held_no_temp_file_is_left_over(tmp_path: Path) -> None:
    (tmp_path / ".goals.json.4194304.tmp").write_text("{")  # no such process
    code = (
        "import sys; from pathlib import Path; from wellcheck.core.atomic import locked\n"
        f"with locked(Path({str(tmp_path / LOCK_NAME)!r})):\n"
        "    print('held', flush=True); sys.stdin.readline()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout and holder.stdout.readline() == "held\n"
        assert _problems(tmp_path) == {}
    finally:
        holder.communicate("\n")
    with locked(tmp_path / LOCK_NAME):  # this process's own lock: flock is per open file
        pass
    assert ".goals.json.4194304.tmp" in _problems(tmp_path)


def test_a_name_that_is_not_utf8_prints_on_one_line(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"bad\xff\nname.json")).write_text("")
    (finding,) = diagnose(tmp_path)[1]
    assert "\n" not in str(finding) and "bad\\xff\\x0aname.json: the file is empty" in str(finding)
    str(finding).encode("utf-8")

"""Promise 10: files go only where asked. An export is 0600 even over an older file, replaces
a link planted at its name instead of writing through it, and never lands in the data folder;
a save never follows a link planted inside the data folder; temp files are new and unguessable.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.core.answers import Answer
from wellcheck.core.atomic import TEMP_NAME, temp_name
from wellcheck.core.errors import SaveError
from wellcheck.core.store import JsonStore

DAY = "2026-11-23"


def test_an_export_over_an_older_readable_file_is_private(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "week.md"
    out.write_text("old")
    out.chmod(0o644)
    assert main(["summary", "--date", DAY, "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().startswith("# Your own wellbeing summary")


def test_an_export_replaces_a_link_planted_at_its_name_and_never_writes_through_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "week.txt"
    out.symlink_to(victim)
    assert main(["summary", "--date", DAY, "-o", str(out)]) == 0
    assert victim.read_text() == "keep me"
    assert not out.is_symlink() and stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("name", ["week.md", "daily/week.md", "."])
def test_an_export_is_never_written_inside_the_data_folder(
    data_dir: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "daily").mkdir(mode=0o700)
    before = sorted(p.name for p in data_dir.rglob("*"))
    assert main(["summary", "--date", DAY, "-o", str(data_dir / name)]) == 1
    err = capsys.readouterr().err
    assert "inside your data folder" in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in data_dir.rglob("*")) == before


def test_an_export_through_a_link_into_the_data_folder_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    door = tmp_path / "door"
    door.symlink_to(data_dir)
    assert main(["summary", "--date", DAY, "-o", str(door / "week.md")]) == 1
    assert not (data_dir / "week.md").exists()


def test_a_save_never_follows_a_link_planted_inside_the_data_folder(
    data_dir: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (data_dir / "daily").symlink_to(elsewhere)
    store = JsonStore(data_dir)
    with pytest.raises(SaveError, match="is a link"):
        store.save_answer("daily", "daily", DAY, "lunch_break", Answer("Lunch?", "yes"))
    assert list(elsewhere.rglob("*")) == []


def test_a_data_folder_that_is_itself_a_link_is_the_users_choice(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(real)
    JsonStore(tmp_path / "link").save_answer("daily", "daily", DAY, "a", Answer("A?", "yes"))
    assert (real / "daily" / "2026" / f"{DAY}.json").exists()


def test_temp_names_are_new_each_time_and_name_their_process(tmp_path: Path) -> None:
    target = tmp_path / f"{DAY}.json"
    names = {temp_name(target).name for _ in range(200)}
    assert len(names) == 200
    for name in names:
        match = TEMP_NAME.match(name)
        assert match and match["name"] == target.name and int(match["pid"]) == os.getpid()


def test_a_temp_file_planted_at_the_name_of_a_save_is_never_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    store = JsonStore(tmp_path / "data")
    store.save_answer("daily", "daily", DAY, "a", Answer("A?", "yes"))
    target = store.record_path("daily", "daily", DAY)
    planted = target.with_name(f".{target.name}.{os.getpid()}.{'0' * 16}.tmp")
    planted.symlink_to(victim)
    monkeypatch.setattr("wellcheck.core.atomic.temp_name", lambda path: planted)
    with pytest.raises(SaveError):  # exclusive creation: an existing name is refused
        store.save_answer("daily", "daily", DAY, "a", Answer("A?", "no"))
    assert victim.read_text() == "keep me"
    assert store.load_record("daily", "daily", DAY).answers["a"].value == "yes"

"""core/doctor.py's note of the files it found good: an unchanged file is not read again, any
change to one is read and its problem found, and the note itself is never the user's problem."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from wellcheck import __version__
from wellcheck.core import doctor, layout, reading, standup
from wellcheck.core.answers import Answer
from wellcheck.core.checked import CheckedFiles, stamp
from wellcheck.core.doctor import checkup
from wellcheck.core.store import JsonStore

DAY = "daily/2026/2026-11-23.json"


class Reads:
    """Counts the data files doctor reads (each through `reading.read_with_stat`)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        real = reading.read_with_stat

        def counted(
            path: Path | str, *, saving: bool = False
        ) -> tuple[bytes, os.stat_result] | None:
            self.paths.append(os.fspath(path))
            return real(path, saving=saving)

        monkeypatch.setattr(reading, "read_with_stat", counted)

    def taken(self) -> list[str]:
        found, self.paths = self.paths, []
        return found


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    return Reads(monkeypatch)


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file written so far counts as settled, as a day's files are by the evening."""
    monkeypatch.setattr(doctor, "SETTLE_NS", -3600 * 10**9)


def filled(root: Path) -> JsonStore:
    """A store holding a file of most kinds: 6 data files."""
    store = JsonStore(root)
    store.save_answer("daily", "daily", "2026-11-23", "lunch_break", Answer("Lunch?", "yes"))
    store.save_answer("daily", "daily", "2026-11-24", "lunch_break", Answer("Lunch?", "no"))
    store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    store.add_goal("A proper lunch on Wednesday", date(2026, 11, 23))
    store.set_day_off(date(2026, 11, 27), "leave")
    standup.save_answer(store, date(2026, 11, 23), "today", Answer("Today?", "visits"))
    return store


def relative(root: Path, paths: list[str]) -> list[str]:
    return sorted(Path(p).relative_to(root).as_posix() for p in paths)


def rewrite(path: Path, data: bytes) -> None:
    """Write `data` into the file in place (an editor, a sync tool), until its change time
    moves on: a later write, as any real one is (a file system's clock ticks in steps)."""
    before = os.stat(path).st_ctime_ns
    while True:
        with open(path, "r+b") as out:
            out.write(data)
            out.truncate()
        if os.stat(path).st_ctime_ns != before:
            return


@pytest.mark.usefixtures("settled")
def test_a_second_check_reads_no_unchanged_file(data_dir: Path, reads: Reads) -> None:
    filled(data_dir)
    reads.taken()  # the saves' own
    first = checkup(data_dir)
    assert (first.count, first.read, first.unchanged, first.findings) == (6, 6, 0, [])
    assert len(reads.taken()) == 1 + 6  # the note (none yet), and every file
    second = checkup(data_dir)
    assert (second.count, second.read, second.unchanged, second.findings) == (6, 0, 6, [])
    assert reads.taken() == [str(layout.checked(data_dir).path)]  # the note alone


@pytest.mark.usefixtures("settled")
def test_full_reads_every_file_and_leaves_the_note_as_it_was(data_dir: Path, reads: Reads) -> None:
    filled(data_dir)
    checkup(data_dir)
    note = layout.checked(data_dir).path
    before = (note.read_bytes(), os.stat(note).st_ino)
    reads.taken()
    found = checkup(data_dir, full=True)
    assert (found.count, found.read, found.unchanged) == (6, 6, 0)
    assert len(relative(data_dir, reads.taken())) == 1 + 6
    assert (note.read_bytes(), os.stat(note).st_ino) == before  # nothing changed: not written


def _same_size_broken(path: Path) -> None:
    data = path.read_bytes()
    rewrite(path, data.replace(b'"yes"', b'"yes,'))  # the same size, no longer JSON


def _flipped(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x80
    rewrite(path, bytes(data))


def _replaced(path: Path) -> None:
    tmp = path.with_name("new.tmp")
    tmp.write_bytes(path.read_bytes().replace(b'"yes"', b'"yes,'))
    tmp.chmod(0o600)
    os.replace(tmp, path)


def _times_put_back(path: Path) -> None:
    """Written again with the same size, and its modification time set back as it was (as
    `touch -r` or a sync tool does): the change time still tells."""
    info = os.stat(path)
    _same_size_broken(path)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def _opened_to_others(path: Path) -> None:
    path.chmod(0o644)


@pytest.mark.usefixtures("settled")
@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_same_size_broken, "not valid JSON"),
        (_flipped, "not UTF-8 text"),
        (_replaced, "not valid JSON"),
        (_times_put_back, "not valid JSON"),
        (_opened_to_others, "readable by others (mode 644)"),
    ],
)
def test_a_file_changed_since_a_good_check_is_read_again(
    data_dir: Path, reads: Reads, change: Callable[[Path], None], problem: str
) -> None:
    filled(data_dir)
    assert checkup(data_dir).findings == []
    path = data_dir / DAY
    change(path)
    reads.taken()
    found = checkup(data_dir)
    assert relative(data_dir, reads.taken()) == sorted([layout.CHECKED_NAME, DAY])
    assert [(f.path, problem in f.problem) for f in found.findings] == [(path, True)]
    assert (found.read, found.unchanged, found.count) == (1, 5, 5)


@pytest.mark.usefixtures("settled")
def test_a_file_with_a_problem_is_never_noted_as_good(data_dir: Path, reads: Reads) -> None:
    filled(data_dir)
    (data_dir / DAY).write_text('{"schema_version": 1, "instrument": 3}')
    (data_dir / DAY).chmod(0o600)
    for _ in range(2):
        found = checkup(data_dir)
        assert [f.path for f in found.findings] == [data_dir / DAY]
        assert str(data_dir / DAY) in reads.taken()
    note = JsonStore(data_dir).read(layout.checked(data_dir))
    assert note is not None and "2026-11-23.json" not in note.folders["daily/2026"]


def test_a_file_changed_moments_ago_is_read_again(
    data_dir: Path, reads: Reads, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written within the last few seconds (`SETTLE_NS`) could be written again in
    the same tick of the file system's clock and keep its stamp: it is not noted yet. (Here
    the last hour's, so that a slow machine cannot make the files settle between runs.)"""
    monkeypatch.setattr(doctor, "SETTLE_NS", 3600 * 10**9)
    filled(data_dir)
    checkup(data_dir)
    reads.taken()
    found = checkup(data_dir)
    assert (found.read, found.unchanged) == (6, 0)
    assert len(reads.taken()) == 1 + 6


@pytest.mark.usefixtures("settled")
def test_an_unchanged_file_open_to_others_is_still_named(data_dir: Path, reads: Reads) -> None:
    """The mode is looked at from the same `os.stat` as the stamp, for every file: here a
    note whose stamp for the file matches it although the file is open to others."""
    store = filled(data_dir)
    checkup(data_dir)
    path = data_dir / DAY
    path.chmod(0o640)
    note = store.read(layout.checked(data_dir))
    assert note is not None
    note.folders["daily/2026"]["2026-11-23.json"] = stamp(os.stat(path))
    store.replace_own(layout.checked(data_dir), note)
    reads.taken()
    found = checkup(data_dir)
    assert str(path) not in reads.taken()
    assert [str(f) for f in found.findings] == [
        f"{path}: readable by others (mode 640); run `chmod 600` on it"
    ]


def _garbage(root: Path, note: Path) -> None:
    note.write_bytes(b"\x00\xffnot a note")


def _not_a_note(root: Path, note: Path) -> None:
    note.write_text(json.dumps({"schema_version": 1, "instrument": "daily"}))


def _another_version(root: Path, note: Path) -> None:
    """A note another wellcheck wrote, claiming every file good as it is now: its rules may
    not be this one's, so every file is read."""
    store = JsonStore(root)
    found = store.read(layout.checked(root))
    assert found is not None
    store.replace_own(layout.checked(root), CheckedFiles("0.0.1", found.folders))


def _newer_schema(root: Path, note: Path) -> None:
    data = json.loads(note.read_bytes())
    note.write_text(json.dumps({**data, "schema_version": 99}))


def _empty(root: Path, note: Path) -> None:
    note.write_bytes(b"")


def _sealed(root: Path, note: Path) -> None:
    """Sealed, in a store that is not encrypted (another store's note, synced in)."""
    from wellcheck.core import crypto, crypto_kdf, crypto_keys

    params = crypto_kdf.KdfParams(os.urandom(crypto.SALT_SIZE), crypto_kdf.FLOOR_ITERATIONS)
    _, other = crypto_keys.create_key_file("another store", crypto_keys.new_recovery_key(), params)
    note.write_bytes(other.seal(layout.CHECKED_NAME, note.read_bytes()))


@pytest.mark.usefixtures("settled")
@pytest.mark.parametrize(
    "spoil", [_garbage, _not_a_note, _another_version, _newer_schema, _empty, _sealed]
)
def test_a_note_that_cannot_be_used_is_never_the_users_problem_and_is_written_anew(
    data_dir: Path, reads: Reads, spoil: Callable[[Path, Path], None]
) -> None:
    filled(data_dir)
    checkup(data_dir)
    note = layout.checked(data_dir).path
    spoil(data_dir, note)
    reads.taken()
    found = checkup(data_dir)
    assert (found.findings, found.count, found.read, found.unchanged) == ([], 6, 6, 0)
    assert len(reads.taken()) == 1 + 6
    fresh = JsonStore(data_dir).read(layout.checked(data_dir))
    assert fresh is not None and fresh.wellcheck == __version__
    assert sum(len(files) for files in fresh.folders.values()) == 6
    assert checkup(data_dir).unchanged == 6


@pytest.mark.usefixtures("settled")
def test_a_folder_in_the_notes_place_is_left_alone_and_never_named(data_dir: Path) -> None:
    filled(data_dir)
    layout.checked(data_dir).path.mkdir()
    for _ in range(2):
        found = checkup(data_dir)
        assert (found.findings, found.count, found.read) == ([], 6, 6)
    assert layout.checked(data_dir).path.is_dir()


@pytest.mark.usefixtures("settled")
def test_a_sync_tools_copy_of_the_note_is_never_named(data_dir: Path) -> None:
    filled(data_dir)
    checkup(data_dir)
    note = layout.checked(data_dir).path
    for copy in (
        ".wellcheck-doctor (conflicted copy 2026-11-24).json",
        ".wellcheck-doctor.sync-conflict-20261124-101010-ABCDEFG.json",
    ):
        (data_dir / copy).write_bytes(note.read_bytes())
    assert checkup(data_dir).findings == []


@pytest.mark.usefixtures("settled")
def test_the_note_is_private_and_names_only_files_found_good(data_dir: Path) -> None:
    filled(data_dir)
    (data_dir / "daily" / "2026" / "notes.txt").write_text("not a data file")
    checkup(data_dir)
    note = layout.checked(data_dir).path
    assert os.stat(note).st_mode & 0o777 == 0o600
    found = JsonStore(data_dir).read(layout.checked(data_dir))
    assert found is not None
    assert {(folder, name) for folder, files in found.folders.items() for name in files} == {
        ("", "goals.json"),
        ("days-off", "2026.json"),
        ("daily/2026", "2026-11-23.json"),
        ("daily/2026", "2026-11-24.json"),
        ("weekly", "2026-W48.json"),
        ("standup/2026", "2026-11-23.json"),
    }


@pytest.mark.usefixtures("settled")
def test_no_data_yet_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "none yet"
    assert checkup(root).count == 0 and not root.exists()
    root.mkdir()
    assert checkup(root).count == 0 and os.listdir(root) == []

"""Promise 5, `wellcheck doctor` on a long history: a file unchanged since doctor last found it
good is not read again, the output says how many were read, `--full` reads them all; doctor
writes nothing but its own note (sealed in an encrypted store), and a disk that cannot take
the note changes nothing of what it reports."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.core import crypto, crypto_kdf, crypto_keys, doctor, layout, reading
from wellcheck.core.answers import Answer
from wellcheck.core.checked import CheckedFiles
from wellcheck.core.doctor import checkup
from wellcheck.core.store import JsonStore

from .encrypted import realistic_store, turn_on
from .helpers import small_disk_at, snapshot
from .test_5_doctor import filled_store


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file written so far counts as settled, as a day's files are by the evening."""
    monkeypatch.setattr(doctor, "SETTLE_NS", -3600 * 10**9)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The data files doctor reads (`*.json`: not the settings, nor the key file)."""
    paths: list[str] = []
    real = reading.read_with_stat

    def counted(path: Path | str, *, saving: bool = False) -> tuple[bytes, os.stat_result] | None:
        if os.fspath(path).endswith(".json"):
            paths.append(os.fspath(path))
        return real(path, saving=saving)

    monkeypatch.setattr(reading, "read_with_stat", counted)
    return paths


def doctor_says(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["doctor", *args])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


@pytest.mark.usefixtures("settled")
def test_the_second_check_says_what_it_read(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled_store(data_dir)
    all_read = f"All 4 data files in {data_dir} can be read."
    assert doctor_says(capsys) == (0, [all_read])
    assert doctor_says(capsys) == (
        0,
        [
            all_read,
            "None read again: 4 unchanged since the last check (`--full` reads every file).",
        ],
    )
    lunch = Answer("Lunch?", "yes")  # a later save, as tomorrow's
    JsonStore(data_dir).save_answer("daily", "daily", "2026-11-24", "lunch_break", lunch)
    code, lines = doctor_says(capsys)
    assert (code, lines[0]) == (0, f"All 5 data files in {data_dir} can be read.")
    assert lines[1:] == [
        "1 file read; 4 unchanged since the last check, not read again (`--full` reads every file)."
    ]
    assert doctor_says(capsys, "--full") == (0, [f"All 5 data files in {data_dir} can be read."])


@pytest.mark.usefixtures("settled")
def test_full_reads_every_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str], reads: list[str]
) -> None:
    filled_store(data_dir)
    main(["doctor"])
    reads.clear()
    main(["doctor"])
    assert reads == [str(layout.checked(data_dir).path)]
    reads.clear()
    main(["doctor", "--full"])
    assert len(reads) == 1 + 4


def test_full_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--help"]) == 0
    assert "--full" in capsys.readouterr().out


@pytest.mark.usefixtures("settled")
def test_a_problem_found_after_a_good_check_exits_1_with_the_counts(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = filled_store(data_dir)
    assert doctor_says(capsys)[0] == 0
    store.goals_path().write_bytes(b"{")
    code, lines = doctor_says(capsys)
    assert code == 1
    assert lines == [
        f"{store.goals_path()}: not valid JSON (Expecting property name enclosed in double "
        "quotes at line 1 column 2)",
        "1 to look at; every other file (3) reads well. wellcheck never changes or deletes "
        "these files itself.",
        "1 file read; 3 unchanged since the last check, not read again "
        "(`--full` reads every file).",
    ]
    assert doctor_says(capsys)[0] == 1  # named again: a file with a problem is never noted


@pytest.mark.usefixtures("settled")
def test_doctor_writes_nothing_but_its_own_note(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled_store(data_dir)
    (data_dir / "daily" / "2026" / "2026-11-02.json").write_bytes(b"[]")
    before = snapshot(data_dir)
    assert main(["doctor"]) == 1
    after = snapshot(data_dir)
    note = layout.checked(data_dir).path
    assert set(after) - set(before) == {note}
    assert {p: d for p, d in after.items() if p != note} == before
    assert main(["doctor"]) == 1
    assert snapshot(data_dir) == after  # nothing changed: the note is not written again


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk_at(tmp_path, "400k") as mount:
        yield mount


def _fill(disk: Path) -> None:
    for name, block in (("filler", 4096), ("filler-2", 1)):
        with open(disk / name, "wb", buffering=0) as out:
            try:
                while True:
                    out.write(b"\0" * block)
            except OSError:
                pass


@pytest.mark.usefixtures("settled")
def test_a_full_disk_changes_nothing_doctor_reports(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = small_disk / "data"
    store = filled_store(root)
    store.goals_path().write_bytes(b"")
    _fill(small_disk)
    code, lines = doctor_says(capsys, "--data-dir", str(root))
    assert code == 1
    assert lines == [
        f"{store.goals_path()}: the file is empty",
        "1 to look at; every other file (3) reads well. wellcheck never changes or deletes "
        "these files itself.",
    ]
    assert not layout.checked(root).path.exists()
    assert [p.name for p in root.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.usefixtures("settled")
def test_a_read_only_data_folder_changes_nothing_doctor_reports(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess

    root = small_disk / "data"
    filled_store(root)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        assert doctor_says(capsys, "--data-dir", str(root)) == (
            0,
            [f"All 4 data files in {root} can be read."],
        )
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert not layout.checked(root).path.exists()


@pytest.fixture
def encrypted(data_dir: Path) -> JsonStore:
    """A realistic store (three weeks), encrypted, unlocked: its files as they would be by the
    evening."""
    realistic_store(data_dir)
    store = JsonStore(data_dir)
    turn_on(store)
    return store


@pytest.mark.usefixtures("settled")
def test_in_an_encrypted_store_the_note_is_sealed_like_every_file(
    encrypted: JsonStore, reads: list[str]
) -> None:
    root = encrypted.root
    first = checkup(root, encrypted)
    assert first.findings == [] and first.read == first.count > 30
    data = layout.checked(root).path.read_bytes()
    assert crypto.is_sealed(data)
    for seen in (b"daily/2026", b"2026-11-", b"goals.json", b'"folders"', b"wellcheck"):
        assert seen not in data
    assert os.stat(layout.checked(root).path).st_mode & 0o777 == 0o600
    reads.clear()
    second = checkup(root, encrypted)
    assert (second.read, second.unchanged, second.count) == (0, first.count, first.count)
    assert reads == [str(layout.checked(root).path)]
    reads.clear()  # the note opens with this store's key only
    assert checkup(root, JsonStore(root, key=_other_key())).unchanged == 0


def _other_key() -> crypto.DataKey:
    params = crypto_kdf.KdfParams(os.urandom(crypto.SALT_SIZE), crypto_kdf.FLOOR_ITERATIONS)
    return crypto_keys.create_key_file("another store", crypto_keys.new_recovery_key(), params)[1]


@pytest.mark.usefixtures("settled")
def test_on_a_locked_store_doctor_reads_everything_and_leaves_the_note(
    encrypted: JsonStore, reads: list[str]
) -> None:
    """A damaged key file: doctor names it and sees only whether each file is sealed, as
    before; the note (which it could neither open nor seal) is left as it is."""
    root = encrypted.root
    count = checkup(root, encrypted).count
    note = layout.checked(root).path.read_bytes()
    key_file = layout.key_file(root)
    key_file.write_bytes(key_file.read_bytes()[:-20])
    reads.clear()
    locked = JsonStore(root)
    found = checkup(root, locked)
    assert [f.path for f in found.findings] == [key_file]
    assert (found.count, found.read, found.unchanged) == (count, count, 0)
    assert str(layout.checked(root).path) not in reads
    assert layout.checked(root).path.read_bytes() == note


@pytest.mark.usefixtures("settled")
def test_turning_encryption_on_leaves_no_readable_note(data_dir: Path) -> None:
    realistic_store(data_dir)
    store = JsonStore(data_dir)
    count = checkup(data_dir, store).count
    assert not crypto.is_sealed(layout.checked(data_dir).path.read_bytes())
    turn_on(store)
    assert not layout.checked(data_dir).path.exists()
    found = checkup(data_dir, store)  # every file changed: all read, a sealed note written
    assert (found.read, found.count) == (count, count)
    assert crypto.is_sealed(layout.checked(data_dir).path.read_bytes())
    note = store.read(layout.checked(data_dir))
    assert isinstance(note, CheckedFiles) and note.folders

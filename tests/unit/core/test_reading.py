"""core/reading.py: whatever is at a data file's path, one DataError line or its bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wellcheck.core.errors import DataError, one_line, shown_path
from wellcheck.core.reading import decode, read_file

DOC = b'{"schema_version": 1, "instrument": "daily", "period": "2026-11-23", "answers": %s}'
CASES = {
    "deep": (b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    "long number": (DOC % (b"9" * 5000), "a number too long"),
    "nan": (DOC % b'{"a": {"prompt": "p", "value": NaN}}', "holds NaN"),
    "infinity": (DOC % b"-Infinity", "holds -Infinity"),
    "duplicate": (b'{"schema_version": 1, "schema_version": 2}', "a field appears twice"),
    "lone surrogate": (DOC % b'{"a": {"prompt": "\\ud800", "value": "yes"}}', "half a character"),
    "lone surrogate key": (DOC % b'{"\\udc00": {}}', "half a character"),
    "bom": (b"\xef\xbb\xbf" + DOC % b"{}", "byte-order mark"),
    "not utf-8": (DOC % b'"\xff"', "not UTF-8 text"),
}


@pytest.mark.parametrize("case", CASES)
def test_hostile_json_is_one_calm_line(tmp_path: Path, case: str) -> None:
    data, reason = CASES[case]
    with pytest.raises(DataError) as caught:
        decode(tmp_path / "x.json", data)
    assert reason in caught.value.reason and "\n" not in str(caught.value)


def test_a_surrogate_pair_is_a_whole_character(tmp_path: Path) -> None:
    assert decode(tmp_path / "x.json", b'{"a": "\\ud83d\\ude00"}') == {"a": "\U0001f600"}


def test_nothing_there_is_none(tmp_path: Path) -> None:
    assert read_file(tmp_path / "none.json") is None


def test_a_folder_a_fifo_and_a_loop_are_named_never_waited_on(tmp_path: Path) -> None:
    (tmp_path / "dir.json").mkdir()
    os.mkfifo(tmp_path / "fifo.json")
    os.symlink("loop.json", tmp_path / "loop.json")
    for name, reason in [("dir", "a folder is"), ("fifo", "a FIFO"), ("loop", "in a loop")]:
        with pytest.raises(DataError, match=reason):
            read_file(tmp_path / f"{name}.json")


def test_a_file_under_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "daily").write_text("")
    with pytest.raises(DataError, match="one of the folders on its path is a file"):
        read_file(tmp_path / "daily" / "2026" / "x.json")


def test_fifty_megabytes_is_named_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with open(path, "wb") as handle:
        handle.truncate(50 * 2**20)
    with pytest.raises(DataError, match=r"too large to be a wellcheck data file \(50 MB\)"):
        read_file(path)


def test_permission_denied_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(DataError, match="cannot read: Permission denied"):
        read_file(tmp_path / "x.json")


def test_one_line_escapes_controls_and_undecodable_names() -> None:
    assert one_line("a\nb\x1b[2J") == "a\\x0ab\\x1b[2J"
    assert shown_path(Path(os.fsdecode(b"/d/\xff.json"))) == "/d/\\xff.json"
    assert len(one_line("k" * 10_000)) == 240

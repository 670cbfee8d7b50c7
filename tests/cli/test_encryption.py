"""`wellcheck encryption …` and every command on an encrypted store, from the command line:
the passphrase on a file descriptor or asked on the terminal, never echoed, never an argument;
each failure one line and exit 1."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcheck.cli import main, plain_start, unlocking
from wellcheck.core import crypto, crypto_kdf, encryption, layout

PASSPHRASE = "correct horse battery staple"
RECOVERY = re.compile(r"^    ([A-Z2-9]{5}(?:-[A-Z2-9]{5}){7})$", re.MULTILINE)
CANARY = "violet hedgehog 4471"


@pytest.fixture(autouse=True)
def quick_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The floor's parameters instead of half a second's: the format is the same."""
    monkeypatch.setattr(
        crypto_kdf, "calibrate", lambda *a, **k: crypto_kdf.KdfParams(os.urandom(16), 2)
    )


@pytest.fixture
def fds() -> Iterator[list[int]]:
    opened: list[int] = []
    yield opened
    for fd in opened:
        try:
            os.close(fd)
        except OSError:
            pass


def line_on_fd(fds: list[int], text: str | bytes) -> str:
    """A pipe holding `text` (a line), its read end's number as the command line gives it."""
    read, write = os.pipe()
    os.write(write, text.encode() if isinstance(text, str) else text)
    os.close(write)
    fds.append(read)
    return str(read)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def answer_a_day(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"y\nn\n{CANARY}\n"))
    assert run(capsys, "daily", "--plain", "--date", "2026-11-23")[0] == 0


def turn_on(capsys: pytest.CaptureFixture[str], fds: list[int]) -> str:
    code, out, err = run(
        capsys, "--passphrase-fd", line_on_fd(fds, PASSPHRASE + "\n"), "encryption", "on"
    )
    assert code == 0, err
    found = RECOVERY.findall(out)
    assert len(found) == 1, "the recovery key is shown, once"
    return found[0]


def test_on_encrypts_every_file_and_every_command_reads_it_with_the_passphrase(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fds: list[int],
    data_dir: Path,
) -> None:
    answer_a_day(monkeypatch, capsys)
    turn_on(capsys, fds)
    for path in encryption.data_files(data_dir):
        assert crypto.is_sealed(path.read_bytes())
    assert CANARY.encode() not in b"".join(p.read_bytes() for p in data_dir.rglob("*.json"))
    files = len(list(encryption.data_files(data_dir)))
    code, out, _ = run(capsys, "encryption", "status")
    assert code == 0 and f"Encryption is on: {files} file" in out
    assert "Argon2id" in out and "AES-256-GCM" in out
    fd = line_on_fd(fds, PASSPHRASE + "\n")
    code, out, _ = run(capsys, "--passphrase-fd", fd, "summary", "--week", "2026-W48")
    assert code == 0 and CANARY in out
    code, out, _ = run(capsys, "--passphrase-fd", line_on_fd(fds, PASSPHRASE), "doctor")
    assert code == 0 and f"All {files} data file" in out


def test_plain_mode_takes_the_passphrase_and_then_the_answers_on_one_descriptor(
    capsys: pytest.CaptureFixture[str], fds: list[int], data_dir: Path
) -> None:
    turn_on(capsys, fds)
    fd = line_on_fd(fds, f"{PASSPHRASE}\ny\nn\n{CANARY}\n")
    stdin = os.fdopen(os.dup(int(fd)), "r")
    try:
        sys_stdin, sys.stdin = sys.stdin, stdin
        code, _, err = run(
            capsys, "--passphrase-fd", fd, "daily", "--plain", "--date", "2026-11-23"
        )
    finally:
        sys.stdin = sys_stdin
        stdin.close()
    assert code == 0, err
    path = data_dir / "daily" / "2026" / "2026-11-23.json"
    assert crypto.is_sealed(path.read_bytes())
    fd = line_on_fd(fds, PASSPHRASE)
    code, out, _ = run(capsys, "--passphrase-fd", fd, "summary", "--week", "2026-W48")
    assert CANARY in out


def test_a_wrong_passphrase_and_a_bad_descriptor_are_each_one_line(
    capsys: pytest.CaptureFixture[str], fds: list[int]
) -> None:
    turn_on(capsys, fds)
    for given, expected in [
        (line_on_fd(fds, "not the passphrase\n"), "does not open this store"),
        (line_on_fd(fds, "\n"), "the line is empty"),
        (line_on_fd(fds, b"\xff\xfe\n"), "not UTF-8"),
        ("987", "--passphrase-fd 987: cannot read it"),
    ]:
        code, out, err = run(capsys, "--passphrase-fd", given, "summary")
        assert code == 1
        assert err.count("\n") == 1 and expected in err, err
        assert "Traceback" not in err and out == ""


def test_the_passphrase_is_never_taken_from_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["--passphrase", PASSPHRASE, "summary"],
        ["--passphrase-fd", PASSPHRASE, "summary"],
        ["summary", PASSPHRASE],
        ["summary", f"--passphrase={PASSPHRASE}"],
    ):
        code, _, err = run(capsys, *argv)
        assert code == 1
        assert err.count("\n") == 1
        assert "horse" not in err, "a passphrase typed in the wrong place is not shown back"


def test_a_passphrase_fd_is_a_global_option_a_plain_start_knows() -> None:
    assert plain_start(["--passphrase-fd", "3"])
    assert plain_start(["--data-dir", "x", "--passphrase-fd=3"])


def test_without_a_terminal_or_a_descriptor_it_says_how_to_give_one(
    capsys: pytest.CaptureFixture[str], fds: list[int], data_dir: Path, isolated_dirs: Path
) -> None:
    turn_on(capsys, fds)
    result = subprocess.run(
        [sys.executable, "-m", "wellcheck", "--data-dir", str(data_dir), "summary"],
        capture_output=True,
        text=True,
        start_new_session=True,  # no controlling terminal
        stdin=subprocess.DEVNULL,
        env={**os.environ, "WELLCHECK_CONFIG_DIR": str(isolated_dirs / "config")},
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "--passphrase-fd N" in result.stderr and "Traceback" not in result.stderr


def test_on_a_terminal_a_mistyped_passphrase_may_be_typed_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fds: list[int]
) -> None:
    turn_on(capsys, fds)
    typed = iter(["mistyped once", PASSPHRASE])
    monkeypatch.setattr(unlocking, "ask", lambda prompt: next(typed))
    code, out, err = run(capsys, "summary")
    assert code == 0
    assert "try again" in err
    typed = iter(["one", "two", "three"])
    code, _, err = run(capsys, "summary")
    assert code == 1 and "does not open this store" in err.splitlines()[-1]


def test_the_recovery_key_opens_the_store_and_sets_a_new_passphrase(
    capsys: pytest.CaptureFixture[str], fds: list[int]
) -> None:
    recovery = turn_on(capsys, fds)
    code, out, err = run(
        capsys,
        "--passphrase-fd",
        line_on_fd(fds, "my new passphrase\n"),
        "encryption",
        "passphrase",
        "--current-passphrase-fd",
        line_on_fd(fds, recovery.lower() + "\n"),
    )
    assert code == 0, err
    assert "passphrase is changed" in out
    assert run(capsys, "--passphrase-fd", line_on_fd(fds, PASSPHRASE), "summary")[0] == 1
    assert run(capsys, "--passphrase-fd", line_on_fd(fds, "my new passphrase"), "summary")[0] == 0


def test_a_new_recovery_key_is_shown_and_the_old_one_stops_working(
    capsys: pytest.CaptureFixture[str], fds: list[int]
) -> None:
    old = turn_on(capsys, fds)
    code, out, _ = run(
        capsys, "--passphrase-fd", line_on_fd(fds, PASSPHRASE), "encryption", "recovery-key"
    )
    assert code == 0
    (new,) = RECOVERY.findall(out)
    assert new != old and "old recovery key no longer opens" in out
    assert run(capsys, "--passphrase-fd", line_on_fd(fds, old), "summary")[0] == 1
    assert run(capsys, "--passphrase-fd", line_on_fd(fds, new), "summary")[0] == 0


def test_off_makes_every_file_readable_again_and_removes_the_key_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fds: list[int],
    data_dir: Path,
) -> None:
    answer_a_day(monkeypatch, capsys)
    before = (data_dir / "daily" / "2026" / "2026-11-23.json").read_bytes()
    turn_on(capsys, fds)
    code, out, _ = run(capsys, "--passphrase-fd", line_on_fd(fds, PASSPHRASE), "encryption", "off")
    assert code == 0 and "Encryption is off: 1 file readable again" in out
    assert (data_dir / "daily" / "2026" / "2026-11-23.json").read_bytes() == before
    assert not (data_dir / layout.KEY_NAME).exists()
    assert run(capsys, "summary", "--week", "2026-W48")[0] == 0


def test_a_short_passphrase_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fds: list[int],
    data_dir: Path,
) -> None:
    answer_a_day(monkeypatch, capsys)
    code, _, err = run(capsys, "--passphrase-fd", line_on_fd(fds, "short\n"), "encryption", "on")
    assert code == 1 and "at least 8 characters" in err
    assert encryption.form(data_dir) is encryption.Form.READABLE


def test_a_half_done_conversion_stops_every_other_command_with_what_to_do(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fds: list[int],
    data_dir: Path,
) -> None:
    answer_a_day(monkeypatch, capsys)
    (data_dir / layout.CONVERTING_NAME).write_text(json.dumps({"to": "encrypted"}))
    for argv in (["summary"], ["daily", "--plain"], ["off", "sick"]):
        code, _, err = run(capsys, *argv)
        assert code == 1
        assert "run `wellcheck encryption on` to finish it" in err
    code, out, _ = run(capsys, "encryption", "status")
    assert "half way" in out
    turn_on(capsys, fds)
    assert encryption.form(data_dir) is encryption.Form.ENCRYPTED


def test_a_written_summary_says_it_is_not_encrypted(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fds: list[int],
    tmp_path: Path,
) -> None:
    answer_a_day(monkeypatch, capsys)
    turn_on(capsys, fds)
    out_file = tmp_path / "week.md"
    code, out, _ = run(
        capsys,
        "--passphrase-fd",
        line_on_fd(fds, PASSPHRASE),
        "summary",
        "--week",
        "2026-W48",
        "-o",
        str(out_file),
    )
    assert code == 0
    assert "not encrypted, because you asked" in out
    assert CANARY in out_file.read_text()
    assert out_file.stat().st_mode & 0o777 == 0o600


def test_turning_on_twice_and_off_when_off_are_one_line(
    capsys: pytest.CaptureFixture[str], fds: list[int]
) -> None:
    code, _, err = run(capsys, "--passphrase-fd", line_on_fd(fds, PASSPHRASE), "encryption", "off")
    assert code == 1 and "not on" in err
    turn_on(capsys, fds)
    code, _, err = run(capsys, "--passphrase-fd", line_on_fd(fds, PASSPHRASE), "encryption", "on")
    assert code == 1 and "already on" in err

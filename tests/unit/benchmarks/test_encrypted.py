"""The encrypted rows' tools: an encrypted copy of a benchmark store that reads back as the
readable one, the way back, durable saves into both, and each run's key derivation noted so
that it can be left out of the run's time."""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from wellcheck.core import crypto, crypto_kdf, file_kind, layout
from wellcheck.core.store import JsonStore

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import encrypted  # noqa: E402
import kdf_timing  # noqa: E402
import make_store  # noqa: E402
import measure  # noqa: E402

END = date(2026, 11, 23)
FAST = crypto_kdf.KdfParams(os.urandom(crypto.SALT_SIZE), crypto_kdf.FLOOR_ITERATIONS)


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench-enc") / "store"
    assert make_store.main(["--weeks", "3", "--out", str(out), "--end", END.isoformat()]) == 0
    return out


def _files(root: Path) -> dict[Path, bytes]:
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*.json")}


def _places(root: Path) -> list[file_kind.Place[file_kind.Stored]]:
    return [file_kind.Place(p, layout.kind_of(root, p)) for p in sorted(root.rglob("*.json"))]


def test_the_encrypted_copy_is_sealed_and_reads_back_as_the_readable_store(
    plain: Path, tmp_path: Path
) -> None:
    before = _files(plain)
    enc = encrypted.encrypted_copy(plain, tmp_path / "enc", FAST)
    assert _files(plain) == before, "the readable store is left as it was"
    sealed = _files(enc.root)
    assert enc.files == len(sealed) == len(before) > 20
    assert all(crypto.is_sealed(data) for data in sealed.values())
    assert enc.seconds > 0 and enc.kdf.iterations == crypto_kdf.FLOOR_ITERATIONS
    readable, unlocked = JsonStore(plain), enc.store()
    for place in _places(plain):
        twin = file_kind.Place(enc.root / place.path.relative_to(plain), place.kind)
        assert unlocked.read(twin) == readable.read(place), place.path


def test_the_floor_copy_holds_the_same_files_and_unlocks_with_the_floor_s_argon2id(
    plain: Path, tmp_path: Path
) -> None:
    calibrated = crypto_kdf.KdfParams(os.urandom(crypto.SALT_SIZE), crypto_kdf.FLOOR_ITERATIONS + 1)
    enc = encrypted.encrypted_copy(plain, tmp_path / "enc", calibrated)
    fast = encrypted.floor_copy(enc, tmp_path / "fast")
    assert enc.kdf.iterations == crypto_kdf.FLOOR_ITERATIONS + 1
    assert fast.kdf.iterations == crypto_kdf.FLOOR_ITERATIONS
    assert fast.kdf.memory_kib == enc.kdf.memory_kib and fast.kdf.salt != enc.kdf.salt
    assert _files(fast.root) == _files(enc.root), "the same sealed bytes"
    assert fast.store().key.key_id == enc.store().key.key_id  # type: ignore[union-attr]
    day = END - timedelta(days=END.weekday())
    assert fast.store().load_record("daily", "daily", day.isoformat()) == JsonStore(
        plain
    ).load_record("daily", "daily", day.isoformat())


def test_turning_it_off_gives_back_the_same_bytes(plain: Path, tmp_path: Path) -> None:
    enc = encrypted.encrypted_copy(plain, tmp_path / "enc", FAST)
    seconds, files = encrypted.turn_off(enc.store())
    assert seconds > 0 and files == enc.files
    assert _files(enc.root) == _files(plain)
    assert not layout.key_file(enc.root).exists()


def test_durable_saves_take_turns_and_the_encrypted_file_stays_sealed(
    plain: Path, tmp_path: Path
) -> None:
    enc = encrypted.encrypted_copy(plain, tmp_path / "enc", FAST)
    day = END - timedelta(days=END.weekday())  # a Monday: a working day with its check-in
    samples = measure.durable_saves([JsonStore(plain), enc.store()], day, 3)
    assert [len(s.times) for s in samples] == [3, 3]
    path = enc.store().record_path("daily", "daily", day.isoformat())
    assert crypto.is_sealed(path.read_bytes())
    record = enc.store().load_record("daily", "daily", day.isoformat())
    assert record.answers["lunch_break"].value == "yes"  # the third save: yes, no, yes


def test_the_hook_notes_each_derivation_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        crypto_kdf.KdfParams, "derive", crypto_kdf.KdfParams.derive
    )  # put back after
    derive = crypto_kdf.KdfParams.derive
    monkeypatch.delenv(kdf_timing.LOG_VAR, raising=False)
    kdf_timing.install()
    assert crypto_kdf.KdfParams.derive is derive
    log = tmp_path / "kdf.log"
    monkeypatch.setenv(kdf_timing.LOG_VAR, str(log))
    kdf_timing.install()
    assert FAST.derive("a passphrase") == FAST.derive("a passphrase")
    noted = kdf_timing.read_log(log)
    assert len(noted) == 2 and all(d.wall > 0 and d.cpu >= 0 for d in noted)
    assert kdf_timing.read_log(tmp_path / "none.log") == []


def _env(command: measure.Command) -> dict[str, str]:
    assert command.kdf_log is not None
    folder = command.kdf_log.parent
    env = {**os.environ, "WELLCHECK_CONFIG_DIR": str(folder / "config")}
    return env | {"WELLCHECK_CACHE_DIR": str(folder / "cache")}


def _run(command: measure.Command, rounds: int = 2) -> measure.Sample:
    for _ in range(rounds):
        measure.measure(command, _env(command))
    assert not command.failure, command.failure
    return command.sample


@pytest.fixture(scope="module")
def unlocking(plain: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An encrypted copy, and its passphrase in a file to give as standard input."""
    work = tmp_path_factory.mktemp("bench-enc-runs")
    enc = encrypted.encrypted_copy(plain, work / "enc", FAST)
    return enc.root, encrypted.passphrase_file(work / "passphrase")


def test_a_summary_of_the_encrypted_copy_unlocks_once_and_its_time_leaves_that_out(
    unlocking: tuple[Path, Path], tmp_path: Path
) -> None:
    root, given = unlocking
    argv = [sys.executable, str(BENCHMARKS / "kdf_timing.py"), "--data-dir", str(root)]
    argv += ["--passphrase-fd", "0", "--date", END.isoformat(), "summary", "--format", "text"]
    command = measure.Command("summary", argv, stdin=given, kdf_log=tmp_path / "kdf.log")
    sample = _run(command)
    assert sample.kdf_calls == [1, 1]
    assert all(0 < k < t for k, t in zip(sample.kdf, sample.times, strict=True))
    assert sample.net_median < sample.median and sample.net_median_cpu < sample.median_cpu


def test_the_home_screen_of_the_encrypted_copy_paints_unlocked(
    unlocking: tuple[Path, Path], tmp_path: Path
) -> None:
    root, given = unlocking
    argv = [sys.executable, str(BENCHMARKS / "first_paint.py"), "--textual-late", "wellcheck"]
    argv += ["--data-dir", str(root), "--passphrase-fd", "0", "--date", END.isoformat()]
    command = measure.Command("home", argv, stdin=given, kdf_log=tmp_path / "kdf.log")
    assert _run(command, rounds=1).kdf_calls == [1]
    measure.measure(command, _env(command), rss=True)
    assert command.sample.peak_rss > 0
    if measure.TIME.exists():  # else the peak is this runner's own, and hides the rise
        assert command.sample.kdf_peak_rise[0] > 16 * measure.MIB  # Argon2id's 19 MiB

"""Promise 11 (encrypted, if you choose) and Promise 3 together: turning encryption on or off
is killed (SIGKILL, a real process) at random instants and at each step that matters, and
nothing is lost or torn.

After every kill each data file is, byte for byte, its old self or its new self (a sealed file
that opens, with the store's key, to exactly the readable original); none is missing and none is
added; a temp file on its way to being a data file while encrypting holds ciphertext only. Then
the same command again finishes the job: every file in its new form, exactly the original words,
no temp file left, the last recovery key shown opening the key file.

The conversion runs in a child of `driver.py`, on a realistic store of 40 files. The hundred
random kills each way run on a tmpfs (`ram_disk`: SIGKILL leaves the page cache as it was, so
a killed process leaves the same files on any file system, and other writers on the machine's
disk cannot slow them); the kills at each step that matters, and the real wellcheck processes
that finish a stopped conversion, run on the disk under tmp_path. Argon2id is derived once per
passphrase and salt (`driver.remembering`): key files and wrapped keys are still made and
opened for real, each round.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from wellcheck.core import crypto, crypto_kdf, crypto_keys, encryption, encryption_convert, layout
from wellcheck.core.store import LOCK_NAME, JsonStore

from .driver import remembering, round_params
from .encrypted import (
    PASSPHRASE,
    Kept,
    could_be_sealed,
    data_files,
    is_data_temp,
    ram_disk,
    realistic_store,
    restore,
    temp_files,
    turn_on,
    wellcheck,
)
from .helpers import start_driver, subprocess_env

ROUNDS = 100
"""Random kills of each conversion, on and off."""
EARLY = 0.25
"""The share of kills drawn over the whole run, the key's derivation included; the others are
drawn over the files' conversion, where most of the steps are."""
BEFORE_FILES = frozenset(
    {
        "nothing done yet",
        "marker written, no key file yet",
        "key file written, no file sealed yet",
        "marker written, no file decrypted yet",
    }
)


@pytest.fixture(autouse=True)
def derived_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the driver: each key derived from the passphrase is derived once (see
    `driver.remembering`); conversion, not Argon2id, is what is tested here."""
    monkeypatch.setattr(crypto_kdf.KdfParams, "derive", remembering(crypto_kdf.KdfParams.derive))


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A realistic readable store (40 files), by place."""
    files = realistic_store(tmp_path_factory.mktemp("made") / "data")
    assert 40 <= len(files) <= 60
    return files


@pytest.fixture(scope="module")
def sealed(
    originals: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, bytes], bytes, crypto.DataKey]:
    """The same store encrypted: its files, its key file and its key."""
    root = tmp_path_factory.mktemp("sealed") / "data"
    restore(root, originals)
    key = turn_on(JsonStore(root))
    return data_files(root), layout.key_file(root).read_bytes(), key


@dataclass
class Run:
    """What the driver's child said before it died."""

    lines: list[str] = field(default_factory=list)

    @property
    def recoveries(self) -> list[str]:
        return [line.split()[1] for line in self.lines if line.startswith("recovery ")]

    @property
    def finished(self) -> bool:
        return any(line.startswith("done ") for line in self.lines)


class Converter:
    """Runs conversions in a child of the driver, which kills them."""

    def __init__(self) -> None:
        self.driver = start_driver()
        assert self.driver.stdin and self.driver.stdout
        self.stdin, self.stdout = self.driver.stdin, self.driver.stdout

    def close(self) -> None:
        self.driver.kill()
        self.driver.wait()

    def begin(self, to: str, root: Path, stop: str = "") -> None:
        self.stdin.write(f"convert {to} {root} {PASSPHRASE} {stop}\n")
        self.stdin.flush()

    def collect(self) -> Run:
        """The child's lines, once it is gone."""
        run = Run()
        for line in iter(self.stdout.readline, "reaped\n"):
            assert not line.startswith("error"), line
            run.lines.append(line.strip())
        return run

    def timed(self, to: str, root: Path) -> tuple[float, float]:
        """A whole conversion, not killed: its seconds in all, and from its first file on."""
        start = time.monotonic()
        self.begin(to, root)
        files = 0.0
        for line in iter(self.stdout.readline, "reaped\n"):
            if line.startswith("progress 0 "):
                files = time.monotonic()
            if line.startswith("done "):
                end = time.monotonic()
        assert files
        return end - start, end - files

    def stopped(self, to: str, root: Path, stop: str) -> Run:
        """One conversion that kills itself at a chosen step."""
        self.begin(to, root, stop)
        return self.collect()


@pytest.fixture(scope="module")
def converter() -> Iterator[Converter]:
    """One driver for the tests that stop a conversion at a step."""
    converter = Converter()
    yield converter
    converter.close()


@dataclass
class Lane:
    """A data folder and a driver of its own: while one lane's conversion runs (and is
    killed), the test checks and resumes the other's."""

    root: Path
    converter: Converter = field(default_factory=Converter)
    early: bool = False
    """Whether its kill now was drawn over the whole run (else over the files')."""


def killed_rounds(
    tmp_path: Path,
    to: str,
    restore_store: Callable[[Path], None],
    check: Callable[[Path, Run], str],
    seed: int,
) -> Counter[str]:
    """ROUNDS conversions killed at random instants, two at a time; each checked by `check`
    (which resumes it, and says which moment the kill hit); how often each moment was hit.

    The instants are drawn over how long a conversion takes here, measured once and then kept
    to it, however busy the machine: a kill over the files that came too late (the conversion
    had finished) draws the next ones sooner, one that came before the first file later."""
    rng = random.Random(seed)
    lanes = [Lane(tmp_path / "a" / "data"), Lane(tmp_path / "b" / "data")]
    moments: Counter[str] = Counter()
    try:
        for lane in lanes:
            lane.root.parent.mkdir()
        restore_store(lanes[0].root)
        whole, files = lanes[0].converter.timed(to, lanes[0].root)
        scale = 1.0

        def begin(lane: Lane) -> None:
            restore_store(lane.root)
            lane.early = rng.random() < EARLY
            span = (whole if lane.early else files) * scale
            stop = f"{'at' if lane.early else 'files'}:{rng.uniform(0, span):.4f}"
            lane.converter.begin(to, lane.root, stop)

        for lane in lanes:
            begin(lane)
        for n in range(ROUNDS):
            lane = lanes[n % 2]
            moment = check(lane.root, lane.converter.collect())
            moments[moment] += 1
            if not lane.early and moment == "finished":
                scale = max(scale * 0.8, 0.05)
            elif not lane.early and moment in BEFORE_FILES:
                scale = min(scale * 1.25, 20.0)
            if n + 2 < ROUNDS:
                begin(lane)
    finally:
        for lane in lanes:
            lane.converter.close()
    return moments


def other_files(root: Path) -> list[str]:
    """Files under root that are neither data files, the key file, the marker nor the lock."""
    data = set(data_files(root))
    known = {layout.KEY_NAME, layout.CONVERTING_NAME, LOCK_NAME}
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.relative_to(root).as_posix() not in data | known
    )


def private(path: Path) -> None:
    if path.exists():
        assert path.stat().st_mode & 0o777 == 0o600, f"{path.name} is not 0600"


# -- turning encryption on ---------------------------------------------------------------------


def check_on_killed(root: Path, originals: dict[str, bytes]) -> tuple[str, dict[str, bytes]]:
    """The store just after a kill while encrypting: which moment it was, and its files."""
    files = data_files(root)
    assert files.keys() == originals.keys(), "a data file went missing, or one was added"
    sealed = [p for p, d in files.items() if crypto.is_sealed(d)]
    for place, data in files.items():
        if place not in sealed:
            assert data == originals[place], f"{place} is neither its old self nor sealed"
    for temp in temp_files(root):
        if is_data_temp(temp):
            assert could_be_sealed(temp.read_bytes()), f"{temp.name} holds readable bytes"
    marker = layout.converting_marker(root).exists()
    key_file = layout.key_file(root).exists()
    private(layout.converting_marker(root))
    private(layout.key_file(root))
    if not key_file:
        assert not sealed, "a file was sealed before its key was kept"
        return ("marker written, no key file yet" if marker else "nothing done yet"), files
    if not marker:
        assert len(sealed) == len(files), "the marker went while files were still readable"
        return "finished", files
    if not sealed:
        return "key file written, no file sealed yet", files
    if len(sealed) < len(files):
        return "some files sealed", files
    return "every file sealed, marker still there", files


def resume_on(root: Path, originals: dict[str, bytes], before: dict[str, bytes], run: Run) -> None:
    """Run it again, as the user would, and check the store it leaves; then check the files
    as they were just after the kill, with the store's key."""
    key_file = layout.key_file(root)
    key_before = key_file.read_bytes() if key_file.exists() else None
    shown = run.recoveries
    store = JsonStore(root)
    if encryption.form(root) is encryption.Form.ENCRYPTED:  # it had finished
        key = encryption.unlock(root, PASSPHRASE)
    else:
        encryption_convert.turn_on(
            store, PASSPHRASE, shown.append, lambda d, n: None, round_params()
        )
        assert store.key is not None
        key = store.key
    if key_before is not None:
        assert key_file.read_bytes() == key_before, "resuming made a new key file"
    assert encryption.form(root) is encryption.Form.ENCRYPTED
    for place, data in before.items():  # as the kill left them
        if crypto.is_sealed(data):
            assert key.open(place, data) == originals[place], f"{place} opens to other bytes"
    after = data_files(root)
    assert after.keys() == originals.keys()
    for place, data in after.items():
        assert crypto.is_sealed(data), f"{place} was left readable"
        assert key.open(place, data) == originals[place], f"{place} opens to other bytes"
    assert temp_files(root) == [] and other_files(root) == []
    doc = json.loads(key_file.read_bytes())
    assert shown, "no recovery key was ever shown"
    assert crypto_keys.unlock(doc, recovery=shown[-1]).key_id == key.key_id, (
        "the last recovery key shown does not open the key file"
    )


def test_turning_encryption_on_killed_at_random_instants_loses_and_tears_nothing(
    tmp_path: Path, originals: dict[str, bytes]
) -> None:
    def check(root: Path, run: Run) -> str:
        moment, files = check_on_killed(root, originals)
        resume_on(root, originals, files, run)
        return moment

    with ram_disk(tmp_path) as ram:
        kept = Kept(ram / "kept", originals)
        moments = killed_rounds(ram, "on", kept.put, check, 1201)
    assert sum(moments.values()) == ROUNDS
    assert moments["some files sealed"] >= ROUNDS // 4, moments  # most kills land mid-way


@pytest.mark.parametrize(
    ("stop", "moment"),
    [
        ("before:2", "marker written, no key file yet"),
        ("after:2", "key file written, no file sealed yet"),
        ("after:3", "some files sealed"),
        ("before:-1", "every file sealed, marker still there"),
    ],
)
def test_turning_encryption_on_killed_at_each_step_that_matters(
    tmp_path: Path, originals: dict[str, bytes], converter: Converter, stop: str, moment: str
) -> None:
    """Steps: 1 the marker, 2 the key file, 3… each data file, and last the marker's removal."""
    root = tmp_path / "data"
    restore(root, originals)
    when, k = stop.split(":")
    step = int(k) if int(k) > 0 else len(originals) + 4 + int(k)  # -1: the last of n + 3
    run = converter.stopped("on", root, f"{when}:{step}")
    assert not run.finished
    found, files = check_on_killed(root, originals)
    assert found == moment
    resume_on(root, originals, files, run)


def test_a_stopped_encryption_is_finished_by_the_same_command_and_nothing_else_starts(
    tmp_path: Path, originals: dict[str, bytes], converter: Converter
) -> None:
    """Real wellcheck processes on a store left with every file sealed and the marker there."""
    root = tmp_path / "data"
    restore(root, originals)
    converter.stopped("on", root, f"before:{len(originals) + 3}")
    env = subprocess_env()

    for args in (["daily", "--plain"], ["summary"]):
        done = wellcheck(root, *args, env=env)
        assert done.returncode == 1, done
        assert "run `wellcheck encryption on` to finish it" in done.stderr
    assert data_files(root).keys() == originals.keys()
    done = wellcheck(root, "encryption", "on", env=env)
    assert done.returncode == 0, done.stderr
    assert "Encryption is on: 0 files encrypted." in done.stdout
    assert encryption.form(root) is encryption.Form.ENCRYPTED
    key = encryption.unlock(root, PASSPHRASE)
    for place, data in data_files(root).items():
        assert key.open(place, data) == originals[place]


# -- turning encryption off --------------------------------------------------------------------


def check_off_killed(
    root: Path, originals: dict[str, bytes], sealed: dict[str, bytes]
) -> tuple[str, dict[str, bytes]]:
    """The store just after a kill while decrypting: which moment it was, and its files."""
    files = data_files(root)
    assert files.keys() == originals.keys(), "a data file went missing, or one was added"
    readable = [p for p, d in files.items() if not crypto.is_sealed(d)]
    for place, data in files.items():
        old_or_new = sealed[place] if place not in readable else originals[place]
        assert data == old_or_new, f"{place} is neither its sealed self nor its original"
    marker = layout.converting_marker(root).exists()
    key_file = layout.key_file(root).exists()
    private(layout.converting_marker(root))
    private(layout.key_file(root))
    if not marker:
        if key_file:
            assert not readable, "a file was decrypted before the marker was written"
            return "nothing done yet", files
        assert len(readable) == len(files), "the key file went while files were sealed"
        return "finished", files
    if not key_file:
        assert len(readable) == len(files), "the key file went while files were sealed"
        return "key file removed, marker still there", files
    if not readable:
        return "marker written, no file decrypted yet", files
    if len(readable) < len(files):
        return "some files decrypted", files
    return "every file decrypted, key file still there", files


def resume_off(root: Path, originals: dict[str, bytes], key: crypto.DataKey) -> None:
    found = encryption.form(root)
    if found is not encryption.Form.READABLE:
        store = JsonStore(root, key if layout.key_file(root).exists() else None)
        encryption_convert.turn_off(store, lambda d, n: None)
    assert encryption.form(root) is encryption.Form.READABLE
    assert data_files(root) == originals  # byte for byte
    assert not layout.key_file(root).exists() and not layout.converting_marker(root).exists()
    assert temp_files(root) == [] and other_files(root) == []


def test_turning_encryption_off_killed_at_random_instants_loses_and_tears_nothing(
    tmp_path: Path,
    originals: dict[str, bytes],
    sealed: tuple[dict[str, bytes], bytes, crypto.DataKey],
) -> None:
    files, key_file, key = sealed

    def check(root: Path, run: Run) -> str:
        moment, _ = check_off_killed(root, originals, files)
        resume_off(root, originals, key)
        return moment

    with ram_disk(tmp_path) as ram:
        kept = Kept(ram / "kept", files, key_file)
        moments = killed_rounds(ram, "off", kept.put, check, 1202)
    assert sum(moments.values()) == ROUNDS
    assert moments["some files decrypted"] >= ROUNDS // 4, moments


@pytest.mark.parametrize(
    ("stop", "moment"),
    [
        ("before:2", "marker written, no file decrypted yet"),
        ("after:2", "some files decrypted"),
        ("before:-2", "every file decrypted, key file still there"),
        ("before:-1", "key file removed, marker still there"),
    ],
)
def test_turning_encryption_off_killed_at_each_step_that_matters(
    tmp_path: Path,
    originals: dict[str, bytes],
    sealed: tuple[dict[str, bytes], bytes, crypto.DataKey],
    converter: Converter,
    stop: str,
    moment: str,
) -> None:
    """Steps: 1 the marker, 2… each data file, then the key file's removal, the marker's."""
    files, key_file, key = sealed
    root = tmp_path / "data"
    restore(root, files, key_file)
    when, k = stop.split(":")
    step = int(k) if int(k) > 0 else len(originals) + 4 + int(k)  # -1: the last of n + 3
    run = converter.stopped("off", root, f"{when}:{step}")
    assert not run.finished
    assert check_off_killed(root, originals, files)[0] == moment
    resume_off(root, originals, key)

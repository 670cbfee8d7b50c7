"""Shared helpers for the encryption promise tests (test_11_encryption_*): a realistic store,
cheap but valid key derivation, each file's form on disk, and the canary's many spellings."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

from wellcheck.core import crypto, crypto_kdf, encryption, encryption_convert, layout, standup
from wellcheck.core.answers import Answer
from wellcheck.core.atomic import TEMP_NAME
from wellcheck.core.goals import GoalDraft
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Contact, StressorAnswer
from wellcheck.core.stressors_store import save_contact, save_row

PASSPHRASE = "correct-horse-battery-staple"
"""No spaces: the driver takes it as one word of a command."""
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
END = date(2026, 11, 23)


def fast_params() -> crypto_kdf.KdfParams:
    """Argon2id at OWASP's floor (19 MiB, two passes): valid, and as fast as a key file allows."""
    return crypto_kdf.KdfParams(os.urandom(crypto.SALT_SIZE), crypto_kdf.FLOOR_ITERATIONS)


def turn_on(store: JsonStore, shown: list[str] | None = None) -> crypto.DataKey:
    """Encryption on with PASSPHRASE and fast parameters; the data key."""
    encryption_convert.turn_on(
        store, PASSPHRASE, (shown if shown is not None else []).append, _quiet, fast_params()
    )
    assert store.key is not None
    return store.key


def _quiet(done: int, total: int) -> None:
    pass


def _make_store_module() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:  # make_store imports its sibling make_hooks
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("make_store", BENCHMARKS / "make_store.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def realistic_store(root: Path, weeks: int = 3) -> dict[str, bytes]:
    """Three weeks of a practitioner's answers, written by wellcheck (benchmarks/make_store.py:
    daily, weekly and monthly checklists, stand-ups and their help index, a stressors
    reflection, goals, days off) and their support contacts: 40 files, by place."""
    made = _make_store_module().main(
        ["--weeks", str(weeks), "--out", str(root), "--end", END.isoformat()]
    )
    assert made == 0
    store = JsonStore(root)
    save_contact(store, "eap", Contact("Care First", phone="0800 000 000"))
    store.set_day_off(date(2026, 11, 27), "leave")  # a short span may have drawn none
    return data_files(root)


def data_files(root: Path) -> dict[str, bytes]:
    """Every data file's bytes by its place (`daily/2026/2026-11-23.json`), as conversion
    sees them (`encryption.data_files`)."""
    return {
        layout.place_name(root, path): path.read_bytes()
        for path in sorted(encryption.data_files(root))
    }


def restore(root: Path, files: dict[str, bytes], key_file: bytes | None = None) -> None:
    """Put the data folder back to exactly these files (and key file), as wellcheck makes
    them: folders 0700, files 0600."""
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(mode=0o700)
    for place, data in files.items():
        path = root / place
        for parent in reversed(path.relative_to(root).parents[:-1]):
            (root / parent).mkdir(mode=0o700, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(fd, data)
        os.close(fd)
    if key_file is not None:
        layout.key_file(root).write_bytes(key_file)
        layout.key_file(root).chmod(0o600)


class Kept:
    """A data folder kept aside and put back in a moment, by hard links: conversion and saves
    replace a file (`os.replace`), never write into one, so what is kept never changes."""

    def __init__(self, folder: Path, files: dict[str, bytes], key_file: bytes | None = None):
        restore(folder, files, key_file)
        self.folder = folder
        self.names = [*files, *([layout.KEY_NAME] if key_file is not None else [])]

    def put(self, root: Path) -> None:
        """Make `root` hold exactly the kept files again (its folders are kept, if there)."""
        keep = set(self.names)
        for path in sorted(root.rglob("*"), reverse=True) if root.exists() else []:
            name = path.relative_to(root).as_posix()
            if path.is_dir() and not path.is_symlink():
                if not any(k.startswith(f"{name}/") for k in keep):
                    path.rmdir()
            elif name not in keep or path.stat().st_ino != (self.folder / name).stat().st_ino:
                path.unlink()
        root.mkdir(mode=0o700, exist_ok=True)
        for name in self.names:
            path = root / name
            if path.exists():
                continue
            for parent in reversed(Path(name).parents[:-1]):
                (root / parent).mkdir(mode=0o700, exist_ok=True)
            os.link(self.folder / name, path)


@contextlib.contextmanager
def ram_disk(tmp_path: Path, size: str = "64m") -> Iterator[Path]:
    """A tmpfs mounted for the test (root only, as CI runs), or tmp_path's own disk if one
    cannot be mounted. SIGKILL, unlike a power cut, leaves the kernel's page cache as it was:
    what a killed process leaves is the same on any file system, and in memory a hundred
    conversions take seconds, whatever else is writing to the machine's disk."""
    mount = tmp_path / "ram"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount)],
        capture_output=True,
    )
    try:
        yield mount
    finally:
        if done.returncode == 0:
            subprocess.run(["umount", "-l", str(mount)], check=False)


def temp_files(root: Path) -> list[Path]:
    """The temp files of interrupted saves (or conversions) under root."""
    return sorted(p for p in root.rglob(".*.tmp") if TEMP_NAME.match(p.name))


def is_data_temp(path: Path) -> bool:
    """Whether a temp file was on its way to being a data file (not the key file or marker)."""
    match = TEMP_NAME.match(path.name)
    return bool(match) and match["name"].endswith(".json")  # type: ignore[index]


def could_be_sealed(data: bytes) -> bool:
    """Whether `data` is (the start of) a sealed file: no readable byte of an answer in it."""
    return data[: len(crypto.MAGIC)] == crypto.MAGIC[: len(data)]


def opens_to(key: crypto.DataKey, place: str, data: bytes) -> bytes:
    assert crypto.is_sealed(data), f"{place} is not sealed"
    return key.open(place, data)


# -- the canary --------------------------------------------------------------------------------

CANARY = 'CANARY "violet" hedgehog café 4471'
"""Stands for the user's own words. A quote and an accent, so that its JSON-escaped spellings
differ from its UTF-8 one."""
CORE = "hedgehog"


def canary_forms(canary: str = CANARY) -> list[bytes]:
    """Every way the canary's words could sit in a file: as UTF-8, UTF-16 and UTF-32 either
    way round, as JSON writes them with and without escaping, and its distinctive word alone."""
    forms: list[str | bytes] = [
        canary,
        json.dumps(canary),  # CANARY \"violet\" hedgehog caf\u00e9 4471
        json.dumps(canary, ensure_ascii=False),
        json.dumps(canary)[1:-1].replace("\\", "\\\\"),  # escaped twice, JSON in a string
        CORE,
        "violet",
    ]
    found: set[bytes] = set()
    for form in forms:
        text = form if isinstance(form, str) else form.decode()
        for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            found.add(text.encode(codec))
    return sorted(found, key=len)


def holding_the_canary(folders: Iterable[Path], canary: str = CANARY) -> list[str]:
    """Each file under `folders` whose name or bytes hold any spelling of the canary."""
    forms = canary_forms(canary)
    found: list[str] = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")] if folder.exists() else []:
            name = os.fsencode(path.name)
            if any(f in name for f in forms):
                found.append(f"{path} (its name)")
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(f in data for f in forms):
                    found.append(str(path))
    return found


# -- one save of each kind of file -------------------------------------------------------------

DAY = "2026-11-23"
TODAY = date(2026, 11, 23)
Save = Callable[[JsonStore, str], object]


def _help(store: JsonStore, text: str) -> object:
    return standup.save_answer(store, TODAY, standup.HELP, Answer("Help", entries=[text]))


def _row(store: JsonStore, text: str) -> object:
    row = StressorAnswer("family", "Family", "Death", ticked=True, impact=4, note=text)
    return save_row(store, TODAY, "death", row)


SAVES: dict[str, tuple[str, Save]] = {
    "a checklist note": (
        "daily/2026/2026-11-23.json",
        lambda s, t: s.save_answer("daily", "daily", DAY, "lunch_break", Answer("L?", "no", t)),
    ),
    "a goal": ("goals.json", lambda s, t: s.add_goal(t, TODAY)),
    "a goal draft": ("goals.json", lambda s, t: s.keep_goal_draft(GoalDraft(t))),
    "a day off": ("days-off/2026.json", lambda s, t: s.set_day_off(TODAY, "sick")),
    "a stand-up's help": ("standup/2026/2026-11-23.json", _help),
    "a stressors row": ("stressors/2026-11-23.json", _row),
    "a support contact": ("support.json", lambda s, t: save_contact(s, "eap", Contact(t))),
}
"""For each kind of file the user's words go into: where today's file of it is, and a save
of words into it."""


def wellcheck(
    root: Path, *args: str, secret: str = PASSPHRASE, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run wellcheck on `root` as a real process, the passphrase given on a pipe
    (`--passphrase-fd`), nothing on its standard input."""
    from .helpers import subprocess_env

    read, write = os.pipe()
    os.write(write, f"{secret}\n".encode())
    os.close(write)
    try:
        return subprocess.run(
            [sys.executable, "-m", "wellcheck", "--data-dir", str(root)]
            + ["--passphrase-fd", str(read), *args],
            pass_fds=(read,),
            capture_output=True,
            text=True,
            env=env or subprocess_env(),
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
    finally:
        os.close(read)

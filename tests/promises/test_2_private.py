"""Promise 2: only you can open it. Folders 0700 and files 0600 whatever the umask, and a data
folder others could open is made private, with a note said once. (No network: Promise 1, in
test_1_no_network.py.)"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from wellcheck.cli import main
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def modes(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root.parent)): stat.S_IMODE(p.stat().st_mode)
        for p in [root, *root.rglob("*")]
    }


def test_folders_are_0700_and_files_0600_even_with_umask_000(
    tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "deep" / "data"
    store = JsonStore(root)
    store.save_answer("daily", "daily", "2026-11-23", "lunch_break", Answer("Lunch?", "yes"))
    store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    store.add_goal("Lunch on Wednesday", date(2026, 11, 23))
    assert main(["off", "sick", "--date", "2026-11-24", "--data-dir", str(root)]) == 0
    found = modes(root)
    assert len(found) == 10  # root, lock, daily/, daily/2026/, record, weekly/…, goals, days-off/…
    for name, mode in found.items():
        folder = (root.parent / name).is_dir()
        assert mode == (0o700 if folder else 0o600), f"{name} is {mode:o}"
    assert stat.S_IMODE(root.parent.stat().st_mode) == 0o700  # a missing parent, made too
    assert capsys.readouterr().err == ""


def test_a_loose_data_folder_is_tightened_with_a_note(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.chmod(0o755)
    data_dir.chmod(0o755)
    assert main(["off", "leave"]) == 0
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    err = capsys.readouterr().err
    assert err == (
        f"wellcheck: your data folder {data_dir} could be opened by other people on this "
        "computer; it is now private to you (0700).\n"
    )
    assert main(["off", "leave"]) == 0  # said once: it is private now
    assert capsys.readouterr().err == ""


async def test_the_app_shows_the_note(ctx: Context) -> None:
    app = WellcheckApp(ctx, notes=["your data folder … is now private to you (0700)."])
    shown: list[str] = []
    app.notify = lambda message, **kw: shown.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)):
        pass
    assert shown == ["your data folder … is now private to you (0700)."]

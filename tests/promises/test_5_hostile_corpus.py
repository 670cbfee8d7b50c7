"""Promise 5, on a generated corpus (`hostile.py`): for every kind of file in `layout.KINDS`,
whatever is at its path, doctor names it in one line and exits 1, the summary (text and JSON)
still prints and names it on stderr, the plain mode that reads it gives one line and exit 1 or
opens without it, the home screen opens naming it, and what is at the path is unchanged.

A file the generator broke so little that wellcheck still reads it must then read everywhere:
doctor passes it and nothing names it (doctor never says "all can be read" of a file the app
cannot use, nor the other way round).

Doctor's own note (`layout.CHECKED`) is wellcheck's, not the user's: whatever is at its path,
nothing names it, doctor exits 0 and leaves a note it can use there (unless a folder stands in
the way), and the app never touches it.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from wellcheck.cli import main
from wellcheck.core import file_kind, layout
from wellcheck.core.errors import DataError, shown_path
from wellcheck.core.store import JsonStore
from wellcheck.session.context import build_context
from wellcheck.tui.app import WellcheckApp

from .hostile import COMMAND, KIND_NAMES, PATHS, Hostile, good_files, hostile

DAY = "2026-11-23"
SUMMARY_READS = {
    "goals",
    "days off",
    "a stand-up",
    "a reflection",
    "a checklist",
    "the Wellness Action Plan",
}
"""The kinds the week's summary reads (not the support contacts, nor the open-help index)."""
CORPUS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
UI_CORPUS = settings(CORPUS, max_examples=6)


@pytest.fixture(scope="module")
def goods(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return good_files(tmp_path_factory.mktemp("good"))


def test_the_corpus_covers_every_kind_of_file(tmp_path: Path) -> None:
    """A new kind of file in `layout.KINDS` fails here until the corpus has a path for it."""
    assert sorted(PATHS) == sorted(KIND_NAMES)
    for name, where in PATHS.items():
        assert layout.kind_of(tmp_path, where(tmp_path)).name == name


class Denied:
    """Opening one path fails with EACCES, as for a file of another user (tests run as root)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path: Path | None = None
        real = os.open

        def guarded(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if self.path is not None and Path(os.fsdecode(path)) == self.path:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", guarded)


@pytest.fixture
def denied(monkeypatch: pytest.MonkeyPatch) -> Denied:
    return Denied(monkeypatch)


@pytest.fixture
def fresh_root(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "hostile"

    def make() -> Path:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(mode=0o700)
        return root

    yield make  # type: ignore[misc]


def put(root: Path, name: str, case: Hostile, denied: Denied) -> Path:
    path = PATHS[name](root)
    case.place(path)
    denied.path = path if case.obstacle == "no-permission" else None
    return path


def readable(root: Path, path: Path) -> bool:
    """The oracle: whether wellcheck's store reads it (anything but a DataError is a bug)."""
    place = file_kind.Place(path, layout.kind_of(root, path))
    try:
        JsonStore(root).read(place)
    except DataError:
        return False
    return True


def run(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    import sys

    sys.stdin = io.StringIO(stdin)
    try:
        code = main(args)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return code, out, err


def naming(lines: list[str], path: Path, prefix: str = "") -> list[str]:
    return [line for line in lines if line.startswith(f"{prefix}{shown_path(path)}: ")]


@pytest.mark.parametrize("name", KIND_NAMES)
def test_every_command_names_it_in_one_line_and_changes_nothing(
    name: str,
    goods: dict[str, bytes],
    fresh_root: Any,
    denied: Denied,
    capsys: pytest.CaptureFixture[str],
) -> None:
    @CORPUS
    @given(case=hostile(goods[name]))
    def check(case: Hostile) -> None:
        root = fresh_root()
        path = put(root, name, case, denied)
        before = case.state(path)
        broken = not readable(root, path)
        where = ["--data-dir", str(root), "--date", DAY]

        code, out, _ = run(["doctor", *where], capsys)  # (a)
        lines = out.splitlines()
        if name == layout.CHECKED.name:
            assert code == 0 and lines == [f"All 0 data files in {root} can be read."], out
            replaced = case.obstacle != "folder"
            assert usable_note(root, path) == replaced
            before = case.state(path) if not replaced else path.read_bytes()
        else:
            assert code == (1 if broken else 0), out
            assert len(naming(lines, path)) == (1 if broken else 0), out
        if broken and name != layout.CHECKED.name:
            assert len(lines) == 2 and lines[-1].startswith("1 to look at")

        for fmt in ("text", "json"):  # (c)
            code, out, err = run(["summary", "--format", fmt, *where], capsys)
            if fmt == "json":
                json.loads(out)
            named = naming(err.splitlines(), path, "wellcheck: ")
            assert len(named) == (1 if broken and name in SUMMARY_READS else 0), err
            assert code == len(named) and out.strip()  # printed; exit 1 if a file was left out
            assert len(err.splitlines()) == len(named), err

        code, out, err = run([COMMAND[name], "--plain", *where], capsys)  # (d)
        if code == 1:
            assert broken and err.count("\n") == 1 and naming([err], path, "wellcheck: "), err
        else:
            assert code == 0, (code, err)

        if name == layout.CHECKED.name:  # as doctor left it
            assert (case.state(path) if case.obstacle == "folder" else path.read_bytes()) == before
        elif broken or name != layout.HELP_REQUESTS.name:
            assert case.state(path) == before  # (e)
        else:  # a readable index that disagrees with the days' files is rebuilt from them
            assert readable(root, path)

    check()


def usable_note(root: Path, path: Path) -> bool:
    """Whether doctor's note is at `path`, one it can read (bytes read past `Denied`)."""
    if not path.is_file():
        return False
    try:
        file_kind.parse(layout.checked(root), path.read_bytes())
    except DataError:
        return False
    return True


@pytest.mark.parametrize("name", KIND_NAMES)
def test_home_opens_names_it_and_the_instrument_opens_or_says_why(
    name: str, goods: dict[str, bytes], fresh_root: Any, denied: Denied
) -> None:
    import asyncio

    from textual.widgets import Static

    keys = {"daily": "d", "standup": "u", "stressors": "p", "plan": "l", "weekly": "w"}

    @UI_CORPUS
    @given(case=hostile(goods[name]))
    def check(case: Hostile) -> None:
        root = fresh_root()
        path = put(root, name, case, denied)
        before = case.state(path)
        broken = not readable(root, path)
        ctx = build_context(root, DAY)
        app = WellcheckApp(ctx)
        shown: list[str] = []
        app.notify = lambda message, **kw: shown.append(message)  # type: ignore[method-assign]

        async def drive() -> str:
            async with app.run_test(size=(80, 24)) as pilot:  # (b)
                problems = str(app.home.query_one("#problems", Static).render())
                await pilot.press(keys[COMMAND[name]])
                await pilot.pause()
                opened = app.screen is not app.home
                await pilot.press("ctrl+q")
            return problems if not opened else problems + "\n(opened)"

        problems = asyncio.run(drive())
        if name == layout.CHECKED.name:  # never the user's to look at
            assert str(path) not in problems.replace("\n", "") + "".join(shown)
        elif broken:
            assert str(path) in problems.replace("\n", "") or str(path) in "".join(shown)
        if broken or name != layout.HELP_REQUESTS.name:
            assert case.state(path) == before  # (e)
        else:  # a readable index that disagrees with the days' files is rebuilt from them
            assert readable(root, path)

    check()

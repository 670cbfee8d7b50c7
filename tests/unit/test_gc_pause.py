"""The garbage collector is paused only while wellcheck starts (why: src/wellcheck/gc_pause.py
and the README's Performance section), and always given back: running again once the first
screen or question is up, and as it was when `main` returns. The app's first screen is tested
in ui/test_gc_pause.py."""

from __future__ import annotations

import gc
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcheck import gc_pause
from wellcheck.cli import main


@pytest.fixture(autouse=True)
def collector_back_as_it_was() -> Iterator[None]:
    yield
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.enable()
    gc.unfreeze()


def test_paused_then_settled_then_given_back() -> None:
    with gc_pause.paused():
        assert not gc.isenabled()
        gc_pause.settle()
        assert gc.isenabled() and gc.get_freeze_count() > 0  # start-up's objects skipped
        gc_pause.settle()  # once is enough
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_settle_outside_a_pause_changes_nothing() -> None:
    gc_pause.settle()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with gc_pause.paused():
            gc_pause.settle()
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("argv", [["paths"], ["summary"], ["doctor"], ["no-such-command"]])
def test_every_command_gives_the_collector_back(
    argv: list[str], capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    main(argv)
    assert gc.isenabled() and gc.get_freeze_count() == 0


class WatchedInput(io.StringIO):
    """Piped answers that note whether the collector runs while they are read."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.collecting: list[bool] = []

    def readline(self, size: int | None = -1) -> str:
        self.collecting.append(gc.isenabled())
        return super().readline(size)


def test_plain_mode_runs_with_the_collector_while_questions_are_answered(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    answers = WatchedInput("y\ny\n")
    monkeypatch.setattr(sys, "stdin", answers)
    assert main(["daily", "--plain", "--date", "2026-11-23"]) == 0
    assert answers.collecting and all(answers.collecting)

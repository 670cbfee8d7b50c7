"""The garbage collector is paused only while wellcheck starts (issue 7), and always given back:
running again once the first screen or question is up, and as it was when `main` returns."""

from __future__ import annotations

import gc
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcheck import gc_pause
from wellcheck.cli import main
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp


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


async def test_the_app_lets_the_collector_run_soon_after_its_first_paint(ctx: Context) -> None:
    with gc_pause.paused():
        async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
            for _ in range(50):  # a moment after the first paint (0.2 s), however busy the machine
                await pilot.pause(0.1)
                if gc.isenabled():
                    break
            assert gc.isenabled() and gc.get_freeze_count() > 0
            await pilot.press("d", "y")  # and the app goes on as usual
    assert gc.isenabled() and gc.get_freeze_count() == 0

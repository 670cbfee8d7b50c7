"""Promise 4: two wellcheck processes on the same day's file lose nothing (merge per item)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from wellcheck.core.answers import Answer
from wellcheck.core.store import LOCK_NAME, JsonStore
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp

from .driver import PERIOD
from .helpers import start_driver

SAVES = 200


def test_interleaved_saves_from_two_processes_keep_every_answer(tmp_path: Path) -> None:
    root = tmp_path / "data"
    drivers = [start_driver(), start_driver()]
    for driver, prefix in zip(drivers, "ab", strict=True):
        assert driver.stdin
        driver.stdin.write(f"race {root} {prefix} {SAVES}\n")
        driver.stdin.flush()
    interleavings = 0
    for driver in drivers:
        assert driver.stdout
        done, count = driver.stdout.readline().split()
        interleavings += int(count)
        driver.kill()
        driver.wait()
    assert interleavings > 0, "the two processes' saves did not interleave"
    answers = JsonStore(root).load_record("daily", "daily", PERIOD).answers
    assert sorted(answers) == sorted(f"{p}{n}" for p in "ab" for n in range(SAVES))
    assert (root / LOCK_NAME).exists()  # the lock is its own permanent file, never a data file


async def test_a_second_window_answers_to_other_items_survive_the_first_windows_saves(
    ctx: Context,
) -> None:
    store = ctx.store
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")  # lunch_break, in this window
        # Meanwhile another window (another process, or a synced laptop) answers other items.
        other = JsonStore(store.root)
        other.save_answer("daily", "daily", PERIOD, "checked_in", Answer("Checked in?", "no"))
        other.save_answer("daily", "daily", PERIOD, "rest_recharge", Answer("Rest?", "yes"))
        await pilot.press("a")  # handed_over: "nothing to hand over", in this window
        app.screen.query_one("#item-difficult TextArea", TextArea).focus()
        await pilot.press(*"a hard call")
        await pilot.pause()
    answers = store.load_record("daily", "daily", PERIOD).answers
    values = {k: a.value for k, a in answers.items()}
    assert values["lunch_break"] == "yes" and values["handed_over"] == "na"
    assert values["checked_in"] == "no" and values["rest_recharge"] == "yes"
    assert answers["difficult"].fields["difficult"] == "a hard call"


async def test_the_same_item_answered_in_two_windows_keeps_the_last_answer(ctx: Context) -> None:
    """Last writer wins, per item (the README says so)."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y")
        other = JsonStore(ctx.store.root)
        other.save_answer("daily", "daily", PERIOD, "lunch_break", Answer("Lunch?", "no"))
        assert ctx.store.load_record("daily", "daily", PERIOD).answers["lunch_break"].value == "no"
        await pilot.press("shift+tab", "y")
        await pilot.pause()
    assert ctx.store.load_record("daily", "daily", PERIOD).answers["lunch_break"].value == "yes"

"""The app on an encrypted store: the passphrase asked on its own masked screen before anything
of the user's is read, and the lock it puts over everything when left alone."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from home_view import screen_text, section
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from wellcheck.core import crypto_kdf, encryption, encryption_convert
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore
from wellcheck.session.context import Context, build_context
from wellcheck.session.encryption import LOCKED_LINE
from wellcheck.session.outcome import Outcome
from wellcheck.session.session import Session
from wellcheck.tui import locking
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.goals import GoalDialog
from wellcheck.tui.screens.home import HomeScreen
from wellcheck.tui.screens.unlock import OPENING, UnlockScreen

PASSPHRASE = "dwmups og xer"
"""Every letter of it is one of home's keys (and of the checklists'): none may act."""
WRONG = "dusk moon pog"
DAY = "2026-11-23"
GOAL = "Walk round the park at lunch"
NOTE = "the Tuesday visit ran long"
REFLECTION = "half a thought"
LOCK_AFTER = 10 * 60
RECOVERY: list[str] = []
"""The recovery key of the last store made encrypted here."""


class FakeClock:
    """Monotonic seconds that only move when a test says so (so Escapes are always quick)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def sealed(ctx: Context) -> Context:
    """`ctx` with their answers in it, encrypted (a cheap but valid KDF) and locked, as the
    app finds a store started without --passphrase-fd."""
    ctx.store.save_answer("daily", "daily", DAY, "lunch_break", Answer("Lunch?", "yes", note=NOTE))
    ctx.store.add_goal(GOAL, date(2026, 11, 23))
    params = crypto_kdf.KdfParams(os.urandom(16), iterations=2)
    encryption_convert.turn_on(
        ctx.store, PASSPHRASE, RECOVERY.append, lambda d, t: None, params=params
    )
    ctx.store.key = None
    assert ctx.store.is_locked()
    return ctx


@pytest.fixture
def locked(ctx: Context) -> Context:
    return sealed(ctx)


def reopened(root: Path) -> JsonStore:
    """Another store on the same folder, opened with the passphrase: what is on the disk."""
    return JsonStore(root, encryption.unlock(root, PASSPHRASE))


CHECKS = [0]
"""How many times an app has looked at its idle time, in all."""


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The idle time is looked at often, so tests wait milliseconds, not seconds; and counted,
    so a test knows it has been looked at since the clock moved."""
    monkeypatch.setattr(locking, "CHECK_EVERY", 0.02)
    CHECKS[0] = 0
    due = locking.IdleLock.due

    def counted(idle: locking.IdleLock) -> bool:
        CHECKS[0] += 1
        return due(idle)

    monkeypatch.setattr(locking.IdleLock, "due", counted)


def typed(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


async def opening(pilot: Pilot[Any]) -> None:
    """Wait for the unlocking thread, and for what its outcome opens."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    for _ in range(3):
        await pilot.pause()


async def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Every key queued at once, as a terminal delivers keys that come together."""
    for key in keys:
        character = {"enter": "\r", "space": " ", "backspace": "\x7f"}.get(key, key)
        pilot.app.post_message(events.Key(key, character))
    await pilot.pause()


async def give(pilot: Pilot[Any], secret: str) -> None:
    """Type the passphrase and Enter (in one burst: quicker than a press per key)."""
    await burst(pilot, *typed(secret), "enter")
    await opening(pilot)


def status(app: WellcheckApp) -> str:
    return str(app.screen.query_one("#status", Static).render())


def secret_field(app: WellcheckApp) -> Input:
    return app.screen.query_one("#secret", Input)


def shows_nothing_of_theirs(app: WellcheckApp) -> bool:
    text = screen_text(app)
    return not any(words in text for words in (GOAL, NOTE, REFLECTION, "walk at", "Daily"))


# -- the passphrase at start ----------------------------------------------------------------


async def test_a_wrong_passphrase_says_so_clears_the_field_and_asks_again(
    locked: Context,
) -> None:
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen) and secret_field(app).password
        assert app.home.overview is None  # nothing of theirs read while locked
        await give(pilot, WRONG)
        assert isinstance(app.screen, UnlockScreen)
        assert status(app) == "That passphrase (or recovery key) does not open this store."
        assert secret_field(app).value == "" and app.screen.focused is secret_field(app)
        assert app.session.locked and app.home.overview is None
        assert shows_nothing_of_theirs(app)
        await give(pilot, WRONG)  # no lock-out: as often as needed
        await give(pilot, PASSPHRASE)
        assert isinstance(app.screen, HomeScreen)


async def test_the_passphrase_opens_home_with_their_answers(locked: Context) -> None:
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert GOAL not in screen_text(app)
        await give(pilot, PASSPHRASE)
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1
        assert not app.session.locked
        assert any(GOAL in line for line in section(app, "Goals"))
        assert GOAL in screen_text(app)


async def test_while_it_opens_the_field_is_empty_and_takes_no_keys(
    locked: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    unlock = Session.unlock

    def slow_unlock(session: Session, secret: str) -> Outcome[None]:
        gate.wait(10)  # as long as the test needs: Argon2id takes about half a second
        return unlock(session, secret)

    monkeypatch.setattr(Session, "unlock", slow_unlock)
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*typed(PASSPHRASE), "enter")
        assert status(app) == OPENING
        assert secret_field(app).value == "" and secret_field(app).disabled
        await pilot.press("d", "w", "enter", "u")
        assert secret_field(app).value == "" and isinstance(app.screen, UnlockScreen)
        assert [w.description for w in app.workers if w.name == "unlock"] == ["unlocking"]
        gate.set()
        await opening(pilot)
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1


async def test_started_with_daily_the_checklist_opens_once_unlocked(locked: Context) -> None:
    app = WellcheckApp(locked, start="daily", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        await give(pilot, PASSPHRASE)
        assert isinstance(app.screen, ChecklistScreen)
        assert isinstance(app.screen_stack[0], HomeScreen) and app.home.overview is not None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_an_instrument_that_cannot_be_read_ends_with_one_line(locked: Context) -> None:
    day_file = locked.store.record_path("daily", "daily", DAY)
    day_file.write_bytes(day_file.read_bytes()[:-4] + b"oops")  # damaged: it does not open
    app = WellcheckApp(locked, start="daily", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await give(pilot, PASSPHRASE)
    assert app.return_code == 1
    assert app.parting_line.startswith("wellcheck: ") and "2026-11-23.json" in app.parting_line
    assert "\n" not in app.parting_line and NOTE not in app.parting_line


async def test_passphrase_letters_never_act_as_home_keys(locked: Context) -> None:
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # all at once, as a quick typist or a paste over SSH delivers them, then more keys
        # while it opens: none opens a checklist, a dialog, or reaches a field of home's
        await burst(pilot, *typed(WRONG), "enter", *"dwmupsog")
        await opening(pilot)
        assert isinstance(app.screen, UnlockScreen) and secret_field(app).value == ""
        await burst(pilot, *typed(PASSPHRASE), "enter", *"dwmupsog")
        await opening(pilot)
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1
    assert not (locked.store.root / "weekly").exists()
    assert not (locked.store.root / "standup").exists()
    assert reopened(locked.store.root).goals_file().draft is None


async def test_a_typo_mended_with_backspace_in_a_burst_still_opens(locked: Context) -> None:
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await burst(pilot, *typed(PASSPHRASE[:-1]), "x", "backspace", PASSPHRASE[-1], "enter")
        await opening(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_the_recovery_key_pasted_opens_too(locked: Context) -> None:
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(events.Paste(RECOVERY[-1] + "\n"))
        await burst(pilot, "enter")
        await opening(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_the_passphrase_is_never_copied_out(locked: Context) -> None:
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await burst(pilot, *typed(WRONG))
        await pilot.press("ctrl+shift+a", "ctrl+c", "ctrl+x")
        assert app.clipboard == "" and secret_field(app).value == WRONG
        assert WRONG not in repr(secret_field(app)) and WRONG not in screen_text(app)


async def test_escape_on_the_passphrase_screen_leaves(locked: Context) -> None:
    app = WellcheckApp(locked, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0 and app.parting_line == ""


# -- the lock when left alone ---------------------------------------------------------------


async def unlocked_on_a_goal(pilot: Pilot[Any]) -> None:
    """Unlock, then leave the daily checklist with a no, and write a goal not yet confirmed."""
    await give(pilot, PASSPHRASE)
    await pilot.press("d", "n", "escape", "g")
    await burst(pilot, *typed("walk at lunch"))
    assert isinstance(pilot.app.screen, GoalDialog)


async def left_alone(pilot: Pilot[Any], clock: FakeClock, seconds: float = LOCK_AFTER) -> None:
    """No key for `seconds`; then wait until the app has looked at its idle time twice."""
    clock.now += seconds
    seen = CHECKS[0]
    for _ in range(250):
        if CHECKS[0] >= seen + 2:
            break
        await pilot.pause(0.02)
    await pilot.pause()


def goal_typed(app: WellcheckApp) -> str:
    dialog = next(s for s in app.screen_stack if isinstance(s, GoalDialog))
    return dialog.query_one("#goal", Input).value


async def test_left_alone_it_locks_and_shows_nothing_of_theirs(locked: Context) -> None:
    clock = FakeClock()
    app = WellcheckApp(locked, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlocked_on_a_goal(pilot)
        await left_alone(pilot, clock, LOCK_AFTER - 1)
        assert isinstance(app.screen, GoalDialog)  # a second early: not yet
        await left_alone(pilot, clock, 1)
        assert isinstance(app.screen, UnlockScreen)
        assert str(app.screen.query_one(".dialog-title", Static).render()) == LOCKED_LINE
        assert shows_nothing_of_theirs(app)
        assert not app._notifications  # "Goal saved" and the like are put away too
        assert len(app.screen_stack) == 3  # home, the goal dialog, and the lock over them
        await pilot.press(*typed("e"))  # a key while locked reaches no screen below
        assert goal_typed(app) == "walk at lunch"


async def test_unlocking_returns_to_where_they_were_with_their_typing(locked: Context) -> None:
    clock = FakeClock()
    app = WellcheckApp(locked, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlocked_on_a_goal(pilot)
        await left_alone(pilot, clock)
        await give(pilot, WRONG)
        assert isinstance(app.screen, UnlockScreen)
        await give(pilot, PASSPHRASE)
        assert isinstance(app.screen, GoalDialog)
        assert app.screen.focused is app.screen.query_one("#goal", Input)
        await pilot.press(*typed(" twice"))
        assert goal_typed(app) == "walk at lunch twice"
        await left_alone(pilot, clock)  # and it locks again when left again
        assert isinstance(app.screen, UnlockScreen)


QUITS = {"ctrl+q": ["ctrl+q"], "escape-x3": ["escape"] * 3, "escape": ["escape"]}


@pytest.mark.parametrize("keys", QUITS.values(), ids=QUITS.keys())
async def test_quick_exit_from_the_lock_saves_what_the_screens_below_hold(
    locked: Context, keys: list[str]
) -> None:
    clock = FakeClock()
    app = WellcheckApp(locked, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlocked_on_a_goal(pilot)
        await left_alone(pilot, clock)
        assert isinstance(app.screen, UnlockScreen)
        assert reopened(locked.store.root).goals_file().draft is None  # only on screen
        await pilot.press(*keys)
    assert app.return_code == 0 and app.parting_line == ""
    draft = reopened(locked.store.root).goals_file().draft
    assert draft is not None and draft.text == "walk at lunch"
    assert (locked.store.root / "goals.json").read_bytes().startswith(b"WCENC")


async def test_a_reflection_typed_under_the_lock_is_kept_on_a_quick_exit(
    locked: Context,
) -> None:
    clock = FakeClock()
    app = WellcheckApp(locked, start="daily", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await give(pilot, PASSPHRASE)
        app.screen.query_one("#item-difficult TextArea", TextArea).focus()
        await pilot.press(*typed(REFLECTION))
        await left_alone(pilot, clock)
        assert isinstance(app.screen, UnlockScreen) and shows_nothing_of_theirs(app)
        await pilot.press("ctrl+q")
    record = reopened(locked.store.root).load_record("daily", "daily", DAY)
    assert record.answers["difficult"].fields["difficult"] == REFLECTION
    assert record.answers["lunch_break"].note == NOTE


async def test_typing_keeps_it_open(locked: Context) -> None:
    clock = FakeClock()
    app = WellcheckApp(locked, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlocked_on_a_goal(pilot)
        for _ in range(3):
            await left_alone(pilot, clock, LOCK_AFTER - 60)
            await pilot.press("space")
        await left_alone(pilot, clock, LOCK_AFTER - 60)
        app.post_message(events.Paste("x"))  # a paste is a key press too
        await pilot.pause()
        await left_alone(pilot, clock, 60)
        assert isinstance(app.screen, GoalDialog)


async def test_lock_after_zero_never_locks(ctx: Context, config_dir: Path) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "config.toml").write_text("lock_after_minutes = 0\n")
    never = sealed(build_context(ctx.store.root, DAY))
    assert never.settings.lock_after_minutes == 0
    clock = FakeClock()
    app = WellcheckApp(never, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlocked_on_a_goal(pilot)
        clock.now += 240 * 60 * 10
        await pilot.pause(0.2)
        assert isinstance(app.screen, GoalDialog) and not app.idle.active
    assert CHECKS[0] == 0  # never looked at


async def test_a_readable_store_never_shows_either_screen(ctx: Context) -> None:
    clock = FakeClock()
    app = WellcheckApp(ctx, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and not app.idle.active
        clock.now += 10 * LOCK_AFTER
        await pilot.pause(0.2)
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1
        await pilot.press("d")
        clock.now += 10 * LOCK_AFTER
        await pilot.pause(0.2)
        assert isinstance(app.screen, ChecklistScreen)
    assert CHECKS[0] == 0  # nothing to lock: never looked at


async def test_started_unlocked_an_encrypted_store_still_locks(locked: Context) -> None:
    """--passphrase-fd: unlocked before the app starts, and locked all the same when idle."""
    locked.store.key = encryption.unlock(locked.store.root, PASSPHRASE)
    clock = FakeClock()
    app = WellcheckApp(locked, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await left_alone(pilot, clock)
        assert isinstance(app.screen, UnlockScreen) and shows_nothing_of_theirs(app)
        await give(pilot, PASSPHRASE)
        assert isinstance(app.screen, HomeScreen)


# -- how they look -------------------------------------------------------------------------


async def no_blink(pilot: Pilot[Any]) -> None:
    for field in pilot.app.screen.query(Input).results(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_the_passphrase_screen(locked: Context, snap_compare: Any) -> None:
    async def wrong_once(pilot: Pilot[Any]) -> None:
        await give(pilot, WRONG)
        await pilot.press(*typed("dusk"))
        await no_blink(pilot)

    app = WellcheckApp(locked, clock=FakeClock())
    assert snap_compare(app, terminal_size=(80, 24), run_before=wrong_once)


def test_the_lock_screen(locked: Context, snap_compare: Any) -> None:
    clock = FakeClock()

    async def locked_over_the_daily(pilot: Pilot[Any]) -> None:
        await give(pilot, PASSPHRASE)
        pilot.app.screen.query_one("#item-difficult TextArea", TextArea).focus()
        await pilot.press(*typed(REFLECTION))
        await left_alone(pilot, clock)
        await no_blink(pilot)

    app = WellcheckApp(locked, start="daily", clock=clock)
    assert snap_compare(app, terminal_size=(80, 24), run_before=locked_over_the_daily)


async def test_started_with_history_it_opens_once_unlocked(locked: Context) -> None:
    from wellcheck.tui.screens.history import HistoryScreen

    app = WellcheckApp(locked, start="history", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        await give(pilot, PASSPHRASE)
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1

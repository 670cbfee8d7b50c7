"""When an encrypted store's app locks itself: idle time on two clocks, either one locks."""

from __future__ import annotations

from wellcheck.tui.locking import IdleLock


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_it_locks_after_the_minutes_without_a_key_and_not_before() -> None:
    monotonic, wall = Clock(100.0), Clock(1_800_000_000.0)
    idle = IdleLock((monotonic, wall), 10)
    monotonic.now += 599
    wall.now += 599
    assert not idle.due()
    idle.pressed()
    monotonic.now += 599
    wall.now += 599
    assert not idle.due()
    monotonic.now += 1
    wall.now += 1
    assert idle.due()
    idle.locked = True
    assert not idle.due()  # the lock is up: not locked again over it
    idle.unlocked()
    assert not idle.due()


def test_a_computer_that_slept_is_found_locked() -> None:
    """A monotonic clock may stand still while the computer sleeps: the wall clock moves on."""
    monotonic, wall = Clock(100.0), Clock(1_800_000_000.0)
    idle = IdleLock((monotonic, wall), 10)
    wall.now += 60 * 60
    assert idle.due()


def test_a_wall_clock_set_back_does_not_keep_it_open() -> None:
    monotonic, wall = Clock(100.0), Clock(1_800_000_000.0)
    idle = IdleLock((monotonic, wall), 10)
    wall.now -= 60 * 60
    monotonic.now += 600
    assert idle.due()


def test_zero_minutes_never_locks_and_reads_no_clock() -> None:
    readings: list[float] = []

    def clock() -> float:
        readings.append(0.0)
        return 0.0

    idle = IdleLock((clock,), 0)
    idle.pressed()
    assert not idle.active and not idle.due() and readings == []

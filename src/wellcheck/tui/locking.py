"""When the app of an encrypted store locks itself: after `lock_after_minutes` without a key.

The app checks every `CHECK_EVERY` seconds (a Textual interval) and, when it is time, puts the
lock screen (`screens/unlock.py`) over whatever is open: the screens below keep what they hold,
their keys reach none of them until the passphrase is given again, and the data key stays in
memory meanwhile, so a quick exit from the lock screen still saves what they hold.

Idle time is read on two clocks, and either one locks: the app's monotonic clock (tests give
their own), and the wall clock, because a monotonic clock may stand still while the computer
sleeps, and a lid closed at home and opened on a train must find the app locked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from wellcheck.session.session import Session

Clock = Callable[[], float]

CHECK_EVERY = 1.0
"""Seconds between two looks at the idle time: the lock comes at most this late."""


class IdleLock:
    def __init__(self, clocks: Sequence[Clock], minutes: int) -> None:
        self.clocks = list(clocks)
        self.after = minutes * 60.0
        """Seconds without a key press before locking; 0 never locks."""
        self.locked = False
        """The lock screen is up (or the app started locked): not locked again over it."""
        self.last = [clock() for clock in self.clocks] if self.after else []

    @property
    def active(self) -> bool:
        return self.after > 0

    def pressed(self) -> None:
        """A key (or a paste): the idle time starts again."""
        if self.after:
            self.last = [clock() for clock in self.clocks]

    def due(self) -> bool:
        """Whether it is time to lock: idle long enough on either clock, and not locked yet."""
        if not self.after or self.locked:
            return False
        return any(
            clock() - last >= self.after for clock, last in zip(self.clocks, self.last, strict=True)
        )

    def unlocked(self) -> None:
        self.locked = False
        self.pressed()


def unlock_screen(session: Session, at_start: bool) -> Screen[None]:
    """The passphrase screen: at start, or as the lock. Imported only for an encrypted store."""
    from wellcheck.session.encryption import ENCRYPTED_LINE, LOCKED_LINE
    from wellcheck.tui.screens.unlock import UnlockScreen

    return UnlockScreen(session.unlock, ENCRYPTED_LINE if at_start else LOCKED_LINE)

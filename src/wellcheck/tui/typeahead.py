"""Keys typed while a screen is opening: held, then given in order to what it has focused.

A key that opens a screen (d on home, g on an offer, a on "what else?") is acted on before the
new screen exists: it is composed, mounted and focuses its first field a moment later. Keys that
arrive meanwhile (a quick typist, a pasted line, keys that come in one packet over SSH) would
otherwise reach the screen being left, where a letter may be one of its keys, or be dropped.
So from the key that opens (or closes) a screen until that screen has painted, keys are held,
and then given, in the order typed, to what the user sees focused; a paste with them, in its
place among them (one that came with the key that opened the stand-up was lost). Keys that
arrive while the held ones are being given join the end of the line; a held key that opens
another screen pauses the line until that one has painted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual import events

HOLD_AT_MOST = 1.0
"""Seconds after which held keys are given anyway (a screen that did not open after all)."""


class TypeAhead:
    def __init__(self) -> None:
        self.held: list[events.Key | events.Paste] | None = None
        self.hold_id = 0
        """Counts holds: only the release of the newest one gives the keys."""
        self.paused = False
        self.giving = False

    def hold(self) -> int:
        """Hold keys from now (or pause the ones being given); the id to release them by."""
        self.hold_id += 1
        self.paused = True
        if self.held is None:
            self.held = []
        return self.hold_id

    def keep(self, event: events.Key | events.Paste) -> bool:
        """Hold `event` if keys are being held or given; True when it was."""
        if self.held is None:
            return False
        self.held.append(event)
        return True

    def release_if_none_held(self, hold: int) -> bool:
        """End the hold `hold` at once if no key came meanwhile; True when it was ended (or
        there is nothing to end), False when held keys are still to be given."""
        if self.held is None:
            return True
        if self.held or self.giving:
            return False
        if hold == self.hold_id:
            self.paused = False
            self.held = None
        return True

    async def release(
        self, hold: int, give: Callable[[events.Key | events.Paste], Awaitable[None]]
    ) -> None:
        """Give the held keys in order, unless a newer hold came since `hold`."""
        if self.held is None or hold != self.hold_id or self.giving:
            return
        self.paused, self.giving = False, True
        try:
            while self.held and not self.paused:
                await give(self.held.pop(0))
        finally:
            self.giving = False
            if not self.paused:
                self.held = None

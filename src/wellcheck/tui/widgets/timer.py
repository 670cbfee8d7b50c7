"""A gentle timer: it starts at the first keystroke, says in words when the time is reached, and
never stops anyone writing. The clock is injected, so tests decide what time it is."""

from __future__ import annotations

from collections.abc import Callable

from textual.reactive import reactive
from textual.widgets import Static

Clock = Callable[[], float]
"""Returns monotonic seconds, like time.monotonic."""


def timer_text(limit: int, elapsed: float | None) -> str:
    """What the timer says: waiting, counting, or that the time is reached (in words)."""
    if elapsed is None:
        return f"⏱ {limit} seconds · starts when you begin typing"
    if elapsed < limit:
        return f"⏱ {_clock_face(elapsed)} of {_clock_face(limit)}"
    return f"⏱ {limit} seconds reached ({_clock_face(elapsed)}) · carry on, nothing is cut off"


def _clock_face(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class GentleTimer(Static):
    """Shows `timer_text`; gains the class `-over` once `limit` seconds have passed."""

    elapsed: reactive[float | None] = reactive(None)

    def __init__(self, limit: int, clock: Clock, *, id: str | None = None) -> None:
        super().__init__(timer_text(limit, None), id=id)
        self.limit = limit
        self.clock = clock
        self.started_at: float | None = None

    @property
    def over(self) -> bool:
        return self.elapsed is not None and self.elapsed >= self.limit

    def on_mount(self) -> None:
        self.set_interval(1.0, self.tick)

    def start(self) -> None:
        """Start counting, once; later calls only bring the display up to date."""
        if self.started_at is None:
            self.started_at = self.clock()
        self.tick()

    def tick(self) -> None:
        if self.started_at is not None:
            self.elapsed = self.clock() - self.started_at

    def watch_elapsed(self, elapsed: float | None) -> None:
        self.update(timer_text(self.limit, elapsed))
        self.set_class(elapsed is not None, "-running")
        self.set_class(self.over, "-over")

"""The small things screens need from what is around them, as protocols: never the app class."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol, runtime_checkable

from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

from wellcheck.core.goals import Goal, GoalDraft
from wellcheck.session.outcome import Outcome
from wellcheck.tui import notices


@runtime_checkable
class ReportsSaves(Protocol):
    """The app: says a failed save once, and says when saving works again."""

    def report_save(self, outcome: Outcome[Any], still: str = "") -> None: ...


def report(node: DOMNode, outcome: Outcome[Any], still: str = "") -> None:
    """Report a save at once, not by message: a quick exit right after it still hears of it."""
    app = node.app
    if isinstance(app, ReportsSaves):
        app.report_save(outcome, still)


Saves = Callable[[], Sequence[Outcome[Any]]]
"""A call that saves what a screen holds unsaved, and tells how each save went."""


@runtime_checkable
class HoldsUnsaved(Protocol):
    """A screen with words typed but not yet saved (or whose last save failed)."""

    def take_unsaved(self) -> Saves | None:
        """What is unsaved, captured now, as a call that saves it (a quick exit calls it)."""


@runtime_checkable
class HoldsNotYetAnswers(Protocol):
    """A screen where words can be typed that are not an answer yet (a date that is not one)."""

    def not_yet_saved(self) -> str:
        """Why some words on screen are not saved as they are, or "" when there are none."""


WARNING_SECONDS = 20
"""How long the warning that Escape again leaves without the words is shown, and holds."""


class LeaveGuard:
    """Escape never leaves a screen silently while its words cannot be saved: the unsaved are
    saved once more, and if that fails too the screen stays and says so; so it does while
    some words are not an answer yet (`HoldsNotYetAnswers`). Escape again leaves, while that
    warning is still shown and for the same reason: one that comes later, or for another
    reason (a full disk after a date that was not one), is warned of again, never taken as
    the answer to an older warning."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.warned = ""
        """The reason last warned of ("" once nothing stands in the way)."""
        self.warned_at = -float(WARNING_SECONDS)
        self.notice = ""
        """The warning as said: put away once the screen is left, or the reason is gone (it
        would speak of words no longer there, and of an Escape that does something else)."""

    def may_leave(self, screen: HoldsUnsaved) -> bool:
        save = screen.take_unsaved()
        failed = [o for o in (save() if save else ()) if not o.saved]
        why = failed[0].problem if failed else ""
        if not why and isinstance(screen, HoldsNotYetAnswers):
            why = screen.not_yet_saved()
        now = self.clock()
        if not why or (why == self.warned and now - self.warned_at < WARNING_SECONDS):
            self.warned = ""
            if self.notice and isinstance(screen, Widget):
                notices.put_away(screen.app, self.notice)
            return True
        self.warned, self.warned_at = why, now
        self.notice = (
            f"{why}. What you typed is still on screen, not saved; Escape again leaves without it."
        )
        if isinstance(screen, Widget):
            screen.notify(
                self.notice,
                title="Not saved",
                severity="error" if failed else "warning",
                timeout=WARNING_SECONDS,
            )
        return False


class KeepsGoals(Protocol):
    """Where the goal dialog saves a goal, a change to one, a draft, and "not now"."""

    def add(self, text: str, target: date | None, origin: str) -> Outcome[Goal]: ...

    def edit(self, goal_id: str, text: str, target: date | None) -> Outcome[None]: ...

    def offered(self, origin: str) -> bool: ...

    def decline(self, origin: str) -> Outcome[None]: ...

    def keep_draft(self, draft: GoalDraft | None) -> Outcome[None]: ...

    def draft(self, origin: str, goal_id: str = "") -> GoalDraft | None: ...


class FinishesGoals(Protocol):
    """Marks a goal done, and opens it again: each says how it went, and whether it was saved."""

    def done(self, goal_id: str) -> bool: ...

    def reopen(self, goal_id: str) -> bool: ...


@runtime_checkable
class HasHomeDialogs(Protocol):
    """The app: what home's keys do (`home_dialogs.HomeDialogs`)."""

    @property
    def dialogs(self) -> FinishesGoals: ...


@runtime_checkable
class OpensScreens(Protocol):
    """The app: opens a screen, holding the keys typed meanwhile for what it will focus."""

    def open_screen(self, screen: Screen[Any], callback: Callable[[Any], None] | None) -> None: ...

    def hold_keys(self) -> int: ...

    def release_keys(self) -> None: ...


def hold_keys(node: DOMNode) -> None:
    """Keys typed from now until the screen about to open has focused its first field wait for
    it (a key that opens a screen by message: the keys after it must not reach this one)."""
    if isinstance(node.app, OpensScreens):
        node.app.hold_keys()


def release_keys(node: DOMNode) -> None:
    """The keys held wait no longer: nothing opened or closed after all (a date to correct)."""
    if isinstance(node.app, OpensScreens):
        node.app.release_keys()


def open_screen(
    node: DOMNode, screen: Screen[Any], callback: Callable[[Any], None] | None = None
) -> None:
    """Open `screen`; the keys typed while it opens go, in order, to what it focuses."""
    app = node.app
    if isinstance(app, OpensScreens):
        app.open_screen(screen, callback)
    else:
        app.push_screen(screen, callback)


def retry_after(
    outcome: Outcome[Any], unsaved: set[str], save: Callable[[str], Outcome[Any]]
) -> Outcome[Any]:
    """After a save that worked, save again each answer whose last save failed, so that "saving
    works again" is true of everything on screen; the first that still fails is the outcome."""
    if not outcome.saved:
        return outcome
    for key in sorted(unsaved):
        again = save(key)
        if not again.saved:
            return again
        unsaved.discard(key)
    return outcome

"""The small things screens need from what is around them, as protocols: never the app class."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol, runtime_checkable

from textual.dom import DOMNode
from textual.screen import Screen

from wellcheck.core.goals import Goal, GoalDraft
from wellcheck.session.outcome import Outcome


@runtime_checkable
class ReportsSaves(Protocol):
    """The app: says a failed save once, and says when saving works again."""

    def report_save(self, outcome: Outcome[Any], still: str = "") -> None: ...


def report(node: DOMNode, outcome: Outcome[Any], still: str = "") -> None:
    """Report a save at once, not by message: a quick exit right after it still hears of it."""
    app = node.app
    if isinstance(app, ReportsSaves):
        app.report_save(outcome, still)


@runtime_checkable
class HoldsUnsaved(Protocol):
    """A screen with words typed but not yet saved (or whose last save failed)."""

    def take_unsaved(self) -> Callable[[], object] | None:
        """What is unsaved, captured now, as a call that saves it (a quick exit calls it)."""


class KeepsGoals(Protocol):
    """Where the goal dialog saves a goal, a change to one, a draft, and "not now"."""

    def add(self, text: str, target: date | None, origin: str) -> Outcome[Goal]: ...

    def edit(self, goal_id: str, text: str, target: date | None) -> Outcome[None]: ...

    def offered(self, origin: str) -> bool: ...

    def decline(self, origin: str) -> Outcome[None]: ...

    def keep_draft(self, draft: GoalDraft | None) -> Outcome[None]: ...

    def draft(self, origin: str, goal_id: str = "") -> GoalDraft | None: ...


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

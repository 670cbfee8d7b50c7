"""The small things screens need from what is around them, as protocols: never the app class."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol, runtime_checkable

from textual.dom import DOMNode

from wellcheck.core.goals import Goal
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
    """Where the goal offer saves a goal, and remembers that it was made."""

    def add(self, text: str, target: date | None, origin: str) -> Outcome[Goal]: ...

    def offered(self, origin: str) -> bool: ...

    def decline(self, origin: str) -> Outcome[None]: ...

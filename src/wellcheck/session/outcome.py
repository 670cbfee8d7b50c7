"""What became of a user's action: saved, or not saved and why, in one line a front end shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from wellcheck.core.errors import WellcheckError
from wellcheck.core.value import FrozenValue, value_class

T = TypeVar("T")


@value_class(frozen=True)
class Outcome(FrozenValue, Generic[T]):
    """Saved (with what was saved), or not saved and why. Never holds the user's words in
    `problem` or `warning`: those name a file and what is wrong with it."""

    value: T | None = None
    problem: str = ""
    """Why nothing was saved; empty when it was."""
    warning: str = ""
    """Saved, but something beside it was not (the index of open help requests)."""

    @property
    def saved(self) -> bool:
        return not self.problem


def attempt(action: Callable[[], T]) -> Outcome[T]:
    """Run a save; a WellcheckError becomes a not-saved outcome naming the file."""
    try:
        return Outcome(action())
    except WellcheckError as exc:
        return Outcome(problem=str(exc))

"""The screen for what the session opened: a checklist (the plan's own), the stand-up or the
stressors grid. Each screen's module is imported when it is first opened, so that the first
paint waits for no other; the files read alongside that could not be are named first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.plan import OpenPlan
from wellcheck.session.standup import OpenStandup

if TYPE_CHECKING:
    from typing import TypeAlias

    from textual.screen import Screen

    from wellcheck.session.goals import GoalActions
    from wellcheck.session.stressors import OpenStressors

    Opened: TypeAlias = OpenChecklist | OpenStandup | OpenStressors
    """What `Session.open` gives: an instrument opened for today."""

Warn = Callable[[str], None]
"""Say that a file read alongside the instrument could not be read (one line)."""


def screen_for(
    opened: Opened,
    goals: GoalActions,
    clock: Callable[[], float],
    warn: Warn,
) -> Screen[None]:
    if isinstance(opened, OpenChecklist):
        for problem in opened.week_signs.problems if opened.week_signs else ():
            warn(problem)
        if isinstance(opened, OpenPlan):
            from wellcheck.tui.screens.plan import PlanScreen

            return PlanScreen(opened, goals)
        from wellcheck.tui.screens.checklist import ChecklistScreen

        return ChecklistScreen(opened, goals)
    for problem in opened.problems:  # files read for convenience: named, and on it goes
        warn(problem)
    if isinstance(opened, OpenStandup):
        from wellcheck.tui.screens.standup import StandupScreen

        return StandupScreen(opened, clock)
    from wellcheck.tui.screens.stressors import StressorsScreen

    return StressorsScreen(opened)

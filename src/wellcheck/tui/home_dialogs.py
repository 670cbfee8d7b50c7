"""What home opens by its keys: the goal offer (g), a change to a goal (e), deleting one (Delete,
asked once), a day off (o), and the summary (s), with its weeks and writing it to a file. The
app hands each key's message here; saving goes through the session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual.screen import Screen

from wellcheck.core.days_off import DayOffKind
from wellcheck.core.goals import Goal
from wellcheck.session.session import Session

if TYPE_CHECKING:
    from wellcheck.core.summary import WeeklySummary
    from wellcheck.tui.screens.summary import SummaryScreen

Opener = Callable[[Screen[Any], Callable[[Any], None] | None], None]
Severity = Literal["information", "warning", "error"]
Say = Callable[[str, str, Severity], None]
"""Tell the user one line, with a title and a severity ("information", "warning", "error")."""


class HomeDialogs:
    def __init__(
        self, session: Session, open_screen: Opener, say: Say, refresh: Callable[[], None]
    ) -> None:
        self.session, self.goals, self.today = session, session.goals, session.today
        self.open_screen, self.say, self.refresh = open_screen, say, refresh

    def offer(self, origin: str, advice: str) -> None:
        from wellcheck.tui.screens.goals import GoalDialog

        dialog = GoalDialog(self.goals, self.today, origin=origin, advice=advice)
        self.open_screen(dialog, lambda _: self.refresh())

    def edit(self, goal: Goal | None) -> None:
        from wellcheck.tui.screens.goals import GoalDialog

        if goal is not None:
            self.open_screen(
                GoalDialog(self.goals, self.today, goal=goal), lambda _: self.refresh()
            )

    def delete(self, goal: Goal | None) -> None:
        from wellcheck.tui.screens.confirm import ConfirmDelete

        if goal is not None:
            self.open_screen(ConfirmDelete("goal", goal.text), lambda yes: self._delete(goal, yes))

    def _delete(self, goal: Goal, yes: bool | None) -> None:
        if not yes:
            return
        outcome = self.goals.delete(goal.id)
        if outcome.saved:
            self.say("Goal deleted.", "", "information")
        else:
            self.say(outcome.problem, "Not deleted", "error")
        self.refresh()

    def day_off(self, current: DayOffKind | None) -> None:
        from wellcheck.tui.screens.days_off import DayOffDialog

        self.open_screen(DayOffDialog(self.today, current), self._day_off_chosen)

    def _day_off_chosen(self, kind: str | None) -> None:
        from wellcheck.core.days_off import day_off_kind
        from wellcheck.tui.screens.days_off import DAY_OFF_CLEAR

        if kind is None:
            return
        outcome = self.session.set_day_off(None if kind == DAY_OFF_CLEAR else day_off_kind(kind))
        if not outcome.saved:
            self.say(outcome.problem, "Not saved", "error")
        self.refresh()

    def summary(self, export_dir: Path) -> None:
        from wellcheck.core.periods import monday_of
        from wellcheck.tui.screens.summary import SummaryScreen

        summary = self._summary(monday_of(self.today))
        self.open_screen(SummaryScreen(summary, export_dir), None)

    def _summary(self, monday: date) -> WeeklySummary:
        summary, problems = self.session.summary(monday)
        for problem in problems:
            self.say(problem, "Not in the summary", "warning")
        return summary

    def summary_week(self, screen: Screen[Any], step: int) -> None:
        from wellcheck.tui.screens.summary import SummaryScreen

        if isinstance(screen, SummaryScreen) and screen.summary is not None:
            screen.summary = self._summary(screen.summary.monday + timedelta(weeks=step))

    def write_summary(self, event: SummaryScreen.WriteChosen) -> None:
        outcome = self.session.write_summary(event.path, event.document)
        if not outcome.saved:
            self.say(outcome.problem, "Not written", "error")
            return
        if outcome.warning:
            self.say(
                f"Wrote the {event.fmt} summary to {event.path}. {outcome.warning}",
                "Written",
                "warning",
            )
            return
        self.say(f"Wrote the {event.fmt} summary to {event.path}.", "Written", "information")

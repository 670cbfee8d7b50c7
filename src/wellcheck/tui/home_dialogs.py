"""What home opens by its keys: the goal offer (g), a change to a goal (e), deleting one (Delete,
asked once), a day off (o), and the summary (s), with its weeks and writing it to a file; and
a goal marked done (x) and put back (ctrl+z), which home asks for itself. The app hands each
other key's message here; saving goes through the session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual.screen import Screen

from wellcheck.core.days_off import DayOffKind
from wellcheck.core.goals import Goal
from wellcheck.session.outcome import Outcome
from wellcheck.session.session import Session

if TYPE_CHECKING:
    from wellcheck.core.pack import AnySummary
    from wellcheck.core.periods import Span
    from wellcheck.tui.screens.summary import SummaryScreen

Opener = Callable[[Screen[Any], Callable[[Any], None] | None], None]
Severity = Literal["information", "warning", "error"]
GOAL_DONE = "Goal marked done. Well done — ctrl+z puts it back."
"""Said on home, and put away as home is left: ctrl+z puts it back on home only."""
GOAL_OPEN_AGAIN = "Goal open again."
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

    def done(self, goal_id: str) -> bool:
        """x on home: the goal marked done today, and whether it was."""
        return self._saved(self.goals.done(goal_id), GOAL_DONE)

    def reopen(self, goal_id: str) -> bool:
        """ctrl+z on home after x: the goal open again, as it was."""
        return self._saved(self.goals.reopen(goal_id), GOAL_OPEN_AGAIN)

    def _saved(self, outcome: Outcome[None], line: str) -> bool:
        if outcome.saved:
            self.say(line, "", "information")
        else:
            self.say(outcome.problem, "Not saved", "error")
        self.refresh()
        return outcome.saved

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
        from wellcheck.core.periods import monday_of, span_week
        from wellcheck.tui.screens.summary import SummaryScreen

        span = span_week(monday_of(self.today))
        screen = SummaryScreen(self._summary(span), export_dir)
        screen.span = span
        self.open_screen(screen, None)

    def _summary(self, span: Span) -> AnySummary:
        summary, problems = self.session.summary_for(span)
        for problem in problems:
            self.say(problem, "Not in the summary", "warning")
        return summary

    def summary_week(self, screen: Screen[Any], step: int) -> None:
        """← →: the span before or after, of the same kind."""
        from wellcheck.core.periods import shifted

        self._show(screen, lambda span, noted: shifted(span, step, noted, self.today))

    def summary_period(self, screen: Screen[Any]) -> None:
        """v: the next choice of weeks."""
        from wellcheck.core.periods import next_span
        from wellcheck.core.supervision import last_on_or_before

        self._show(
            screen,
            lambda span, noted: next_span(span, self.today, last_on_or_before(noted, self.today)),
        )

    def _show(self, screen: Screen[Any], choose: Callable[[Span, list[date]], Span]) -> None:
        from wellcheck.core.errors import WellcheckError
        from wellcheck.tui.screens.summary import SummaryScreen

        if not isinstance(screen, SummaryScreen) or screen.span is None:
            return
        noted, problems = self.session.supervisions()
        for problem in problems:
            self.say(problem, "Not in the summary", "warning")
        try:
            span = choose(screen.span, noted)
        except WellcheckError as exc:  # a supervision noted more than a year of weeks ago
            self.say(str(exc), "Not shown", "information")
            return
        screen.span = span
        screen.summary = self._summary(span)

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

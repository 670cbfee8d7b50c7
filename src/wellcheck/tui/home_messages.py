"""What the screens report to the app, and home's own actions: goals set, changed or deleted,
help marked resolved, a day off, the summary and its dialogs. The app's (`WellcheckApp`) by
inheritance; each handler found by its name, as Textual finds `on_<message>`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wellcheck.tui.home_dialogs import HomeDialogs, Severity
from wellcheck.tui.messages import (
    GoalDeleteChosen,
    GoalEditChosen,
    GoalOfferChosen,
    GoalSaved,
    HelpResolved,
)

if TYPE_CHECKING:
    from textual.app import App

    from wellcheck.core.goals import Goal
    from wellcheck.session.session import Session
    from wellcheck.tui.screens.home import HomeScreen
    from wellcheck.tui.screens.summary import SummaryScreen

    _App = App[None]
else:
    _App = object  # a mixin of the app's: Textual's own methods come with it


class HomeMessages(_App):
    """Needs, from the app: its session, home's dialogs and home."""

    session: Session
    dialogs: HomeDialogs
    export_dir: Path

    if TYPE_CHECKING:

        @property
        def home(self) -> HomeScreen: ...

        def refresh_home(self) -> None: ...

    # -- what screens report -----------------------------------------------------------------

    def on_goal_saved(self, event: GoalSaved) -> None:
        if event.changed:
            self.notify("Goal changed.")
        else:
            self.notify("Goal saved: it stays on the home screen until you mark it done.")
        self.refresh_home()

    def on_goal_offer_chosen(self, event: GoalOfferChosen) -> None:
        self.dialogs.offer(event.origin, event.advice)

    def on_goal_edit_chosen(self, event: GoalEditChosen) -> None:
        self.dialogs.edit(self._open_goal(event.goal_id))

    def on_goal_delete_chosen(self, event: GoalDeleteChosen) -> None:
        self.dialogs.delete(self._open_goal(event.goal_id))

    def _open_goal(self, goal_id: str) -> Goal | None:
        goals = self.home.overview.open_goals if self.home.overview else []
        return next((g for g in goals if g.id == goal_id), None)

    def _say(self, line: str, title: str, severity: Severity) -> None:
        if severity in ("warning", "error"):
            self.notify(line, title=title, severity=severity, timeout=15)
        else:
            self.notify(line, title=title)

    def on_help_resolved(self, event: HelpResolved) -> None:
        outcome = self.session.resolve_help(event.day, event.text, event.resolved)
        if outcome.warning:
            self.notify(outcome.warning, title="Saved", severity="warning", timeout=15)
        if not outcome.saved:
            self.notify(outcome.problem, title="Not saved", severity="error", timeout=15)
            return
        self.notify("Marked resolved." if event.resolved else "Open again.")
        self.refresh_home()

    # -- home's own actions: a day off, the summary --------------------------------------------

    def action_day_off(self) -> None:
        self.dialogs.day_off(self.home.overview.day_off if self.home.overview else None)

    def action_summary(self) -> None:
        self.dialogs.summary(self.export_dir)

    def on_summary_screen_week_chosen(self, event: SummaryScreen.WeekChosen) -> None:
        self.dialogs.summary_week(self.screen, event.step)

    def on_summary_screen_period_chosen(self, event: SummaryScreen.PeriodChosen) -> None:
        self.dialogs.summary_period(self.screen)

    def on_summary_screen_write_chosen(self, event: SummaryScreen.WriteChosen) -> None:
        self.dialogs.write_summary(event)

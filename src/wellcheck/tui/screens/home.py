"""The home screen: what is due today, this week and this month, open goals and open help.

One list: ↑ ↓ move through all of it (the check-ins, then goals, then help asked for in
stand-ups); the section headings are lines the cursor passes over. Composed once, with the
overview already in place, so the first layout is the last (README, Performance).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import Static

from wellcheck.session.home import Overview
from wellcheck.tui import notices
from wellcheck.tui.bindings import CLEAR
from wellcheck.tui.home_dialogs import GOAL_DONE
from wellcheck.tui.messages import (
    GoalDeleteChosen,
    GoalEditChosen,
    GoalOfferChosen,
    HelpResolved,
    InstrumentChosen,
)
from wellcheck.tui.protocols import HasHomeDialogs, hold_keys
from wellcheck.tui.screens.base import QuickScreen
from wellcheck.tui.widgets.home_lines import (
    GOAL,
    HELP,
    OFFER,
    OPEN,
    home_lines,
    problems_text,
    title,
    today_line,
)
from wellcheck.tui.widgets.home_list import HomeList
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words


class HomeScreen(QuickScreen):
    BINDINGS = [
        # Taken as they arrive (priority): a key that opens a screen holds the keys typed
        # after it for that screen (tui/typeahead.py), instead of letting them reach home.
        # Shown at the start of each check-in's line, so the footer keeps room for the rest.
        Binding("d", "open('daily')", "Daily", show=False, priority=True),
        Binding("w", "open('weekly')", "Weekly", show=False, priority=True),
        Binding("m", "open('monthly')", "Monthly", show=False, priority=True),
        Binding("u", "open('standup')", "Stand-up", show=False, priority=True),
        Binding("p", "open('stressors')", "Stressors", show=False, priority=True),
        Binding("l", "open('plan')", "Plan", show=False, priority=True),
        Binding("o", "app.day_off", "Day off", priority=True),
        Binding("s", "app.summary", "Summary", priority=True),
        Binding("h", "app.history", "History", priority=True),
        Binding("x", "goal_done", "Goal done", priority=True),
        Binding("ctrl+z", "goal_put_back", "Put back", show=False, priority=True),  # said
        Binding("e", "goal_edit", "Edit", priority=True),
        Binding(CLEAR, "goal_delete", "Delete", priority=True),  # asked first
        Binding("g", "goal_offer", "Set a goal", priority=True),
        Binding("r", "help_resolved", "Resolved", priority=True),
        Binding("enter", "choose", "Open", show=False, priority=True),
    ]

    overview: reactive[Overview | None] = reactive(None, always_update=True, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.put_back = ""
        """The goal x last marked done, for ctrl+z to open again while home stays open."""

    def compose(self) -> ComposeResult:
        overview = self.overview
        yield Words(title(overview), id="title")
        yield Words(today_line(overview), id="today")
        problems = overview.problems if overview else []
        yield _shown(Words(problems_text(problems), id="problems", markup=False), bool(problems))
        yield HomeList(home_lines(overview), id="home")
        yield KeysFooter()

    def watch_overview(self, overview: Overview | None) -> None:
        """A changed overview after the first paint (an answer saved, a goal done)."""
        if overview is None or not self.is_mounted:
            return
        self.query_one("#title", Static).update(title(overview))
        self.query_one("#today", Static).update(today_line(overview))
        problems = self.query_one("#problems", Static)
        problems.update(problems_text(overview.problems))
        problems.display = bool(overview.problems)
        self.query_one("#home", HomeList).set_lines(home_lines(overview))

    @on(HomeList.Moved, "#home")
    def cursor_moved(self) -> None:
        self.refresh_bindings()  # x and r are offered only on a goal or a help request

    @on(HomeList.Chosen, "#home")
    def line_chosen(self, event: HomeList.Chosen) -> None:
        self.choose(event.line_id)

    def action_choose(self) -> None:
        """Enter: open the highlighted check-in, or the goal dialog of an offer."""
        self.choose(self.highlighted())

    def choose(self, line_id: str) -> None:
        if line_id.startswith(OPEN):
            self.action_open(line_id.removeprefix(OPEN))
        elif line_id.startswith(OFFER):
            self.offer(line_id.removeprefix(OFFER))

    def highlighted(self) -> str:
        return self.query_one("#home", HomeList).highlighted

    def action_open(self, instrument_id: str) -> None:
        hold_keys(self)  # the keys typed after d go to the checklist, not to home
        self.post_message(InstrumentChosen(instrument_id))

    def action_goal_offer(self) -> None:
        """g: the highlighted offer, or the first one open."""
        line_id = self.highlighted()
        offers = [e.origin for e in self.overview.entries if e.next_step] if self.overview else []
        if line_id.startswith(OFFER):
            self.offer(line_id.removeprefix(OFFER))
        elif offers:
            self.offer(offers[0])

    def offer(self, origin: str) -> None:
        entries = self.overview.entries if self.overview else []
        advice = next((e.next_step for e in entries if e.origin == origin), "")
        hold_keys(self)
        self.post_message(GoalOfferChosen(origin, advice))

    def action_goal_done(self) -> None:
        """x: the highlighted goal done; the notice says ctrl+z puts it back."""
        highlighted, app = self.highlighted(), self.app
        if highlighted.startswith(GOAL) and isinstance(app, HasHomeDialogs):
            goal_id = highlighted.removeprefix(GOAL)
            if app.dialogs.done(goal_id):
                self.put_back = goal_id
                self.refresh_bindings()

    def action_goal_put_back(self) -> None:
        """ctrl+z: the goal x last marked done open again, highlighted where it was."""
        goal_id, app = self.put_back, self.app
        if goal_id and isinstance(app, HasHomeDialogs) and app.dialogs.reopen(goal_id):
            self.put_back = ""
            self.query_one("#home", HomeList).highlight(f"{GOAL}{goal_id}")
            self.refresh_bindings()

    def on_screen_suspend(self) -> None:
        """Left (a screen opened over home): ctrl+z puts nothing back there, so its notice
        goes, and it is over when home comes back (the goal can still be seen in the history)."""
        if self.put_back:
            self.put_back = ""
            notices.put_away(self.app, GOAL_DONE)

    def action_goal_edit(self) -> None:
        if self.highlighted().startswith(GOAL):
            hold_keys(self)
            self.post_message(GoalEditChosen(self.highlighted().removeprefix(GOAL)))

    def action_goal_delete(self) -> None:
        if self.highlighted().startswith(GOAL):
            hold_keys(self)
            self.post_message(GoalDeleteChosen(self.highlighted().removeprefix(GOAL)))

    def action_help_resolved(self) -> None:
        highlighted = self.query_one("#home", HomeList).highlighted
        if highlighted.startswith(HELP) and self.overview:
            request = self.overview.open_help[int(highlighted.removeprefix(HELP))]
            self.post_message(HelpResolved(request.day, request.text))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "goal_put_back":
            return bool(self.put_back)
        if action in ("goal_done", "goal_edit", "goal_delete"):
            return self.highlighted().startswith(GOAL)
        if action == "help_resolved":
            return self.highlighted().startswith(HELP)
        if action == "goal_offer":
            entries = self.overview.entries if self.overview else []
            return any(e.next_step for e in entries)
        return True


def _shown(widget: Static, shown: bool) -> Static:
    widget.display = shown
    return widget

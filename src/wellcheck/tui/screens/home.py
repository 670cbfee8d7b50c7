"""The home screen: what is due today, this week and this month, and the open goals."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellcheck.core.answers import Goal
from wellcheck.core.overview import Entry, Overview
from wellcheck.core.standup import HelpRequest
from wellcheck.tui.messages import GoalDone, HelpResolved, InstrumentChosen
from wellcheck.tui.widgets.keys import KeysFooter

_KEYS = {"daily": "d", "standup": "u", "weekly": "w", "monthly": "m", "stressors": "p"}
"""The key that opens each built-in instrument from home, shown at the start of its line."""
_STATE_MARK = {"not started": "○ not started", "in progress": "◐ in progress", "done": "● done"}


class HomeScreen(Screen[None]):
    BINDINGS = [
        # Shown at the start of each check-in's line, so the footer keeps room for the rest.
        Binding("d", "open('daily')", "Daily", show=False),
        Binding("w", "open('weekly')", "Weekly", show=False),
        Binding("m", "open('monthly')", "Monthly", show=False),
        Binding("u", "open('standup')", "Stand-up", show=False),
        Binding("p", "open('stressors')", "Stressors", show=False),
        Binding("o", "app.day_off", "Day off"),
        Binding("s", "app.summary", "Summary"),
        Binding("x", "goal_done", "Goal done"),
        Binding("r", "help_resolved", "Resolved"),
    ]

    overview: reactive[Overview | None] = reactive(None, always_update=True)
    ready = False
    open_help: Sequence[HelpRequest] = ()
    """Set once composed: the overview can only be shown after that."""

    def compose(self) -> ComposeResult:
        yield Static("", id="title")
        yield Static("", id="today")
        with VerticalScroll(id="home"):
            yield Static("Check-ins  [dim](Enter or the letter opens one)[/]", classes="section")
            yield OptionList(id="due")
            yield Static("Goals  [dim](Tab to reach; x marks one done)[/]", classes="section")
            yield OptionList(id="goals")
            yield Static(
                "Help asked for in stand-ups  [dim](r marks one resolved)[/]",
                classes="section help-section",
            )
            yield OptionList(id="help")
            yield Static("", id="problems")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.ready = True
        self.query_one("#due", OptionList).focus()
        self.watch_overview(self.overview)

    def watch_overview(self, overview: Overview | None) -> None:
        if overview is None or not self.ready:
            return
        day = overview.today
        self.query_one("#title", Static).update(f"wellcheck — {day:%A} {day.day} {day:%B %Y}")
        self.query_one("#today", Static).update(_today_line(overview))
        self._fill(self.query_one("#due", OptionList), [_entry_option(e) for e in overview.entries])
        goals = [_goal_option(g) for g in overview.open_goals]
        if not goals:
            goals = [
                Option("No open goals. One can be set when a checklist has a no.", disabled=True)
            ]
        self._fill(self.query_one("#goals", OptionList), goals)
        self._show_help(overview.open_help)
        problems = self.query_one("#problems", Static)
        problems.update("\n".join(f"⚠ {p}" for p in overview.problems))
        problems.display = bool(overview.problems)

    def _fill(self, options: OptionList, items: list[Option]) -> None:
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(items)
        if items:
            options.highlighted = min(highlighted or 0, len(items) - 1)

    @on(OptionList.OptionSelected, "#due")
    def entry_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.post_message(InstrumentChosen(event.option.id))

    def action_open(self, instrument_id: str) -> None:
        self.post_message(InstrumentChosen(instrument_id))

    def action_goal_done(self) -> None:
        goals = self.query_one("#goals", OptionList)
        if not goals.has_focus or goals.highlighted is None:
            return
        option = goals.get_option_at_index(goals.highlighted)
        if option.id:
            self.post_message(GoalDone(option.id))

    def _show_help(self, requests: Sequence[HelpRequest]) -> None:
        self.open_help = requests
        for widget in self.query(".help-section, #help"):
            widget.display = bool(requests)
        self._fill(self.query_one("#help", OptionList), [_help_option(r) for r in requests])

    def action_help_resolved(self) -> None:
        options = self.query_one("#help", OptionList)
        if options.has_focus and options.highlighted is not None:
            request = self.open_help[options.highlighted]
            self.post_message(HelpResolved(request.day, request.text))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "goal_done":
            return self.query_one("#goals", OptionList).has_focus
        if action == "help_resolved":
            return self.query_one("#help", OptionList).has_focus
        return True


def _today_line(overview: Overview) -> str:
    if overview.day_off:
        kind = overview.day_off.replace("-", " ")
        return f"Today is marked as {kind}. Nothing is due; rest well."
    if not overview.working_day:
        return "Not a working day. Nothing is due; the checklists are here if you want them."
    return "A few minutes for yourself at the end of the day."


def _entry_option(entry: Entry) -> Option:
    state = _STATE_MARK[entry.state] if entry.state else f"⚠ {entry.problem}"
    if entry.kind == "reflection":
        day = entry.last_revisited
        state = f"revisited {day.day} {day:%b %Y}" if day else "not yet revisited"
        state = f"⚠ {entry.problem}" if entry.problem else state
    key = _KEYS.get(entry.instrument_id, " ")
    line = f"{key}  {entry.title:<30} {entry.period:<22} {state}"
    return Option(line, id=entry.instrument_id)


def _help_option(request: HelpRequest) -> Option:
    return Option(f"• {request.day:%a} {request.day.day} {request.day:%b}  {request.text}")


def _goal_option(goal: Goal) -> Option:
    target = f"  (by {goal.target:%a} {goal.target.day} {goal.target:%b})" if goal.target else ""
    return Option(f"• {goal.text}{target}", id=goal.id)

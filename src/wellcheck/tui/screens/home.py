"""The home screen: what is due today, this week and this month, open goals and open help.

One list: ↑ ↓ move through all of it (the check-ins, then goals, then help asked for in
stand-ups); the section headings are lines the cursor passes over. Composed once, with the
overview already in place, so the first layout is the last (README, Performance).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from wellcheck.core.goals import Goal
from wellcheck.core.standup import HelpRequest
from wellcheck.session.home import Entry, Overview
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
from wellcheck.tui.widgets.home_list import HomeList, Line
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.plan_news import came_back_lines, review_state

_KEYS = {
    **{"daily": "d", "standup": "u", "weekly": "w", "monthly": "m", "stressors": "p"},
    "plan": "l",
}
"""The key that opens each built-in instrument from home, shown at the start of its line."""
_STATE_MARK = {"not started": "○ not started", "in progress": "◐ in progress", "done": "● done"}
_NOT_DUE = {"daily": "day off"}
"""On a day off, what a check-in not started says instead: today's say "day off", the week's
and the month's nothing (nothing is due; what was done is still shown)."""
HELP_SHOWN = 5
"""Open help requests listed on home, the most recent; the stand-up lists every one. A wall of
old requests is no help at the end of a day, and it would grow for as long as wellcheck is used."""
OPEN, GOAL, HELP, OFFER = "open:", "goal:", "help:", "offer:"
"""Line id prefixes: what Enter, x, e, Delete, r and g act on."""
NO_GOALS = "No open goals. One can be set when a checklist has a no."
GOALS_UNREADABLE = "Your goals could not be read just now; nothing in them is changed."
"""Said instead of NO_GOALS when the goals file cannot be read (the line above names it)."""


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
        yield Static(_title(overview), id="title")
        yield Static(_today_line(overview), id="today")
        problems = overview.problems if overview else []
        yield _shown(Static(_problems(problems), id="problems", markup=False), bool(problems))
        yield HomeList(home_lines(overview), id="home")
        yield KeysFooter()

    def watch_overview(self, overview: Overview | None) -> None:
        """A changed overview after the first paint (an answer saved, a goal done)."""
        if overview is None or not self.is_mounted:
            return
        self.query_one("#title", Static).update(_title(overview))
        self.query_one("#today", Static).update(_today_line(overview))
        problems = self.query_one("#problems", Static)
        problems.update(_problems(overview.problems))
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


def home_lines(overview: Overview | None) -> list[Line]:
    """Every line of the home list: the check-ins, the open goals, the most recent open help."""
    if overview is None:
        return []
    offers = [e for e in overview.entries if e.next_step]
    return [
        *_check_ins(overview),
        *_now_and_then(overview),
        *came_back_lines(overview),
        *_goals(overview.open_goals, offers, overview.goals_unreadable),
        *_help(overview),
    ]


def _check_ins(overview: Overview) -> Iterator[Line]:
    yield _heading("Check-ins", "Enter or the letter opens one")
    width = max((len(e.title) for e in overview.entries if not e.occasional), default=0)
    for entry in overview.entries:
        if not entry.occasional:
            yield _entry_line(entry, width, overview)


def _now_and_then(overview: Overview) -> Iterator[Line]:
    """The toolkit's occasional reflections not yet answered in their period: a few calm
    lines, gone once answered until their next period."""
    due = [e for e in overview.entries if e.occasional]
    if not due:
        return
    yield _blank()
    yield _heading("Now and then", "when you like: Enter opens one; none is scored")
    width = max(len(e.title) for e in due)
    for entry in due:
        begun = "◐ begun" if entry.state == "in progress" else ""
        line = f"   {entry.title:<{width}}  {entry.period:<14} {begun}".rstrip()
        yield Line(line, f"{OPEN}{entry.instrument_id}")


def _goals(goals: Sequence[Goal], offers: Sequence[Entry], unreadable: bool) -> Iterator[Line]:
    yield _blank()
    yield _heading("Goals", "on one: x done, e edit, Delete removes it")
    if unreadable:
        yield Line(Content.styled(GOALS_UNREADABLE, "dim"))
    elif not goals and not offers:
        yield Line(Content.styled(NO_GOALS, "dim"))
    for goal in goals:
        by = goal.target
        target = f"  (by {by:%a} {by.day} {by:%b})" if by else ""
        yield Line(f"• {goal.text}{target}", f"{GOAL}{goal.id}")
    for entry in offers:
        offer = f"→ After the {entry.title.lower()}, a next step if you'd like one: g"
        yield Line(Content.styled(offer, "italic"), f"{OFFER}{entry.origin}")


def _help(overview: Overview) -> Iterator[Line]:
    requests = overview.open_help
    if not requests:
        return
    yield _blank()
    yield _heading("Help asked for in stand-ups", "r marks the highlighted one resolved")
    earlier = max(0, len(requests) - HELP_SHOWN)
    for n in range(earlier, len(requests)):
        yield _help_line(requests[n], n, overview.today)
    if earlier:
        more = f"{earlier} earlier request{'s' if earlier > 1 else ''}"
        fold = f"  and {more}, still open: the stand-up (u) lists every one"
        yield Line(Content.styled(fold, "dim"))


def _heading(title: str, hint: str) -> Line:
    return Line(Content.assemble((title, "bold"), (f"  ({hint})", "dim")))


def _blank() -> Line:
    return Line("")


def _entry_line(entry: Entry, width: int, overview: Overview) -> Line:
    today = overview.today
    state = _STATE_MARK[entry.state] if entry.state else f"⚠ {entry.problem}"
    if entry.state == "not started" and not _due_today(overview):
        state = _NOT_DUE.get(entry.cadence, "") if overview.day_off else ""
    if entry.kind == "reflection":
        day = entry.last_revisited
        state = f"revisited {_day(day, today)}" if day else "not yet revisited"
        state = f"⚠ {entry.problem}" if entry.problem else state
    if entry.instrument_id == "plan" and overview.plan_review and entry.state != "not started":
        state = review_state(overview.plan_review, today)
    key = _KEYS.get(entry.instrument_id, " ")
    line = f"{key}  {entry.title:<{width}}  {entry.period:<22} {state}".rstrip()
    return Line(line, f"{OPEN}{entry.instrument_id}")


def _due_today(overview: Overview) -> bool:
    """Whether check-ins are due today: not on a day off, nor on a day that is not worked."""
    return overview.working_day and not overview.day_off


def _help_line(request: HelpRequest, n: int, today: date) -> Line:
    return Line(f"• {request.day:%a} {_day(request.day, today)}  {request.text}", f"{HELP}{n}")


def _day(day: date, today: date) -> str:
    """ "3 Nov", or "3 Nov 2025" when not this year."""
    year = f" {day.year}" if day.year != today.year else ""
    return f"{day.day} {day:%b}{year}"


def _shown(widget: Static, shown: bool) -> Static:
    widget.display = shown
    return widget


def _title(overview: Overview | None) -> str:
    if overview is None:
        return "wellcheck"
    day = overview.today
    return f"wellcheck — {day:%A} {day.day} {day:%B %Y}"


def _problems(problems: Sequence[str]) -> str:
    return "\n".join(f"⚠ {p}" for p in problems)


def _today_line(overview: Overview | None) -> str:
    if overview is None:
        return ""
    if overview.day_off:
        kind = overview.day_off.replace("-", " ")
        return f"Today is marked as {kind}. Nothing is due; rest well."
    if not overview.working_day:
        return "Not a working day. Nothing is due; the checklists are here if you want them."
    return "A few minutes for yourself at the end of the day."

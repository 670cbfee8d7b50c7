"""The history: the weeks behind (1), each item over the last twelve weeks (2), the stressors
and goals over time (3). It shows and changes nothing; Escape goes back home.

Opened with the weeks: only the weeks on screen are read (`WeekGrid`); the other two views
are read when first shown.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from wellcheck.core.history import WeekRow
from wellcheck.core.history_goals import GoalSpan
from wellcheck.core.history_items import ItemTrend
from wellcheck.core.history_stressors import StressorTrail
from wellcheck.report import history_words as hw
from wellcheck.tui.messages import InstrumentChosen
from wellcheck.tui.protocols import hold_keys
from wellcheck.tui.screens.base import QuickScreen
from wellcheck.tui.widgets.history_grid import WeekGrid, cell_width, header
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

LEGEND = "● checked in   + also on a day that is not a working day   · to come"
VIEWS = {
    "1": ("weeks", "Weeks"),
    "2": ("items", "Each item"),
    "3": ("over-time", "Stressors, goals"),
}
"""The n-th view, as a digit chooses the n-th option on every screen (the key map)."""


class HistorySource(Protocol):
    """What the history screen reads from: the session's `History`."""

    @property
    def mondays(self) -> list[date]: ...

    @property
    def today(self) -> date: ...

    @property
    def problems(self) -> list[str]: ...

    @property
    def working_columns(self) -> tuple[int, ...]: ...

    def week(self, monday: date) -> WeekRow: ...

    def trends(self) -> list[ItemTrend]: ...

    def stressors(self) -> list[StressorTrail]: ...

    def goals(self) -> list[GoalSpan]: ...


class HistoryScreen(QuickScreen):
    AUTO_FOCUS = ""
    """The weeks' grid is focused on mount (`_focus`), as the screen is first styled."""

    BINDINGS = [
        Binding("escape", "back", "Home"),
        *[Binding(k, f"view('{v}')", name) for k, (v, name) in VIEWS.items()],
        # As on home: the grid, where a row offered for review is re-ticked or cleared.
        Binding("p", "review", "Review", priority=True),
    ]

    def __init__(self, history: HistorySource) -> None:
        super().__init__()
        self.history = history
        self.current = "weeks"
        """The view shown: weeks, items or over-time."""
        self.told = 0
        """How many of the history's problems have been said."""

    def compose(self) -> ComposeResult:
        today = self.history.today
        yield Words(f"History — to {today:%A} {today.day} {today:%B %Y}", id="title")
        yield Words(_tabs("weeks"), id="tabs")
        # The weeks are the screen's own children, not in a container: the first paint
        # imports nothing the home screen does not (the other views come when asked).
        if self.history.mondays:
            columns = self.history.working_columns
            legend = LEGEND if cell_width(len(columns)) > 4 else hw.LEGEND
            yield Words(f"{hw.WEEKS_NOTE}\n{legend}", classes="weeks note")
            yield Words(header(self.history.working_columns), id="days-head", classes="weeks")
            yield WeekGrid(self.history, len(self.history.working_columns), id="grid")
        else:
            yield Words(hw.NO_WEEKS, classes="weeks note")
        yield KeysFooter()

    def action_back(self) -> None:
        """Back to home: below it, or in its place when `wellcheck history` started on it."""
        self.app.pop_screen()

    def action_review(self) -> None:
        hold_keys(self)  # the keys typed after p go to the grid
        self.post_message(InstrumentChosen("stressors"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review":  # offered in the view that offers rows for review
            return self.current == "over-time"
        return True

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Back from the grid: the stressors as they are now. (QuickScreen's handler runs
        too: Textual calls each class's own.)"""
        if self.query("#over-time-text"):
            self.query_one("#over-time-text", Static).update(over_time_text(self.history))

    def on_mount(self) -> None:
        self._focus("weeks")
        self.tell_problems()

    @on(WeekGrid.FilesUnreadable)
    def tell_problems(self) -> None:
        """Each file that could not be read, said once, as the weeks that hold it are read."""
        for problem in self.history.problems[self.told :]:
            self.notify(problem, title="Could not read", severity="warning", timeout=10)
        self.told = len(self.history.problems)

    def action_view(self, view: str) -> None:
        if view != "weeks" and not self.query(f"#{view}"):
            from textual.containers import VerticalScroll

            text = items_text(self.history) if view == "items" else over_time_text(self.history)
            shown = VerticalScroll(Words(text, id=f"{view}-text"), id=view, classes="view")
            self.mount(shown, before=self.query_one(KeysFooter))
            self.tell_problems()
        for widget in self.query(".weeks, #grid"):
            widget.display = view == "weeks"
        for widget in self.query(".view"):
            widget.display = widget.id == view
        self.query_one("#tabs", Static).update(_tabs(view))
        self.current = view
        self.refresh_bindings()
        self.call_after_refresh(self._focus, view)

    def _focus(self, view: str) -> None:
        target = "#grid" if view == "weeks" else f"#{view}"
        found = self.query(target)
        if found:  # at once: on mount, before the first layout, which it then styles
            self.set_focus(found.first(), scroll_visible=False)


def _tabs(current: str) -> Text:
    text = Text()
    for key, (view, name) in VIEWS.items():
        style = "bold reverse" if view == current else "dim"
        text.append(f" {key} {name} ", style=style)
        text.append("  ")
    return text


def items_text(history: HistorySource) -> Text:
    trends = history.trends()
    text = Text()
    text.append(hw.TRENDS_NOTE + "\n", style="dim")
    if not trends:
        return text.append("\n" + hw.NO_TRENDS)
    first = trends[0].weeks[0].monday
    text.append(f"\nWeeks from {hw.short(first, history.today)}, the oldest first.\n", "dim")
    for checklist in ("daily", "weekly"):
        shown = [t for t in trends if t.cadence == checklist]
        if shown:
            text.append(f"\n{checklist.capitalize()} checklist\n", style="bold underline")
        for trend in shown:
            text.append(f"\n{trend.prompt}\n", style="bold")
            text.append(f"  {trend.line}  ", style="")
            text.append(hw.trend_total(trend) + "\n")
            counts = [_compact(hw.week_count(trend, w)) for w in trend.weeks]
            text.append("  by week: " + " ".join(counts) + "\n", style="dim")
    return text


def _compact(count: str) -> str:
    """ "3 of 5" as "3/5", "yes" as it is, nothing as "–": twelve weeks on one line."""
    return f"{count.replace(' of ', '/') or '–':<3}"


def over_time_text(history: HistorySource) -> Text:
    """The rows offered for review first (what p is for), then every row's trail, then goals."""
    today = history.today
    trails, goals = history.stressors(), history.goals()
    text = Text()
    text.append(hw.STRESSORS + "\n", style="bold underline")
    text.append(hw.STRESSORS_NOTE + "\n", style="dim")
    review = [t for t in trails if t.for_review]
    if review:
        text.append(f"\n{hw.REVIEW}: ", style="bold")
        text.append("; ".join(f"{t.category}: {t.label}" for t in review) + "\n")
        text.append(hw.REVIEW_IN_APP + "\n", style="dim")
    if not trails:
        text.append("\n" + hw.NO_STRESSORS + "\n")
    for trail in trails:
        text.append(f"\n{trail.category}: {trail.label}\n", style="bold")
        state = [hw.trail_state(trail, today), hw.impacts(trail, today)]
        text.append("  " + "; ".join(s for s in state if s) + "\n")
        for day, note in trail.notes:
            text.append(f"  {hw.short(day, today)}: ", style="dim")
            text.append(note + "\n", style="italic")
    text.append(f"\n{hw.GOALS}\n", style="bold underline")
    if not goals:
        text.append(hw.NO_GOALS + "\n")
    for span in goals:
        text.append(f"\n{span.goal.text.strip()}\n", style="bold" if not span.done else "")
        text.append(f"  {hw.goal_line(span, today)}\n", style="dim")
    return text

"""What home lists, line by line, from the overview: the check-ins due (each with the key that
opens it), what came back from the plan, the open goals (or the offer of one) and the most
recent help asked for; and home's title and today's line. Pure words: the screen
(`tui/screens/home.py`) shows them and acts on the lines' ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from textual.content import Content

from wellcheck.core.goals import Goal
from wellcheck.core.standup import HelpRequest
from wellcheck.session.home import Entry, Overview
from wellcheck.tui.widgets.home_list import Line
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
        state = f"revisited {_day(day, today)}" if day else "not opened yet"
        state = f"⚠ {entry.problem}" if entry.problem else state
    if entry.instrument_id == "plan" and overview.plan_review and entry.state != "not started":
        state = review_state(overview.plan_review, today)
    key = _KEYS.get(entry.instrument_id, " ")
    line = f"{key}  {entry.title:<{width}}  {entry.period:<22} {state}".rstrip()
    # In a window too narrow for it: what is done first, then the title (cut with "…"), no period.
    short = f"{key}  {state:<13}  {entry.title}" if state else ""
    return Line(line, f"{OPEN}{entry.instrument_id}", short)


def _due_today(overview: Overview) -> bool:
    """Whether check-ins are due today: not on a day off, nor on a day that is not worked."""
    return overview.working_day and not overview.day_off


def _help_line(request: HelpRequest, n: int, today: date) -> Line:
    return Line(f"• {request.day:%a} {_day(request.day, today)}  {request.text}", f"{HELP}{n}")


def _day(day: date, today: date) -> str:
    """ "3 Nov", or "3 Nov 2025" when not this year."""
    year = f" {day.year}" if day.year != today.year else ""
    return f"{day.day} {day:%b}{year}"


def title(overview: Overview | None) -> str:
    if overview is None:
        return "wellcheck"
    day = overview.today
    return f"wellcheck — {day:%A} {day.day} {day:%B %Y}"


def problems_text(problems: Sequence[str]) -> str:
    return "\n".join(f"⚠ {p}" for p in problems)


def today_line(overview: Overview | None) -> str:
    if overview is None:
        return ""
    if overview.day_off:
        kind = overview.day_off.replace("-", " ")
        return f"Today is marked as {kind}. Nothing is due; rest well."
    if not overview.working_day:
        return "Not a working day. Nothing is due; the checklists are here if you want them."
    return "A few minutes for yourself at the end of the day."

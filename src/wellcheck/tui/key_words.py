"""Every key's words, for the keys screen (`?`): one table, so the words live in one place.

Looked up by `tui/keymap.py` for each binding of a screen; a binding of wellcheck's with no
words here fails `tests/ui/test_keymap.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

GROUPS = (
    "Answer",
    "Show",
    "Write",
    "Open",
    "On a goal",
    "On a help request",
    "Move",
    "Everywhere",
)
"""The headings of the keys screen, in this order."""


@dataclass(frozen=True)
class Words:
    """How the keys screen names an action: its group, its words, its sense."""

    group: str
    words: str
    sense: str = ""
    """What the key means, to tell it from a letter's meaning elsewhere ("": its action's name)."""
    short: str = ""
    """The words said of it on another screen ("": `words`)."""


def _w(group: str, words: str, sense: str = "", short: str = "") -> Words:
    return Words(group, words, sense, short)


WORDS: dict[str, Words] = {
    # Everywhere (the app, and keys every screen shares).
    "app.show_keys": _w(
        "Everywhere", "lists the keys of this screen (in a text field, F1: ? is typed)"
    ),
    "WellcheckApp.quick_exit": _w("Everywhere", "quits at once, keeping everything typed"),
    "app.quick_exit": _w("Everywhere", "quits at once, keeping everything typed"),
    "app.focus_next": _w("Move", "the next field or choice; Shift+Tab the one before", "next"),
    "app.focus_previous": _w("Move", "the next field or choice; Shift+Tab the one before", "next"),
    # Home.
    "HomeScreen.open('daily')": _w("Open", "opens the daily checklist"),
    "HomeScreen.open('weekly')": _w("Open", "opens the weekly checklist"),
    "HomeScreen.open('monthly')": _w("Open", "opens the monthly checklist"),
    "HomeScreen.open('standup')": _w("Open", "opens the stand-up"),
    "HomeScreen.open('stressors')": _w("Open", "opens the personal-stressors grid"),
    "HomeScreen.open('plan')": _w("Open", "opens your Wellness Action Plan"),
    # A list of signs to tick (the plan's, and the weekly check-in's).
    "TickList.tick": _w("Answer", "in a list of signs: ticks or unticks the highlighted one"),
    "TickList.cursor_up": _w("Move", "in a list of signs: up"),
    "TickList.cursor_down": _w("Move", "in a list of signs: down"),
    "TickList.page_up": _w("Move", "in a list of signs: a page up"),
    "TickList.page_down": _w("Move", "in a list of signs: a page down"),
    "TickList.first": _w("Move", "in a list of signs: to the first"),
    "TickList.last": _w("Move", "in a list of signs: to the last"),
    "HomeScreen.app.day_off": _w(
        "Open", "marks today as a day off, or clears the mark", "", "marks a day off"
    ),
    "HomeScreen.app.summary": _w(
        "Open", "opens the weekly summary, to preview and write", "", "opens the summary"
    ),
    "HomeScreen.app.history": _w(
        "Open",
        "opens the history: the weeks behind, each item, the stressors over time",
        "",
        "opens the history",
    ),
    "HomeScreen.choose": _w("Open", "opens the highlighted check-in, or the goal offered"),
    "HomeScreen.goal_done": _w("On a goal", "marks it done", "", "marks a goal done"),
    "HomeScreen.goal_put_back": _w(
        "On a goal", "after x: reopens the goal just marked done", "", "puts a goal back"
    ),
    "HomeScreen.goal_edit": _w("On a goal", "changes its words or date", "write"),
    "HomeScreen.goal_delete": _w(
        "On a goal", "deletes it, asked first (y deletes, n keeps)", "clear", "deletes a goal"
    ),
    "HomeScreen.goal_offer": _w("On a goal", "sets a goal from the next step offered", "goal"),
    "HomeScreen.help_resolved": _w("On a help request", "marks it resolved", "resolved"),
    "HomeList.move(1)": _w("Move", "down"),
    "HomeList.move(-1)": _w("Move", "up"),
    "HomeList.page(1)": _w("Move", "a page down"),
    "HomeList.page(-1)": _w("Move", "a page up"),
    "HomeList.to_end(-1)": _w("Move", "to the first line"),
    "HomeList.to_end(1)": _w("Move", "to the last line"),
    # A checklist.
    "ChecklistScreen.done": _w("Everywhere", "back home (everything is saved as you go)"),
    "ChecklistScreen.key_answer('y')": _w(
        "Answer", "on a yes / no question: yes, and on", "y", "yes"
    ),
    "ChecklistScreen.key_answer('n')": _w(
        "Answer", "on a yes / no question: no, and on", "n", "no"
    ),
    "ChecklistScreen.key_answer('a')": _w(
        "Answer",
        "on a yes / no question: not applicable (where offered), and on",
        "a",
        "not applicable",
    ),
    "ChecklistScreen.key_answer": _w(
        "Answer", "on a scale: that number, and on (0 for 10); on a choice: the n-th answer"
    ),
    "CheckWidget.clear": _w("Answer", "on a yes / no question or a scale: clears the answer"),
    "ScaleWidget.clear": _w("Answer", "on a yes / no question or a scale: clears the answer"),
    "ChoiceWidget.clear": _w("Answer", "on a yes / no question or a scale: clears the answer"),
    "ChecklistScreen.note": _w(
        "Write", "on a yes / no question: writes a note", "write", "writes a note"
    ),
    "ChecklistScreen.field_done": _w(
        "Write", "in a one-line field: the next field of the same question, never a choice"
    ),
    "GoalOfferLine.take": _w("Open", "on the next step offered: sets a goal", "goal"),
    # The stand-up.
    "StandupScreen.done": _w("Everywhere", "back home (saved as you type)"),
    "StandupScreen.toggle_resolved": _w(
        "On a help request", "marks an earlier one resolved, or open again", "resolved"
    ),
    "StandupScreen:OptionList.select": _w(
        "On a help request", "marks an earlier one resolved, or open again", "resolved"
    ),
    "StandupScreen:OptionList.cursor_up": _w("Move", "in the earlier requests: up"),
    "StandupScreen:OptionList.cursor_down": _w("Move", "in the earlier requests: down"),
    # The stressors grid.
    "StressorGrid.tick": _w("Answer", "ticks the row (in about the last six months), or unticks"),
    "StressorGrid.impact": _w("Answer", "its impact, 1 low to 5 high"),
    "StressorGrid.affecting": _w("Answer", "affecting work: yes, no, not said, in turn"),
    "StressorGrid.help": _w("Answer", "help: already sought, need to seek, not needed, in turn"),
    "StressorGrid.help_from": _w("Answer", "help from: work, elsewhere, both, in turn"),
    "StressorGrid.flag": _w("Answer", "takes it to supervision, or not"),
    "StressorGrid.clear": _w("Answer", "clears the row (its note is kept)", "clear"),
    "StressorGrid.put_back": _w("Answer", "puts the row last cleared back as it was"),
    "StressorsScreen.note": _w("Write", "on a row: writes its note", "write"),
    "StressorsScreen.enter": _w(
        "Write", "on a row: its note; on a “What else?” line: a row of your own"
    ),
    "StressorsScreen.add": _w("Open", "adds a row of your own under “What else?”"),
    "StressorsScreen.contacts": _w("Open", "your support contacts"),
    "StressorsScreen.back": _w("Everywhere", "back home (from the note: back to the grid)"),
    "StressorsScreen.to_grid": _w("Move", "in a row's note: back to the grid"),
    "StressorGrid.cursor_up": _w("Move", "up a row"),
    "StressorGrid.cursor_down": _w("Move", "down a row"),
    "StressorGrid.page_up": _w("Move", "a page up"),
    "StressorGrid.page_down": _w("Move", "a page down"),
    "StressorGrid.first": _w("Move", "to the first row"),
    "StressorGrid.last": _w("Move", "to the last row"),
    "SupportScreen.back": _w("Everywhere", "back to the grid (saved as you type)"),
    "OwnRowDialog.dismiss": _w("Everywhere", "cancels: nothing is added"),
    "OwnRowDialog.add": _w("Write", "adds the row, and on to its note"),
    # Goals, deleting, a day off.
    "GoalDialog.not_now": _w(
        "Everywhere", "closes: not now (words typed are kept as a draft)", "back"
    ),
    "GoalDialog.enter": _w("Write", "in the goal: on to the date; in the date: sets the goal"),
    "ConfirmDelete.dismiss(True)": _w("Answer", "yes: deletes it", "y"),
    "ConfirmDelete.dismiss(False)": _w("Answer", "no: keeps it", "n"),
    "DayOffDialog.choose('leave')": _w("Answer", "leave"),
    "DayOffDialog.choose('sick')": _w("Answer", "sick"),
    "DayOffDialog.choose('not-working')": _w("Answer", "not working"),
    "DayOffDialog.choose('clear')": _w("Answer", "clears the mark", "clear"),
    "DayOffDialog.dismiss": _w("Everywhere", "cancels: nothing changes"),
    # The summary.
    "SummaryScreen.app.pop_screen": _w("Everywhere", "back home"),
    "SummaryScreen.format('text')": _w("Show", "the text file"),
    "SummaryScreen.format('markdown')": _w("Show", "the Markdown file"),
    "SummaryScreen.format('html')": _w("Show", "the HTML file"),
    "SummaryScreen.format('json')": _w("Show", "the JSON file"),
    "SummaryScreen.week(-1)": _w("Show", "the week before (a pack: the weeks before)"),
    "SummaryScreen.week(1)": _w("Show", "the week after (a pack: the weeks after)"),
    "SummaryScreen.period": _w(
        "Show", "the next choice of weeks: this one, the last four, since supervision, a month"
    ),
    "SummaryScreen.sideways(-1)": _w("Move", "scrolls a wide preview left"),
    "SummaryScreen.sideways(1)": _w("Move", "scrolls a wide preview right"),
    "SummaryScreen.write": _w("Open", "writes the file shown to a file you choose"),
    "SummaryScreen:ScrollableContainer.scroll_up": _w("Move", "scrolls up"),
    "SummaryScreen:ScrollableContainer.scroll_down": _w("Move", "scrolls down"),
    "SummaryScreen:ScrollableContainer.page_up": _w("Move", "a page up"),
    "SummaryScreen:ScrollableContainer.page_down": _w("Move", "a page down"),
    "SummaryScreen:ScrollableContainer.scroll_home": _w("Move", "to the top"),
    "SummaryScreen:ScrollableContainer.scroll_end": _w("Move", "to the end"),
    "WriteDialog.dismiss": _w("Everywhere", "cancels: nothing is written"),
    # The history.
    "HistoryScreen.back": _w("Everywhere", "back home"),
    "HistoryScreen.review": _w(
        "Open", "in the stressors: opens the grid, to re-tick or clear a row", "open"
    ),
    "HistoryScreen.view('weeks')": _w("Show", "the weeks, the latest first"),
    "HistoryScreen.view('items')": _w("Show", "each item over the last 12 weeks"),
    "HistoryScreen.view('over-time')": _w("Show", "the stressors and goals over time"),
    "HistoryScreen:ScrollableContainer.scroll_up": _w("Move", "scrolls up"),
    "HistoryScreen:ScrollableContainer.scroll_down": _w("Move", "scrolls down"),
    "HistoryScreen:ScrollableContainer.page_up": _w("Move", "a page up"),
    "HistoryScreen:ScrollableContainer.page_down": _w("Move", "a page down"),
    "HistoryScreen:ScrollableContainer.scroll_home": _w("Move", "to the top (the latest week)"),
    "HistoryScreen:ScrollableContainer.scroll_end": _w("Move", "to the end (the first week)"),
}
"""Words for each key, looked up by `Screen:Owner.action`, `Owner.action`, `Owner.name` or
`action` (Owner: the class whose BINDINGS hold it; name: the action without its arguments)."""

ALSO: dict[str, list[tuple[str, str, str]]] = {
    "ChecklistScreen": [("Write", "Enter", "in a reflection: a new line")],
    "PlanScreen": [
        ("Write", "Enter", "in a section: a new line"),
        ("Answer", "y / n", "on a share line: share the section, or keep it private"),
    ],
    "StandupScreen": [("Write", "Enter", "in Y, T or H: a new line (one entry a line)")],
    "WriteDialog": [("Write", "Enter", "writes the file (a second Enter replaces one)")],
    "": [("Everywhere", "Escape ×3", "quickly: quits at once, keeping everything typed")],
}
"""Keys that are not bindings (a text field's own, the quick exit), by screen; "" : all."""

SCREEN_NAMES = {
    "HomeScreen": "the home screen",
    "ChecklistScreen": "a checklist",
    "PlanScreen": "your Wellness Action Plan",
    "StandupScreen": "the stand-up",
    "StressorsScreen": "the personal-stressors grid",
    "SupportScreen": "your support contacts",
    "OwnRowDialog": "a row of your own",
    "GoalDialog": "the goal dialog",
    "ConfirmDelete": "deleting, asked once",
    "DayOffDialog": "a day off",
    "SummaryScreen": "the summary and the supervision pack",
    "WriteDialog": "writing the summary to a file",
    "HistoryScreen": "the history",
}

REFERENCES = (("home", "HomeScreen"), ("a checklist", "ChecklistScreen"))
"""Where a letter's other meaning is said: the screens a user knows best."""

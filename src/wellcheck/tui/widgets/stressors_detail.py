"""The highlighted row of the stressors grid in full: its answers, note, and support within reach.

Shows the helplines of a ticked row that has them (domestic abuse), and the user's own support
contacts when a ticked row's impact is 4 or 5. It is given what to show; it reads nothing itself.
"""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Input, Static

from wellcheck.core.content import Signpost
from wellcheck.core.periods import working_date
from wellcheck.core.stressors import support_lines
from wellcheck.core.stressors_answers import (
    HELP_FROM_TEXT,
    HELP_STATUS_TEXT,
    StressorAnswer,
    SupportContacts,
)
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.words import Words


class StressorDetail(Vertical):
    """What the highlighted row holds; the note field is where `e` puts the cursor."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="detail-head"):  # the bar between the grid and the row in full
            yield Words("", id="detail-label", markup=False)
            yield Words("", id="detail-when", markup=False)
        yield Words("", id="detail-answers", markup=False)
        yield TextField(
            placeholder="Note: how it affects you at work (e to write)",
            id="note",
            select_on_focus=False,
        )
        yield Words("", id="note-hint")
        yield Static("", id="signpost")
        yield Words("", id="support-offer")

    def on_mount(self) -> None:
        self.query_one("#note-hint").display = False

    def hint(self, text: str) -> None:
        """Say under the note how to move on ("" puts it away)."""
        hint = self.query_one("#note-hint", Static)
        hint.update(text)
        hint.display = bool(text)

    def show(
        self,
        row: StressorAnswer | None,
        *,
        past: bool,
        signpost: Signpost | None,
        support: SupportContacts,
        today: date,
        day_start_hour: int,
    ) -> None:
        note = self.query_one("#note", Input)
        if row is None:
            self._put("#detail-label", "")
            self._put("#detail-when", "")
            self._put(
                "#detail-answers",
                "Move to a row with ↑ ↓. On a “What else?” line, a or Enter adds your own.",
            )
            note.display = False
            self._offers(None, None, support)
            return
        self._put("#detail-label", row.label)
        self._put("#detail-when", changed(row, today, day_start_hour))
        self._put("#detail-answers", describe(row, past))
        note.display = True
        if note.value != row.note and not note.has_focus:
            # While the note is being typed, the field holds the newest words: a save that
            # comes back with an older note must not put them back (and move the cursor).
            with note.prevent(Input.Changed):
                note.value = row.note
        self._offers(row, signpost, support)

    def _offers(
        self, row: StressorAnswer | None, signpost: Signpost | None, support: SupportContacts
    ) -> None:
        ticked = row is not None and row.ticked
        box = self.query_one("#signpost", Static)
        box.display = ticked and signpost is not None
        if ticked and signpost is not None:
            self._put("#signpost", signpost_text(signpost))
        offer = self.query_one("#support-offer", Static)
        offer.display = ticked and row is not None and (row.impact or 0) >= 4
        if offer.display:
            self._put("#support-offer", support_text(support))

    def _put(self, selector: str, content: str) -> None:
        """Show `content` in the line `selector` names, unless it shows it already: the row
        highlighted as the grid opens is shown twice (composed, then highlighted), and each
        update asked for a layout of the whole screen, a frame after the first."""
        line = self.query_one(selector, Static)
        if line.content != content:
            line.update(content)


PAST = "More than six months ago: space re-ticks it if it still applies, Delete clears it."


def changed(row: StressorAnswer, today: date, day_start_hour: int) -> str:
    """When the row was last changed: "changed Mon 23 Nov" (with the year if not this one).
    The day is the working day it was changed on, as home and the files count days: a row
    changed at 2 am, before the day starts, was changed the day before."""
    if row.changed_at is None:
        return ""
    day = working_date(row.changed_at.astimezone(), day_start_hour)
    year = f" {day.year}" if day.year != today.year else ""
    return f"changed {day:%a} {day.day} {day:%b}{year}"


def describe(row: StressorAnswer, past: bool) -> str:
    """The row's answers in words: impact, affecting work, help, flag; a row changed more than
    six months ago says how to tick it again or clear it."""
    parts = ["✓ experienced" if row.ticked else "not ticked"]
    parts.append(f"impact {row.impact} of 5" if row.impact else "impact: 1 low – 5 high")
    affecting = {True: "yes", False: "no", None: "–"}[row.affecting_work]
    parts.append(f"affecting work: {affecting}")
    help_words = HELP_STATUS_TEXT[row.help] if row.help else "–"
    help_words += f", {HELP_FROM_TEXT[row.help_from]}" if row.help_from else ""
    parts.append(f"help: {help_words}")
    if row.flagged:
        parts.append("⚑ take to supervision")
    return " · ".join(parts) + ("\n" + PAST if past else "")


def signpost_text(signpost: Signpost) -> str:
    lines = [f"[b]{escape(signpost.title)}[/b]"]
    for line in signpost.lines:
        note = f" — {line.note}" if line.note else ""
        lines.append(f"[b]{escape(line.number)}[/b]  {escape(line.name)}{escape(note)}")
    return "\n".join(lines)


def support_text(support: SupportContacts) -> str:
    lines = support_lines(support)
    if len(lines) > 1:
        lines[0] = "Your support (c to change):"
    return "\n".join(escape(line) for line in lines)

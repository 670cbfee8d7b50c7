"""The stressors grid as a keyboard list: one line per row, showing tick, impact and flag.

Keys change the highlighted row and post RowChanged; the screen saves (the widget never sees the
store). Category headings are disabled lines the highlight skips; each category ends with its
"what else?" line, where `a` (or Enter) adds a row in the user's own words.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Literal

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets.option_list import Option

from wellcheck.core.content import GridCategory, GridItem
from wellcheck.core.stressors import (
    blank_row,
    cleared,
    flag_toggled,
    is_past,
    next_affecting,
    next_help,
    next_help_from,
    toggled,
    with_impact,
)
from wellcheck.core.stressors_answers import StressorAnswer
from wellcheck.tui.bindings import CLEAR, LIST_MOVES
from wellcheck.tui.widgets.options import SteadyOptionList
from wellcheck.tui.widgets.stressors_line import RowLine

ADD = "add:"
HEADING = "cat:"
Change = Literal["changed", "cleared", "put back"]
CHANGED: Change = "changed"
CLEARED: Change = "cleared"
PUT_BACK: Change = "put back"


class StressorGrid(SteadyOptionList):
    BINDINGS = [
        # Taken as they arrive (priority), as every key that answers or moves is: a key that
        # reached the grid through its queue would be acted on after the keys that came with
        # it, and e (the note), a (a row of one's own), c or Escape, taken as they arrive,
        # would already have moved the focus away: Space 4 e in one burst lost the tick.
        # The footer (80 columns) shows the most used and the ones named nowhere else on
        # screen; w, h, f (named in the row's detail) and ctrl+z (said when a row is cleared)
        # are in the keys screen (?), with every other key.
        Binding("space", "tick", "Tick", priority=True),
        Binding("1", "impact(1)", "Impact", key_display="1-5", priority=True),
        *[
            Binding(str(n), f"impact({n})", f"Impact {n}", show=False, priority=True)
            for n in range(2, 6)
        ],
        Binding("w", "affecting", "Work", show=False, priority=True),
        Binding("h", "help", "Help", show=False, priority=True),
        Binding("f", "help_from", "From", show=False, priority=True),
        Binding("s", "flag", "Supervise", priority=True),
        Binding(CLEAR, "clear", "Clear", priority=True),
        Binding("ctrl+z", "put_back", "Put back", show=False, priority=True),
        *LIST_MOVES,
    ]

    class RowChanged(Message):
        """A row's answers changed (`how`: changed, cleared, or put back as it was before it
        was cleared); the screen saves them at once."""

        def __init__(self, entry_id: str, row: StressorAnswer, how: Change = CHANGED) -> None:
            super().__init__()
            self.entry_id, self.row, self.how = entry_id, row, how

    def __init__(
        self, grid: GridItem, rows: dict[str, StressorAnswer], today: date, *, id: str
    ) -> None:
        self.grid = grid
        self.rows = rows
        self.today = today
        self.before_clear: tuple[str, StressorAnswer, StressorAnswer] | None = None
        """The row last cleared (its id, as it was, as cleared), for ctrl+z to put back."""
        super().__init__(*self._build_options(), id=id)

    # -- what is shown -----------------------------------------------------------------------

    def _build_options(self) -> list[Option]:
        options: list[Option] = []
        for category in self.grid.categories:
            heading = Text(category.label, style="bold")
            options.append(Option(heading, id=HEADING + category.id, disabled=True))
            ids = [e.id for e in category.entries]
            ids += [k for k, r in self.rows.items() if r.own and r.category == category.id]
            options += [Option(self._line(i), id=i) for i in ids]
            if category.what_else:
                label = f"  + {category.what_else} Add your own (a)"
                options.append(Option(Text(label, style="italic"), id=ADD + category.id))
        return options

    def row(self, entry_id: str) -> StressorAnswer:
        """The answers on a row (blank if none were given yet)."""
        if entry_id in self.rows:
            return self.rows[entry_id]
        category, entry = self.grid.entry(entry_id)
        return blank_row(category, entry)

    def past(self, entry_id: str) -> bool:
        return is_past(self.row(entry_id), self.today, self.grid.lookback_months)

    def _line(self, entry_id: str) -> RowLine:
        row = self.row(entry_id)
        return RowLine(
            ticked=row.ticked,
            label=row.label,
            impact=row.impact if row.ticked else None,
            flagged=row.flagged,
            noted=bool(row.note.strip()),  # so a note kept on a cleared row is never hidden
            past=self.past(entry_id),
        )

    def current_id(self) -> str | None:
        """The entry id of the highlighted row; None on a heading or a "what else?" line."""
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        if option_id is None or option_id.startswith((ADD, HEADING)):
            return None
        return option_id

    def set_row(self, entry_id: str, row: StressorAnswer) -> None:
        """Show a row's answers as saved (with its changed time)."""
        self.rows[entry_id] = row
        self.replace_option_prompt(entry_id, self._line(entry_id))

    def add_own(self, entry_id: str, row: StressorAnswer) -> None:
        """Show a new row of the user's own just above its category's "what else?" line."""
        self.rows[entry_id] = row
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(self._build_options())
        self.highlighted = self.get_option_index(entry_id) if highlighted is not None else None

    def on_resize(self) -> None:
        """Smaller (a notice made room above the footer): the highlighted row stays in view."""
        self.scroll_to_highlight()

    # -- keys --------------------------------------------------------------------------------

    def _change(self, build: str, *args: int) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        row = self.row(entry_id)
        changes = {
            "tick": lambda: toggled(row, self.today, self.grid.lookback_months),
            "impact": lambda: with_impact(row, args[0]),
            "affecting": lambda: next_affecting(row),
            "help": lambda: next_help(row),
            "help_from": lambda: next_help_from(row),
            "flag": lambda: flag_toggled(row),
            "clear": lambda: cleared(row),
        }
        new = changes[build]()
        how = CHANGED
        if build == "clear" and _answers(new) != _answers(row):
            how = CLEARED  # something was cleared: ctrl+z puts it back
            self.before_clear = (entry_id, row, new)
        self.set_row(entry_id, new)
        self.post_message(self.RowChanged(entry_id, new, how))

    def action_tick(self) -> None:
        self._change("tick")

    def action_impact(self, impact: int) -> None:
        self._change("impact", impact)

    def action_affecting(self) -> None:
        self._change("affecting")

    def action_help(self) -> None:
        self._change("help")

    def action_help_from(self) -> None:
        self._change("help_from")

    def action_flag(self) -> None:
        self._change("flag")

    def action_clear(self) -> None:
        self._change("clear")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "put_back":
            return self._put_back() is not None
        return True

    def _put_back(self) -> tuple[str, StressorAnswer] | None:
        """The row ctrl+z would put back: the one last cleared, while it is still as cleared
        (a change since, a tick or a note, is kept: ctrl+z then puts nothing back)."""
        if self.before_clear is None:
            return None
        entry_id, before, after = self.before_clear
        if _answers(self.row(entry_id)) != _answers(after):
            return None
        return entry_id, before

    def action_put_back(self) -> None:
        """ctrl+z: the row last cleared, as it was (its time too), highlighted and saved."""
        found = self._put_back()
        if found is None:
            return
        entry_id, before = found
        self.before_clear = None
        self.highlighted = self.get_option_index(entry_id)
        self.set_row(entry_id, before)
        self.post_message(self.RowChanged(entry_id, before, PUT_BACK))

    def category_to_add(self) -> GridCategory | None:
        """The category a row of one's own would be added to from here (one with "what
        else?"): the highlighted line's."""
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id or ""
        category_id = option_id.removeprefix(ADD)
        if category_id == option_id:
            category_id = self.row(option_id).category if option_id else ""
        for category in self.grid.categories:
            if category.id == category_id and category.what_else:
                return category
        return None


def _answers(row: StressorAnswer) -> StressorAnswer:
    """A row's answers without the time they were saved at."""
    return replace(row, changed_at=None)

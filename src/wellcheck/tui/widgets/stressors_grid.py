"""The stressors grid as a keyboard list: one line per row, showing tick, impact and flag.

Keys change the highlighted row and post RowChanged; the screen saves (the widget never sees the
store). Category headings are disabled lines the highlight skips; each category ends with its
"what else?" line, where `a` (or Enter) adds a row in the user's own words.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
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
from wellcheck.tui.widgets.stressors_line import RowLine

ADD = "add:"
HEADING = "cat:"


class StressorGrid(OptionList):
    BINDINGS = [
        Binding("space", "tick", "Tick"),
        Binding("1", "impact(1)", "Impact", key_display="1-5"),
        *[Binding(str(n), f"impact({n})", f"Impact {n}", show=False) for n in range(2, 6)],
        Binding("w", "affecting", "Work"),
        Binding("h", "help", "Help"),
        Binding("f", "help_from", "From"),
        Binding("s", "flag", "Supervise"),
        Binding("x,delete", "clear", "Clear", show=False),
    ]

    class RowChanged(Message):
        """A row's answers changed; the screen saves them at once."""

        def __init__(self, entry_id: str, row: StressorAnswer) -> None:
            super().__init__()
            self.entry_id, self.row = entry_id, row

    def __init__(
        self, grid: GridItem, rows: dict[str, StressorAnswer], today: date, *, id: str
    ) -> None:
        self.grid = grid
        self.rows = rows
        self.today = today
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
        self.set_row(entry_id, new)
        self.post_message(self.RowChanged(entry_id, new))

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

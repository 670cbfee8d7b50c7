"""The personal-stressors reflection grid: a prompt list for reflection, answered by keyboard.

The grid (a list) above, the highlighted row in full below. Every change is saved at
once; the screen keeps the saved rows so that their changed times are shown.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, OptionList

from wellcheck.core.content import GridCategory
from wellcheck.core.stressors import own_row, with_note
from wellcheck.core.stressors_answers import StressorAnswer
from wellcheck.session.outcome import Outcome
from wellcheck.session.stressors import OpenStressors
from wellcheck.tui.protocols import LeaveGuard, Saves, open_screen, report, retry_after
from wellcheck.tui.screens.base import QuickScreen
from wellcheck.tui.screens.stressors_own_row import Keeps, OwnRowDialog
from wellcheck.tui.screens.stressors_support import SupportScreen
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.stressors_detail import StressorDetail
from wellcheck.tui.widgets.stressors_grid import CLEARED, PUT_BACK, StressorGrid
from wellcheck.tui.widgets.words import Words

NOTE_HINT = "Your note is saved as you type. Escape goes back to the grid."
ROW_CLEARED = "Row cleared — ctrl+z puts it back."
ROW_PUT_BACK = "Row put back as it was."
HONEST = "A prompt list for reflection, not a formal or validated assessment."
"""One line at 80 columns: the title says which months it looks back over."""


class StressorsScreen(QuickScreen):
    BINDINGS = [
        # The keys that leave the grid are the screen's, taken as they arrive (priority): the
        # words typed right after e or Enter go into the note, never to the grid as its keys.
        Binding("e", "note", "Note", show=False, priority=True),  # the note says "e to write"
        Binding("enter", "enter", "Note", show=False, priority=True),
        Binding("a", "add", "Add", priority=True),
        Binding("c", "contacts", "Contacts", priority=True),
        # Escape is home on every screen: not in the grid's footer (80 columns), the keys
        # screen says so. From the note it is the grid, and the footer says that. Not taken
        # as it arrives: the words typed before it go into the note first (taken at once, it
        # moved to the grid with them still on their way, and an arrow after it took them to
        # another row); the keys after it wait until it has acted (`AppFrame`).
        Binding("escape", "back", "Home", show=False),
        Binding("escape", "to_grid", "Grid"),
    ]

    def __init__(self, stressors: OpenStressors) -> None:
        super().__init__(classes="stressors")
        self.stressors = stressors
        self.instrument = stressors.instrument
        self.grid = stressors.grid
        self.rows: dict[str, StressorAnswer] = stressors.rows()
        self.support = stressors.support
        self.today = stressors.today
        self.unsaved: set[str] = set()
        self.leaving = LeaveGuard()
        """Rows whose last save failed (disk full…): retried on a quick exit."""

    def compose(self) -> ComposeResult:
        months = self.grid.lookback_months
        yield Words(f"{self.instrument.title} — about the last {months} months", id="title")
        yield Words(HONEST, id="honest")
        yield StressorGrid(self.grid, self.rows, self.today, id="grid")
        yield StressorDetail(id="detail")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        grid = self.grid_widget()
        grid.focus()
        grid.highlighted = 1
        self.show_detail()

    def grid_widget(self) -> StressorGrid:
        return self.query_one("#grid", StressorGrid)

    def show_detail(self) -> None:
        grid = self.grid_widget()
        entry_id = grid.current_id()
        detail = self.query_one("#detail", StressorDetail)
        day_start = self.stressors.ctx.settings.day_start_hour
        if entry_id is None:
            detail.show(
                None,
                past=False,
                signpost=None,
                support=self.support,
                today=self.today,
                day_start_hour=day_start,
            )
            return
        detail.show(
            grid.row(entry_id),
            past=grid.past(entry_id),
            signpost=self.grid.signposts.get(entry_id),
            support=self.support,
            today=self.today,
            day_start_hour=day_start,
        )

    @on(OptionList.OptionHighlighted, "#grid")
    def row_highlighted(self) -> None:
        self.show_detail()

    @on(StressorGrid.RowChanged)
    def row_changed(self, event: StressorGrid.RowChanged) -> None:
        event.stop()
        self.save(event.entry_id, event.row)
        if event.how == CLEARED:
            self.notify(ROW_CLEARED, title="Cleared", timeout=10)
        elif event.how == PUT_BACK:
            self.notify(ROW_PUT_BACK, title="Put back")

    def save(self, entry_id: str, row: StressorAnswer) -> None:
        """Save at once; show the saved row (with its time), or keep the change on screen."""
        saved = self._saved(entry_id, row)
        self.grid_widget().set_row(entry_id, saved or row)
        self.show_detail()

    def _saved(self, entry_id: str, row: StressorAnswer) -> StressorAnswer | None:
        outcome = self.stressors.save_row(entry_id, row)
        if outcome.saved:
            self.unsaved.discard(entry_id)
        else:
            self.unsaved.add(entry_id)
        grid = self.grid_widget()
        report(
            self,
            retry_after(outcome, self.unsaved, lambda e: self.stressors.save_row(e, grid.row(e))),
        )
        return outcome.value

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        grid = next(iter(self.query("#grid").results(StressorGrid)), None)
        if grid is None:  # not composed yet, or being taken down: the footer may still ask
            return action not in ("note", "add", "contacts", "enter", "to_grid")
        on_grid = self.focused is grid
        if action == "note":
            return on_grid and grid.current_id() is not None
        if action == "add":
            return on_grid and grid.category_to_add() is not None
        if action == "contacts":
            return on_grid
        if action not in ("enter", "back", "to_grid"):
            return True
        focused = self.focused  # the note, found only if it is what has the focus
        in_note = isinstance(focused, Input) and focused.id == "note"
        if action == "enter":
            return on_grid or in_note
        return in_note == (action == "to_grid")

    def action_note(self) -> None:
        self.query_one("#detail", StressorDetail).hint("")
        self.set_focus(self.query_one("#note", Input))

    def action_enter(self) -> None:
        """On a row: its note; on a "what else?" line: a row of your own. In the note Enter
        stays (it never hands the words typed after it to the grid as its keys): it says that
        Escape goes back to the grid."""
        grid = self.grid_widget()
        if self.focused is not grid:
            self.query_one("#detail", StressorDetail).hint(NOTE_HINT)
        elif grid.current_id() is not None:
            self.action_note()
        else:
            self.action_add()

    def action_add(self) -> None:
        category = self.grid_widget().category_to_add()
        if category is not None:
            self.add_wanted(category)

    @on(Input.Changed, "#note")
    def note_changed(self, event: Input.Changed) -> None:
        event.stop()
        grid = self.grid_widget()
        entry_id = grid.current_id()
        if entry_id is None or grid.row(entry_id).note == event.value:
            return
        self.save(entry_id, with_note(grid.row(entry_id), event.value))

    def add_wanted(self, category: GridCategory) -> None:
        def added(label: str | None) -> None:
            if label:
                self.add_own(category, label)
                self.action_note()  # Enter added it: the words after it go to its note

        dialog = OwnRowDialog(category.label, category.what_else, self._keeper(category))
        open_screen(self, dialog, added)

    def add_own(self, category: GridCategory, label: str) -> None:
        entry_id = self.stressors.new_own_id()
        row = own_row(category, label)
        saved = self._saved(entry_id, row)
        self.grid_widget().add_own(entry_id, saved or row)
        self.show_detail()

    def _keeper(self, category: GridCategory) -> Keeps:
        """Saves a row of the user's own without touching the screen (for a quick exit)."""
        stressors = self.stressors
        return lambda label: [stressors.save_row(stressors.new_own_id(), own_row(category, label))]

    def take_unsaved(self) -> Saves | None:
        """A note typed but not saved, and rows whose save failed, as a call that saves them."""
        grid = self.grid_widget()
        rows = {entry_id: grid.row(entry_id) for entry_id in self.unsaved}
        note = self.query_one("#note", Input)
        entry_id = grid.current_id()
        if entry_id is not None and note.display and grid.row(entry_id).note != note.value:
            rows[entry_id] = with_note(grid.row(entry_id), note.value)
        if not rows:
            return None
        stressors = self.stressors

        def save() -> list[Outcome[StressorAnswer]]:
            return [stressors.save_row(entry_id, row) for entry_id, row in rows.items()]

        return save

    def action_contacts(self) -> None:
        screen = SupportScreen(self.support, self.stressors)
        open_screen(self, screen, lambda _: self.show_detail())

    def action_to_grid(self) -> None:
        """Escape in the note: back to its row in the grid, the note's hint put away (it
        stayed, saying "Escape goes back to the grid" on the grid, and under other rows)."""
        self.query_one("#detail", StressorDetail).hint("")
        self.set_focus(self.grid_widget())

    def action_back(self) -> None:
        if self.leaving.may_leave(self):  # a save that failed, tried once more first
            self.dismiss()

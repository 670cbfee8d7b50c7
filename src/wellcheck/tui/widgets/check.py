"""A yes / no (/ not applicable) item with an optional note: y, n, a, and e for the note.

Its prompt, help and choices are one widget (`CheckLine`), not three: a key that answers
restyles and repaints the item it leaves and the one it reaches, and each widget in them is
one more styling and one more render in that key's frame (README, Performance).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_note, with_value
from wellcheck.core.content import CheckItem
from wellcheck.tui.bindings import CLEAR
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget, rows_of
from wellcheck.tui.widgets.fields import TextField

BOLD = Style(bold=True)
CHOSEN = Style(bold=True, reverse=True)


class CheckLine(Widget):
    """The prompt in bold, the help under it, and the choices, the one given marked: the prompt
    and an answered item's choices in the line's own colour, the help and the choices not yet
    answered muted. Each choice is kept whole: in a window too narrow for all three on a line,
    the one that does not fit goes onto the next.

    One component class, not one for each part: each is styled again, as a node of its own,
    whenever the line is (at mount, and at every key that moves the focus onto or off its
    item), and a part in the line's own colour needs none.

    Its lines are drawn as segments (`render_line`), not from a Text that Textual turns into
    lines: every key that answers repaints the item it leaves and the one it reaches, and that
    way (a Content made, wrapped and styled span by span) was a millisecond of each. The words
    are wrapped as Textual wraps them (`Content.wrap`), once for each width."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"check--muted"}
    DEFAULT_CSS = """
    CheckLine {
        height: auto;
        & > .check--muted { color: $text-muted; }
    }
    """

    def __init__(self, item: CheckItem, value: str) -> None:
        super().__init__(classes="line")
        self.item = item
        self.value = value
        self._wrapped: tuple[int, list[str], list[str], list[list[int]]] = (-1, [], [], [])
        """For one width: the prompt's lines, the help's, and which choices go on each line
        (the words never change, and a choice is as wide chosen as not)."""
        self._drawn: tuple[int, list[Strip]] = (-1, [])
        """The lines last drawn, and the width they were drawn for."""

    def _labels(self) -> list[tuple[str, str]]:
        options = [("yes", "y yes"), ("no", "n no")]
        if self.item.allow_na:
            options.append(("na", f"a {self.item.na_label}"))
        return options

    def _wrap(self, width: int) -> tuple[list[str], list[str], list[list[int]]]:
        if self._wrapped[0] != width:
            item = self.item
            prompt = [line.plain for line in Content(item.prompt).wrap(width)]
            notes = [line.plain for line in Content(item.help).wrap(width)] if item.help else []
            cells = [cell_len(label) + 4 for _, label in self._labels()]  # " y yes ✓ "
            rows = rows_of(cells, width, gap=2)
            self._wrapped = (width, prompt, notes, rows)
        return self._wrapped[1], self._wrapped[2], self._wrapped[3]

    def _lines(self) -> list[Strip]:
        """The lines, drawn again only when the line has been refreshed since (a new answer,
        a new style: the focus moving onto or off its item) or its width has changed: the
        contract Textual's own widgets keep their rendered lines by."""
        width = self.content_region.width
        if self._drawn[0] == width and not self._dirty_regions:
            return self._drawn[1]
        base = self.visual_style.rich_style
        muted = base + self.get_component_rich_style("check--muted")
        prompt, notes, rows = self._wrap(width)
        lines = [[Segment(words, base + BOLD)] for words in prompt]
        lines += [[Segment(words, muted)] for words in notes]
        style = base if self.value else muted
        chosen = style + CHOSEN
        labels = self._labels()
        for row in rows:
            segments: list[Segment] = []
            for n in row:
                value, label = labels[n]
                if segments:
                    segments.append(Segment("  ", style))
                if value == self.value:
                    segments.append(Segment(f" {label} ✓ ", chosen))
                else:
                    segments.append(Segment(f" {label}   ", style))
            lines.append(segments)
        strips = [Strip(segments) for segments in lines]  # padded by Textual, as text is
        self._drawn = (width, strips)
        self._dirty_regions.clear()
        return strips

    def render_line(self, y: int) -> Strip:
        lines = self._lines()
        if y < len(lines):
            return lines[y]
        return Strip.blank(self.content_region.width, self.visual_style.rich_style)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        prompt, notes, rows = self._wrap(width)
        return len(prompt) + len(notes) + len(rows)


class CheckWidget(ItemWidget, can_focus=True):
    """Shows the prompt and the answer given; keys answer and move on."""

    BINDINGS = [Binding(CLEAR, "clear", "Clear", priority=True)]
    """Taken as it arrives (priority), as y and n are; never from the note, where Backspace and
    Delete edit the words. y, n, a and e are the screen's keys (ChecklistScreen)."""

    value: reactive[str] = reactive("", repaint=False)  # its CheckLine is what repaints

    def __init__(self, item: CheckItem, answer: Answer | None, *, id: str | None = None) -> None:
        super().__init__(item, answer, id=id)
        self.item: CheckItem = item
        self.set_reactive(CheckWidget.value, str(answer.value or "") if answer else "")
        self.set_class(bool(self.value), "answered", update=False)  # no style depends on it

    def compose(self) -> ComposeResult:
        yield CheckLine(self.item, self.value)
        if self.answer and self.answer.note:
            yield self._note_field()

    def _note_field(self) -> TextField:
        """The note's field: composed only for a note written, else mounted when asked for
        (`e`): an Input is the costliest widget to style, and most answers have no note."""
        return TextField(
            self.answer.note if self.answer else "",
            placeholder="A note (optional)",
            classes="note",
            select_on_focus=False,
        )

    def _note(self) -> Input | None:
        return next(iter(self.query(".note").results(Input)), None)

    def watch_value(self) -> None:
        for line in self.query(CheckLine).results(CheckLine):
            # The same width whichever is chosen: repainted, never laid out again.
            line.value = self.value
            line.refresh()
        self.set_class(bool(self.value), "answered", update=False)

    def answers_key(self, key: str) -> bool:
        return key in ("y", "n") or (key == "a" and self.item.allow_na)

    def answer_key(self, key: str) -> Answer:
        self.value = {"y": "yes", "n": "no", "a": "na"}[key]
        self.answer = with_value(self.item, self.answer, self.value)
        return self.answer

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear":
            return self.has_focus  # in the note the key is the note's (tui/widgets/fields.py)
        return True

    def action_clear(self) -> None:
        self.value = ""
        self.answer = with_value(self.item, self.answer, None)
        self.post_message(ItemAnswered(self.item.id, self.answer, advance=False))

    def open_note(self) -> Input:
        """The note field, mounted under the choices if it was not there, for the screen to
        move to (keys typed meanwhile wait in its queue, in order, until it is mounted)."""
        note = self._note()
        if note is None:
            note = self._note_field()
            self.mount(note, after=self.query_one(CheckLine))
        return note

    def pending(self) -> Answer | None:
        field = self._note()
        note = field.value if field is not None else ""
        if (self.answer.note if self.answer else "") == note:
            return None
        return with_note(self.item, self.answer, note)

    @on(Input.Changed, ".note")
    def note_changed(self, event: Input.Changed) -> None:
        event.stop()
        if (self.answer.note if self.answer else "") == event.value:
            return
        self.answer = with_note(self.item, self.answer, event.value)
        self.post_message(ItemAnswered(self.item.id, self.answer))

"""The keys of the screen below, in plain words: ? (or F1) opens it on every screen and dialog,
Escape or ? closes it. Built from that screen's own bindings (`tui/keymap.py`)."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen, Screen

from wellcheck.tui.key_words import SCREEN_NAMES
from wellcheck.tui.keymap import KeyLine, key_lines
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

KEYS_WIDTH = 12
"""The column the keys are written in; the words follow it."""
CLOSE_HINT = "↑ ↓ scroll this list · Escape or ? closes it"
BOX_HEIGHT, BOX_WIDTH = 22, 78
"""The box's height at most, with its border: at 80×24, the screen above the footer less a row."""


class KeysScreen(ModalScreen[None]):
    """Shows; changes nothing. The app's ? (or F1) closes it again (`show_keys`)."""

    DEFAULT_CSS = """
    KeysScreen {
        align: center middle;
    }
    KeysScreen #keys-box {
        width: 78;
        max-width: 100%;
        max-height: 22;
        height: auto;
        padding: 0 1;
        border: round $accent;
        background: $panel;
    }
    KeysScreen #keys-list {
        height: auto;
        max-height: 18;
        background: $panel;
        scrollbar-gutter: stable;  /* its scrollbar, placed a layout later, moves no words */
    }
    KeysScreen .dialog-title {
        text-style: bold;
    }
    KeysScreen .help {
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("escape", "close", "Close", priority=True),
        Binding("ctrl+q", "app.quick_exit", "Quit", priority=True),  # as every dialog's footer
    ]
    """? and F1 close it too: the app's own keys (`WellcheckApp.action_show_keys`)."""

    def __init__(self, below: Screen[Any]) -> None:
        super().__init__()
        name = SCREEN_NAMES.get(type(below).__name__, "this screen")
        self.title_line = f"Keys of {name}"
        self.lines = key_lines(below, below.app)
        self._fitted: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="keys-box"):
            yield Words(self.title_line, classes="dialog-title")
            with VerticalScroll(id="keys-list"):
                yield Words(listed(self.lines), id="keys")
            yield Words(CLOSE_HINT, classes="help")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#keys-list").focus()
        self._fit(self.app.size)
        self.screen_layout_refresh_signal.subscribe(self, self._fit_to_room)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)

    def _fit_to_room(self, _: Screen[Any]) -> None:
        """Laid out again (a notice's band came above the footer, or went): fit the room."""
        self._fit(self.size)

    def _fit(self, size: Size) -> None:
        """The box within the window, above the footer and any notice, however small the
        window: its list scrolls (at 80×24 the box is 22 high, its list 18), its title and
        hint wrap. A notice (the first start's, a save that failed) takes the rows it needs
        from the box, so that it never covers the end of the list."""
        room = size.height - 2
        band = self.query("ToastRack")
        if band and band.first().region.height:
            room = min(room, band.first().region.y)
        box = min(BOX_HEIGHT, max(room, 6))
        inner = max(min(BOX_WIDTH, size.width) - 4, 1)  # less the border and the padding
        words = sum(len(Content(line).wrap(inner)) for line in (self.title_line, CLOSE_HINT))
        words += 1  # the title's margin (`.dialog-title`)
        fitted = (box, max(box - 2 - words, 1))
        if fitted == self._fitted:
            return  # as it is: setting the same again would lay the screen out again
        self._fitted = fitted
        self.query_one("#keys-box").styles.max_height = fitted[0]
        self.query_one("#keys-list").styles.max_height = fitted[1]

    def action_close(self) -> None:
        self.dismiss(None)


def listed(lines: list[KeyLine]) -> Group:
    """The lines under their headings: each key in bold, its words beside it (wrapped there)."""
    parts: list[RenderableType] = []
    tables: dict[str, Table] = {}
    for line in lines:
        if line.group not in tables:
            table = Table.grid(padding=(0, 1))
            table.add_column(width=KEYS_WIDTH, style="bold")  # "Delete / Backspace" folds
            table.add_column(ratio=1)
            tables[line.group] = table
            if parts:
                parts.append(Text(""))
            parts += [Text(line.group, "bold underline"), table]
        tables[line.group].add_row(line.keys, line.words)
    return Group(*parts)

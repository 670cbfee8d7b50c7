"""The summary screen: preview exactly what each format holds, then write it to a file.

The preview is the very document that would be written (the same `render` call), shown as
plain text: Markdown and HTML wrapped to the screen's width (their lines are as long as a
paragraph), the text page and JSON as they are (Shift+← → scroll a wide line). `v` chooses the
weeks: this one, the last four, since the last supervision, this month. The app builds the
summary and writes the file; this screen only asks.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from wellcheck.core.pack import AnySummary
from wellcheck.core.periods import Span
from wellcheck.core.summary import WeeklySummary
from wellcheck.report.pack_words import pack_label
from wellcheck.report.render import default_name, render
from wellcheck.tui.bindings import DIALOG_KEYS
from wellcheck.tui.protocols import open_screen
from wellcheck.tui.screens.base import QuickScreen
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

FORMAT_KEYS = {"1": "text", "2": "markdown", "3": "html", "4": "json"}
"""The n-th format, as a digit chooses the n-th option on every screen (the key map)."""
FORMAT_NAMES = {"text": "Text", "markdown": "Markdown", "html": "HTML", "json": "JSON"}
WRAPPED = ("markdown", "html")
"""Formats whose preview wraps at the screen's edge: a line of theirs is a paragraph."""


class SummaryScreen(QuickScreen):
    """Escape goes back home. Nothing is written until the user chooses a file."""

    BINDINGS = [  # in the footer's order: what it keeps first in a narrow window, w and v
        Binding("w", "write", "Write", priority=True),  # what is typed after w: the dialog's
        Binding("v", "period", "Weeks"),
        Binding("escape", "app.pop_screen", "Home"),
        *[Binding(k, f"format('{fmt}')", FORMAT_NAMES[fmt]) for k, fmt in FORMAT_KEYS.items()],
        # ← → are the screen's (priority), not the preview's: they move between weeks, as
        # they move between periods everywhere; Shift+← → scroll a wide preview sideways.
        Binding("left", "week(-1)", "Week", key_display="← →", priority=True),  # one place
        Binding("right", "week(1)", "Week after", show=False, priority=True),
        Binding("shift+left", "sideways(-1)", "Scroll left", show=False),
        Binding("shift+right", "sideways(1)", "Scroll right", show=False),
    ]

    class WeekChosen(Message):
        """The user asked for another week: `step` weeks from the one shown."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class PeriodChosen(Message):
        """The user asked for the next choice of weeks (one, the last four, since the last
        supervision, this month)."""

    class WriteChosen(Message):
        """The user chose a file for the document shown."""

        def __init__(self, path: Path, document: str, fmt: str) -> None:
            super().__init__()
            self.path, self.document, self.fmt = path, document, fmt

    summary: reactive[AnySummary | None] = reactive(None, always_update=True)
    fmt: reactive[str] = reactive("text")

    def __init__(self, summary: AnySummary, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.set_reactive(SummaryScreen.summary, summary)
        self.span: Span | None = None
        """The weeks shown (set by whoever opens the screen, with the summary)."""
        self.document = ""
        self.ready = False
        """Set once composed: the preview can only be shown after that."""

    def compose(self) -> ComposeResult:
        yield Words("", id="title")
        yield Words("", id="preview-head")
        with VerticalScroll(id="preview-scroll"):
            yield Words("", id="preview")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.ready = True
        self.query_one("#preview-scroll").focus()
        self.show()

    def watch_summary(self) -> None:
        self.show()

    def watch_fmt(self) -> None:
        self.show()

    def show(self) -> None:
        if not self.ready or self.summary is None:
            return
        self.document = render(self.summary, self.fmt)
        self.query_one("#title", Static).update(screen_title(self.summary))
        self.query_one("#preview-head", Static).update(
            f"The {self.fmt} file, exactly as w would write it. Nothing is saved until then."
        )
        wrapped = self.fmt in WRAPPED
        preview = self.query_one("#preview", Static)
        preview.set_class(wrapped, "wrapped")
        preview.update(Text(self.document, no_wrap=not wrapped))
        self.query_one("#preview-scroll", VerticalScroll).scroll_home(animate=False)

    def action_format(self, fmt: str) -> None:
        self.fmt = fmt

    def action_week(self, step: int) -> None:
        self.post_message(self.WeekChosen(step))

    def action_period(self) -> None:
        self.post_message(self.PeriodChosen())

    def action_sideways(self, step: int) -> None:
        scroll = self.query_one("#preview-scroll", VerticalScroll)
        scroll.scroll_relative(x=step * 8, animate=False)

    def action_write(self) -> None:
        if self.summary is None:
            return
        suggested = self.folder / default_name(self.summary, self.fmt)
        document, fmt = self.document, self.fmt

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.post_message(self.WriteChosen(path, document, fmt))

        open_screen(self, WriteDialog(suggested, fmt), chosen)


def screen_title(summary: AnySummary) -> str:
    """Weekly summary — 2026-W47; Supervision pack — weeks 45 to 48, since supervision on…"""
    if isinstance(summary, WeeklySummary):
        return f"Weekly summary — {summary.week}"
    return f"Supervision pack — {pack_label(summary)}"


class WriteDialog(ModalScreen[Path | None]):
    """Ask where to write; a file that exists is only replaced on a second Enter."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel"), *DIALOG_KEYS]

    def __init__(self, suggested: Path, fmt: str) -> None:
        super().__init__()
        self.suggested = suggested
        self.fmt = fmt
        self.confirm: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Words(f"Write the {self.fmt} summary", classes="dialog-title")
            yield Words("File (readable by you only):", classes="label")
            yield TextField(str(self.suggested), id="path")
            yield Words("", id="problem")
        yield KeysFooter()

    @on(Input.Submitted, "#path")
    def path_entered(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        path = Path(text).expanduser()
        problem = self.query_one("#problem", Static)
        if path.is_dir():
            problem.update("That is a folder: add a file name.")
        elif not path.parent.is_dir():
            problem.update("That folder does not exist.")
        elif path.exists() and self.confirm != path:
            self.confirm = path
            problem.update("A file of that name exists. Press Enter again to replace it.")
        else:
            self.dismiss(path)

"""The passphrase, asked on a screen of its own: when the app starts on an encrypted store, and
when it locks itself after being left alone. Nothing of the user's is on it.

The field is masked and never copied out; Enter takes its words and clears it at once, and they
are handed to the unlocking thread (about half a second of Argon2id) and kept no longer. While it
opens, keys typed are dropped, not kept for what opens next: a passphrase's letters never reach
home as its keys. A wrong passphrase says the one line of its outcome and asks again, as often
as needed. Escape (and ctrl+q, and three quick Escapes) leaves wellcheck, saving as a quick exit
does whatever the screens below hold.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from wellcheck.session.encryption import UNLOCK_PROMPT
from wellcheck.session.outcome import Outcome
from wellcheck.tui.messages import StoreUnlocked
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

Unlocks = Callable[[str], Outcome[None]]
"""`Session.unlock`: the passphrase (or the recovery key) → unlocked, or why not in one line."""
OPENING = "Opening…"
EMPTY = "Type your passphrase, then Enter."
LONGEST = 4096
"""Characters a passphrase may have, as on the command line (`cli/unlocking.py`)."""


class SecretField(TextField):
    """A masked one-line field (Backspace in turn with the keys typed, as every field of ours)
    whose words are never copied to the clipboard, and which takes no keys while disabled
    (Textual gives a disabled field the keys already on their way to it)."""

    JOINS_PASTED_LINES = False

    def __init__(self, *, id: str) -> None:
        super().__init__(password=True, max_length=LONGEST, select_on_focus=False, id=id)

    async def _on_key(self, event: events.Key) -> None:
        if self.disabled:  # before TextField's and Input's own handlers, then skipped
            event.prevent_default()
            event.stop()

    def _on_paste(self, event: events.Paste) -> None:
        if self.disabled:
            event.prevent_default()
            event.stop()

    def action_copy(self) -> None:
        """Nothing is copied out of a passphrase field: ctrl+c acts as it does elsewhere."""
        raise SkipAction()

    def action_cut(self) -> None:
        """Nor cut out of it."""


class UnlockScreen(Screen[None]):
    """Posts `StoreUnlocked` once the passphrase opened the store; the app goes on from there."""

    AUTO_FOCUS = "#secret"
    BINDINGS = [
        Binding("enter", "open", "Open", priority=True),
        # Enter typed before the app has taken the terminal over arrives as a newline (ctrl+j)
        Binding("ctrl+j", "open", show=False, priority=True),
        Binding("escape", "app.quick_exit", "Leave"),
    ]

    def __init__(self, unlock: Unlocks, line: str) -> None:
        super().__init__()
        self.unlock = unlock
        self.line = line
        """What is said above the field: why the passphrase is asked."""
        self.opening = False

    def compose(self) -> ComposeResult:
        yield Words("wellcheck", id="title")
        with Vertical(id="dialog"):
            yield Words(self.line, classes="dialog-title", markup=False)
            yield Words(UNLOCK_PROMPT, id="prompt", markup=False)
            yield SecretField(id="secret")
            yield Words("", id="status", markup=False)
        yield KeysFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "open" and self.opening)

    def action_open(self) -> None:
        """Enter: taken as it arrives, so the field is read once the keys typed before it have
        reached it (they travel through its queue, and this goes behind them)."""
        field = self.query_one("#secret", SecretField)
        field.call_later(self.take, field)

    def take(self, field: SecretField) -> None:
        """The words go to the unlocking thread, once, and the field is empty again at once."""
        if self.opening:
            return
        taken = [field.value]
        field.value = ""
        if not taken[0]:
            self.say(EMPTY)
            return
        self.opening = True
        field.disabled = True  # the keys typed while it opens are dropped (`SecretField`)
        self.say(OPENING)
        self.refresh_bindings()
        self.run_worker(
            lambda: self.unlock(taken.pop()),
            name="unlock",
            description="unlocking",  # never the default, the call's repr
            thread=True,
        )

    @on(Worker.StateChanged)
    def opened(self, event: Worker.StateChanged) -> None:
        if event.worker.name != "unlock" or event.state is not WorkerState.SUCCESS:
            return
        outcome = event.worker.result
        if not isinstance(outcome, Outcome):
            return
        if outcome.saved:
            self.post_message(StoreUnlocked())
            return
        self.opening = False
        field = self.query_one("#secret", SecretField)
        field.disabled = False
        field.focus()
        self.say(outcome.problem, problem=True)
        self.refresh_bindings()

    def say(self, line: str, problem: bool = False) -> None:
        status = self.query_one("#status", Static)
        status.update(line)
        status.set_class(problem, "-problem")

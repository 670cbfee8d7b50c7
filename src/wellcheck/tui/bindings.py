"""Key bindings that more than one screen shares, and the keys that mean the same everywhere.

The key map (README, Keys; ARCHITECTURE, the keyboard model): y / n / a answer only a yes / no
question or a confirm dialog; digits choose a number or the n-th option; e writes; Backspace and
Delete clear; ← → move between periods; Escape goes back; Tab / Shift+Tab move on and back; ?
(F1 from a text field, where ? is typed) lists the keys of the screen; ctrl+q quits at once.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

MOVE_BETWEEN_FIELDS: list[BindingType] = [
    # Taken as they arrive (priority), as every key that moves on is: keys typed right after
    # (a quick typist; keys that come together over a remote connection) reach the next field,
    # not the one just left. tests/ui/test_type_ahead.py shows it.
    Binding("tab", "app.focus_next", "Next", show=True, priority=True),
    Binding("shift+tab", "app.focus_previous", "Previous", show=False, priority=True),
]

LIST_MOVES: list[BindingType] = [
    # A list whose keys answer (the stressors grid, a list of signs) takes its moves as they
    # arrive too, as its answers do: ↓ then Space in one burst ticks the row moved to.
    Binding("up", "cursor_up", "Up", show=False, priority=True),
    Binding("down", "cursor_down", "Down", show=False, priority=True),
    Binding("pageup", "page_up", "Page up", show=False, priority=True),
    Binding("pagedown", "page_down", "Page down", show=False, priority=True),
    Binding("home", "first", "First", show=False, priority=True),
    Binding("end", "last", "Last", show=False, priority=True),
]
"""OptionList's own moves, taken as they arrive (priority): see `StressorGrid`."""

CLEAR = "delete,backspace"
"""The keys that clear, on every screen: an answer, a scale, a grid row, a day-off mark, a goal
(asked first). Delete first, so that a footer shows it as "del"."""

SHOW_KEYS: list[BindingType] = [
    # One action for both keys: a footer shows the first one it can, so "? Keys", and "F1 Keys"
    # while a text field has focus (it takes ? as the character typed: it never reaches here).
    Binding("question_mark", "app.show_keys", "Keys", key_display="?", priority=True),
    Binding("f1", "app.show_keys", "Keys", key_display="F1", priority=True),
]
"""On the app, so they act on every screen; a dialog lists them too, for its own footer (a
dialog's footer shows only the dialog's keys)."""
DIALOG_KEYS: list[BindingType] = [
    Binding("ctrl+q", "app.quick_exit", "Quit", priority=True),
    *SHOW_KEYS,
]
"""What every dialog lists for its own footer, as every screen's ends: the keys screen, and
the quick exit (the app's, which acts in a dialog too; its footer did not say so)."""

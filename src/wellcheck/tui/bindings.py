"""Key bindings that more than one screen shares."""

from __future__ import annotations

from textual.binding import Binding, BindingType

MOVE_BETWEEN_FIELDS: list[BindingType] = [
    # Taken as they arrive (priority), as every key that moves on is: keys typed right after
    # (a quick typist; keys that come together over a remote connection) reach the next field,
    # not the one just left. tests/ui/test_type_ahead.py shows it.
    Binding("tab", "app.focus_next", "Next", show=True, priority=True),
    Binding("shift+tab", "app.focus_previous", "Previous", show=False, priority=True),
]

"""Text fields that act on every key in the order typed, Backspace included.

Textual's Input and TextArea insert a printable key as it reaches them, but Backspace, Delete
and the arrows are bindings, acted on only once the key has gone back up to the app: keys that
came together (a paste, an SSH packet) are typed first, and the Backspace then deletes the
wrong character. These take those keys themselves, in turn with the rest.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea

IN_ORDER = {
    "backspace": "delete_left",
    "delete": "delete_right",
    "left": "cursor_left",
    "right": "cursor_right",
}


async def _in_order(field: Input | TextArea, event: events.Key) -> bool:
    """Act on Backspace, Delete or an arrow at once, in turn with the keys typed; False for
    any other key (the field's own handling)."""
    action = IN_ORDER.get(event.key)
    if action is None:
        return False
    event.stop()
    event.prevent_default()
    await field.run_action(action)
    return True


class TextField(Input):
    """A one-line field."""

    async def _on_key(self, event: events.Key) -> None:
        if not await _in_order(self, event):
            await super()._on_key(event)


class TextBox(TextArea):
    """A soft-wrapped text area: Enter is a new line, Tab moves on."""

    async def _on_key(self, event: events.Key) -> None:
        if not await _in_order(self, event):
            await super()._on_key(event)

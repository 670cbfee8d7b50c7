"""Text fields that act on every key in the order typed, Backspace included.

Textual's Input and TextArea insert a printable key as it reaches them, but Backspace, Delete,
the arrows and the other editing keys (ctrl+w, Home...) are bindings, acted on only once the key
has gone back up to the app: keys that came together (a paste, an SSH packet) are typed first,
and the Backspace then deletes the wrong character. These take those keys themselves, in turn
with the rest, each as the field's own binding has it.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Input, TextArea

IN_ORDER = frozenset(
    {
        "backspace",
        "delete",
        "left",
        "right",
        "home",
        "end",
        "shift+left",
        "shift+right",
        "shift+home",
        "shift+end",
        "ctrl+left",
        "ctrl+right",
        "ctrl+a",
        "ctrl+e",
        "ctrl+d",
        "ctrl+k",
        "ctrl+u",
        "ctrl+w",
        "ctrl+backspace",
        "alt+backspace",
        "alt+delete",
    }
)
"""The keys that edit or move within a field, taken in turn with the characters typed: each
does what the field's own binding for it does (Input's and TextArea's differ). Ctrl+W then X
in one burst had deleted the X with the word; Home then X had put the X at the end."""


async def _in_order(field: Input | TextArea, event: events.Key) -> bool:
    """Act on an editing key (`IN_ORDER`) at once, in turn with the keys typed; False for
    any other key (the field's own handling)."""
    if event.key not in IN_ORDER:
        return False
    bound = field._bindings.key_to_bindings.get(event.key)
    if not bound:
        return False
    event.stop()
    event.prevent_default()
    await field.run_action(bound[0].action)
    return True


def _with(classes: str | None, *more: str) -> str:
    return " ".join([*(classes or "").split(), *more])


class TextField(Input):
    """A one-line field.

    Born with the `-valid` class that Input gives a field without validators once its value is
    first set, so that setting it is not a second styling of the field before the first paint.

    A paste of several lines is kept whole, its lines joined by spaces: Textual's Input keeps
    only the first line of a paste, and the rest was lost without a word.
    """

    JOINS_PASTED_LINES = True
    """False: a paste keeps its first line only, as Input has it (a passphrase)."""

    def __init__(self, *args: Any, classes: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, classes=_with(classes, "-valid"), **kwargs)

    async def _on_key(self, event: events.Key) -> None:
        if not await _in_order(self, event):
            await super()._on_key(event)

    def _on_paste(self, event: events.Paste) -> None:
        if not self.JOINS_PASTED_LINES:
            return  # Input's own handler follows
        event.prevent_default()  # not Input's, which would keep the first line
        event.stop()
        self.insert_pasted(" ".join(pasted_lines(event.text)))

    def insert_pasted(self, text: str) -> None:
        """`text` in place of the selection, or at the cursor."""
        if not text:
            return
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *selection)


def pasted_lines(text: str) -> list[str]:
    """A paste's lines with words on them (a blank line, or the newline a copied line ends
    with, holds nothing to keep). The first is kept as it came, its spaces too (` world`
    pasted after `hello`); each line after it starts anew, without the spaces around it."""
    lines = text.splitlines()
    if len(lines) <= 1:
        return lines
    first, *more = lines
    kept = [first] if first.strip() else []
    return kept + [line.strip() for line in more if line.strip()]


class TextBox(TextArea):
    """A soft-wrapped text area: Enter is a new line, Tab moves on.

    Born compact, with its class, when asked to be: TextArea sets `compact` in its constructor,
    where the reactive first takes its default (taking the class away) and then the value given
    (putting it back), each a styling of the field before it is even mounted.

    Its height is reckoned from its text wrapped at the width it is being laid out at (see
    `get_content_height`).
    """

    def __init__(self, *args: Any, classes: str | None = None, **kwargs: Any) -> None:
        compact = bool(kwargs.get("compact"))
        self._reactive_compact = compact  # the reactive's value, there before TextArea sets it
        more = ("-textual-compact",) if compact else ()
        super().__init__(*args, classes=_with(classes, *more), **kwargs)

    async def _on_key(self, event: events.Key) -> None:
        if not await _in_order(self, event):
            await super()._on_key(event)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The lines of its text wrapped at `width`, the width it is being laid out at.

        TextArea wraps its text only once it has been laid out and learns its size: until then
        a reflection that will take two lines is one, the field is laid out one line short,
        and its wrapping a moment later lays the whole screen out again (a second layout of
        every widget before the first paint, and the field growing under the user's eyes).
        Wrapped here, the first layout is the right one, and the wrap that follows finds
        nothing changed. (A text long enough for a scrollbar is wrapped again, narrower, and
        laid out again, as before.)"""
        if not self.soft_wrap:
            return super().get_content_height(container, viewport, width)
        wrap_width = max(0, width - self.gutter_width - 1)  # as TextArea.wrap_width has it
        wrapped = self.wrapped_document
        if wrapped._width != wrap_width:  # else wrapped already, edits included, by TextArea
            wrapped.wrap(wrap_width, tab_width=self.indent_width)
            self._line_cache.clear()
        height = wrapped.height
        self.set_reactive(Widget.virtual_size, Size(0, height))  # laid out at it: no layout
        return height

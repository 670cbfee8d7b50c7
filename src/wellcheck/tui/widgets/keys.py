"""Every screen's footer: its keys drawn as one line by one widget, looking as Textual's does.

Textual's Footer is a container of one widget per key, rebuilt whenever the screen's bindings
change: two or three times while a screen opens, and again at every move of the focus, so a
yes / no answered in a checklist laid the screen out four times over. On the home screen that was
about a fifth of the time to the first paint, on the daily checklist more (README, Performance).
This draws the same keys, with the same styles (the footer's own component classes and theme
variables), in Textual's compact form too (`compact=True`), and only repaints when the bindings
change: never a layout. A click on a key presses it, as on Textual's.

When the keys are more than the line holds, the quick exit and the keys screen (`PINNED`) are
always drawn, at the right end; then the screen's letters, digits and Space (a yes / no's
`y n a`, a note's `e`, the grid's Space and impacts), in the screen's order of them, then its
other keys (arrows), and Tab, Escape, Delete and Backspace (`KNOWN`), which do the same on every
screen, only as room is left (`_rank`). Those that do not fit are left out from the last: the
keys screen (`?`) lists every one.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.strip import Strip
from textual.widget import Widget

Key = tuple[str, str, str, bool, bool]
"""(key, shown key, description, enabled, pinned) of one action shown."""

LINES_KEPT = 16
"""Lines drawn kept (`KeysFooter.lines`): more than any one screen goes between."""
PINNED = frozenset({"quick_exit", "app.quick_exit", "app.show_keys"})
"""The actions every footer shows whatever its width: leaving at once, and the list of keys."""
KNOWN = frozenset({"tab", "escape", "delete", "backspace"})
"""Keys that do the same everywhere (on, back, clear): the first left out of a narrow footer,
so that the letters that answer the question in front of the user stay (a yes / no's `y` and
`n` were left out at 40 columns, for `del`, `tab` and `esc`)."""


class KeysFooter(Widget):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer-key--item"}
    DEFAULT_CSS = """
    KeysFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
        .footer-key--item {
            background: $footer-item-background;
        }
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
            padding: 0 1;
        }
        .footer-key--description {
            padding: 0 1 0 0;
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        &.-compact {
            .footer-key--key {
                padding: 0;
            }
            .footer-key--description {
                padding: 0 0 0 1;
            }
        }
    }
    """
    GAP = {False: 0, True: 1}
    """Cells of footer between two keys (Textual's compact footer keeps one)."""

    def __init__(self, *, compact: bool = False) -> None:
        super().__init__(classes="-compact" if compact else "")
        self.compact = compact
        self.drawn: list[Key] | None = None
        """The keys as last drawn: the bindings changing to the same keys draw nothing."""
        self.fitted: list[Key] = []
        """Those of them that fit the line, in the order drawn (what a click presses)."""
        self.coming: list[Key] | None = None
        """The keys to draw next, as the bindings changed to them (reckoned once, not again)."""
        self.lines: dict[Hashable, tuple[Strip, list[Key]]] = {}
        """Each line as drawn, and the keys it holds, by its keys, width and look: the few a
        screen's footer goes between (a yes / no item with N/A, one without…) are drawn, and
        fitted to the line, once each, not at every key that moves on."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _: Any) -> None:
        keys = self._keys()
        if keys != self.drawn:
            self.coming = keys
            self.refresh()

    def render_line(self, y: int) -> Strip:
        keys = self.coming if self.coming is not None else self._keys()
        look = (tuple(keys), self.size.width, self.rich_style, self.app.theme)
        drawn = self.lines.get(look)
        if drawn is None:
            line = super().render_line(y)  # through `render`
            if len(self.lines) >= LINES_KEPT:
                self.lines.clear()
            self.lines[look] = (line, self.fitted)
            return line
        line, fitted = drawn
        self.drawn, self.fitted, self.coming = keys, fitted, None
        self._dirty_regions.clear()  # as drawn: Textual's own render would clear them
        return line

    def keys_shown(self) -> list[str]:
        """The keys as shown, in order (`^q`, `?`, `del`…): those that fit the line."""
        return [shown for _, shown, _, _, _ in self._fit(self._keys())]

    def _keys(self) -> list[Key]:
        """Each action shown, first binding first; the pinned ones last."""
        found: dict[str, Key] = {}
        for _, binding, enabled, _ in self.screen.active_bindings.values():
            action = binding.action
            if binding.show and action not in found:
                shown = self.app.get_key_display(binding)
                pinned = action in PINNED
                found[action] = (binding.key, shown, binding.description, enabled, pinned)
        keys = list(found.values())
        return [key for key in keys if not key[4]] + [key for key in keys if key[4]]

    def _width(self, key: Key) -> int:
        """The cells one key takes, with its padding and the gap after it."""
        key_pad = self.get_component_styles("footer-key--key").padding
        text_pad = self.get_component_styles("footer-key--description").padding
        _, shown, description, _, _ = key
        return (
            key_pad.left + cell_len(shown) + key_pad.right
            + text_pad.left + cell_len(description) + text_pad.right
            + self.GAP[self.compact]
        )  # fmt: skip

    def _fit(self, keys: list[Key]) -> list[Key]:
        """The keys the line holds, in the order drawn: the pinned always, then the screen's
        own by `_rank`, until one does not fit (the rest are on the keys screen)."""
        room = self.size.width + self.GAP[self.compact]  # no gap after the last key
        room -= sum(self._width(key) for key in keys if key[4])
        own = [n for n, key in enumerate(keys) if not key[4]]
        kept = {n for n, key in enumerate(keys) if key[4]}
        for n in sorted(own, key=lambda n: (_rank(keys[n][0]), n)):
            room -= self._width(keys[n])
            if room < 0:
                break  # and every one after it
            kept.add(n)
        return [key for n, key in enumerate(keys) if n in kept]

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        text_style = self.get_component_rich_style("footer-key--description")
        item_style = self.get_component_rich_style("footer-key--item")
        key_pad = self.get_component_styles("footer-key--key").padding
        text_pad = self.get_component_styles("footer-key--description").padding
        line = Text(no_wrap=True, overflow="crop")
        gap = " " * self.GAP[self.compact]
        self.drawn = self.coming if self.coming is not None else self._keys()
        self.coming = None
        self.fitted = self._fit(self.drawn)
        for _, shown, description, enabled, _ in self.fitted:
            part = Text.assemble(
                (" " * key_pad.left + shown + " " * key_pad.right, key_style),
                (" " * text_pad.left + description + " " * text_pad.right, text_style),
            )
            part.stylize_before(item_style + Style(dim=not enabled))
            line.append_text(part)
            line.append(gap)
        return line

    def on_click(self, event: events.Click) -> None:
        """Press the key under the pointer, or ring the bell if it is not available now."""
        key_pad = self.get_component_styles("footer-key--key").padding
        text_pad = self.get_component_styles("footer-key--description").padding
        x = 0
        for key, shown, description, enabled, _ in self.fitted:
            x += key_pad.left + len(shown) + key_pad.right
            x += text_pad.left + len(description) + text_pad.right
            if event.x < x:
                if enabled:
                    self.app.simulate_key(key)
                else:
                    self.app.bell()
                return
            x += self.GAP[self.compact]


def _rank(key: str) -> int:
    """Which keys a narrow footer keeps first: the ones that answer or act (a letter, a
    digit, Space), then the rest (an arrow), then the `KNOWN` keys."""
    if len(key) == 1 or key == "space":
        return 0
    return 2 if key in KNOWN else 1

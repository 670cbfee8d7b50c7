"""The base of wellcheck's full screens: Textual's Screen, without the work it does twice.

Two things Textual does for every screen that, as a screen opens, redo what was just done:

- It restyles the whole screen each time it is resumed (`ScreenResume.refresh_styles`), for a
  screen that was away while the stylesheet changed. The first resume comes just after the
  screen was mounted, every widget in it styled a moment before with the same stylesheet: on a
  checklist, a second pass of style application before the first paint. The first time, that
  pass is left out; every later resume restyles as Textual does.
- A screen laid out for the first time sends itself a `Resize`, and the app sends another once
  it is idle; each lays the screen (and home beneath it) out again at the size it was just laid
  out at: three layouts of every widget before the first paint instead of one. A `Resize` to the
  size the screen is already laid out at is left alone; a terminal that really changes size is
  laid out as Textual does.

Two more it does at every move of the focus, and once after the first layout, are trimmed too
(`set_focus`, `_update_focus_styles`, `_refresh_layout`; each says what and why).

These handlers run before Textual's own (Textual calls a subclass's handlers first), and
`prevent_default` keeps Textual's from running. README, Performance.
"""

from __future__ import annotations

from textual import events
from textual.dom import DOMNode
from textual.geometry import Size
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget


class QuickScreen(Screen[None]):
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.resumed_once = False
        self.laid_out = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self.resumed_once:
            self.resumed_once = True
            event.refresh_styles = False  # styled as mounted, a moment ago

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        """Lay the screen out; the first time, once only where once is all it needs.

        In its first layout every widget learns its size, and each one's `virtual_size`
        changing (a reactive that asks for a layout) asks for another layout of the whole
        screen, done just after the first frame: the same sizes worked out again, and every
        widget painted twice. A widget that cannot scroll has nothing to lay out again that
        it did not just have, so its request is dropped; one that can scroll keeps its own
        (its scrollbar may have come with its size), as does anything asked for later."""
        first = not self.laid_out
        super()._refresh_layout(size, scroll)
        if first and self._compositor.size:
            self.laid_out = True
            for widget in self.walk_children(Widget):
                if not widget.is_scrollable:
                    widget._layout_required = False

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        """Focus moved with one restyle of what it leaves and what it reaches, not two.

        Textual restyles both as it moves the focus (for `:focus-within`), and again as each
        takes its Focus or Blur event a moment later (for `:focus`, when `has_focus` changes):
        the second time after the first frame, so that every key that moves on drew two. Here
        `has_focus` is set first, quietly, so that the one restyle sees both; a widget that
        also watches its focus for more than its look (a text area's cursor) is left to
        Textual's second restyle, as it was."""
        blurred = self.focused
        if widget is not blurred and (widget is None or widget.focusable):
            for moved, focus in ((blurred, False), (widget, True)):
                if moved is not None and _restyle_only(moved):
                    moved.set_reactive(Widget.has_focus, focus)
        super().set_focus(widget, scroll_visible, from_app_focus)

    def _update_focus_styles(
        self, focused: Widget | None = None, blurred: Widget | None = None
    ) -> None:
        """Restyle what a focus move changes the style of: the widget that gained or lost it,
        and each of its containers styled by `:focus-within`; what is inside them is only
        repainted, with the colours it takes from them worked out again.

        Textual restyles every widget inside the outermost such container, though none of
        them is styled differently (no rule of wellcheck's styles a widget by the focus of one
        around it: tests/ui/test_focus_styles.py); they only take its new background."""
        restyled: dict[DOMNode, None] = {}
        for moved in (focused, blurred):
            if moved is not None:
                for node in moved.ancestors_with_self:
                    if node is moved or node._has_focus_within:
                        restyled[node] = None
        if not restyled:
            return
        self.app.stylesheet.update_nodes(restyled, animate=True)
        for node in restyled:
            if isinstance(node, Widget) and node is not self:
                for inside in node.walk_children(Widget):
                    if inside not in restyled:
                        inside.notify_style_update()
                        inside.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if event.size == self._compositor.size:  # laid out at this size already
            event.stop()
            event.prevent_default()


def _restyle_only(widget: Widget) -> bool:
    """Whether all `widget` does when it gains or loses focus is restyle itself."""
    cls = type(widget)
    return cls.watch_has_focus is Widget.watch_has_focus and not hasattr(cls, "_watch_has_focus")

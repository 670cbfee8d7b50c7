"""Moving the focus with one restyle, not two (the base of every `QuickScreen`)."""

from __future__ import annotations

from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget


class FocusRestyledOnce(Screen[None]):
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
        around it: tests/ui/test_focus_styles.py); they only take its new background.

        Restyled without animation: no rule declares a `transition` (the same tests), and
        Textual's animating restyle builds and compares a second set of styles for each node,
        a third of the restyle's time on every key that moves on."""
        restyled: dict[DOMNode, None] = {}
        for moved in (focused, blurred):
            if moved is not None:
                for node in moved.ancestors_with_self:
                    if node is moved or node._has_focus_within:
                        restyled[node] = None
        if not restyled:
            return
        self.app.stylesheet.update_nodes(restyled, animate=False)
        for node in restyled:
            if isinstance(node, Widget) and node is not self:
                for inside in node.walk_children(Widget):
                    if inside not in restyled:
                        inside.notify_style_update()
                        inside.refresh()


def _restyle_only(widget: Widget) -> bool:
    """Whether all `widget` does when it gains or loses focus is restyle itself."""
    cls = type(widget)
    return cls.watch_has_focus is Widget.watch_has_focus and not hasattr(cls, "_watch_has_focus")

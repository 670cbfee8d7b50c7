"""A screen's first layout done again at once while it shows or hides a scrollbar, so that
the first frame has its scrollbars (`QuickScreen._refresh_layout`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.geometry import Size
from textual.widget import Widget

if TYPE_CHECKING:
    from textual._compositor import Compositor

PASSES = 3
"""Layouts at most in a screen's first, until its scrollbars are settled: a vertical one that
narrows the text beside it may take a horizontal one away."""


class WithScrollbars:
    """The compositor's `reflow`, done again at once while the sizes it worked out show or hide
    a scrollbar: each scrollable widget is told its size as Textual would tell it just after
    (and the same size, told again, changes nothing), which is where its scrollbars are
    decided; only a layout places them. The widgets shown, resized or hidden by any pass are
    sent their `Show`, `Resize` and `Hide`, as after one. `settled`: the last pass changed no
    scrollbar (else Textual's own later layout places them, as ever)."""

    def __init__(self, compositor: Compositor) -> None:
        self.compositor = compositor
        self.reflow = compositor.reflow
        self.settled = False

    def __call__(self, parent: Widget, size: Size) -> Any:
        result = self.reflow(parent, size)
        for _ in range(PASSES - 1):
            self.settled = not self._scrollbars_changed()
            if self.settled:
                break
            again = self.reflow(parent, size)
            result = type(result)(*(a | b for a, b in zip(result, again, strict=True)))
        else:
            self.settled = not self._scrollbars_changed()
        return result

    def _scrollbars_changed(self) -> bool:
        changed = False
        for widget, geometry in self.compositor.layers:
            if widget.is_scrollable:
                region, _, _, virtual_size, container_size, _, _ = geometry
                before = widget.scrollbars_enabled
                widget._size_updated(region.size, virtual_size, container_size, layout=False)
                changed = changed or widget.scrollbars_enabled != before
        return changed


def scrollbar_shown(widget: Widget) -> bool:
    """Whether a scrollbar of `widget`'s is to be shown (one that came with its first size)."""
    return widget.is_scrollable and (
        widget.show_vertical_scrollbar or widget.show_horizontal_scrollbar
    )

"""An OptionList whose lines are known as it is laid out, and kept on a resize to the same width."""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.widgets import OptionList


class SteadyOptionList(OptionList):
    """Textual's OptionList works its options' lines out only as it is first drawn, and only
    then learns how tall it is: its scrollbar's thumb, set in the middle of that first frame,
    was drawn a frame later (and the whole screen with it). It forgets every line at each
    `Resize` and draws itself again, and the first layout of a screen sends one to every
    widget in it, after the first frame has drawn the list at that very size.

    Here the lines are worked out as the list is given its size in a layout, before anything
    is drawn at that size (so the layout places the scrollbar they need): from none, or again
    at a new width; and the `Resize` that follows keeps them (a taller or shorter list shows
    more or fewer of the same lines)."""

    lines_width: int | None = None
    """The width the cached lines were worked out at (None: none are)."""

    def _update_lines(self) -> None:
        afresh = not self._line_cache.lines
        super()._update_lines()
        if afresh and self._line_cache.lines:  # lines worked out from none, at this width
            self.lines_width = self.scrollable_content_region.width

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        if self._line_cache.lines and self.lines_width != self.scrollable_content_region.width:
            # A new width: the lines worked out again now, before the list is drawn at it
            # (left to the Resize that comes after, one frame had the old lines, cut short).
            self._option_render_cache.clear()
            self._line_cache.clear()
            self.refresh()
        self._update_lines()  # its height (and scrollbar) known as it is laid out
        return changed

    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]
        if self._line_cache.lines and self.lines_width == self.scrollable_content_region.width:
            event.prevent_default()  # not OptionList's, which would throw the lines away

"""An OptionList that works its lines out again on a resize only when its width changed."""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList


class SteadyOptionList(OptionList):
    """Textual's OptionList forgets every option's lines at each `Resize`, and draws itself
    again. The first layout of a screen sends one to every widget in it, after the first
    frame has drawn the list at that very size: the stressors grid and the stand-up's open
    help were worked out and drawn a second time, a frame later, before the screen was
    still. Here a resize to the width the lines were worked out at keeps them (a taller or
    shorter list shows more or fewer of the same lines); any other width is Textual's."""

    lines_width: int | None = None
    """The width the cached lines were worked out at (None: none are)."""

    def _update_lines(self) -> None:
        super()._update_lines()
        if self._line_cache.lines:
            self.lines_width = self.scrollable_content_region.width

    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]
        if self._line_cache.lines and self.lines_width == self.scrollable_content_region.width:
            event.prevent_default()  # not OptionList's, which would throw the lines away

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

These handlers run before Textual's own (Textual calls a subclass's handlers first), and
`prevent_default` keeps Textual's from running. README, Performance.
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen


class QuickScreen(Screen[None]):
    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.resumed_once = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self.resumed_once:
            self.resumed_once = True
            event.refresh_styles = False  # styled as mounted, a moment ago

    def on_resize(self, event: events.Resize) -> None:
        if event.size == self._compositor.size:  # laid out at this size already
            event.stop()
            event.prevent_default()

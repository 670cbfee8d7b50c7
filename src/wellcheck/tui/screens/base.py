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

Two more it does at every move of the focus (`focus.FocusRestyledOnce`, its base), and a few
just after the first layout (each of which laid the whole screen out a second time before the
first paint), are trimmed too (`_refresh_layout`, `mount_composed_widgets`, `_extend_compose`;
each says what and why), and the screen is drawn once as it opens, not twice (`_draw_whole`,
`_on_update`, `refresh`, `_compositor_refresh`).

These handlers run before Textual's own (Textual calls a subclass's handlers first), and
`prevent_default` keeps Textual's from running. README, Performance.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Self

from textual import _time, events, messages
from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets._toast import ToastRack

from wellcheck.tui.compositor import BandedCompositor
from wellcheck.tui.screens.focus import FocusRestyledOnce
from wellcheck.tui.screens.scrollbars import WithScrollbars, scrollbar_shown

if TYPE_CHECKING:
    pass


class QuickScreen(FocusRestyledOnce):
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self._compositor = BandedCompositor()  # a frame's changes drawn band by band
        self.resumed_once = False
        self.laid_out = False
        self.reflowed_at = 0.0
        """When the last layout of the whole screen began (Textual's clock, as its messages')."""
        self.laid_out_as: tuple[object, ...] = ()
        """What the last whole layout laid out: the screen's size and style, and its widgets."""
        self.drawn_at = 0.0
        """When the first layout drew the whole screen (Textual's clock), 0 until it has."""
        self.laying_out_first = False
        """The first layout is under way: the frame it draws is the first (`_draw_whole`)."""
        self.mount_asks = True
        """The push's wait for the screen's mount is still to ask for a layout (`refresh`)."""

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first resume as Textual's, without its restyle (styled as mounted, a moment
        ago) and without the repaint it asks for after laying the screen out: that layout
        drew the whole screen, and the repaint drew it all again a frame later (laid out
        again too, should anything have asked meanwhile), the same picture sent twice
        before the screen was still. Every later resume is Textual's own."""
        if self.resumed_once:
            return
        self.resumed_once = True
        event.prevent_default()  # Textual's `_on_screen_resume`, done here as it does it
        app = self.app
        if app.SUSPENDED_SCREEN_CLASS:
            self.remove_class(app.SUSPENDED_SCREEN_CLASS)
        self.stack_updates += 1
        app._refresh_notifications()
        self._update_auto_focus()
        if not self.is_attached:
            return
        drawn = False
        if self._size != app.size:
            drawn = self.is_current and not app._batch_count  # `_refresh_layout` draws it
            self._refresh_layout(app.size)
        if not drawn or not self.laid_out:
            self.refresh()

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        """Lay the screen out; the first time, once only where once is all it needs.

        In its first layout every widget learns its size, and each one's `virtual_size`
        changing (a reactive that asks for a layout) asks for another layout of the whole
        screen, done just after the first frame: the same sizes worked out again, and every
        widget painted twice. Those sizes were just worked out, so the request is dropped.
        A scrollbar that came with the size is placed only by a layout (and may narrow what is
        beside it): the first layout is then done again at once, before anything is drawn
        (`scrollbars.WithScrollbars`), so that the first frame has it, where a second frame a moment
        later had put it in and painted every widget again. Anything asked for later is laid
        out as ever."""
        first = not self.laid_out
        whole = not scroll or bool(self._layout_widgets)  # Textual's whole reflow, not a scroll
        state = self._layout_state(size) if whole else ()
        if whole and not self._layout_widgets and self.laid_out_as == state:
            # Only the screen itself asked, and nothing in it changed since: the push's wait
            # for the screen's mount asks so, once, just after the first layout.
            return
        if whole:
            self.reflowed_at = _time.get_time()
            self.laid_out_as = state  # a layout changes sizes, never what is in the screen
        if not first:
            super()._refresh_layout(size, scroll)
            return
        passes = WithScrollbars(self._compositor)
        self._compositor.reflow = passes  # type: ignore[method-assign]
        self.laying_out_first = True
        try:
            super()._refresh_layout(size, scroll)
        finally:
            del self._compositor.reflow  # the compositor's own again
            self.laying_out_first = False
        if self._compositor.size:
            self.laid_out = True
            placed = [widget for widget, _ in self._compositor.layers]  # scrollbars with them
            for widget in [*self.walk_children(Widget), *placed]:
                if passes.settled or not scrollbar_shown(widget):
                    widget._layout_required = False

    def _draw_whole(self) -> None:
        """The first frame, after the first layout: every widget drawn as it is now, so the
        repaint any of them asked for before it is done by it. Left standing, each asked
        again once idle (`Update`), a moment after the frame, and the screen was drawn a
        second time, a frame later, before it was still. The flags are put down before the
        frame is drawn: what a widget changes while it is drawn (an OptionList learning its
        height) asks anew, and is drawn in a frame of its own."""
        for widget in [self, *self.walk_children(Widget)]:
            widget._repaint_required = False
            for bar in (widget._vertical_scrollbar, widget._horizontal_scrollbar):
                if bar is not None:  # drawn with it, or not shown: nothing to draw
                    bar._repaint_required = False
        super()._compositor_refresh()
        self.drawn_at = _time.get_time()

    async def _on_update(self, message: messages.Update) -> None:
        """A repaint asked for before the first layout drew the whole screen is done."""
        if message.time < self.drawn_at:
            message.stop()
            message.prevent_default()

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        """The layout (and repaint) the push's wait for the screen's mount asks for, once it
        is mounted, is left out when the first layout, just done, had all of it (nothing in
        the screen changed since): it laid the screen out and drew it whole a second time,
        a frame after the first. Every other request is Textual's."""
        if layout and not regions and not recompose and self.mount_asks and self.drawn_at:
            self.mount_asks = False  # the first to ask once drawn: the wait, or as good as
            if not self._layout_widgets and self.laid_out_as == self._layout_state(None):
                return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def _compositor_refresh(self) -> None:
        """Drawn as Textual draws it, unless it is beneath a screen that hides it whole.

        Textual hands a screen's changes beneath the top one up to the top one, to be drawn
        again through it (for a dialog, which lets what is beneath show through). A screen
        opening over home repaints home as it goes under, and so drew itself whole a second
        time, a frame after its first; under an opaque screen none of it can be seen. It is
        drawn whole again as it comes back on top (Textual's resume)."""
        top = self.app.screen
        if top is not self and top.styles.background.a == 1 and not self.app.is_inline:
            self._compositor._dirty_regions.clear()
            self._dirty_widgets.clear()
            return
        if top is self and self.laying_out_first and not self.drawn_at:
            self._draw_whole()
            return
        super()._compositor_refresh()

    def _layout_state(self, size: Size | None) -> tuple[object, ...]:
        """What a whole layout depends on beyond what asks for one itself (a widget whose
        size or style changes asks): the size, the screen's own style, its widgets."""
        size = self.outer_size if size is None else size
        return (size, self.styles._cache_key, *self.walk_children(Widget))

    async def _on_layout(self, message: messages.Layout) -> None:
        """A layout asked for before the screen's last whole layout began is done already.

        A widget asks for a layout when it is idle after changing; a widget mounted as the
        screen opened asks for one (its children are in) only once it is next idle, and the
        request reaches the screen after the screen's first layout, which had those children.
        Such a request laid the whole screen out again before its first paint. What a widget
        changes after a layout began asks anew, and is laid out as ever."""
        if message.time < self.reflowed_at:
            message.stop()
            message.prevent_default()

    async def mount_composed_widgets(self, widgets: list[Widget]) -> None:
        """Mount what `compose` gave, and wait until each has taken its Mount, as Textual does;
        without the layout of the whole screen it then asks for.

        Textual's wait (`AwaitMount`) ends by asking for a layout of the screen, for widgets
        mounted since it was last laid out. These are the screen's own, put in its DOM here
        and now, before its first layout can run: that layout has them all, so the one asked
        for after it (it comes just after it, the screen's widgets being many) finds nothing
        new. Anything that changes later asks for its own layout, as ever."""
        if widgets:
            mounting = self.mount_all(widgets)  # none, should the app be closing meanwhile
            await asyncio.gather(*(w._mounted_event.wait() for w in mounting._widgets))

    def _extend_compose(self, widgets: list[Widget]) -> None:
        """Textual's own widgets (the notices' rack, the tooltip), the rack born hidden.

        The rack is shown or hidden at every resume, as there are notices or not; born shown,
        it was hidden at the first, and hiding it asked for a layout of the whole screen just
        after its first one. Born as it will be, it asks for one only when a notice comes."""
        super()._extend_compose(widgets)
        for widget in widgets:
            if isinstance(widget, ToastRack):
                widget.display = False

    def on_resize(self, event: events.Resize) -> None:
        if event.size == self._compositor.size:  # laid out at this size already
            event.stop()
            event.prevent_default()

"""Textual's compositor, drawing a frame's changes band by band.

A key that answers changes the item it leaves, the one it reaches and often the footer at the
bottom of the screen (a key greyed or not). Textual draws a frame's changes within one box
around them all: from the item to the footer, every widget in between renders its lines for
the frame (from its cache, but each render is its own cost), though none of them changed and
none of those lines is sent. Here the rows that changed are drawn in bands, each a run of rows
that changed with no more than `GAP` unchanged rows inside it: what lies between two bands is
not rendered. What is sent to the terminal is the same, row for row (tests/ui/
test_compositor.py); only less is rendered to find it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region
from textual.strip import Strip

GAP = 2
"""Unchanged rows a band may hold: a gap this small costs less to render than a second band."""


class BandedCompositor(Compositor):
    def render_partial_update(self) -> ChopsUpdate | None:
        regions = list(self._dirty_regions)
        bands = _bands(regions)
        if len(bands) < 2:
            return super().render_partial_update()
        self._dirty_regions.clear()
        screen = self.size.region
        spans = list(self._regions_to_spans(regions))
        rendered = {y for y, _, _ in spans}
        chops: list[Mapping[int, Strip | None]] = []
        for band in bands:
            crop = band.intersection(screen)
            if not crop:
                continue
            top, bottom = crop.y, crop.bottom
            band_rows = rendered.intersection(range(top, bottom))
            band_chops = self._render_chops(crop, band_rows.__contains__)
            if not chops:
                chops = list(band_chops)
            else:
                chops[top:bottom] = band_chops[top:bottom]
        if not chops:
            return None
        chop_ends = [cut_set[1:] for cut_set in self.cuts]
        return ChopsUpdate(chops, spans, chop_ends)

    def _get_renders(
        self, crop: Region | None = None
    ) -> Iterable[tuple[Region, Region, list[Strip]]]:
        """Each widget's lines on the rows of `crop`, front to back: only the widgets seen
        there, and only those rows of them. Textual's renders every widget whose container is
        seen in the crop, all of it: every question on a checklist, for a key that changed
        two. A row is rendered whole, from the widget's left edge to its right, as Textual
        renders it: the compositor cuts each row where widgets begin and end, and a piece of
        a row begun elsewhere would fall between its cuts (what it drew was never sent)."""
        if crop is None:
            yield from super()._get_renders(crop)
            return
        top, bottom = crop.y, crop.bottom
        for widget, (region, clip) in self.visible_widgets.items():
            seen = region.intersection(clip)
            if not seen.overlaps(crop):
                continue
            y, end = max(seen.y, top), min(seen.bottom, bottom)
            x, width, height = seen.x, seen.width, end - y
            rows = Region(x, y, width, height)
            lines = widget.render_lines(Region(x - region.x, y - region.y, width, height))
            yield region, rows, lines


def _bands(regions: list[Region]) -> list[Region]:
    """The regions, gathered into bands of rows: a region starting more than GAP rows below
    the rows of the band above starts a band of its own. Each band is the box around its
    regions."""
    bands: list[Region] = []
    for region in sorted(regions, key=lambda region: region.y):
        if bands and region.y <= bands[-1].bottom + GAP:
            bands[-1] = bands[-1].union(region)
        else:
            bands.append(region)
    return bands

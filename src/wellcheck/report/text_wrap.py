"""Lines of text wrapped exactly as rich wraps them, without rich's console (see `text`).

A paragraph is a list of runs, `(text, style)`, and comes back as lines of runs. Widths are
counted in terminal cells by `rich.cells`, imported only for a text that holds a character
outside `NARROW` (most pages hold none). Each step follows rich (15) `Text.wrap` as a Text or a
`Table.grid` bullet list renders it at overflow "fold": lines split at newlines, tabs expanded
to stops of 8, words broken at `divide_line`'s points, long words folded, whitespace beyond
the width dropped, then cropped to the width. `tests/unit/report/test_text_wrap.py` compares
them with rich itself.
"""

from __future__ import annotations

import re

Run = tuple[str, str]
"""Text and its style ("" for none): "bold", "italic", "dim"."""
Line = list[Run]

TAB_SIZE = 8
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE = re.compile(r"\s+$")
NARROW = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA0, 0xAD)]
    + [chr(c) for c in range(0xAE, 0x300)]
    + list("–—‘’“”•…─")
)
"""Characters one cell wide in every terminal (and in rich's tables): a text of these alone is
measured by its length."""


def cell_len(text: str) -> int:
    if NARROW.issuperset(text):
        return len(text)
    from rich.cells import cell_len as cells

    return cells(text)


def _chop(text: str, width: int) -> list[str]:
    """A word too long for a line, in pieces that each fit (rich's `chop_cells`)."""
    if NARROW.issuperset(text):
        return [text[n : n + width] for n in range(0, len(text), width)]
    from rich.cells import chop_cells

    return chop_cells(text, width)


def _crop(text: str, width: int) -> str:
    """At most `width` cells of `text` (rich's `set_cell_size`, cropping only)."""
    if NARROW.issuperset(text):
        return text[:width]
    from rich.cells import set_cell_size

    return set_cell_size(text, width)


def wrap(runs: list[Run], width: int) -> list[Line]:
    """A paragraph as rich's `Text.wrap(width)` lays it out, each line's runs kept."""
    text = "".join(part for part, _ in runs)
    styles = [style for part, style in runs for _ in part]
    lines: list[Line] = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        line, line_styles = piece, styles[start:end]
        start = end + 1
        if "\t" in line:
            line, line_styles = _expand_tabs(line, line_styles)
        cuts = [0, *_breaks(line, width), len(line)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            lines.append(_fitted(line[a:b], line_styles[a:b], width))
    return lines


def measure(runs: list[Run]) -> int:
    """The widest line of a paragraph as rich measures a Text (before tabs are expanded)."""
    lines = "".join(part for part, _ in runs).splitlines()
    return max((cell_len(line) for line in lines), default=0)


def bullets(items: list[list[Run]], width: int, bullet: str = "•") -> list[Line]:
    """Items as rich renders `Table.grid(padding=(0, 1))` with a `bullet` column and a folding
    one: the text wraps in a column as wide as the widest item, at most the rest of the line,
    and each line is padded to the column's width (after a line separator, that is a line)."""
    gutter = len(bullet) + 1
    widest = min(max((measure(item) for item in items), default=0), width) or 1
    column = widest if gutter + widest <= width else max(width - gutter, 0)
    lines: list[Line] = []
    for item in items:
        style = item[-1][1] if item else ""  # the padding's, as a rich Text's own style
        for n, line in enumerate(wrap(item, column)):
            pad = " " * (column - cell_len("".join(part for part, _ in line)))
            if line and line[-1][1] == style:
                line[-1] = (line[-1][0] + pad, style)
            else:
                line.append((pad, style))
            lines.append([(bullet + " " if n == 0 else " " * gutter, ""), *line])
    return lines


def rstripped(runs: list[Run]) -> list[Run]:
    """Runs without the whitespace at their end (rich's `Text.rstrip`)."""
    out = list(runs)
    while out:
        part, style = out[-1]
        kept = part.rstrip()
        if kept:
            out[-1] = (kept, style)
            break
        out.pop()
    return out


def _breaks(text: str, width: int) -> list[int]:
    """Where rich's `divide_line` breaks a line of text to fit `width` cells, folding."""
    breaks: list[int] = []
    offset = 0
    position = 0
    while (match := _WORD.match(text, position)) is not None:
        start, position = match.span()
        word = match[0]
        word_length = cell_len(word.rstrip())
        if width - offset >= word_length:
            offset += cell_len(word)
        elif word_length > width:
            pieces = _chop(word, width)
            for n, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if n == len(pieces) - 1:
                    offset = cell_len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(word)
    return breaks


def _expand_tabs(line: str, styles: list[str]) -> tuple[str, list[str]]:
    """Each tab as a space and then up to the next stop (rich's `Text.expand_tabs`)."""
    out: list[str] = []
    out_styles: list[str] = []
    position = 0
    start = 0
    for part in line.split("\t")[:-1]:
        out.append(part + " ")
        out_styles += styles[start : start + len(part) + 1]
        position += cell_len(part + " ")
        if remainder := position % TAB_SIZE:
            out.append(" " * (TAB_SIZE - remainder))
            out_styles += [styles[start + len(part)]] * (TAB_SIZE - remainder)
            position += TAB_SIZE - remainder
        start += len(part) + 1
    out.append(line[start:])
    out_styles += styles[start:]
    return "".join(out), out_styles


def _fitted(text: str, styles: list[str], width: int) -> Line:
    """One wrapped line: whitespace beyond `width` dropped, then cropped to `width` cells."""
    if len(text) > width and (space := _TRAILING_SPACE.search(text)):
        text = text[: len(text) - min(len(space[0]), len(text) - width)]
    if cell_len(text) > width:
        text = _crop(text, width)
    return _runs(text, styles)


def _runs(text: str, styles: list[str]) -> Line:
    """Characters with their styles back in runs of one style each."""
    padded = styles + [""] * (len(text) - len(styles))  # a wide character cropped to a space
    return [(text[a:b], padded[a]) for a, b in _same(padded[: len(text)])]


def _same(styles: list[str]) -> list[tuple[int, int]]:
    """The stretches of one style, as (start, end)."""
    edges = [n for n in range(1, len(styles)) if styles[n] != styles[n - 1]]
    cuts = [0, *edges, len(styles)] if styles else []
    return list(zip(cuts, cuts[1:], strict=False))

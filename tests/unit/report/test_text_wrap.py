"""The text page's wrapping, against rich itself: the same lines, the same styles, whatever
the words (tabs, newlines, long words, wide and zero-width characters, emoji)."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len as rich_cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from wellcheck.report.text_wrap import NARROW, Line, Run, bullets, cell_len, wrap

PIECES = st.sampled_from(
    [
        "a", "word", "supervision", "x" * 30, "y" * 90, " ", "  ", "\t", "\n", "\n\n", "–", "—",
        "•", "’", "é", "\xa0", "日本語", "한국", "👍", "👍🏽", "👨‍👩‍👧", "❤️", "e\u0301", "\u200b",
        "\u2028", "\u3000", "[bold]", ":smile:", "-", "ﬁ", "🇬🇧",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=40).map("".join)
STYLES = st.sampled_from(["", "bold", "italic", "dim"])
RUNS = st.lists(st.tuples(TEXTS, STYLES), min_size=1, max_size=3)
WIDTHS = st.integers(min_value=1, max_value=100)


def _console(width: int) -> Console:
    return Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)


def _rich_text(runs: list[Run]) -> Text:
    text = Text()
    for part, style in runs:
        text.append(part, style or None)
    return text


def _styles(line: Text) -> list[str]:
    """The style of each character of a line of rich text ("" where none)."""
    out = [""] * len(line.plain)
    for span in line.spans:
        for n in range(span.start, min(span.end, len(out))):
            out[n] = str(span.style)
    return out


def _my_styles(line: Line) -> list[str]:
    return [style for part, style in line for _ in part]


def test_narrow_characters_are_one_cell_in_rich() -> None:
    assert all(rich_cell_len(char) == 1 for char in NARROW)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_cell_len_is_richs(text: str) -> None:
    assert cell_len(text) == rich_cell_len(text)


@settings(max_examples=600, deadline=None)
@given(RUNS, WIDTHS)
def test_wrap_is_richs_text_wrap(runs: list[Run], width: int) -> None:
    expected = _rich_text(runs).wrap(_console(width), width, overflow="fold")
    mine = wrap(runs, width)
    assert ["".join(part for part, _ in line) for line in mine] == [line.plain for line in expected]
    if not any("\t" in part for part, _ in runs):  # spaces from a tab take its style in rich
        assert [_my_styles(line) for line in mine] == [_styles(line) for line in expected]


@settings(max_examples=400, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=4), st.integers(min_value=3, max_value=100))
def test_bullets_are_richs_grid(items: list[str], width: int) -> None:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1, no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(Text("•"), Text(item))
    console = _console(width)
    console.print(grid)
    expected = [line.rstrip() for line in console.file.getvalue().splitlines()]  # type: ignore[attr-defined]
    lines = bullets([[(item, "")] for item in items], width)
    page = "".join("".join(part for part, _ in line) + "\n" for line in lines)
    assert [line.rstrip() for line in page.splitlines()] == expected

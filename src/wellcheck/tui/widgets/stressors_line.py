"""One row of the stressors grid, laid out for the width it is given.

The tick, then the label, then impact, flag and note in columns of their own at the right, so
the rows line up. The label takes all the width the columns leave (all of it on a row with no
mark): in full when it fits (every built-in label at 100 columns), else cut with "…" (the
row's label is in full below the grid).
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

IMPACT, FLAG, NOTE = "impact 5", "⚑ sup.", "✎"
MARKS_WIDTH = 1 + len(IMPACT) + 1 + len(FLAG) + 1 + len(NOTE)
"""The columns at the right, each after a space."""


class RowLine(Visual):
    def __init__(
        self,
        *,
        ticked: bool,
        label: str,
        impact: int | None,
        flagged: bool,
        noted: bool,
        past: bool,
    ) -> None:
        self.tick = Content.styled("✓", "bold") if ticked else Content("·")
        self.label = label
        impact_text = f"impact {impact}" if impact else ""
        self.marks = (
            f" {impact_text:>{len(IMPACT)}} {FLAG if flagged else '':<{len(FLAG)}}"
            f" {NOTE if noted else ' '}"
        )
        self.past = past
        """More than six months ago: dimmed."""

    def __str__(self) -> str:
        return f"{self.tick.plain} {self.label}{self.marks}".rstrip()

    def content(self, width: int) -> Content:
        """The row at `width` cells: the label cut with "…" only if it does not fit. A row
        with no mark takes the marks' columns for its label too (at 80 columns a long label
        was cut beside 19 empty cells); a row with one keeps them, so the marks line up."""
        marks = self.marks if self.marks.strip() else ""
        label_width = max(1, width - 2 - len(marks))
        label = Content(self.label).truncate(label_width, ellipsis=True, pad=True)
        line = Content.assemble(self.tick, " ", label, marks)
        return line.stylize("dim") if self.past else line

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.content(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return 2 + Content(self.label).cell_length + MARKS_WIDTH

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

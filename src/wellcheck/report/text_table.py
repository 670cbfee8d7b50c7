"""The daily table for the text format, laid out by hand so that it always fits 80 columns.

With up to five day columns each item's prompt wraps in a column of its own; with more (a
weekend worked), the prompt takes a full line and its answers go on the line below.
"""

from __future__ import annotations

import textwrap

from wellcheck.core.summary import WeeklySummary
from wellcheck.report import words
from wellcheck.report.text_wrap import Run, rstripped

DAY = 8
COUNT = 6
GAP = 1
MIN_LABEL = 20


def daily_table(s: WeeklySummary, width: int) -> list[Run]:
    """The table as one paragraph: its head in bold, the "That day" row in italics."""
    cols = s.shown
    label = width - len(cols) * (DAY + GAP) - (COUNT + GAP)
    inline = label >= MIN_LABEL
    label = max(label, 0)
    head = [words.short_day(c.day) for c in cols]
    out: list[Run] = [(_line(label, [""], head, words.COUNT_HEAD), "bold")]
    out.append(("─" * min(width, label + len(cols) * (DAY + GAP) + COUNT + GAP) + "\n", ""))
    status = [textwrap.wrap(words.status(c), DAY, break_on_hyphens=False) for c in cols]
    out.append((_rows(label, [words.DAY_ROW], status, ""), "italic"))
    for row in s.checks:
        cells = [[words.cell(row, c)] for c in cols]
        if inline:
            prompt = textwrap.wrap(row.prompt, label) or [""]
            out.append((_rows(label, prompt, cells, words.count(row)), ""))
        else:
            out.append(("\n".join(textwrap.wrap(row.prompt, width)) + "\n", ""))
            out.append((_rows(label, [""], cells, words.count(row)), ""))
    return rstripped(out)


def _rows(label: int, prompt: list[str], cells: list[list[str]], count: str) -> str:
    height = max(len(prompt), *(len(c) for c in cells)) if cells else len(prompt)
    lines = []
    for n in range(height):
        left = prompt[n] if n < len(prompt) else ""
        values = [c[n] if n < len(c) else "" for c in cells]
        lines.append(_line(label, [left], values, count if n == 0 else ""))
    return "".join(lines)


def _line(label: int, left: list[str], values: list[str], count: str) -> str:
    text = left[0].ljust(label)[:label] if label else ""
    text += "".join(" " + v.center(DAY) for v in values)
    text += " " + count.rjust(COUNT)
    return text.rstrip() + "\n"

"""The supervision pack as text: the weeks at a glance, then each week's page.

The glance table puts the weeks side by side in columns of `COLUMN` characters, after a label
that wraps in what is left of the width; more weeks than fit go on in a second table below.
"""

from __future__ import annotations

import textwrap

from wellcheck.core.pack import SupervisionPack
from wellcheck.report import pack_words, words
from wellcheck.report.text_week import (
    WIDTH,
    Part,
    heading,
    paragraph,
    plan_parts,
    summary_lines,
)
from wellcheck.report.text_wrap import Line, bullets

COLUMN = 7
MIN_LABEL = 22


def pack_lines(p: SupervisionPack, width: int = WIDTH) -> list[Line]:
    parts: list[Part] = [heading(pack_words.pack_title(p), width, "=")]
    parts.append(paragraph(pack_words.pack_scope(p), width))
    if unread := words.unread_line(p.unread):
        parts.append(paragraph(unread, width, "bold"))
    if p.is_empty:
        parts.append(paragraph(pack_words.PACK_EMPTY, width))
    else:
        parts += _glance(p, width) + _help(p, width) + _goals(p, width)
        parts += _stressors(p, width) + _monthly(p, width) + plan_parts(p.plan, width)
        parts += _weeks(p, width)
    parts += [paragraph("", width), paragraph(pack_words.pack_footer(p), width, "dim")]
    return [line for part in parts for line in part]


def _glance(p: SupervisionPack, width: int) -> list[Part]:
    parts = [heading(pack_words.AT_A_GLANCE, width)]
    parts += _table(pack_words.week_heads(p), pack_words.glance_rows(p), width)
    return parts + [paragraph(pack_words.PACK_COUNTS, width)]


def _table(
    heads: list[tuple[str, str]], rows: list[tuple[str, list[str]]], width: int
) -> list[Part]:
    """The weeks as columns, in as many tables as the width needs."""
    per = max(1, (width - MIN_LABEL) // (COLUMN + 1))
    parts: list[Part] = []
    for start in range(0, len(heads), per):
        chunk = slice(start, start + per)
        label = width - len(heads[chunk]) * (COLUMN + 1)
        lines = [_line(label, "", [h[0] for h in heads[chunk]])]
        lines.append(_line(label, "", [h[1] for h in heads[chunk]]))
        lines.append("─" * min(width, label + len(heads[chunk]) * (COLUMN + 1)))
        for name, cells in rows:
            wrapped = textwrap.wrap(name, label - 1) or [""]
            lines.append(_line(label, wrapped[0], cells[chunk]))
            lines += [_line(label, more, []) for more in wrapped[1:]]
        parts.append([[(line, "bold" if n < 2 else "")] for n, line in enumerate(lines)])
    return parts


def _line(label: int, name: str, cells: list[str]) -> str:
    return (name.ljust(label)[:label] + "".join(" " + c.rjust(COLUMN) for c in cells)).rstrip()


def _help(p: SupervisionPack, width: int) -> list[Part]:
    if not p.help:
        return []
    return [
        heading(pack_words.PACK_HELP, width),
        bullets([[(pack_words.pack_help(h), "")] for h in p.help], width),
    ]


def _goals(p: SupervisionPack, width: int) -> list[Part]:
    groups = [
        (pack_words.GOALS_SET, p.goals_set),
        (pack_words.GOALS_DONE, p.goals_done),
        (pack_words.GOALS_OPEN, p.goals_open),
    ]
    if not any(goals for _, goals in groups):
        return []
    parts = [heading(pack_words.PACK_GOALS, width)]
    for head, goals in groups:
        if goals:
            parts.append(paragraph(f"{head}:", width))
            parts.append(bullets([[(words.goal_line(g), "")] for g in goals], width))
    return parts


def _stressors(p: SupervisionPack, width: int) -> list[Part]:
    if not p.stressors:
        return []
    parts = [heading(pack_words.PACK_STRESSORS, width)]
    parts += _table(pack_words.week_heads(p), pack_words.stressor_rows(p), width)
    lines = [[(pack_words.stressor_since(s), "")] for s in p.stressors]
    return parts + [bullets(lines, width)]


def _monthly(p: SupervisionPack, width: int) -> list[Part]:
    parts: list[Part] = []
    for month in p.monthly:
        parts.append(heading(pack_words.month_heading(month), width))
        if not month.readable:
            parts.append(paragraph(words.UNREADABLE_PERIOD, width))
            continue
        parts.append(bullets([[(pack_words.month_answer(a), "")] for a in month.answers], width))
    return parts


def _weeks(p: SupervisionPack, width: int) -> list[Part]:
    parts = [paragraph("", width), heading(pack_words.WEEK_BY_WEEK, width, "=")]
    for week in p.weeks:
        parts += [paragraph("", width), summary_lines(week, width, footer=False)]
    return parts

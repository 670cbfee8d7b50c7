"""The summary as CommonMark with GFM tables. The user's words are escaped, never markup."""

from __future__ import annotations

import re
from collections.abc import Callable

from wellcheck.core.plan import SharedSection
from wellcheck.core.summary import PeriodChecklist, WeeklySummary
from wellcheck.report import words

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_MARKER = re.compile(r"^([-+#>=])")
_NUMBERED = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """One line of the user's text, shown literally: markup characters are backslash-escaped."""
    flat = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _NUMBERED.sub(r"\1\\\2", _MARKER.sub(r"\\\1", flat))


def render_markdown(s: WeeklySummary) -> str:
    out = week_lines(s)
    out += ["---", "", f"*{escape(words.footer(s))}*", ""]
    return "\n".join(out)


def week_lines(s: WeeklySummary) -> list[str]:
    """The week's page without its footer: the title, then each of `SECTIONS` in turn."""
    out = [f"# {escape(words.title(s))}", ""]
    if unread := words.unread_line(s.unread):
        out += [f"**{escape(unread)}**", ""]
    if s.is_empty:
        out += [words.EMPTY, ""]
        if off := words.days_off_line(s):
            out += [off, ""]
    else:
        for section in SECTIONS:
            out += section(s)
    if s.plan:
        out += [f"## {escape(words.PLAN)}", "", *section_markdown(s.plan, "###")]
    return out


def _table(heads: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines + [""]


def _daily(s: WeeklySummary) -> list[str]:
    cols = s.shown
    heads = [" ", *(words.short_day(c.day) for c in cols), words.COUNT_HEAD]
    rows = [[words.DAY_ROW, *(words.status(c) for c in cols), ""]]
    rows += [
        [escape(r.prompt), *(words.cell(r, c) for c in cols), words.count(r)] for r in s.checks
    ]
    out = [f"## {words.DAILY}", "", *_table(heads, rows), words.counts_note(s), ""]
    notes = [(d, r.prompt, n) for r in s.checks for d, n in r.notes]
    if notes:
        out += [f"{words.NOTES}:", ""]
        out += [f"- {words.short_day(d)}, {escape(p)} — {escape(n)}" for d, p, n in sorted(notes)]
        out.append("")
    return out


def _went_well(s: WeeklySummary) -> list[str]:
    if not s.went_well:
        return []
    out = [f"## {words.WENT_WELL}", ""]
    for day in s.went_well:
        out += [f"**{words.short_day(day.day)}**", ""]
        out += [f"- {escape(e)}" for e in day.entries] + [""]
    return out


def _difficult(s: WeeklySummary) -> list[str]:
    if not s.reflections:
        return []
    out = [f"## {words.DIFFICULT}", ""]
    for day in s.reflections:
        out += [f"**{words.short_day(day.day)}**", ""]
        out += [f"- *{escape(label)}:* {escape(text)}" for label, text in day.fields] + [""]
    return out


def _help(s: WeeklySummary) -> list[str]:
    if not s.help:
        return []
    lines = [
        f"- {words.short_day(h.day)}: {escape(h.text)} ({words.help_state(h)})" for h in s.help
    ]
    return [f"## {words.HELP}", "", *lines, ""]


def _period(kind: str, checklist: PeriodChecklist, s: WeeklySummary) -> list[str]:
    if checklist.readable and not checklist.answers:
        return []
    out = [f"## {escape(words.period_heading(kind, s))}", ""]
    if not checklist.readable:
        return out + [escape(words.UNREADABLE_PERIOD), ""]
    for a in checklist.answers:
        extra = [words.period_value(a), *(escape(t) for t in a.texts)]
        if a.note:
            extra.append(escape(a.note))
        out.append(f"- {escape(a.prompt)} {' — '.join(filter(None, extra))}")
    return out + [""]


def _goals(s: WeeklySummary) -> list[str]:
    if not (s.open_goals or s.done_goals):
        return []
    out = [f"## {words.GOALS}", ""]
    for head, goals in ((words.OPEN, s.open_goals), (words.DONE, s.done_goals)):
        if goals:
            out += [f"{head}:", "", *(f"- {escape(words.goal_line(g))}" for g in goals), ""]
    return out


def _weekly(s: WeeklySummary) -> list[str]:
    return _period("weekly", s.weekly, s)


def _monthly(s: WeeklySummary) -> list[str]:
    return _period("monthly", s.monthly, s)


def _stressors(s: WeeklySummary) -> list[str]:
    if not s.stressors:
        return []
    rows = [[escape(c) for c in words.stressor_cells(line)] for line in s.stressors]
    return [f"## {words.STRESSORS}", "", *_table(list(words.STRESSOR_HEADS), rows)]


SECTIONS: tuple[Callable[[WeeklySummary], list[str]], ...] = (
    _daily,
    _went_well,
    _difficult,
    _help,
    _weekly,
    _monthly,
    _goals,
    _stressors,
)
"""The week's sections in page order: a new one is a function here, in each renderer."""


def section_markdown(sections: list[SharedSection], level: str = "##") -> list[str]:
    out: list[str] = []
    for section in sections:
        out += [f"{level} {escape(section.title)}", ""]
        if len(section.lines) > 1:
            out += [f"- {escape(line)}" for line in section.lines]
        else:
            out += [escape(line) for text in section.lines for line in text.splitlines() if line]
        out.append("")
    return out

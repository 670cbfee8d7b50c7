"""The supervision pack as markdown: the weeks at a glance, then each week's page, its
headings one level down."""

from __future__ import annotations

from wellcheck.core.pack import SupervisionPack
from wellcheck.report import pack_words, words
from wellcheck.report.markdown import escape, section_markdown, week_lines


def render_pack_markdown(p: SupervisionPack) -> str:
    out = [f"# {escape(pack_words.pack_title(p))}", "", escape(pack_words.pack_scope(p)), ""]
    if unread := words.unread_line(p.unread):
        out += [f"**{escape(unread)}**", ""]
    if p.is_empty:
        out += [pack_words.PACK_EMPTY, ""]
    else:
        out += _glance(p) + _help(p) + _goals(p) + _stressors(p) + _monthly(p)
        if p.plan:
            out += [f"## {escape(words.PLAN)}", "", *section_markdown(p.plan, "###")]
        out += [f"## {pack_words.WEEK_BY_WEEK}", ""]
        for week in p.weeks:
            # The user's words never start a line with "#" (escape), so only headings move.
            out += ["#" + line if line.startswith("#") else line for line in week_lines(week)]
    out += ["---", "", f"*{escape(pack_words.pack_footer(p))}*", ""]
    return "\n".join(out)


def _table(p: SupervisionPack, rows: list[tuple[str, list[str]]]) -> list[str]:
    heads = [f"{week} ({monday})" for week, monday in pack_words.week_heads(p)]
    lines = ["| | " + " | ".join(heads) + " |", "|---|" + "|".join("---:" for _ in heads) + "|"]
    for name, cells in rows:
        lines.append(f"| {escape(name)} | " + " | ".join(c or " " for c in cells) + " |")
    return lines + [""]


def _glance(p: SupervisionPack) -> list[str]:
    rows = pack_words.glance_rows(p)
    return [f"## {pack_words.AT_A_GLANCE}", "", *_table(p, rows), pack_words.PACK_COUNTS, ""]


def _help(p: SupervisionPack) -> list[str]:
    if not p.help:
        return []
    return [
        f"## {pack_words.PACK_HELP}",
        "",
        *(f"- {escape(pack_words.pack_help(h))}" for h in p.help),
        "",
    ]


def _goals(p: SupervisionPack) -> list[str]:
    groups = [
        (pack_words.GOALS_SET, p.goals_set),
        (pack_words.GOALS_DONE, p.goals_done),
        (pack_words.GOALS_OPEN, p.goals_open),
    ]
    if not any(goals for _, goals in groups):
        return []
    out = [f"## {pack_words.PACK_GOALS}", ""]
    for head, goals in groups:
        if goals:
            out += [f"{head}:", "", *(f"- {escape(words.goal_line(g))}" for g in goals), ""]
    return out


def _stressors(p: SupervisionPack) -> list[str]:
    if not p.stressors:
        return []
    out = [f"## {pack_words.PACK_STRESSORS}", "", *_table(p, pack_words.stressor_rows(p))]
    return out + [f"- {escape(pack_words.stressor_since(s))}" for s in p.stressors] + [""]


def _monthly(p: SupervisionPack) -> list[str]:
    out: list[str] = []
    for month in p.monthly:
        out += [f"## {escape(pack_words.month_heading(month))}", ""]
        if not month.readable:
            out += [escape(words.UNREADABLE_PERIOD), ""]
            continue
        out += [f"- {escape(pack_words.month_answer(a))}" for a in month.answers] + [""]
    return out

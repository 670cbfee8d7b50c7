"""The supervision pack as one HTML page: the weeks at a glance on the first printed page,
then each week on a page of its own, its headings one level down."""

from __future__ import annotations

from wellcheck.core.pack import SupervisionPack
from wellcheck.report import pack_words, words
from wellcheck.report.html import escape, page, section_html, week_body


def render_pack_html(p: SupervisionPack) -> str:
    body = [
        f"<h1>{escape(pack_words.pack_title(p))}</h1>",
        f"<p>{escape(pack_words.pack_scope(p))}</p>",
    ]
    if unread := words.unread_line(p.unread):
        body.append(f"<p><strong>{escape(unread)}</strong></p>")
    if p.is_empty:
        body.append(f"<p>{escape(pack_words.PACK_EMPTY)}</p>")
    else:
        body += ['<section class="glance">']
        body += _glance(p) + _help(p) + _goals(p) + _stressors(p) + _monthly(p) + _plan(p)
        body += ["</section>"]
        for week in p.weeks:
            body += ['<section class="week">', *_demoted(week_body(week)), "</section>"]
    body.append(f"<footer>{escape(pack_words.pack_footer(p))}</footer>")
    return page(pack_words.pack_title(p), body)


def _demoted(lines: list[str]) -> list[str]:
    """A week's page inside the pack: h1 becomes h2, h2 h3. The user's words are escaped, so
    a tag is only ever the renderer's own."""
    swaps = (("<h2>", "<h3>"), ("</h2>", "</h3>"), ("<h1>", "<h2>"), ("</h1>", "</h2>"))
    out = []
    for line in lines:
        for old, new in swaps:
            line = line.replace(old, new)
        out.append(line)
    return out


def _table(p: SupervisionPack, rows: list[tuple[str, list[str]]]) -> list[str]:
    heads = "".join(
        f'<th class="v">{escape(week)}<br>{escape(monday)}</th>'
        for week, monday in pack_words.week_heads(p)
    )
    out = ['<table class="weeks">', f"<tr><th></th>{heads}</tr>"]
    for name, cells in rows:
        tds = "".join(f'<td class="v">{escape(c)}</td>' for c in cells)
        out.append(f"<tr><td>{escape(name)}</td>{tds}</tr>")
    return out + ["</table>"]


def _glance(p: SupervisionPack) -> list[str]:
    out = [f"<h2>{escape(pack_words.AT_A_GLANCE)}</h2>", *_table(p, pack_words.glance_rows(p))]
    return out + [f'<p class="small">{escape(pack_words.PACK_COUNTS)}</p>']


def _list(items: list[str]) -> list[str]:
    return ["<ul>", *(f"<li>{escape(i)}</li>" for i in items), "</ul>"]


def _help(p: SupervisionPack) -> list[str]:
    if not p.help:
        return []
    return [
        f"<h2>{escape(pack_words.PACK_HELP)}</h2>",
        *_list([pack_words.pack_help(h) for h in p.help]),
    ]


def _goals(p: SupervisionPack) -> list[str]:
    groups = [
        (pack_words.GOALS_SET, p.goals_set),
        (pack_words.GOALS_DONE, p.goals_done),
        (pack_words.GOALS_OPEN, p.goals_open),
    ]
    if not any(goals for _, goals in groups):
        return []
    out = [f"<h2>{escape(pack_words.PACK_GOALS)}</h2>"]
    for head, goals in groups:
        if goals:
            out += [f"<p>{escape(head)}:</p>", *_list([words.goal_line(g) for g in goals])]
    return out


def _stressors(p: SupervisionPack) -> list[str]:
    if not p.stressors:
        return []
    out = [f"<h2>{escape(pack_words.PACK_STRESSORS)}</h2>", *_table(p, pack_words.stressor_rows(p))]
    return out + _list([pack_words.stressor_since(s) for s in p.stressors])


def _monthly(p: SupervisionPack) -> list[str]:
    out: list[str] = []
    for month in p.monthly:
        out.append(f"<h2>{escape(pack_words.month_heading(month))}</h2>")
        if not month.readable:
            out.append(f"<p>{escape(words.UNREADABLE_PERIOD)}</p>")
            continue
        out += _list([pack_words.month_answer(a) for a in month.answers])
    return out


def _plan(p: SupervisionPack) -> list[str]:
    if not p.plan:
        return []
    return [f"<h2>{escape(words.PLAN)}</h2>", *section_html(p.plan, "h3")]

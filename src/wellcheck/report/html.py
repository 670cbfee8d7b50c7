"""The summary as one self-contained HTML page: no scripts, no external assets, A4 print styles."""

from __future__ import annotations

import html
from collections.abc import Callable

from wellcheck.core.plan import SharedSection
from wellcheck.core.summary import PeriodChecklist, WeeklySummary
from wellcheck.report import words


def escape(text: str) -> str:
    """The user's words as text, never markup (quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)


STYLE = """
body { font: 11pt/1.35 Georgia, "Times New Roman", serif; color: #111; margin: 2em auto;
       max-width: 46em; padding: 0 1em; }
h1 { font-size: 14pt; margin: 0 0 .6em; }
h2 { font-size: 11.5pt; margin: 1em 0 .3em; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: .8em 0 .2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; margin: .2em 0; }
th, td { border: 1px solid #bbb; padding: .15em .4em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: normal; }
td.v, th.v { text-align: center; white-space: nowrap; }
tr.day td { font-style: italic; color: #444; }
ul { margin: .2em 0; padding-left: 1.3em; }
p { margin: .3em 0; }
p.by-day { margin: .25em 0 .25em 1.3em; text-indent: -1.3em; }
.day-name { font-weight: bold; margin-right: .3em; }
.entry + .entry::before { content: "· "; color: #666; }
.small, footer { font-size: 9pt; color: #444; }
footer { margin-top: 1.2em; border-top: 1px solid #999; padding-top: .3em; }
section.week { margin-top: 2.5em; }
table.weeks td.v, table.weeks th.v { width: 4.5em; }
@page { size: A4; margin: 10mm 12mm; }
@media print {
  body { font-size: 9pt; line-height: 1.16; margin: 0; max-width: none; padding: 0; }
  h1 { font-size: 12pt; margin: 0 0 .3em; }
  h2 { font-size: 10pt; margin: .5em 0 .12em; break-after: avoid; }
  h3 { font-size: 9.5pt; margin: .45em 0 .1em; break-after: avoid; }
  p, li { margin: .08em 0; }
  p.by-day { margin: .08em 0 .08em 1.3em; }
  ul { margin: .08em 0; }
  th, td { padding: .04em .3em; }
  table, li, p.by-day { break-inside: avoid; }
  th { background: none; }
  footer { margin-top: .6em; padding-top: .15em; }
  section.week { margin-top: 0; break-before: page; }
}
"""


def render_html(s: WeeklySummary) -> str:
    footer = f"<footer>{escape(words.footer(s))}</footer>"
    return page(words.title(s), [*week_body(s), footer])


def week_body(s: WeeklySummary) -> list[str]:
    """The week's page without its footer: the title, then each of `SECTIONS` in turn."""
    body = [f"<h1>{escape(words.title(s))}</h1>"]
    if unread := words.unread_line(s.unread):
        body.append(f"<p><strong>{escape(unread)}</strong></p>")
    if s.is_empty:
        body.append(f"<p>{escape(words.EMPTY)}</p>")
        if off := words.days_off_line(s):
            body.append(f"<p>{escape(off)}</p>")
    else:
        for section in SECTIONS:
            body += section(s)
    if s.plan:
        body += [f"<h2>{escape(words.PLAN)}</h2>", *section_html(s.plan, "h3")]
    return body


def page(title: str, body: list[str]) -> str:
    """One self-contained document: the styles inline, nothing fetched."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f"<title>{escape(title)}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


_ALL_BUT_FIRST = range(1, 100)


def _row(
    cells: list[str],
    tag: str = "td",
    narrow: range | tuple[int, ...] = _ALL_BUT_FIRST,
    cls: str = "",
) -> str:
    """A table row; `narrow` columns are short values, centred and never wrapped."""
    parts = []
    for n, text in enumerate(cells):
        attr = ' class="v"' if n in narrow else ""
        parts.append(f"<{tag}{attr}>{escape(text)}</{tag}>")
    row_cls = f' class="{cls}"' if cls else ""
    return f"<tr{row_cls}>" + "".join(parts) + "</tr>"


def _daily(s: WeeklySummary) -> list[str]:
    cols = s.shown
    out = [f"<h2>{escape(words.DAILY)}</h2>", "<table>"]
    out.append(_row(["", *(words.short_day(c.day) for c in cols), words.COUNT_HEAD], "th"))
    out.append(_row([words.DAY_ROW, *(words.status(c) for c in cols), ""], cls="day"))
    for r in s.checks:
        out.append(_row([r.prompt, *(words.cell(r, c) for c in cols), words.count(r)]))
    out += ["</table>", f'<p class="small">{escape(words.counts_note(s))}</p>']
    noted = [r for r in s.checks if r.notes]
    if noted:
        out.append(f'<p class="small">{escape(words.NOTES)}:</p>')
    for r in noted:  # by item, so that a long question is written once
        notes = [
            f'<span class="entry">{escape(words.short_day(d))}: {escape(n)}</span>'
            for d, n in r.notes
        ]
        out.append(f'<p class="by-day"><em>{escape(r.prompt)}</em> {" ".join(notes)}</p>')
    return out


def _by_day(title: str, days: list[tuple[str, list[str]]]) -> list[str]:
    """A paragraph a day: its name, then its entries one after another (a page of a full
    week fits A4 so, where a line an entry would take two pages)."""
    out = [f"<h2>{escape(title)}</h2>"]
    for day, items in days:
        head = f'<span class="day-name">{escape(day)}</span>'
        out.append(f'<p class="by-day">{head}{" ".join(items)}</p>')
    return out


def _went_well(s: WeeklySummary) -> list[str]:
    if not s.went_well:
        return []
    days = [
        (words.short_day(d.day), [f'<span class="entry">{escape(e)}</span>' for e in d.entries])
        for d in s.went_well
    ]
    return _by_day(words.WENT_WELL, days)


def _difficult(s: WeeklySummary) -> list[str]:
    if not s.reflections:
        return []
    days = [
        (
            words.short_day(d.day),
            [f"<em>{escape(label)}:</em> {escape(text)}" for label, text in d.fields],
        )
        for d in s.reflections
    ]
    return _by_day(words.DIFFICULT, days)


def _help(s: WeeklySummary) -> list[str]:
    if not s.help:
        return []
    items = [
        f"<li>{escape(words.short_day(h.day))}: {escape(h.text)} "
        f"({escape(words.help_state(h))})</li>"
        for h in s.help
    ]
    return [f"<h2>{escape(words.HELP)}</h2>", "<ul>", *items, "</ul>"]


def _period(kind: str, checklist: PeriodChecklist, s: WeeklySummary) -> list[str]:
    if checklist.readable and not checklist.answers:
        return []
    out = [f"<h2>{escape(words.period_heading(kind, s))}</h2>"]
    if not checklist.readable:
        return out + [f"<p>{escape(words.UNREADABLE_PERIOD)}</p>"]
    out.append("<table>")
    written = [" — ".join([*a.texts, a.note] if a.note else a.texts) for a in checklist.answers]
    for a, text in zip(checklist.answers, written, strict=True):
        cells = [a.prompt, words.period_value(a)] + ([text] if any(written) else [])
        out.append(_row(cells, narrow=(1,)))
    return out + ["</table>"]


def _goals(s: WeeklySummary) -> list[str]:
    if not (s.open_goals or s.done_goals):
        return []
    out = [f"<h2>{escape(words.GOALS)}</h2>"]
    for head, goals in ((words.OPEN, s.open_goals), (words.DONE, s.done_goals)):
        if goals:
            entries = " ".join(
                f'<span class="entry">{escape(words.goal_line(g))}</span>' for g in goals
            )
            out.append(
                f'<p class="by-day"><span class="day-name">{escape(head)}:</span>{entries}</p>'
            )
    return out


def _weekly(s: WeeklySummary) -> list[str]:
    return _period("weekly", s.weekly, s)


def _monthly(s: WeeklySummary) -> list[str]:
    return _period("monthly", s.monthly, s)


def _stressors(s: WeeklySummary) -> list[str]:
    """A paragraph each: the stressor, then its impact, whether it affects work, the help and
    the note, each only when given."""
    if not s.stressors:
        return []
    out = [f"<h2>{escape(words.STRESSORS)}</h2>"]
    for line in s.stressors:
        name, impact, note, affecting, help_text = words.stressor_cells(line)
        parts = [f"impact {impact}" if impact else ""]
        parts.append(f"affecting work: {affecting}" if affecting else "")
        parts.append(f"help: {help_text}" if help_text else "")
        parts.append(note)
        entries = " ".join(f'<span class="entry">{escape(p)}</span>' for p in parts if p)
        head = f'<span class="day-name">{escape(name)}</span>'
        out.append(f'<p class="by-day">{head}{entries}</p>')
    return out


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


def section_html(sections: list[SharedSection], level: str = "h2") -> list[str]:
    out: list[str] = []
    for section in sections:
        out.append(f"<{level}>{escape(section.title)}</{level}>")
        if len(section.lines) > 1:
            items = "".join(f"<li>{escape(line)}</li>" for line in section.lines)
            out.append(f"<ul>{items}</ul>")
        else:
            out += [f"<p>{_br(line)}</p>" for line in section.lines]
    return out


def _br(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())

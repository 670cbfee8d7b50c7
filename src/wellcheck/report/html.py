"""The summary as one self-contained HTML page: no scripts, no external assets, A4 print styles."""

from __future__ import annotations

import html

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
h3 { font-size: 10.5pt; margin: .6em 0 .2em; }
table { border-collapse: collapse; width: 100%; margin: .2em 0; }
th, td { border: 1px solid #bbb; padding: .15em .4em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: normal; }
td.v, th.v { text-align: center; white-space: nowrap; }
tr.day td { font-style: italic; color: #444; }
ul { margin: .2em 0; padding-left: 1.3em; }
p { margin: .3em 0; }
.day-name { font-weight: bold; }
.small, footer { font-size: 9pt; color: #444; }
footer { margin-top: 1.2em; border-top: 1px solid #999; padding-top: .3em; }
@page { size: A4; margin: 12mm 14mm; }
@media print {
  body { font-size: 8.5pt; line-height: 1.25; margin: 0; max-width: none; padding: 0; }
  h1 { font-size: 12pt; }
  h2 { font-size: 10pt; margin-top: .7em; break-after: avoid; }
  table, li { break-inside: avoid; }
  th { background: none; }
}
"""


def render_html(s: WeeklySummary) -> str:
    body = [f"<h1>{escape(words.title(s))}</h1>"]
    if s.is_empty:
        body.append(f"<p>{escape(words.EMPTY)}</p>")
        if off := words.days_off_line(s):
            body.append(f"<p>{escape(off)}</p>")
    else:
        body += _daily(s) + _went_well(s) + _difficult(s) + _help(s)
        body += _period("weekly", s.weekly, s) + _period("monthly", s.monthly, s)
        body += _goals(s) + _stressors(s)
    if s.plan:
        body += [f"<h2>{escape(words.PLAN)}</h2>", *section_html(s.plan, "h3")]
    body.append(f"<footer>{escape(words.footer(s))}</footer>")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f"<title>{escape(words.title(s))}</title>",
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
    notes = sorted((d, r.prompt, n) for r in s.checks for d, n in r.notes)
    if notes:
        items = [
            f"<li>{escape(words.short_day(d))}, {escape(p)} — {escape(n)}</li>" for d, p, n in notes
        ]
        out += [f'<p class="small">{escape(words.NOTES)}:</p>', "<ul>", *items, "</ul>"]
    return out


def _by_day(title: str, days: list[tuple[str, list[str]]]) -> list[str]:
    out = [f"<h2>{escape(title)}</h2>"]
    for day, items in days:
        out.append(f'<p><span class="day-name">{escape(day)}</span></p>')
        out += ["<ul>", *items, "</ul>"]
    return out


def _went_well(s: WeeklySummary) -> list[str]:
    if not s.went_well:
        return []
    days = [
        (words.short_day(d.day), [f"<li>{escape(e)}</li>" for e in d.entries]) for d in s.went_well
    ]
    return _by_day(words.WENT_WELL, days)


def _difficult(s: WeeklySummary) -> list[str]:
    if not s.reflections:
        return []
    days = [
        (
            words.short_day(d.day),
            [f"<li><em>{escape(label)}:</em> {escape(text)}</li>" for label, text in d.fields],
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
    for a in checklist.answers:
        written = " — ".join([*a.texts, a.note] if a.note else a.texts)
        out.append(_row([a.prompt, words.value(a.value), written], narrow=(1,)))
    return out + ["</table>"]


def _goals(s: WeeklySummary) -> list[str]:
    if not (s.open_goals or s.done_goals):
        return []
    out = [f"<h2>{escape(words.GOALS)}</h2>"]
    for head, goals in ((words.OPEN, s.open_goals), (words.DONE, s.done_goals)):
        if goals:
            out.append(f"<p>{escape(head)}:</p>")
            out += ["<ul>", *(f"<li>{escape(words.goal_line(g))}</li>" for g in goals), "</ul>"]
    return out


def _stressors(s: WeeklySummary) -> list[str]:
    if not s.stressors:
        return []
    out = [f"<h2>{escape(words.STRESSORS)}</h2>", "<table>"]
    out.append(_row(list(words.STRESSOR_HEADS), "th", narrow=(1, 3)))
    out += [_row(list(words.stressor_cells(line)), narrow=(1, 3)) for line in s.stressors]
    return out + ["</table>"]


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

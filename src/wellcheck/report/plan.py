"""The Wellness Action Plan as its own one-page document, to give to a manager: text,
markdown, html or json. Only the sections the user marked to share are in it (the session
gives nothing else); the user's words are text, never markup. The sections are laid out as
the summary lays out its own section of them (`html.section_html`, `markdown.section_markdown`)."""

from __future__ import annotations

import json
from typing import Any

from wellcheck.core.plan import PlanDocument, SharedSection
from wellcheck.report import html as page
from wellcheck.report.html import section_html
from wellcheck.report.markdown import escape as md
from wellcheck.report.markdown import section_markdown

FORMAT = "wellcheck-wellness-action-plan"
FORMAT_VERSION = 1
NOTHING_SHARED = (
    "No section of the plan is marked to share yet. In the plan (l on home), y on a "
    "section's share line shares it; everything else stays private."
)
SOURCE = (
    "A Wellness Action Plan for remote workers, as in Research in Practice's briefing "
    "Supporting wellbeing remotely (2021), after Mind. Printed by wellcheck"
)


def render_plan(doc: PlanDocument, fmt: str) -> str:
    if fmt == "text":
        return _text(doc)
    if fmt == "markdown":
        return _markdown(doc)
    if fmt == "html":
        return _html(doc)
    if fmt == "json":
        return _json(doc)
    raise ValueError(f"unknown format {fmt!r}")


def _footer(doc: PlanDocument) -> str:
    day = doc.printed
    return f"{SOURCE} on {day:%A} {day.day} {day:%B %Y}. Only the sections I chose to share."


WIDTH = 80
"""The printed page's width, as the text summary's."""


def section_lines(sections: list[SharedSection]) -> list[str]:
    """Plain lines, folded to the page: each section's question, then what was written."""
    out: list[str] = []
    for section in sections:
        out += _fold(section.title)
        out += [
            f for text in section.lines for line in text.splitlines() for f in _fold(line, "  ")
        ]
        out.append("")
    return out


def _fold(text: str, indent: str = "") -> list[str]:
    import textwrap

    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [""]


def _text(doc: PlanDocument) -> str:
    out = [doc.title, "=" * len(doc.title), ""]
    out += section_lines(doc.sections) if doc.sections else [*_fold(NOTHING_SHARED), ""]
    return "\n".join([*out, *_fold(_footer(doc)), ""])


def _markdown(doc: PlanDocument) -> str:
    out = [f"# {md(doc.title)}", ""]
    out += section_markdown(doc.sections) if doc.sections else [NOTHING_SHARED, ""]
    return "\n".join([*out, "---", "", f"*{md(_footer(doc))}*", ""])


def _html(doc: PlanDocument) -> str:
    body = [f"<h1>{page.escape(doc.title)}</h1>"]
    body += section_html(doc.sections) if doc.sections else [f"<p>{NOTHING_SHARED}</p>"]
    body.append(f"<footer>{page.escape(_footer(doc))}</footer>")
    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">']
    head += [f"<title>{page.escape(doc.title)}</title>", f"<style>{page.STYLE}</style>"]
    return "\n".join([*head, "</head>", "<body>", *body, "</body>", "</html>", ""])


def sections_json(sections: list[SharedSection]) -> list[dict[str, Any]]:
    return [{"id": s.item_id, "title": s.title, "lines": list(s.lines)} for s in sections]


def _json(doc: PlanDocument) -> str:
    data = {
        "title": doc.title,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "printed_on": doc.printed.isoformat(),
        "sections": sections_json(doc.sections),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

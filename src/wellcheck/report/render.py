"""Pick a renderer by format name, and write a report file privately (0600, atomically)."""

from __future__ import annotations

from pathlib import Path

from wellcheck.core.atomic import write_atomic
from wellcheck.core.errors import WellcheckError
from wellcheck.core.pack import AnySummary, SupervisionPack
from wellcheck.core.periods import week_key
from wellcheck.core.summary import WeeklySummary

FORMATS = ("text", "markdown", "html", "json")
SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "json": ".json"}
_BY_SUFFIX = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


def render(summary: AnySummary, fmt: str) -> str:
    """The whole document in one format: a week's page, or a pack of several weeks. Imports
    only the renderer it needs."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "text":
        from wellcheck.report.text import render_text

        return render_text(summary)
    if isinstance(summary, WeeklySummary):
        return _weekly(summary, fmt)
    return _pack(summary, fmt)


def _weekly(summary: WeeklySummary, fmt: str) -> str:
    if fmt == "markdown":
        from wellcheck.report.markdown import render_markdown

        return render_markdown(summary)
    if fmt == "html":
        from wellcheck.report.html import render_html

        return render_html(summary)
    from wellcheck.report.json import render_json

    return render_json(summary)


def _pack(pack: SupervisionPack, fmt: str) -> str:
    if fmt == "markdown":
        from wellcheck.report.pack_markdown import render_pack_markdown

        return render_pack_markdown(pack)
    if fmt == "html":
        from wellcheck.report.pack_html import render_pack_html

        return render_pack_html(pack)
    from wellcheck.report.pack_json import render_pack_json

    return render_pack_json(pack)


def format_for(path: Path) -> str:
    """The format a file name suggests (report.md → markdown); text when it suggests none."""
    return _BY_SUFFIX.get(path.suffix.lower(), "text")


def default_name(summary: AnySummary, fmt: str) -> str:
    """wellcheck-2026-W47.md; a pack, wellcheck-2026-W46-to-W49.md."""
    if isinstance(summary, WeeklySummary):
        return f"wellcheck-{summary.week}{SUFFIXES[fmt]}"
    first, last = week_key(summary.span.first), week_key(summary.span.last)
    last = last.split("-")[1] if last[:4] == first[:4] else last
    return f"wellcheck-{first}-to-{last}{SUFFIXES[fmt]}"


def write_report(path: Path, document: str) -> None:
    """Write durably and readable by the user only; the folder must exist already."""
    if not path.parent.is_dir():
        raise WellcheckError(f"{path.parent}: no such folder")
    if path.is_dir():
        raise WellcheckError(f"{path}: is a folder; give a file name")
    write_atomic(path, document.encode("utf-8"))

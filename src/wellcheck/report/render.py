"""Pick a renderer by format name, and write a report file privately (0600, atomically)."""

from __future__ import annotations

from pathlib import Path

from wellcheck.core.atomic import write_atomic
from wellcheck.core.errors import WellcheckError
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


def render(summary: WeeklySummary, fmt: str) -> str:
    """The whole document in one format. Imports only the renderer it needs (rich for text)."""
    if fmt == "text":
        from wellcheck.report.text import render_text

        return render_text(summary)
    if fmt == "markdown":
        from wellcheck.report.markdown import render_markdown

        return render_markdown(summary)
    if fmt == "html":
        from wellcheck.report.html import render_html

        return render_html(summary)
    if fmt == "json":
        from wellcheck.report.json import render_json

        return render_json(summary)
    raise ValueError(f"unknown format {fmt!r}")


def format_for(path: Path) -> str:
    """The format a file name suggests (report.md → markdown); text when it suggests none."""
    return _BY_SUFFIX.get(path.suffix.lower(), "text")


def default_name(summary: WeeklySummary, fmt: str) -> str:
    return f"wellcheck-{summary.week}{SUFFIXES[fmt]}"


def write_report(path: Path, document: str) -> None:
    """Write durably and readable by the user only; the folder must exist already."""
    if not path.parent.is_dir():
        raise WellcheckError(f"{path.parent}: no such folder")
    if path.is_dir():
        raise WellcheckError(f"{path}: is a folder; give a file name")
    write_atomic(path, document.encode("utf-8"))

"""The four formats of the weekly summary: golden files, paper-friendliness, privacy."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from rich.console import Console
from summary_fixture import MONDAY, SECRET, fixture_summary, write_week

from wellcheck.core.summary import WeeklySummary
from wellcheck.core.summary_build import WeekAnswers, build_summary
from wellcheck.report.render import FORMATS, render
from wellcheck.report.text import print_summary, render_text, terminal_console
from wellcheck.session.summary import gather_week

GOLDEN = Path(__file__).parents[2] / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture
def summary(tmp_path: Path) -> WeeklySummary:
    return fixture_summary(tmp_path / "store")


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("markdown", "week.md"), ("html", "week.html"), ("json", "week.json"), ("text", "week.txt")],
)
def test_fixture_week_matches_its_golden_file(summary: WeeklySummary, fmt: str, name: str) -> None:
    document = render(summary, fmt)
    golden = GOLDEN / name
    if UPDATE:
        golden.write_text(document, encoding="utf-8")
    assert document == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_first_line_says_whose_data_and_the_dates(summary: WeeklySummary, fmt: str) -> None:
    document = render(summary, fmt)
    first = re.sub(r"<[^>]+>|^# |\"title\": ", "", _first_content_line(document, fmt))
    assert "Sam Taylor's wellbeing summary, week 47 of 2026: 16 to 22 November 2026" in first
    assert "Made by wellcheck on 23 November 2026 from Sam Taylor's own answers" in document


@pytest.mark.parametrize("fmt", FORMATS)
def test_unflagged_stressor_appears_in_no_format(summary: WeeklySummary, fmt: str) -> None:
    document = render(summary, fmt)
    assert SECRET not in document
    assert "Childcare" in document


@pytest.mark.parametrize("fmt", FORMATS)
def test_days_off_are_never_missed_and_counts_use_days_worked(
    summary: WeeklySummary, fmt: str
) -> None:
    document = render(summary, fmt)
    assert "leave" in document
    assert "missed" not in document
    assert re.search(r"no check-in|\bno *\n.*check-in", document)  # text wraps it in its column
    assert re.search(r"\b2 of 4\b|\"of\": 4", document)


def test_html_is_self_contained_without_scripts(summary: WeeklySummary) -> None:
    document = render(summary, "html").lower()
    for forbidden in ("<script", "http", "src=", "@import", "url(", "<link", "<img", "<iframe"):
        assert forbidden not in document
    assert "@media print" in document and "size: a4" in document


def test_html_escapes_the_users_words(summary: WeeklySummary) -> None:
    document = render(summary, "html")
    assert "A tense &lt;strategy&gt; meeting" in document
    assert "<strategy>" not in document


def test_markdown_tables_parse_as_gfm_tables_and_user_text_stays_literal(
    summary: WeeklySummary,
) -> None:
    html = MarkdownIt("commonmark").enable("table").render(render(summary, "markdown"))
    assert html.count("<table>") == 2  # the daily checklist and the stressors
    assert "<td>2 of 4</td>" in html
    assert "A home visit that ran | over *time*" in html
    assert "<em>time</em>" not in html
    assert "<li>- a good call with a parent</li>" in html
    assert "A tense &lt;strategy&gt; meeting" in html


def test_text_fits_80_columns_and_has_no_escape_codes(summary: WeeklySummary) -> None:
    text = render_text(summary)
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Finished the [bold]court report[/]" in text


def test_text_through_a_rich_console_capture(summary: WeeklySummary) -> None:
    console = Console(file=io.StringIO(), width=120, record=True, color_system=None)
    print_summary(summary, console)
    text = console.export_text()
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Daily checklist" in text and "What went well" in text
    assert re.search(r"Have you taken a lunch\s.*2 of 4", text)
    assert "Advice on a tricky section 47 case (resolved Thu 19 Nov)" in text
    assert "Cover for Friday's visit (still open)" in text
    assert "From the week before" not in text


def test_text_on_a_terminal_has_styles_but_not_under_no_color(
    summary: WeeklySummary, monkeypatch: pytest.MonkeyPatch
) -> None:
    styled = io.StringIO()
    print_summary(summary, terminal_console(styled, force_terminal=True))
    assert "\x1b[1m" in styled.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = io.StringIO()
    print_summary(summary, terminal_console(plain, force_terminal=True))
    assert "\x1b" not in plain.getvalue()
    assert plain.getvalue() == render_text(summary)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_week_is_a_short_honest_page(fmt: str) -> None:
    empty = build_summary(WeekAnswers(MONDAY), frozenset(range(5)), "", MONDAY)
    document = render(empty, fmt)
    assert "Your own wellbeing summary, week 47 of 2026" in document
    assert "from your own answers" in document
    assert empty.is_empty
    if fmt != "json":
        assert "Nothing was written down this week." in document
        assert "Daily checklist" not in document
        body = document.split("<body>")[-1]
        assert len(body.splitlines()) < 12
    else:
        assert '"empty": true' in document


def _first_content_line(document: str, fmt: str) -> str:
    if fmt == "html":
        return next(line for line in document.splitlines() if line.startswith("<h1>"))
    if fmt == "json":
        return next(line for line in document.splitlines() if '"title"' in line)
    return document.splitlines()[0]


def test_a_seven_day_week_still_fits_80_columns(tmp_path: Path) -> None:
    store = write_week(tmp_path)
    week = gather_week(store, MONDAY, [])
    s = build_summary(week, frozenset(range(7)), "", MONDAY)
    text = render_text(s)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Sat 21" in text and "Sun 22" in text
    assert "\nAt the end of the day, have you handed over any outstanding tasks?\n" in text


def test_html_period_tables_have_no_empty_column(summary: WeeklySummary) -> None:
    document = render(summary, "html")
    weekly = document.split("<h2>Weekly checklist, week 47</h2>")[1].split("</table>")[0]
    monthly = document.split("<h2>Monthly checklist, November 2026</h2>")[1].split("</table>")[0]
    assert "<td></td>" not in weekly and weekly.count("<td") == 2  # nothing written: no column
    assert monthly.count("<td") == 3 and "<td>Cancelled twice</td>" in monthly

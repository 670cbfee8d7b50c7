"""The page on paper, proven in a real browser: the HTML summary printed by headless Chromium.

A realistic full week (every section filled, long reflections and notes, a flagged stressor,
help asked and resolved, goals) prints on one A4 page; the four-week supervision pack on
`PACK_PAGES` (README, "The summary on paper"): the weeks at a glance, then a page a week.
Readable: no text under 9 pt, none outside the page's margins, every word of the page printed.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pack_fixture import FULL_WEEK, MADE_ON, SECRET, SETTINGS, pack_span, write_month_of_weeks

from wellcheck.core.periods import span_week
from wellcheck.report.render import render
from wellcheck.session.summary import summary_for

from .chromium import page_text, pages, pdf_info, print_pdf, word_boxes

PACK_PAGES = 5
A4 = (595.0, 842.0)
MARGIN_X = 12 / 25.4 * 72  # 12 mm, the page's side margins (report/html.py, @page)
H1_PT = 12.0


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Path]]:
    """The full week and the pack, each as its HTML and the PDF Chromium printed of it."""
    root = tmp_path_factory.mktemp("paper")
    store = write_month_of_weeks(root / "store")
    week, problems = summary_for(store, SETTINGS, span_week(FULL_WEEK), MADE_ON)
    pack, more = summary_for(store, SETTINGS, pack_span(), MADE_ON)
    assert problems == more == []
    out = {}
    for name, summary in (("week", week), ("pack", pack)):
        document = render(summary, "html")
        page = root / f"{name}.html"
        page.write_text(document, encoding="utf-8")
        out[name] = (document, print_pdf(page, root / f"{name}.pdf"))
    return out


def test_a_full_week_prints_on_one_a4_page(printed: dict[str, tuple[str, Path]]) -> None:
    document, pdf = printed["week"]
    for section in ("Daily checklist", "What went well", "What was difficult", "Help asked for"):
        assert section in document
    assert "resolved" in document and "still open" in document and "Childcare" in document
    assert pages(pdf) == 1
    assert "(A4)" in pdf_info(pdf)["Page size"]


def test_a_four_week_pack_prints_on_its_stated_pages(
    printed: dict[str, tuple[str, Path]],
) -> None:
    _, pdf = printed["pack"]
    assert pages(pdf) == PACK_PAGES
    first = page_text(pdf, 1)
    assert "supervision pack" in first and "The weeks at a glance" in first
    assert "wellbeing summary, week 45" not in first  # the overview has its page to itself
    for n, week in enumerate((45, 46, 47, 48), start=2):  # then one page a week
        assert f"wellbeing summary, week {week} of 2026" in page_text(pdf, n)


@pytest.mark.parametrize("name", ["week", "pack"])
def test_no_text_is_smaller_than_9_points(printed: dict[str, tuple[str, Path]], name: str) -> None:
    _, pdf = printed[name]
    boxes = word_boxes(pdf)
    title = [b for b in boxes if b.page == 1 and b.top < 60]  # the h1, printed at 12 pt
    per_point = max(b.height for b in title) / H1_PT
    smallest = min(b.height for b in boxes) / per_point
    assert smallest >= 8.95, f"text printed at {smallest:.1f} pt"


@pytest.mark.parametrize("name", ["week", "pack"])
def test_every_word_is_printed_inside_the_page(
    printed: dict[str, tuple[str, Path]], name: str
) -> None:
    document, pdf = printed[name]
    boxes = word_boxes(pdf)
    assert all(MARGIN_X - 1 <= b.left and b.right <= A4[0] - MARGIN_X + 1 for b in boxes)
    assert all(0 <= b.top and b.bottom <= A4[1] for b in boxes)
    shown = Counter(_words(_visible_text(document)))
    printed_words = Counter(_words(" ".join(b.text for b in boxes)))
    missing = shown - printed_words
    assert not missing, f"not printed: {sorted(missing)[:20]}"
    assert SECRET not in " ".join(b.text for b in boxes)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _visible_text(document: str) -> str:
    parser = _Text()
    parser.feed(document)
    return html.unescape(" ".join(parser.parts))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)

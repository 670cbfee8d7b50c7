"""The supervision pack in every format: golden files, the overview first, privacy, width."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pack_fixture import MADE_ON, SECRET, SETTINGS, pack_span, write_month_of_weeks

from wellcheck.core.pack import SupervisionPack
from wellcheck.report.render import FORMATS, default_name, render
from wellcheck.report.text import render_text
from wellcheck.session.summary import summary_for

GOLDEN = Path(__file__).parents[2] / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> SupervisionPack:
    store = write_month_of_weeks(tmp_path_factory.mktemp("pack") / "store")
    made, problems = summary_for(store, SETTINGS, pack_span(), MADE_ON)
    assert problems == [] and isinstance(made, SupervisionPack)
    return made


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("markdown", "pack.md"), ("html", "pack.html"), ("json", "pack.json"), ("text", "pack.txt")],
)
def test_the_four_week_pack_matches_its_golden_file(
    pack: SupervisionPack, fmt: str, name: str
) -> None:
    document = render(pack, fmt)
    golden = GOLDEN / name
    if UPDATE:
        golden.write_text(document, encoding="utf-8")
    assert document == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_pack_never_holds_an_unflagged_stressor(pack: SupervisionPack, fmt: str) -> None:
    document = render(pack, fmt)
    assert SECRET not in document
    assert "Childcare" in document


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_first_page_says_whose_which_weeks_and_since_when(
    pack: SupervisionPack, fmt: str
) -> None:
    document = render(pack, fmt)
    first = document[: document.index("The weeks at a glance")]
    assert "Sam Taylor's supervision pack: 2 to 29 November 2026 (4 weeks)" in first
    assert "Since supervision on Monday 2 November 2026: weeks 45 to 48." in first


def test_the_text_pack_fits_80_columns_with_each_week_a_column(pack: SupervisionPack) -> None:
    text = render_text(pack)
    assert max(len(line) for line in text.splitlines()) <= 80
    head = next(line for line in text.splitlines() if "Wk 45" in line)
    assert head.split() == ["Wk", "45", "Wk", "46", "Wk", "47", "Wk", "48"]
    days = next(line for line in text.splitlines() if line.startswith("Days checked in"))
    assert days.split()[3:] == ["5", "of", "5", "4", "of", "4", "5", "of", "5", "5", "of", "5"]
    childcare = next(line for line in text.splitlines() if line.startswith("Childcare ("))
    assert childcare.split()[-4:] == ["4", "4", "3", "2"]
    assert "Childcare: impact from 4 to 2; affecting work: yes" in text


def test_a_long_pack_goes_on_in_a_second_table_within_80_columns(tmp_path: Path) -> None:
    from wellcheck.core.periods import span_weeks

    store = write_month_of_weeks(tmp_path / "store")
    made, _ = summary_for(store, SETTINGS, span_weeks(12, MADE_ON), MADE_ON)
    text = render_text(made)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert sum(1 for line in text.splitlines() if line.lstrip().startswith("Wk ")) == 4  # 2 x 2


def test_the_markdown_pack_tables_parse_as_gfm(pack: SupervisionPack) -> None:
    html = MarkdownIt("commonmark").enable("table").render(render(pack, "markdown"))
    assert html.count("<table>") == 2 + 4 * 2  # glance, stressors; each week: daily, stressors
    assert "<h2>The weeks at a glance</h2>" in html
    assert "<h2>Sam Taylor's wellbeing summary, week 45 of 2026: 2 to 8 November 2026</h2>" in html
    assert "<h3>Daily checklist</h3>" in html


def test_the_json_pack_holds_the_overview_and_every_week(pack: SupervisionPack) -> None:
    data = json.loads(render(pack, "json"))
    assert (data["format"], data["format_version"]) == ("wellcheck-supervision-pack", 1)
    assert data["period"] == {"chosen_by": "supervision", "since": "2026-11-02"}
    assert [w["week"] for w in data["weeks"]] == [f"2026-W{n}" for n in (45, 46, 47, 48)]
    assert [w["days_off"] for w in data["weeks_at_a_glance"]] == [0, 1, 0, 0]
    [childcare] = [s for s in data["stressors"] if s["latest"]["label"] == "Childcare"]
    assert childcare["impact_by_week"] == [4, 4, 3, 2]
    assert [g["text"] for g in data["goals"]["done"]] == [
        "Ask my manager for a protected morning for recording",
        "Book the two days of leave left before the end of the year",
    ]


def test_the_html_pack_gives_each_week_a_page(pack: SupervisionPack) -> None:
    document = render(pack, "html")
    assert document.count('<section class="week">') == 4
    assert "section.week { margin-top: 0; break-before: page; }" in document
    assert "<h1>" in document and document.count("<h1>") == 1  # the weeks' titles are h2


def test_a_packs_file_is_named_for_its_weeks(pack: SupervisionPack) -> None:
    assert default_name(pack, "markdown") == "wellcheck-2026-W45-to-W48.md"

"""`wellcheck plan`: written line by line (--plain), printed only when asked and only what is
shared (--format, -o), the weekly check-in's signs in plain mode, and the summary's section."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest
from plan_fixture import OWN_SIGN, PRIVATE, notice, write_plan
from summary_fixture import write_week

from wellcheck.cli import main
from wellcheck.core.store import JsonStore

GOLDEN = Path(__file__).parents[1] / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
FORMATS = {"text": "txt", "markdown": "md", "html": "html", "json": "json"}
DAY = ["--date", "2026-11-23"]


def run(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(args)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def golden(name: str, document: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(document, encoding="utf-8")
    assert document == path.read_text(encoding="utf-8")


@pytest.fixture
def store(data_dir: Path) -> JsonStore:
    store = JsonStore(data_dir)
    write_plan(store)
    return store


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_printed_plan_matches_its_golden_file(
    store: JsonStore, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([*DAY, "plan", "--format", fmt], capsys)
    assert code == 0
    golden(f"plan.{FORMATS[fmt]}", out)
    if fmt == "json":
        assert [s["id"] for s in json.loads(out)["sections"]] == [
            "pressures",
            "helps",
            "signs",
            "support",
            "review",
        ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_holding_shared_plan_sections_matches_its_golden_file(
    data_dir: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_plan(write_week(data_dir))
    code, out, _ = run(["--date", "2026-11-23", "summary", "--last", "--format", fmt], capsys)
    assert code == 0
    golden(f"week-with-plan.{FORMATS[fmt]}", out)
    assert "Back-to-back video calls" in out and OWN_SIGN in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unshared_section_appears_in_no_export(
    store: JsonStore, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["plan"], ["summary"], ["summary", "--last"]):
        code, out, _ = run([*DAY, *args, "--format", fmt], capsys)
        assert code == 0 and PRIVATE not in out and "court case" not in out
    for args in (["plan"], ["summary"]):
        target = tmp_path / f"out-{args[0]}.{FORMATS[fmt]}"
        assert run([*DAY, *args, "--format", fmt, "-o", str(target)], capsys)[0] == 0
        assert PRIVATE not in target.read_text(encoding="utf-8")
        assert os.stat(target).st_mode & 0o777 == 0o600


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pack_holds_the_shared_sections_once_and_never_an_unshared_one(
    data_dir: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_plan(write_week(data_dir))
    code, out, _ = run([*DAY, "summary", "--weeks", "4", "--format", fmt], capsys)
    assert code == 0 and PRIVATE not in out and "court case" not in out
    assert out.count("Back-to-back video calls") == 1 and out.count(OWN_SIGN) == 1
    if fmt == "json":
        shared = json.loads(out)["plan_shared"]
        assert "Back-to-back video calls" in json.dumps(shared)


def test_nothing_shared_says_how_to_share(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([*DAY, "plan", "--format", "text"], capsys)
    assert code == 0 and "No section of the plan is marked to share yet" in out


def test_printing_and_writing_at_once_is_one_line_and_exit_1(
    store: JsonStore, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([*DAY, "plan", "--plain", "--format", "text"], capsys)
    assert code == 1 and not out and err.count("\n") == 1 and "--plain" in err


def test_the_printed_plan_is_never_written_into_the_data_folder(
    store: JsonStore, capsys: pytest.CaptureFixture[str]
) -> None:
    inside = store.root / "plan.md"
    code, _, err = run([*DAY, "plan", "-o", str(inside)], capsys)
    assert code == 1 and err.count("\n") == 1 and not inside.exists()


def test_plain_mode_writes_the_plan_and_asks_whether_to_share_each_section(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        "I care for my mum on Tuesdays",
        "y",  # manager, shared
        "Calls",
        "",  # pressures, kept private (Enter keeps "no")
        "",
        "",  # helps
        "",
        "",  # triggers
        "30",
        "3 11",  # signs: 30 is not one of them, asked again  # fmt: skip
        OWN_SIGN,
        "",
        "",
        "y",  # own words, shared
        "",
        "",  # support
        "22/02/2027",
        "2027-02-22",
        "n",  # review: asked again until it is a date
        "n",  # tell me: no
    ]
    code, out, _ = run([*DAY, "plan", "--plain"], capsys, "\n".join(lines) + "\n")
    assert code == 0, out
    assert "Please give the numbers shown" in out and "Please give a date" in out
    answers = json.loads((data_dir / "plan" / "current.json").read_text())["answers"]
    assert answers["manager"]["fields"] == {"text": "I care for my mum on Tuesdays"}
    assert answers["signs"]["fields"] == {"confused": "yes", "sleep": "yes"}
    assert answers["signs"]["entries"][0] == OWN_SIGN
    assert answers["review"]["value"] == "2027-02-22"
    assert answers["tell_me"]["value"] == "no"
    shared = answers["_shared"]["fields"]
    assert shared["manager"] == "yes" and shared["signs"] == "yes" and shared["review"] == "no"
    assert "pressures" not in shared or shared["pressures"] == "no"


def test_plain_weekly_asks_about_the_plans_signs_and_offers_what_helps(
    store: JsonStore, capsys: pytest.CaptureFixture[str]
) -> None:
    notice(store, "2026-W48")  # nothing ticked yet this week
    code, out, _ = run([*DAY, "weekly", "--plain"], capsys, "y\ny\n3\n\n")
    assert code == 0, out
    assert "Did you notice any of your own early warning signs this week?" in out
    assert f"3. [ ] {OWN_SIGN}" in out
    assert "A walk at lunch" in out and "Talk to someone helpful." in out
    answer = json.loads((store.root / "noticed" / "2026-W48.json").read_text())["answers"]
    assert [k for k, v in answer["signs"]["fields"].items() if v == "yes"] == [
        next(k for k in answer["signs"]["labels"] if k.startswith("own-"))
    ]


def test_doctor_reads_the_plans_files(store: JsonStore, capsys: pytest.CaptureFixture[str]) -> None:
    notice(store, "2026-W47", "sleep")
    code, out, _ = run(["doctor"], capsys)
    assert code == 0 and "can be read" in out
    (store.root / "noticed" / "2026-W47.json").write_text("{not json", encoding="utf-8")
    code, out, _ = run(["doctor"], capsys)
    assert code == 1 and "noticed/2026-W47.json" in out


def test_reflections_are_never_in_the_summary(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "1\nOnly here for now\n"
    assert run(["--date", "2026-11-23", "open", "good_fit", "--plain"], capsys, lines)[0] == 0
    saved = json.loads((data_dir / "good_fit" / "2026-H2.json").read_text())["answers"]
    assert saved["fit"]["value"] == "right"
    for fmt in FORMATS:
        code, out, _ = run([*DAY, "summary", "--format", fmt], capsys)
        assert code == 0 and "Only here for now" not in out and "right for me" not in out

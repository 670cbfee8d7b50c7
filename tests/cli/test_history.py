"""`wellcheck history --plain | --format markdown|json`: golden files of the same history, words
a screen reader can read, one-line errors, and no Textual."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from history_fixture import TODAY, write_history

from wellcheck.cli import main

GOLDEN = Path(__file__).parents[1] / "golden"
FORMATS = [(["--plain"], "history.txt"), (["--format", "markdown"], "history.md"),
           (["--format", "json"], "history.json")]  # fmt: skip


@pytest.fixture
def lived(data_dir: Path) -> Path:
    write_history(data_dir)
    return data_dir


@pytest.mark.parametrize(("how", "name"), FORMATS)
def test_the_history_matches_its_golden_file(
    lived: Path, how: list[str], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--date", TODAY.isoformat(), "history", "--all", *how]) == 0
    out = capsys.readouterr().out
    golden = GOLDEN / name
    if os.environ.get("WELLCHECK_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_plain_is_words_only_and_never_says_missed(
    lived: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--date", TODAY.isoformat(), "history", "--plain"]) == 0
    out = capsys.readouterr().out
    assert "Week 42 · 12 Oct 2026: leave Mon, Tue, Wed; checked in Thu, Fri." in out
    assert "Week 48 · 23 Nov 2026: Mon today; Tue, Wed, Thu, Fri to come." in out
    assert "Week 40 · 28 Sep 2026: checked in Mon, Tue, Wed, Thu, Fri, Sat." in out
    for word in ("missed", "streak", "failed", "▁", "●", "\x1b"):
        assert word not in out.lower()
    assert "Childcare" in out.split("To look at again")[1]


def test_weeks_before_the_first_check_in_are_not_shown(
    lived: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--date", TODAY.isoformat(), "history", "--format", "json", "--all"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["weeks"][-1]["week"] == "2026-W36" and len(data["weeks"]) == 13
    assert data["earlier_weeks_not_shown"] == 0


def test_weeks_n_shows_the_last_n_and_says_how_many_more(
    lived: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--date", TODAY.isoformat(), "history", "--plain", "--weeks", "3"]) == 0
    out = capsys.readouterr().out
    shown = [line for line in out.splitlines() if line.startswith("Week ")]
    assert [line[:7] for line in shown] == ["Week 48", "Week 47", "Week 46"]
    assert "10 earlier weeks not shown" in out


@pytest.mark.parametrize("bad", ["0", "many", "-3", "99999999999"])
def test_a_bad_number_of_weeks_is_one_line_and_exit_1(
    data_dir: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "--plain", "--weeks", bad]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--weeks" in err
    assert "use 1 to 10000, or --all" in err, "the range allowed, not only where it starts"


@pytest.mark.parametrize("how", [["--plain"], ["--format", "text"], ["--format", "json"]])
def test_an_unreadable_file_is_named_on_stderr_the_rest_printed_and_the_exit_is_1(
    lived: Path, capsys: pytest.CaptureFixture[str], how: list[str]
) -> None:
    """As the summary's: the page is not whole, and a script printing it can tell."""
    (lived / "days-off" / "2026.json").write_text("[]", encoding="utf-8")
    assert main(["--date", TODAY.isoformat(), "history", *how]) == 1
    captured = capsys.readouterr()
    assert "days-off/2026.json" in captured.err and "Traceback" not in captured.err
    assert captured.err.count("\n") == 1
    assert ("16 Nov 2026" in captured.out) or ("2026-W47" in captured.out)


def test_an_empty_store_says_so_calmly(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--plain"]) == 0
    assert "Nothing here yet: the weeks show once you have checked in." in capsys.readouterr().out


def test_printing_the_history_imports_no_textual(lived: Path) -> None:
    code = (
        "import sys; from wellcheck.cli import main; "
        f"main(['--date', '{TODAY}', 'history', '--format', 'markdown']); "
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'pydantic'))))"
    )
    env = {**os.environ, "WELLCHECK_DATA_DIR": str(lived)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.startswith("# Your history")
    assert done.stderr.strip() == "[]"


def test_a_first_check_in_midweek_counts_only_the_days_from_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a tester: a first check-in ever on a Wednesday said "yes on 1 of 3 worked
    days" (Monday and Tuesday counted), where the summary says 1 of 1, "before start"."""
    wednesday = "2026-12-02"
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    main(["--date", wednesday, "daily", "--plain"])  # the lunch break taken: yes
    capsys.readouterr()
    assert main(["--date", wednesday, "summary"]) == 0
    assert "1 of 1" in capsys.readouterr().out
    assert main(["--date", wednesday, "history", "--plain"]) == 0
    out = capsys.readouterr().out
    assert "yes on 1 of 1 worked day" in out and "of 3" not in out

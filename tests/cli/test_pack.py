"""`wellcheck summary` over several weeks (the supervision pack), and `wellcheck supervision`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pack_fixture import write_month_of_weeks

from wellcheck.cli import main

ON = ["--date", "2026-11-27"]


@pytest.fixture
def month(data_dir: Path) -> Path:
    write_month_of_weeks(data_dir)
    return data_dir


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main([*ON, "summary", *argv, "--format", "json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def _weeks(data: dict[str, object]) -> list[str]:
    return [w["week"] for w in data["weeks_at_a_glance"]]  # type: ignore[attr-defined]


def test_since_last_supervision_covers_the_weeks_since_it(
    month: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(["--since-last-supervision"], capsys)
    assert data["format"] == "wellcheck-supervision-pack"
    assert _weeks(data) == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert data["scope"] == "Since supervision on Monday 2 November 2026: weeks 45 to 48."
    assert data["supervisions"] == ["2026-11-02"]


def test_a_later_supervision_moves_the_start(
    month: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--date", "2026-11-18", "supervision"]) == 0
    assert "Noted: supervision on Wednesday 18 November 2026." in capsys.readouterr().out
    assert _weeks(_json(["--since-last-supervision"], capsys)) == ["2026-W47", "2026-W48"]


def test_since_month_and_weeks_choose_the_weeks(
    month: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _weeks(_json(["--since", "2026-11-12"], capsys)) == ["2026-W46", "2026-W47", "2026-W48"]
    assert _weeks(_json(["--weeks", "2"], capsys)) == ["2026-W47", "2026-W48"]
    # November's weeks are those whose Thursday is in November (ISO 8601): 2 to 29 November.
    assert _weeks(_json(["--month", "2026-11"], capsys)) == [f"2026-W{n}" for n in (45, 46, 47, 48)]
    one = _json(["--weeks", "1"], capsys)  # one week is the weekly summary
    assert one["format"] == "wellcheck-weekly-summary" and one["week"] == "2026-W48"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_pack_opens_with_the_weeks_at_a_glance_then_each_week(
    month: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*ON, "summary", "--weeks", "4", "--format", fmt]) == 0
    out = capsys.readouterr().out
    glance = out.index("The weeks at a glance")
    weeks = [out.index(f"wellbeing summary, week {n} of 2026") for n in (45, 46, 47, 48)]
    assert glance < weeks[0] < weeks[1] < weeks[2] < weeks[3]
    assert "NOT-FLAGGED" not in out


def test_a_pack_written_to_a_file_is_private_and_named_for_its_weeks(
    month: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pack.html"
    assert main([*ON, "summary", "--since-last-supervision", "-o", str(target)]) == 0
    assert "Wrote the html supervision pack of 4 weeks to" in capsys.readouterr().out
    assert target.stat().st_mode & 0o777 == 0o600
    assert "supervision pack: 2 to 29 November 2026 (4 weeks)" in target.read_text()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--month", "2026-13"], "--month: '2026-13' is not a month; use YYYY-MM, e.g. 2026-11"),
        (["--month", "2027-01"], "--month: 2027-01 is still to come"),
        (["--weeks", "0"], "--weeks: '0' is not a number of weeks; use 1 to 53"),
        (["--weeks", "four"], "--weeks: 'four' is not a number of weeks"),
        (["--weeks", "54"], "--weeks: '54' is not a number of weeks"),
        (["--since", "2026-02-30"], "--since: '2026-02-30' is not a date; use YYYY-MM-DD"),
        (["--since", "2026-12-01"], "--since: 2026-12-01 is still to come"),
        (["--since", "2020-01-06"], "--since: 2020-01-06 is 360 weeks back; a pack covers at most"),
    ],
)
def test_a_bad_period_is_one_calm_line_and_exit_1(
    month: Path, argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*ON, "summary", *argv]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"wellcheck: {expected}")
    assert "Traceback" not in captured.err


def test_since_last_supervision_with_none_noted_says_how_to_note_one(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*ON, "summary", "--since-last-supervision"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no supervision is noted yet" in err
    assert "wellcheck supervision --date YYYY-MM-DD" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--week", "2026-W47", "--month", "2026-11"],
        ["--last", "--weeks", "4"],
        ["--since", "2026-11-02", "--since-last-supervision"],
        ["--month", "2026-11", "--weeks", "4"],
    ],
)
def test_two_periods_at_once_are_a_usage_error(argv: list[str]) -> None:
    assert main([*ON, "summary", *argv]) == 1


def test_supervision_notes_lists_and_takes_back(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--date", "2026-10-14", "supervision"]) == 0
    assert main(["--date", "2026-11-11", "supervision"]) == 0
    assert main(["--date", "2026-11-11", "supervision"]) == 0
    out = capsys.readouterr().out
    assert "Supervision on Wednesday 11 November 2026 was noted already." in out
    assert main(["supervision", "--list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2026-11-11  Wednesday 11 November 2026",
        "2026-10-14  Wednesday 14 October 2026",
    ]
    assert main(["supervision", "--undo"]) == 0  # the latest
    assert "Taken back: supervision on Wednesday 11 November 2026" in capsys.readouterr().out
    assert main(["--date", "2026-10-15", "supervision", "--undo"]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    stored = json.loads((data_dir / "supervision.json").read_text())
    assert stored == {"schema_version": 1, "days": ["2026-10-14"]}
    assert (data_dir / "supervision.json").stat().st_mode & 0o777 == 0o600


def test_supervision_still_to_come_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--date", "2999-01-01", "supervision"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wellcheck: --date 2999-01-01 is still to come") and err.count("\n") == 1
    assert not (data_dir / "supervision.json").exists()


def test_an_unreadable_supervision_file_is_named_and_never_overwritten(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = data_dir / "supervision.json"
    broken.write_text('{"schema_version": 1, "days": ["not a date"]}')
    before = broken.read_bytes()
    for argv in (
        ["supervision"],
        ["supervision", "--list"],
        ["summary", "--since-last-supervision"],
    ):
        assert main([*ON, *argv]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "supervision.json" in err and "not a date" not in err
    assert main([*ON, "doctor"]) == 1
    assert "supervision.json: days[0]: expected a date YYYY-MM-DD" in capsys.readouterr().out
    assert broken.read_bytes() == before


def test_supervision_and_the_pack_import_neither_textual_nor_pydantic(month: Path) -> None:
    code = (
        "import sys; from wellcheck.cli import main; "
        "main(['--date', '2026-11-27', 'supervision', '--list']); "
        "main(['--date', '2026-11-27', 'summary', '--weeks', '4', '--format', 'markdown']); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'pydantic', 'rich'}))"
    )
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_plain_monthly_yes_to_supervision_asks_its_day(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("y\ny\ny\nlast week\n2026-11-02\n"))
    assert main(["--date", "2026-11-27", "monthly", "--plain"]) == 0
    out = capsys.readouterr().out
    assert "The day of that supervision, YYYY-MM-DD (Enter: not now)" in out
    assert "Please use YYYY-MM-DD." in out
    assert "Noted: supervision on Monday 2 November 2026." in out
    assert json.loads((data_dir / "supervision.json").read_text())["days"] == ["2026-11-02"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n\n\n"))  # again: noted, so not asked
    assert main(["--date", "2026-11-27", "monthly", "--plain"]) == 0
    assert "The day of that supervision" not in capsys.readouterr().out


def test_supervision_days_are_encrypted_in_an_encrypted_store(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Noted through the store's one write path, so sealed like every other file; read back
    through its one read path by the pack and by doctor."""
    import os as _os

    from wellcheck.core import crypto, crypto_kdf, crypto_keys, layout
    from wellcheck.core.store import JsonStore

    secret = "a long enough passphrase for tests"
    fast = crypto_kdf.KdfParams(_os.urandom(crypto.SALT_SIZE), crypto_kdf.FLOOR_ITERATIONS)
    doc, key = crypto_keys.create_key_file(secret, crypto_keys.new_recovery_key(), fast)
    layout.key_file(data_dir).write_text(json.dumps(doc))
    layout.key_file(data_dir).chmod(0o600)

    def with_passphrase(argv: list[str]) -> int:
        read, write = _os.pipe()
        _os.write(write, (secret + "\n").encode())
        _os.close(write)
        try:
            return main([*ON, "--passphrase-fd", str(read), *argv])
        finally:
            _os.close(read)

    assert with_passphrase(["supervision"]) == 0
    raw = (data_dir / "supervision.json").read_bytes()
    assert crypto.is_sealed(raw) and b"2026-11-27" not in raw
    assert JsonStore(data_dir, key).supervisions() == [date(2026, 11, 27)]
    capsys.readouterr()
    assert with_passphrase(["summary", "--since-last-supervision", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["week"] == "2026-W48"
    assert with_passphrase(["doctor"]) == 0

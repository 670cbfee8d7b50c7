"""The JSON store: round-trips, durable writes with tight permissions, never overwriting what it
cannot read, and merging per item."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellcheck.core.answers import Answer, Record
from wellcheck.core.errors import DataError
from wellcheck.core.file_kind import parse_model
from wellcheck.core.store import JsonStore
from wellcheck.core.visible import visible

words = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
moments = st.none() | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
answers = st.builds(
    Answer,
    prompt=words,
    value=st.none() | st.sampled_from(["yes", "no", "na"]) | st.integers(1, 5),
    note=words,
    fields=st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), words, max_size=3),
    entries=st.lists(words, max_size=4),
    changed_at=moments,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), answers, max_size=6))
def test_records_round_trip_through_json(items: dict[str, Answer]) -> None:
    record = Record("daily", "2026-11-23", items)
    text = json.dumps(record.to_dict(), ensure_ascii=False).encode()
    back = parse_model(Path("x.json"), text, Record.from_dict)
    assert back.answers.keys() == record.answers.keys()
    for key, answer in record.answers.items():
        got = back.answers[key]
        # Words come back as written, but for control characters, which come back visible
        # (an escape code is read as "␛", never obeyed): see `visible`.
        assert (got.prompt, got.value, got.note, got.entries) == (
            visible(answer.prompt),
            answer.value,
            visible(answer.note),
            [visible(e) for e in answer.entries],
        )
        assert got.fields == {k: visible(v) for k, v in answer.fields.items()}
        assert got.changed_at == answer.changed_at


def test_save_answer_writes_one_file_per_period_with_schema_and_prompt(data_dir: Path) -> None:
    store = JsonStore(data_dir)
    store.save_answer("daily", "daily", "2026-11-23", "lunch", Answer("Lunch?", "yes"))
    store.save_answer("weekly", "weekly", "2026-W48", "eat", Answer("Eaten well?", "no"))
    daily = json.loads((data_dir / "daily" / "2026" / "2026-11-23.json").read_text())
    weekly = json.loads((data_dir / "weekly" / "2026-W48.json").read_text())
    assert daily["schema_version"] == 1
    assert daily["answers"]["lunch"]["prompt"] == "Lunch?"
    assert daily["answers"]["lunch"]["value"] == "yes"
    assert daily["answers"]["lunch"]["changed_at"]
    assert weekly["answers"]["eat"]["value"] == "no"


def test_folders_are_0700_and_files_0600_even_with_a_permissive_umask(data_dir: Path) -> None:
    old = os.umask(0)
    try:
        JsonStore(data_dir).save_answer("daily", "daily", "2026-11-23", "a", Answer("A?", "yes"))
    finally:
        os.umask(old)
    for path in [data_dir, data_dir / "daily", data_dir / "daily" / "2026"]:
        assert path.stat().st_mode & 0o777 == 0o700, path
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o777 == 0o600, path


def test_no_temp_file_is_left_behind(data_dir: Path) -> None:
    store = JsonStore(data_dir)
    for n in range(5):
        store.save_answer("daily", "daily", "2026-11-23", f"i{n}", Answer("?", "yes"))
    names = {p.name for p in (data_dir / "daily" / "2026").iterdir()}
    assert names == {"2026-11-23.json"}


def test_saves_merge_per_item_with_what_is_on_disk(data_dir: Path) -> None:
    first, second = JsonStore(data_dir), JsonStore(data_dir)
    first.save_answer("daily", "daily", "2026-11-23", "lunch", Answer("Lunch?", "yes"))
    second.save_answer("daily", "daily", "2026-11-23", "rest", Answer("Rest?", "no"))
    record = first.load_record("daily", "daily", "2026-11-23")
    assert {k: a.value for k, a in record.answers.items()} == {"lunch": "yes", "rest": "no"}


CORRUPT = [
    (b'{"schema_version": 1, "instrument": "daily", "per', "not valid JSON"),
    (b"", "the file is empty"),
    (b"[1, 2]", "expected a JSON object"),
    (b'{"schema_version": 1, "instrument": 3, "period": "x"}', "instrument: expected text"),
    (b'{"schema_version": 9, "instrument": "daily", "period": "x"}', "newer wellcheck"),
    (b'{"instrument": "daily"}', "schema_version is missing"),
    (b"\xff\xfe{}", "not UTF-8"),
    (
        b'{"schema_version": 1, "instrument": "daily", "period": "p", '
        b'"answers": {"a": {"prompt": 1}}}',
        "answers.a.prompt: expected text",
    ),
]


@pytest.mark.parametrize(("data", "reason"), CORRUPT)
def test_a_file_that_cannot_be_read_is_named_and_never_overwritten(
    data_dir: Path, data: bytes, reason: str
) -> None:
    store = JsonStore(data_dir)
    path = store.record_path("daily", "daily", "2026-11-23")
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    with pytest.raises(DataError, match=reason) as caught:
        store.load_record("daily", "daily", "2026-11-23")
    assert str(path) in str(caught.value)
    with pytest.raises(DataError):
        store.save_answer("daily", "daily", "2026-11-23", "lunch", Answer("Lunch?", "yes"))
    assert path.read_bytes() == data


def test_days_off_and_goals_round_trip(data_dir: Path) -> None:
    store = JsonStore(data_dir)
    store.set_day_off(date(2026, 11, 24), "leave")
    store.set_day_off(date(2026, 11, 25), "sick")
    store.set_day_off(date(2026, 11, 25), None)
    assert store.days_off(2026) == {date(2026, 11, 24): "leave"}
    goal = store.add_goal(
        "Walk at lunch", date(2026, 11, 23), date(2026, 11, 27), "daily/2026-11-23"
    )
    store.set_goal_done(goal.id, date(2026, 11, 26))
    [saved] = JsonStore(data_dir).goals()
    assert (saved.text, saved.target, saved.done) == (
        "Walk at lunch",
        date(2026, 11, 27),
        date(2026, 11, 26),
    )


def test_a_goal_marked_done_opens_again_as_it_was(data_dir: Path) -> None:
    store = JsonStore(data_dir)
    goal = store.add_goal("Walk at lunch", date(2026, 11, 23), date(2026, 11, 27), "daily/x")
    store.set_goal_done(goal.id, date(2026, 11, 26))
    store.reopen_goal(goal.id)
    store.reopen_goal("no-such-goal")  # gone meanwhile: nothing changes
    assert JsonStore(data_dir).goals() == [goal]

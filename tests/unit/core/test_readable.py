"""`doctor`'s quick tests (`FileKind.readable`): True only where the kind's reader reads the
data, so a file doctor passes is one the app can read; `FileKind.check` then raises exactly
what `read` raises. And the files wellcheck writes pass the quick test, or doctor would be
slow again without anyone noticing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellcheck.core import file_kind, layout
from wellcheck.core.answers import Answer, Record
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Reflection, StressorAnswer

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 9)
    | st.floats(allow_nan=False)
    | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)
TEXT = st.text(max_size=6) | st.sampled_from(["\x1b[2J", "a\u202eb", "\r\n"])
WHEN = st.sampled_from(
    ["2026-11-23T17:33:00+00:00", "2026-11-23 09:00", "2026-11-23", "soon", "2026-13-40T99:00"]
)
DAY = st.sampled_from(["2026-11-23", "2026-02-30", "20261123", "2026-W47-1", "today", ""])


def _fields(
    names: dict[str, st.SearchStrategy[Any]], required: tuple[str, ...] = ()
) -> st.SearchStrategy[dict[str, Any]]:
    """Data of the right shape (its required fields always there), and then, half the time,
    one thing wrong: a field dropped, set to any JSON value at all, or one more field."""
    optional = {k: v for k, v in names.items() if k not in required}
    right = st.fixed_dictionaries({k: names[k] for k in required}, optional=optional)
    change = st.none() | st.tuples(st.sampled_from([*names, "extra"]), st.none() | JSON)
    return st.builds(_changed, right, change)


def _changed(data: dict[str, Any], change: tuple[str, Any] | None) -> dict[str, Any]:
    if change is None:
        return data
    key, value = change
    if value is None and key in data and key != "extra":
        return {k: v for k, v in data.items() if k != key}
    return {**data, key: value}


ANSWERS = _fields(
    {
        "prompt": TEXT,
        "value": st.none() | st.sampled_from(["yes", "no", "na", 3, True, 0]),
        "note": TEXT,
        "fields": st.dictionaries(st.text(max_size=3), TEXT, max_size=2),
        "labels": st.dictionaries(st.text(max_size=3), TEXT, max_size=2),
        "entries": st.lists(TEXT, max_size=3),
        "changed_at": st.none() | WHEN,
    },
    required=("prompt",),
)
RECORDS = _fields(
    {
        "schema_version": st.just(1),
        "instrument": TEXT,
        "period": TEXT,
        "answers": st.dictionaries(st.sampled_from(["a", "b", "_resolved"]), ANSWERS, max_size=3),
    },
    required=("instrument", "period"),
)
STANDUP_RESOLVED = st.builds(
    lambda record, days: {
        **record,
        "answers": {"_resolved": {"prompt": "Resolved", "fields": days}},
    },
    RECORDS,
    st.dictionaries(st.sampled_from(["1", "2"]), DAY, max_size=2),
)
ROWS = _fields(
    {
        "category": TEXT,
        "category_label": TEXT,
        "label": TEXT,
        "own": st.booleans(),
        "ticked": st.booleans(),
        "impact": st.none() | st.integers(-1, 7) | st.just(True),
        "note": TEXT,
        "affecting_work": st.none() | st.booleans(),
        "help": st.none() | st.sampled_from(["sought", "need", "not-needed", "maybe"]),
        "help_from": st.none() | st.sampled_from(["work", "elsewhere", "both", "home"]),
        "flagged": st.booleans(),
        "changed_at": st.none() | WHEN,
    },
    required=("category", "label"),
)
REFLECTIONS = _fields(
    {
        "schema_version": st.just(1),
        "instrument": TEXT,
        "day": DAY,
        "based_on": st.none() | DAY,
        "rows": st.dictionaries(st.sampled_from(["x", "own-1"]), ROWS, max_size=3),
    },
    required=("day",),
)
CORPUS = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _outcome(read: Any, raw: Any) -> str:
    try:
        read(raw)
    except ValueError as exc:
        return f"{type(exc).__name__}: {exc}"
    return "read"


@CORPUS
@given(ANSWERS)
def test_an_answer_the_quick_test_passes_is_read(raw: dict[str, Any]) -> None:
    if Answer.readable(raw):
        Answer.from_dict(raw, "answers.a")


@CORPUS
@given(RECORDS | STANDUP_RESOLVED)
def test_a_record_the_quick_test_passes_is_read(raw: dict[str, Any]) -> None:
    if Record.readable(raw):
        Record.from_dict(raw)
    for kind in (layout.CHECKLIST, layout.STANDUP):
        assert _outcome(kind.check, raw) == _outcome(kind.read, raw)


@CORPUS
@given(ROWS)
def test_a_grid_row_the_quick_test_passes_is_read(raw: dict[str, Any]) -> None:
    if StressorAnswer.readable(raw):
        StressorAnswer.from_dict(raw, "rows.x")


@CORPUS
@given(REFLECTIONS)
def test_a_reflection_the_quick_test_passes_is_read(raw: dict[str, Any]) -> None:
    if Reflection.readable(raw):
        Reflection.from_dict(raw)
    assert _outcome(layout.REFLECTION.check, raw) == _outcome(layout.REFLECTION.read, raw)


def test_every_file_a_full_store_holds_passes_the_quick_test(tmp_path: Path) -> None:
    """Seen through `make_store`, which writes every kind of file through the store's own
    saving functions: each kind with a quick test passes it, so doctor never builds them."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[3] / "benchmarks"))
    from make_store import make_store, years_back

    from wellcheck.core.periods import parse_date

    end = parse_date("2026-11-23")
    make_store(JsonStore(tmp_path), years_back(end, 1), end)
    seen = set()
    for path in sorted(tmp_path.rglob("*.json")):
        kind = layout.kind_of(tmp_path, path)
        if kind.readable is not None:
            raw = file_kind.migrate(json.loads(path.read_bytes()), kind.version, kind.migrations)
            assert kind.readable(raw), path
            seen.add(kind.name)
    assert seen == {
        "a checklist",
        "a stand-up",
        "a reflection",
        "the Wellness Action Plan",
        "early warning signs noticed",
    }


@pytest.mark.parametrize("kind", [k for k in layout.KINDS if k.readable is not None])
def test_a_bad_file_is_named_as_the_reader_names_it(kind: file_kind.FileKind[Any]) -> None:
    bad = {"schema_version": 1, "answers": {"a": {"prompt": 3}}, "rows": {"x": {"impact": 9}}}
    assert _outcome(kind.check, bad) == _outcome(kind.read, bad) != "read"

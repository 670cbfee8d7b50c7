"""Promise 6 (content): broken TOML and schema violations get one clear line, never a traceback.

Each file under tests/fixtures/content/bad/ starts with `# expect: ` and the message after the
file's path (`:line:col: reason` or `: field.path: reason`).
"""

from __future__ import annotations

import copy
import string
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellcheck.cli import main
from wellcheck.core.content import Instrument
from wellcheck.core.content_loader import load_file
from wellcheck.core.errors import ContentError

BAD = Path(__file__).parent.parent / "fixtures" / "content" / "bad"
CORPUS = sorted(BAD.glob("*.toml"))


def expected(path: Path) -> str:
    first = path.read_bytes().split(b"\n", 1)[0].decode()
    assert first.startswith("# expect: "), f"{path.name} does not say what it expects"
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_each_broken_file_gets_its_one_line(path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_file(path)
    assert str(caught.value) == f"{path}{expected(path)}"


def test_content_check_lists_every_problem_of_every_broken_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each problem on its own line: a file with three gets three lines, never "and 2 more"."""
    assert main(["content", "check", str(BAD)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert not [line for line in err if "more problem" in line]
    for path in CORPUS:
        first, _, more = expected(path).partition(" (and ")
        lines = [line for line in err if line.startswith(f"{path}:")]
        assert lines[0] == f"{path}{first}"
        assert len(lines) == 1 + (int(more.split()[0]) if more else 0), lines
    assert len(err) == sum(1 for line in err if line.startswith(str(BAD)))


@pytest.mark.parametrize("path", CORPUS[:4], ids=[p.stem for p in CORPUS[:4]])
def test_broken_user_content_is_skipped_named_and_the_rest_works(
    path: Path,
    config_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    (config_dir / "content").mkdir(parents=True)
    mine = config_dir / "content" / "mine.toml"
    mine.write_bytes(path.read_bytes())
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["daily", "--plain", "--date", "2026-11-23"]) == 0
    err = capsys.readouterr().err
    assert err == f"wellcheck: {mine}{expected(path)} (skipped; the rest is in use)\n"
    assert main(["content", "check"]) == 1


KEYS = [
    "id", "title", "cadence", "items", "kind", "prompt", "help", "fields", "label", "count",
    "min", "max", "labels", "allow_na", "na_label", "order", "intro", "source", "next_step",
]  # fmt: skip
NAMES = st.sampled_from(KEYS) | st.text(string.ascii_lowercase + "_-", min_size=1, max_size=8)
WORDS = st.sampled_from(["daily", "check", "text", "list", "scale", "weekly", "x", "", "Lunch?"])
SCALARS = (
    WORDS
    | st.text(max_size=12)
    | st.integers(-(2**63), 2**63 - 1)
    | st.booleans()
    | st.floats(allow_nan=False)
    | st.dates(min_value=date(1, 1, 1))
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(NAMES, inner, max_size=5),
    max_leaves=8,
)
ITEM_KEYS = ("id", "kind", "prompt")
ITEM = st.fixed_dictionaries(
    {k: WORDS for k in ITEM_KEYS}, optional={k: VALUES for k in KEYS if k not in ITEM_KEYS}
)
DOC_KEYS = ("id", "title", "cadence", "items")
DOCUMENTS = st.fixed_dictionaries(
    {"id": WORDS | VALUES, "title": WORDS, "cadence": WORDS},
    optional={
        "items": st.lists(ITEM, max_size=4) | VALUES,
        **{k: VALUES for k in KEYS if k not in DOC_KEYS},
    },
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=DOCUMENTS)
def test_generated_documents_load_or_get_one_line(document: dict[str, Any]) -> None:
    _accepts_or_one_line(tomli_w.dumps(document).encode())


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_load_or_get_one_line(raw: bytes) -> None:
    _accepts_or_one_line(raw)


def _accepts_or_one_line(raw: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.toml"
        path.write_bytes(raw)
        try:
            assert isinstance(load_file(path), Instrument)
        except ContentError as exc:
            message = str(exc)
            assert message.startswith(f"{path}:") and "\n" not in message


DAILY = tomllib.loads((Path(__file__).parents[2] / "content" / "daily.toml").read_text())


@settings(max_examples=150, deadline=None)
@given(
    where=st.integers(-1, len(DAILY["items"]) - 1),
    key=st.sampled_from(KEYS) | NAMES,
    value=st.none() | SCALARS | VALUES,
)
def test_one_change_to_a_good_file_loads_or_gets_one_line(
    where: int, key: str, value: object
) -> None:
    """Near-valid documents: the daily checklist with one key removed, retyped or added."""
    document = copy.deepcopy(DAILY)
    target = document if where < 0 else document["items"][where]
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value
    _accepts_or_one_line(tomli_w.dumps(document).encode())

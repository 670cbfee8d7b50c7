"""The content loader: the built-in checklists, a user's own content, and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellcheck import paths
from wellcheck.core.content import CheckItem, ListItem, TextItem
from wellcheck.core.content_loader import check_dirs, load_dirs, load_file
from wellcheck.core.errors import ContentError

GOOD = """\
id = "evening"
title = "Evening"
cadence = "daily"

[[items]]
id = "walk"
kind = "check"
prompt = "Did you go for a walk?"
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_daily_checklist_has_every_consideration_of_the_toolkit() -> None:
    daily = load_dirs([paths.builtin_content_dir()]).get("daily")
    kinds = {item.id: type(item) for item in daily.items}
    assert kinds == {
        "lunch_break": CheckItem,
        "handed_over": CheckItem,
        "difficult": TextItem,
        "went_well": ListItem,
        "checked_in": CheckItem,
        "talked_before_leaving": CheckItem,
        "rest_recharge": CheckItem,
    }
    assert "BASW" in daily.source
    assert "achievable goal" in daily.next_step


def test_builtin_weekly_and_monthly_follow_the_toolkit() -> None:
    content = load_dirs([paths.builtin_content_dir()])
    weekly = [i.prompt for i in content.get("weekly").items]
    monthly = [i.prompt for i in content.get("monthly").items]
    assert any("eaten healthily" in p for p in weekly)
    assert any("150 minutes" in p for p in weekly)
    assert any("line manager" in p for p in monthly)
    assert any("peers for support" in p for p in monthly)
    assert any("reflective supervision" in p for p in monthly)


def test_user_content_overrides_builtin_by_id_and_adds_new(tmp_path: Path) -> None:
    user = tmp_path / "user"
    write(user, "mine.toml", GOOD)
    write(user, "daily.toml", GOOD.replace('"evening"', '"daily"').replace("Evening", "My day"))
    content = load_dirs([paths.builtin_content_dir(), user])
    assert content.get("daily").title == "My day"
    assert content.get("evening").items[0].prompt == "Did you go for a walk?"
    assert content.get("weekly").title == "Weekly wellbeing checklist"


BAD = [
    ("syntax.toml", 'id = "x"\ntitle = \n', r"syntax.toml:2:\d+: TOML syntax"),
    (
        "kind.toml",
        GOOD.replace('"check"', '"slider"'),
        r"kind.toml:7: items\[0\]\.kind: unknown kind 'slider'",
    ),
    (
        "nokind.toml",
        GOOD.replace('kind = "check"\n', ""),
        r"nokind.toml:5: items\[0\]: 'kind' is missing",
    ),
    (
        "missing.toml",
        GOOD.replace('prompt = "Did you go for a walk?"\n', ""),
        r"missing.toml:5: items\[0\]\.prompt: required field is missing",
    ),
    (
        "extra.toml",
        GOOD.replace('title = "Evening"', 'title = "Evening"\ncolour = "red"'),
        r"extra.toml:3: colour: unknown field",
    ),
    ("cadence.toml", GOOD.replace('"daily"', '"hourly"'), r"cadence.toml:3: cadence: "),
    (
        "badid.toml",
        GOOD.replace('id = "walk"', 'id = "Walk Now"'),
        r"badid.toml:6: items\[0\]\.id: ids use only lowercase",
    ),
    (
        "dup.toml",
        GOOD + GOOD[GOOD.index("[[items]]") :],
        r"dup.toml:10: items: duplicate item id 'walk'",
    ),
    ("empty.toml", "", r"empty.toml: no instrument here: the file is empty or only comments"),
]


@pytest.mark.parametrize(("name", "text", "expected"), BAD, ids=[b[0] for b in BAD])
def test_bad_content_names_file_place_and_reason_in_one_line(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(ContentError) as caught:
        load_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert caught.match(expected)


def test_not_utf8_content_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(b'id = "caf\xe9"\n')
    with pytest.raises(ContentError, match="not UTF-8"):
        load_file(path)


def test_two_files_with_one_instrument_id_in_a_folder_skip_the_second(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", GOOD)
    write(tmp_path, "b.toml", GOOD)
    content = load_dirs([tmp_path])
    assert content.origins["evening"].name == "a.toml"
    (problem,) = content.problems
    assert "b.toml: instrument id 'evening' is also used by a.toml; this file is skipped" in problem


def test_check_dirs_reports_every_bad_file_not_just_the_first(tmp_path: Path) -> None:
    write(tmp_path, "good.toml", GOOD)
    write(tmp_path, "bad1.toml", "nope")
    write(tmp_path, "bad2.toml", GOOD.replace('"check"', '"slider"'))
    count, errors = check_dirs([tmp_path])
    assert count == 1
    assert sorted(e.path.name for e in errors) == ["bad1.toml", "bad2.toml"]

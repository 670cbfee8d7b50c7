"""The grid item kind: the built-in stressors grid, and clear errors on bad grid files."""

from __future__ import annotations

from pathlib import Path

import pytest
from grid_fixture import GOOD_GRID, grid_file

from wellcheck import paths
from wellcheck.core.content import GridItem
from wellcheck.core.content_loader import load_file
from wellcheck.core.errors import ContentError


def builtin_grid() -> GridItem:
    instrument = load_file(paths.builtin_content_dir() / "stressors.toml")
    grid = instrument.items[0]
    assert isinstance(grid, GridItem)
    return grid


def test_builtin_grid_has_every_row_of_the_source_in_its_four_columns() -> None:
    grid = builtin_grid()
    assert [c.label for c in grid.categories] == [
        "Family & relationships",
        "Other personal and social stressors",
        "Personal health",
        "Daily hassles/micro-aggressions",
    ]
    assert [len(c.entries) for c in grid.categories] == [12, 12, 5, 4]
    labels = {e.label for c in grid.categories for e in c.entries}
    assert "Domestic abuse – physical, psychological, sexual, coercive" in labels
    assert "Neighbour disputes" in labels
    assert "Verbal abuse from strangers or known people" in labels
    assert all(c.what_else == "What else?" for c in grid.categories)


def test_builtin_domestic_abuse_signpost_copies_the_seed_numbers_exactly() -> None:
    grid = builtin_grid()
    numbers = [line.number for line in grid.signposts["domestic_abuse"].lines]
    assert numbers == ["999", "0808 2000 247", "0808 801 0327", "0800 999 5428", "0808 802 0321"]
    assert "55" in grid.signposts["domestic_abuse"].lines[0].note


def test_a_small_grid_loads(tmp_path: Path) -> None:
    grid = load_file(grid_file(tmp_path, GOOD_GRID)).items[0]
    assert isinstance(grid, GridItem)
    assert grid.entry("c")[0].label == "Work"
    assert grid.lookback_months == 6


@pytest.mark.parametrize(
    ("change", "message", "line"),
    [
        (
            ('{ id = "c", label = "Third" }', '{ id = "a", label = "Third" }'),
            "items[0].categories: duplicate entry id 'a'",
            22,
        ),
        (
            ('{ id = "d", label = "Fourth" }', '{ id = "d" }'),
            "items[0].categories[1].entries[1].label: required field is missing",
            23,
        ),
        (
            ('id = "work"', 'id = "Work!"'),
            "items[0].categories[1].id: ids use only lowercase letters",
            19,
        ),
    ],
)
def test_bad_grid_is_named_with_its_field_path_and_line(
    tmp_path: Path, change: tuple[str, str], message: str, line: int
) -> None:
    path = grid_file(tmp_path, GOOD_GRID.replace(*change))
    with pytest.raises(ContentError) as caught:
        load_file(path)
    assert message in str(caught.value)
    assert caught.value.line == line


def test_signpost_for_an_unknown_row_is_refused(tmp_path: Path) -> None:
    text = (
        GOOD_GRID
        + '\n[items.signposts.zz]\ntitle = "Help"\nlines = [{ name = "X", number = "1" }]\n'
    )
    with pytest.raises(ContentError, match="signpost for unknown entry id 'zz'"):
        load_file(grid_file(tmp_path, text))


def test_unknown_kind_lists_grid_among_the_kinds(tmp_path: Path) -> None:
    with pytest.raises(
        ContentError, match="expected one of: check, text, list, scale, entries, grid"
    ):
        load_file(grid_file(tmp_path, GOOD_GRID.replace('kind = "grid"', 'kind = "grd"')))

"""A small grid instrument of two categories, and a file to write it to, for the grid tests:
the loader's (unit/core/test_content_grid.py) and `wellcheck content check`'s (cli/test_cli.py)."""

from __future__ import annotations

from pathlib import Path

GOOD_GRID = """\
id = "mine"
title = "My grid"
cadence = "adhoc"

[[items]]
id = "grid"
kind = "grid"
prompt = "Tick any"

[[items.categories]]
id = "home"
label = "Home"
entries = [
  { id = "a", label = "First" },
  { id = "b", label = "Second" },
]

[[items.categories]]
id = "work"
label = "Work"
entries = [
  { id = "c", label = "Third" },
  { id = "d", label = "Fourth" },
]
"""


def grid_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path

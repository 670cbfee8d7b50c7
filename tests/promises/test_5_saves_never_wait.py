"""Promise 5 for saves: a save whose file is not a file (a FIFO, a folder) or is far too large
is refused with one line naming it, at once, and what is there is left as it is."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from wellcheck.core.errors import DataError
from wellcheck.core.reading import MAX_BYTES
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import StressorAnswer
from wellcheck.core.stressors_store import save_row

DAY = "2026-11-23"


@pytest.mark.parametrize("what", ["fifo", "folder", "huge"])
def test_a_save_over_something_that_is_not_a_readable_file_is_refused_at_once(
    data_dir: Path, what: str
) -> None:
    store = JsonStore(data_dir)
    goals = store.goals_path()
    if what == "fifo":
        os.mkfifo(goals, 0o600)
    elif what == "folder":
        goals.mkdir()
    else:
        with open(goals, "wb") as out:
            out.truncate(MAX_BYTES + 1)  # sparse: no time or room to write it
    with pytest.raises(DataError) as caught:
        store.add_goal("a proper lunch on Wednesday", date.fromisoformat(DAY))
    assert "goals.json" in str(caught.value) and "\n" not in str(caught.value)
    assert goals.exists() and (what != "huge" or goals.stat().st_size == MAX_BYTES + 1)


def test_a_new_days_reflection_does_not_wait_on_a_fifo_where_the_last_one_was(
    data_dir: Path,
) -> None:
    (data_dir / "stressors").mkdir(mode=0o700)
    os.mkfifo(data_dir / "stressors" / "2026-11-20.json", 0o600)
    row = StressorAnswer("family", "Family", "Family arguments", ticked=True)
    with pytest.raises(DataError, match="2026-11-20.json"):
        save_row(JsonStore(data_dir), date.fromisoformat(DAY), "family-arguments", row)
    assert not (data_dir / "stressors" / f"{DAY}.json").exists()

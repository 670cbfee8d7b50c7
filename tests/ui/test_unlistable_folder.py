"""A folder of the data that is there but cannot be listed (its permissions; one left by a
`sudo wellcheck`): named on one line, the rest still shown. Found by a helper: the app stopped
at start with "an internal error (PermissionError at listings.py)"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from home_view import screen_text

from wellcheck.core import listings
from wellcheck.core.errors import DataError
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp


@pytest.fixture
def unlistable(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The stressors folder, there but refused (the tests run as root, which chmod can't stop)."""
    folder = data_dir / "stressors"
    folder.mkdir(parents=True, exist_ok=True)
    listdir = os.listdir

    def refused(path: object) -> list[str]:
        if Path(str(path)) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return listdir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(listings.os, "listdir", refused)
    return folder


def test_a_folder_that_cannot_be_listed_is_a_data_error_naming_it(unlistable: Path) -> None:
    with pytest.raises(DataError) as raised:
        listings.reflection_days(unlistable.parent, "stressors")
    assert "stressors" in str(raised.value) and "cannot be read" in str(raised.value)
    assert "Permission denied" in str(raised.value)


async def test_home_opens_and_says_the_grid_cannot_be_read(ctx: Context, unlistable: Path) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "Daily wellbeing checklist" in shown  # the rest of home is there
        line = next(row for row in shown.splitlines() if "Personal stressors" in row)
        assert "cannot be read" in line


def test_the_summary_names_the_folder_not_the_output(
    unlistable: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It had said "could not write the output: Permission denied", the read error taken for
    the terminal's."""
    from wellcheck.cli import main

    code = main(["summary"])
    err = capsys.readouterr().err
    assert code == 1
    assert "stressors" in err and "cannot be read" in err and "could not write" not in err

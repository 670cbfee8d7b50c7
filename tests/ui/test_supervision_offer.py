"""The monthly checklist's supervision question answered yes offers to note the day."""

from __future__ import annotations

import json
from pathlib import Path

from wellcheck.session.context import build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.widgets.supervision_offer import SupervisionOffer


def _app(data_dir: Path) -> WellcheckApp:
    return WellcheckApp(build_context(data_dir, "2026-11-27"))


async def test_yes_to_supervision_offers_its_day_and_enter_notes_it(data_dir: Path) -> None:
    app = _app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChecklistScreen) and screen.instrument.id == "monthly"
        offer = screen.query_one(SupervisionOffer)
        await pilot.press("y", "y")
        await pilot.pause()
        assert not offer.display  # not before the supervision question is answered yes
        await pilot.press("y")
        await pilot.pause()
        assert offer.display and offer.field.value == "2026-11-27"
        await pilot.press("tab")
        await pilot.pause()
        assert screen.focused is offer.field
        await pilot.press(*["backspace"] * 2, *"02", "enter")
        await pilot.pause()
        assert not offer.display
    stored = json.loads((data_dir / "supervision.json").read_text())
    assert stored["days"] == ["2026-11-02"]
    answers = json.loads((data_dir / "monthly" / "2026-11.json").read_text())["answers"]
    assert answers["reflective_supervision"]["value"] == "yes"  # y answered, never typed in


async def test_a_day_still_to_come_or_not_a_date_is_said_and_nothing_noted(
    data_dir: Path,
) -> None:
    app = _app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "y", "y", "y", "tab")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        offer = screen.query_one(SupervisionOffer)
        await pilot.press(*["backspace"] * 2, *"30", "enter")
        await pilot.pause()
        assert offer.display and "still to come" in str(offer.query_one(".problem").render())
        await pilot.press(*["backspace"] * 10, *"soon", "enter")
        await pilot.pause()
        assert "not a date" in str(offer.query_one(".problem").render())
    assert not (data_dir / "supervision.json").exists()


async def test_no_offer_once_a_supervision_is_noted_that_month(data_dir: Path) -> None:
    from datetime import date

    from wellcheck.core.store import JsonStore

    JsonStore(data_dir).mark_supervision(date(2026, 11, 4))
    app = _app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "y", "y", "y")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        assert not screen.query_one(SupervisionOffer).display

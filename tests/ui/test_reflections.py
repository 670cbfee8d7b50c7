"""The toolkit's occasional reflections: on home only while not yet answered in their period,
answered by keyboard (a choice by its number), never scored and never in the summary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from home_view import home_lines, section

from wellcheck.core.periods import period_key, period_label
from wellcheck.session.context import Context, build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen

NOW_AND_THEN = ("Preparing for reflective supervision", "Self-care beliefs", "A good fit?")


def test_each_reflection_has_a_period_of_its_own() -> None:
    day = date(2026, 11, 23)
    assert period_key("quarterly", day) == "2026-Q4" and period_label("quarterly", day) == (
        "Oct–Dec 2026"
    )
    assert period_key("half-yearly", day) == "2026-H2"
    assert period_label("half-yearly", date(2027, 3, 1)) == "Jan–Jun 2027"


async def test_home_lists_them_until_each_is_answered_in_its_period(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = section(app, "Now and then")
        assert [next(t for t in NOW_AND_THEN if t in line) for line in shown] == list(NOW_AND_THEN)
        assert not any("not started" in line for line in shown)  # when you like, not due
        app.open_instrument("good_fit")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)
        await pilot.press("2")  # the second answer, in the toolkit's words
        await pilot.pause()
        saved = json.loads((data_dir / "good_fit" / "2026-H2.json").read_text())["answers"]["fit"]
        assert saved["value"] == "if_i_change"
        words = "This place could be right for me if I make some changes"
        assert saved["entries"] == [words]  # the words it was chosen under
        await pilot.press("escape")
        await pilot.pause()
        assert not any("A good fit?" in line for line in home_lines(app))  # done: not nagging
    spring = build_context(data_dir, "2027-01-11")  # a new half-year: it is due again
    again = WellcheckApp(spring)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("A good fit?" in line for line in section(again, "Now and then"))


async def test_the_belief_questions_are_the_toolkits_five_and_never_offer_a_goal(
    ctx: Context,
) -> None:
    app = WellcheckApp(ctx, start="beliefs")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "y", "y", "y", "y")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        assert [i.prompt for i in screen.instrument.items][0] == (
            "Do you believe you should always put the welfare of others before yourself?"
        )
        assert len(screen.instrument.items) == 5
        assert not screen.query_one("#offer").display

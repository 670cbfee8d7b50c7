"""Goals from home: the offer in place (g), editing (e) and deleting (Delete, asked once) the
highlighted goal, and a draft kept by a quick exit that reopens with the dialog."""

from __future__ import annotations

from datetime import date

from home_view import home_list, section

from wellcheck.core.answers import Answer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.confirm import ConfirmDelete
from wellcheck.tui.screens.goals import GoalDialog
from wellcheck.tui.widgets.home_lines import GOAL, NO_GOALS, OFFER

TODAY = date(2026, 11, 23)


async def to_line(pilot: object, prefix: str) -> None:
    app = pilot.app  # type: ignore[attr-defined]
    for _ in range(20):
        if home_list(app).highlighted.startswith(prefix):
            return
        await pilot.press("down")  # type: ignore[attr-defined]
    raise AssertionError(f"no line {prefix}")


async def test_a_goal_is_edited_from_home(ctx: Context) -> None:
    ctx.store.add_goal("Lunch away from the desk", TODAY)
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_line(pilot, GOAL)
        await pilot.press("e")
        assert isinstance(app.screen, GoalDialog)
        await pilot.press(*" on Friday", "enter", *"2026-11-27", "enter")
        await pilot.pause()
        assert app.screen is app.home
        assert "Lunch away from the desk on Friday" in section(app, "Goals")[0]
    [goal] = ctx.store.goals()
    assert (goal.text, goal.target) == ("Lunch away from the desk on Friday", date(2026, 11, 27))


async def test_deleting_a_goal_asks_once_and_only_y_deletes(ctx: Context) -> None:
    ctx.store.add_goal("Book supervision", TODAY)
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_line(pilot, GOAL)
        await pilot.press("delete")
        assert isinstance(app.screen, ConfirmDelete)
        await pilot.press("enter", "n")  # Enter deletes nothing; n keeps it
        await pilot.pause()
        assert [g.text for g in ctx.store.goals()] == ["Book supervision"]
        await pilot.press("delete", "y")
        await pilot.pause()
        assert app.screen is app.home
    assert ctx.store.goals() == []


async def test_home_offers_the_next_step_and_a_quick_exit_keeps_a_draft(ctx: Context) -> None:
    ctx.store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_line(pilot, OFFER)
        await pilot.press("g", *"Swim on Sunday", "ctrl+q")
    assert ctx.store.goals() == []  # never confirmed: not a goal
    again = WellcheckApp(ctx)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        assert isinstance(again.screen, GoalDialog)
        assert again.screen.typed() == ("Swim on Sunday", "")  # the draft reopens with it
        await pilot.press("enter", "enter")
        await pilot.pause()
    assert [(g.text, g.origin) for g in ctx.store.goals()] == [
        ("Swim on Sunday", "weekly/2026-W48")
    ]
    assert ctx.store.goals_file().draft is None


async def test_goals_that_cannot_be_read_are_not_said_to_be_none(ctx: Context) -> None:
    """Home names the file above; under Goals it says they could not be read, never "no open
    goals", and a checklist's no still offers its next step, as the checklist does."""
    goals = ctx.store.root / "goals.json"
    goals.write_bytes(b"{broken")
    ctx.store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("Exercise?", "no"))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = section(app, "Goals")
        assert lines[0] == "Your goals could not be read just now; nothing in them is changed."
        assert NO_GOALS not in lines
        assert any(line.startswith("→ After the weekly") for line in lines)
        await to_line(pilot, OFFER)
        await pilot.press("g")
        assert isinstance(app.screen, GoalDialog)
    assert goals.read_bytes() == b"{broken"


def notices(app: WellcheckApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_goal_marked_done_by_mistake_is_put_back_with_ctrl_z(ctx: Context) -> None:
    goal = ctx.store.add_goal("Leave by five on Friday", TODAY)
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await to_line(pilot, GOAL)
        await pilot.press("x")
        await pilot.pause()
        assert ctx.store.goals()[0].done == TODAY
        assert notices(app) == ["Goal marked done. Well done — ctrl+z puts it back."]
        assert not any(GOAL in line.id for line in home_list(app).lines)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert ctx.store.goals() == [goal]  # open again, as it was
        assert home_list(app).highlighted == f"{GOAL}{goal.id}"
        assert notices(app) == ["Goal open again."]
        await pilot.press("ctrl+z")  # once: nothing more to put back
        await pilot.pause()
        assert ctx.store.goals() == [goal] and notices(app) == ["Goal open again."]


async def test_the_put_back_is_said_and_works_on_home_only(ctx: Context) -> None:
    """The notice goes with home: on the screen opened over it ctrl+z would do nothing, and
    back on home it is over (a goal then done stays done)."""
    ctx.store.add_goal("Leave by five on Friday", TODAY)
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await to_line(pilot, GOAL)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("d")  # the daily checklist, over home
        await pilot.pause()
        assert app.screen is not app.home
        assert not any("ctrl+z" in text for text in notices(app))
        await pilot.press("escape", "ctrl+z")
        await pilot.pause()
        assert app.screen is app.home
        assert ctx.store.goals()[0].done == TODAY

"""The home screen: what is due with its state, open goals, days off, and opening checklists."""

from __future__ import annotations

from datetime import date

from home_view import check_in as line
from home_view import highlighted, home_lines, screen_text, section
from textual.widgets import Static

from wellcheck.core.answers import Answer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.widgets.home_list import HomeList


async def test_home_lists_each_checklist_with_its_state(ctx: Context) -> None:
    ctx.store.save_answer("daily", "daily", "2026-11-23", "lunch_break", Answer("Lunch?", "yes"))
    for item in ("healthy_eating", "exercise"):
        ctx.store.save_answer("weekly", "weekly", "2026-W48", item, Answer("?", "yes"))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        daily, weekly, monthly = [line for line in section(app, "Check-ins") if "checklist" in line]
        assert "Daily wellbeing checklist" in daily and "in progress" in daily
        assert "Weekly" in weekly and "done" in weekly
        assert "Monthly" in monthly and "not started" in monthly


async def test_keys_open_each_checklist_and_escape_comes_home_with_fresh_state(
    ctx: Context,
) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        assert isinstance(app.screen, ChecklistScreen) and app.screen.instrument.id == "monthly"
        await pilot.press("y", "escape")
        await pilot.pause()
        assert app.screen is app.home
        assert "in progress" in line(app, "Monthly")
        await pilot.press("enter")
        assert isinstance(app.screen, ChecklistScreen) and app.screen.instrument.id == "daily"


async def test_open_goals_show_and_can_be_marked_done(ctx: Context) -> None:
    ctx.store.add_goal("Leave by five on Friday", date(2026, 11, 20), date(2026, 11, 27))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Leave by five on Friday" in section(app, "Goals")[0]
        assert "Fri 27 Nov" in section(app, "Goals")[0]
        await pilot.press("x")  # on a check-in: nothing
        await pilot.press("end", "enter")
        await pilot.pause()
        assert "Leave by five" in highlighted(app)
        assert "Leave by five on Friday" in section(app, "Goals")[0]  # Enter never marks done
        await pilot.press("x")
        await pilot.pause()
        assert "No open goals" in section(app, "Goals")[0]
    [goal] = ctx.store.goals()
    assert goal.done == date(2026, 11, 23)


async def test_a_day_off_is_marked_from_home_and_nothing_is_due(ctx: Context) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "1")
        await pilot.pause()
        today = str(app.home.query_one("#today", Static).render())
        assert "marked as leave" in today and "Nothing is due" in today
    assert ctx.store.day_off(date(2026, 11, 23)) == "leave"


async def test_a_weekend_is_not_a_working_day(ctx: Context) -> None:
    ctx.today = date(2026, 11, 28)
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Not a working day" in str(app.home.query_one("#today", Static).render())


async def test_an_unreadable_file_is_named_and_the_rest_still_works(ctx: Context) -> None:
    path = ctx.store.record_path("weekly", "weekly", "2026-W48")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"{oops")
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "cannot be read" in line(app, "Weekly")
        assert "not valid JSON" in str(app.home.query_one("#problems", Static).render())
        await pilot.press("w")
        assert app.screen is app.home  # not opened over a file it cannot read
        await pilot.press("d", "y")
        assert isinstance(app.screen, ChecklistScreen)
    assert path.read_bytes() == b"{oops"


async def test_the_users_words_are_shown_as_typed_never_read_as_markup(ctx: Context) -> None:
    ctx.store.add_goal("Ask about [the rota] and [/b] [bold red]cover", date(2026, 11, 20))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "• Ask about [the rota] and [/b] [bold red]cover" in screen_text(app)


async def test_the_cursor_passes_over_headings_and_a_click_opens_a_check_in(
    ctx: Context,
) -> None:
    ctx.store.add_goal("Leave by five on Friday", date(2026, 11, 20))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Daily" in highlighted(app)
        await pilot.press("up")  # nothing above the first check-in
        assert "Daily" in highlighted(app)
        await pilot.press("down", "down", "down", "down", "down")  # the plan is the fifth
        assert "Personal stressors" in highlighted(app)
        await pilot.press("down", "down", "down", "down")  # the now-and-then, over headings
        assert "Leave by five" in highlighted(app)
        await pilot.press("pageup")
        assert "Daily" in highlighted(app)
        await pilot.press("pagedown")
        assert "Leave by five" in highlighted(app)
        await pilot.press("home")
        assert "Daily" in highlighted(app)
        row = next(n for n, line in enumerate(home_lines(app)) if "Weekly" in line)
        assert await pilot.click(HomeList, offset=(4, row))
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen) and app.screen.instrument.id == "weekly"


async def test_on_a_day_off_no_check_in_says_not_started(ctx: Context) -> None:
    ctx.store.set_day_off(date(2026, 11, 23), "leave")
    ctx.store.save_answer("weekly", "weekly", "2026-W48", "exercise", Answer("?", "yes"))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "rest well" in screen_text(app)
        assert "not started" not in screen_text(app)
        assert line(app, "Daily").endswith("day off") and line(app, "stand-up").endswith("day off")
        assert line(app, "Weekly").endswith("◐ in progress")  # what was done is still said
        assert line(app, "Monthly").endswith("November 2026")  # nothing due: nothing said


async def test_every_line_home_cuts_ends_with_an_ellipsis(ctx: Context) -> None:
    long_goal = "Ask for a regular supervision slot, and keep it, even in the weeks with court work"
    ctx.store.add_goal(long_goal, date(2026, 11, 20), date(2026, 11, 27))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        [shown] = [row for row in screen_text(app).splitlines() if "supervision slot" in row]
        assert shown.endswith("…") and len(shown) <= 80
        assert long_goal[:60] in shown


async def test_a_narrow_home_shows_what_is_done_before_the_date(ctx: Context) -> None:
    """At 40 columns a check-in says whether it is done, and its title is cut with "…"
    (its state was the part cut off, a bare "…" in its place); at 80 the period is there."""
    ctx.store.save_answer("daily", "daily", "2026-11-23", "lunch_break", Answer("Lunch?", "yes"))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        rows = screen_text(app).splitlines()
        [daily] = [row for row in rows if row.strip().startswith("d ")]
        assert "◐ in progress" in daily and "Daily wellbeing" in daily, daily
        [weekly] = [row for row in rows if row.strip().startswith("w ")]
        assert "○ not started" in weekly and weekly.rstrip().endswith("…"), weekly
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        [daily] = [row for row in screen_text(app).splitlines() if row.strip().startswith("d ")]
        assert "Monday 23 November" in daily and "◐ in progress" in daily, daily


async def test_marking_a_goal_done_keeps_the_highlight_where_it_was(ctx: Context) -> None:
    for text in ("Leave by five on Friday", "Walk at lunch twice", "Ring Jo about cover"):
        ctx.store.add_goal(text, date(2026, 11, 20))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*["down"] * 10)  # past the check-ins and the three now-and-then
        assert "Walk at lunch twice" in highlighted(app)
        await pilot.press("x")
        await pilot.pause()
        assert "Ring Jo about cover" in highlighted(app)  # the next goal, not the top
        await pilot.press("x")
        await pilot.pause()
        assert "Leave by five on Friday" in highlighted(app)  # the last gone: the one before


async def test_the_day_off_dialog_never_speaks_of_missing(ctx: Context) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        text = screen_text(app)
        assert "left out of your counts" in text
        assert "missed" not in text.lower()

"""The Wellness Action Plan in the app: written and shared by keyboard, its signs asked about in
the weekly check-in, and home's words when a sign came back (on, off, once) or a review is due."""

from __future__ import annotations

import json
from pathlib import Path

from home_view import check_in, home_lines
from plan_fixture import OWN_SIGN, SIGNS, notice, write_plan
from textual.widgets import Input

from wellcheck.core.stressors_answers import Contact
from wellcheck.core.stressors_store import save_contact
from wellcheck.session.context import Context, build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.protocols import WARNING_SECONDS
from wellcheck.tui.screens.plan import PlanScreen
from wellcheck.tui.widgets.share import ShareLine
from wellcheck.tui.widgets.tick_list import TickList
from wellcheck.tui.widgets.week_signs import WeekSignsWidget

CAME_BACK = "From your Wellness Action Plan"


def plan_file(data_dir: Path) -> dict[str, dict[str, object]]:
    answers: dict[str, dict[str, object]] = json.loads(
        (data_dir / "plan" / "current.json").read_text(encoding="utf-8")
    )["answers"]
    return answers


def noticed(data_dir: Path, week: str = "2026-W48") -> dict[str, object]:
    found: dict[str, object] = json.loads(
        (data_dir / "noticed" / f"{week}.json").read_text(encoding="utf-8")
    )["answers"]["signs"]
    return found


async def test_l_on_home_opens_the_plan_and_each_answer_keeps_its_wording(
    ctx: Context, data_dir: Path
) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l", *"I care for my mum on Tuesdays")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        manager = plan_file(data_dir)["manager"]
        assert manager["prompt"] == "What do I want my manager to know about my situation?"
        assert manager["fields"] == {"text": "I care for my mum on Tuesdays"}


async def test_a_section_is_private_until_y_on_its_share_line(ctx: Context, data_dir: Path) -> None:
    app = WellcheckApp(ctx, start="plan")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Back-to-back calls", "tab")
        line = app.screen.focused
        assert isinstance(line, ShareLine) and not line.shared
        assert "private" in str(line.render())
        await pilot.press("y")  # shared, and on to the next section
        await pilot.pause()
        assert plan_file(data_dir)["_shared"]["fields"] == {"manager": "yes"}
        assert line.shared and app.screen.focused is not line
        await pilot.press("shift+tab", "n")
        await pilot.pause()
        assert plan_file(data_dir)["_shared"]["fields"] == {"manager": "no"}


async def test_space_ticks_a_sign_and_own_words_are_kept(ctx: Context, data_dir: Path) -> None:
    app = WellcheckApp(ctx, start="plan")
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.set_focus(app.screen.query(TickList).first())
        await pilot.press("down", "down", "space")  # the third sign of struggle
        await pilot.pause()
        signs = plan_file(data_dir)["signs"]
        assert signs["fields"] == {"confused": "yes"}
        assert signs["labels"] == {"confused": "Confused and lacking in focus"}
        await pilot.press("space")
        await pilot.pause()
        assert plan_file(data_dir)["signs"]["fields"] == {"confused": ""}
        own = app.screen.query_one("#item-signs").query("TextField").first()
        app.screen.set_focus(own)
        await pilot.press(*OWN_SIGN)
        await pilot.pause()
        assert plan_file(data_dir)["signs"]["entries"][0] == OWN_SIGN


async def test_the_weekly_check_in_asks_about_the_users_own_signs_and_offers_help(
    ctx: Context, data_dir: Path
) -> None:
    write_plan(ctx.store)
    save_contact(ctx.store, "supervisor", Contact("Sam Okafor", "01632 960 123"))
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "y")  # the two checks: on to the signs
        await pilot.pause()
        week = app.screen.query_one(WeekSignsWidget)
        signs = week.query_one(TickList)
        assert app.screen.focused is signs
        assert list(signs.words.values()) == [*SIGNS.values(), OWN_SIGN]  # theirs, no others
        support = week.query_one("#week-signs-support")
        assert not support.display  # nothing until a sign is ticked
        await pilot.press("space")
        await pilot.pause()
        assert noticed(data_dir)["fields"] == {"late_emails": "yes"}
        assert support.display
        said = str(support.render())
        assert "A walk at lunch, and ten minutes between visits" in said  # what helps
        assert "Sam Okafor" in said and "Talk to someone helpful." in said
        assert "ACAS" in said  # the rights-at-work signposts, where they fit


async def test_without_a_plan_the_weekly_check_in_says_how_to_start_one(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        week = app.screen.query_one(WeekSignsWidget)
        assert not week.query(TickList)
        assert "no early warning signs yet" in str(week.query("Static").last().render())


def came_back(app: WellcheckApp) -> list[str]:
    lines = home_lines(app)
    if CAME_BACK not in lines:
        return []
    start = lines.index(CAME_BACK)
    end = next(n for n in range(start, len(lines)) if not lines[n])
    return lines[start:end]


async def test_home_says_once_when_a_sign_came_back(ctx: Context, data_dir: Path) -> None:
    write_plan(ctx.store)
    notice(ctx.store, "2026-W46", "sleep", "late_emails")
    notice(ctx.store, "2026-W48", "sleep")
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        said = " ".join(came_back(app))
        assert "Difficulty getting to sleep" in said and "more than one recent week" in said
        assert "emails" not in said  # noticed in one week only
        assert "Your plan says this helps: A walk at lunch" in said
        assert "Talk to someone helpful." in said
        for word in ("score", "missed", "warning", "%"):
            assert word not in said.lower()
        await pilot.press("w", "escape")  # back home: still said in this run
        await pilot.pause()
        assert came_back(app)
    again = WellcheckApp(ctx)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert came_back(again) == []  # said once


async def test_home_says_nothing_when_the_user_chose_not_to_be_told(ctx: Context) -> None:
    write_plan(ctx.store, tell="no")
    notice(ctx.store, "2026-W47", "sleep")
    notice(ctx.store, "2026-W48", "sleep")
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert came_back(app) == []
        assert not (ctx.store.root / "plan" / "current.json").read_text().count("_told")


async def test_home_says_when_the_plans_review_is_due(ctx: Context) -> None:
    write_plan(ctx.store, review="2027-02-22")
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert check_in(app, "Wellness Action Plan").endswith("review 22 Feb 2027")
    write_plan(ctx.store, review="2026-11-23")
    due = WellcheckApp(ctx)
    async with due.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert check_in(due, "Wellness Action Plan").endswith("review due")


async def test_a_sign_that_calls_for_helplines_shows_them_when_ticked(
    data_dir: Path, config_dir: Path
) -> None:
    from wellcheck import paths

    text = (paths.builtin_content_dir() / "plan.toml").read_text(encoding="utf-8")
    helplines = (
        '\n[items.signposts.late_emails]\ntitle = "Someone to talk to"\n'
        'lines = [{ name = "My EAP line", number = "0800 000 000", note = "24 hours" }]\n'
    )
    mine = text.replace('\n[[items]]\nid = "support"', helplines + '\n[[items]]\nid = "support"')
    assert mine != text
    folder = paths.user_content_dir()
    folder.mkdir(parents=True)
    (folder / "plan.toml").write_text(mine, encoding="utf-8")
    ctx = build_context(data_dir, "2026-11-23")
    assert not ctx.content.problems
    write_plan(ctx.store)
    app = WellcheckApp(ctx, start="weekly")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("y", "y", "down", "space")  # the second sign: no helplines
        await pilot.pause()
        support = app.screen.query_one("#week-signs-support")
        assert "My EAP line" not in str(support.render())
        await pilot.press("up", "space")  # emails out of hours: its helplines
        await pilot.pause()
        assert "My EAP line: 0800 000 000 (24 hours)" in str(support.render())


async def test_the_review_date_is_saved_once_it_is_a_date(ctx: Context, data_dir: Path) -> None:
    app = WellcheckApp(ctx, start="plan")
    async with app.run_test(size=(80, 24)) as pilot:
        field = app.screen.query_one("#item-review TextField")
        app.screen.set_focus(field)
        await pilot.press(*"2027-02-2")
        await pilot.pause()
        assert not (data_dir / "plan" / "current.json").exists()  # nothing saved yet
        hint = app.screen.query_one("#item-review .hint")
        assert "Nothing is saved until it is one" in str(hint.render())
        await pilot.press("2")
        await pilot.pause()
        assert plan_file(data_dir)["review"]["value"] == "2027-02-22"
        assert not hint.display


async def test_a_review_date_that_is_not_one_says_so_when_tab_leaves_it(
    ctx: Context, data_dir: Path
) -> None:
    """Tab away from a date that is not one: the line saying nothing is saved stays under
    it, and so do the words typed (the line was put away as focus left, as a hint is)."""
    app = WellcheckApp(ctx, start="plan")
    async with app.run_test(size=(80, 24)) as pilot:
        field = app.screen.query_one("#item-review TextField", Input)
        app.screen.set_focus(field)
        await pilot.press(*"2027-13-45", "enter", "tab")
        await pilot.pause()
        assert not field.has_focus and field.value == "2027-13-45"
        hint = app.screen.query_one("#item-review .hint")
        assert hint.display and "Nothing is saved until it is one" in str(hint.render())
        assert not (data_dir / "plan" / "current.json").exists()
        await pilot.press("shift+tab", *["backspace"] * 5, *"02-22")
        await pilot.pause()
        assert not hint.display  # a date now, and saved: nothing more to say
    assert plan_file(data_dir)["review"]["value"] == "2027-02-22"


async def test_escape_never_leaves_a_review_date_that_is_not_one_without_a_word(
    ctx: Context, data_dir: Path
) -> None:
    """Escape from a date that is not one stays, and says it is not saved; a second Escape
    leaves (as from words a full disk could not save), and the plan holds no date."""
    app = WellcheckApp(ctx, start="plan")
    said: list[str] = []
    app.notify = lambda message, **kw: said.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.set_focus(app.screen.query_one("#item-review TextField"))
        await pilot.press(*"2026-13-45", "escape")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert len(said) == 1 and "2026-13-45" in said[0]
        assert "Escape again leaves without it" in said[0]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PlanScreen)
    assert not (data_dir / "plan" / "current.json").exists()


async def test_an_escape_long_after_the_warning_is_warned_of_again(
    ctx: Context, data_dir: Path
) -> None:
    """Found reviewing: the warning held for ever once given, so an Escape minutes later (the
    user had gone on typing) left without a word. It holds while it is shown."""
    now = [1000.0]
    app = WellcheckApp(ctx, start="plan", clock=lambda: now[0])  # three quick Escapes quit
    said: list[str] = []
    app.notify = lambda message, **kw: said.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        screen.leaving.clock = lambda: now[0]
        screen.set_focus(screen.query_one("#item-review TextField"))
        await pilot.press(*"2026-13-45", "escape")
        await pilot.pause()
        now[0] += WARNING_SECONDS + 1  # the warning has gone from the screen
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and len(said) == 2  # warned again, and still here
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not screen

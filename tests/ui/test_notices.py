"""Notices never cover what the user is reading: at 80x24 each one is a band the screen makes
room for, above the footer, never over the focused widget; one piece of information at a time."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import OptionList, TextArea
from textual.widgets._toast import Toast, ToastHolder, ToastRack

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.standup import HELP
from wellcheck.session.context import Context, build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.widgets.goal_offer import GoalOfferLine

MONDAY = date(2026, 11, 23)


def shown(app: WellcheckApp) -> list[tuple[str, Region]]:
    """The notices on screen now: their words and where they are."""
    return [(str(toast.render()), toast.region) for toast in app.screen.query(Toast)]


def seen_at(app: WellcheckApp, widget: Widget) -> Region:
    """Where a widget is seen: its region as far as its containers show it."""
    geometry = app.screen.find_widget(widget)
    return geometry.region.intersection(geometry.clip)


def assert_clear_of_focus(app: WellcheckApp, words: str) -> None:
    """The notice is shown, and covers neither the focused widget (wherever it reaches, even
    where its container hides it) nor anything else on screen: the screen made room for it."""
    notices = shown(app)
    assert any(words in text for text, _ in notices), notices
    focused = app.focused
    assert focused is not None
    others = [
        w
        for w in app.screen.query("*").results(Widget)
        if w.display and not isinstance(w, (Toast, ToastHolder, ToastRack))
    ]
    for text, region in notices:
        assert not region.overlaps(focused.region), (text, region, focused, focused.region)
        covered = [w for w in others if seen_at(app, w).overlaps(region)]
        assert not covered, (text, region, covered)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.pause(0.1)
    await pilot.pause()


async def test_goal_saved_never_covers_the_last_daily_question(ctx: Context) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("n")  # a no: the next step is offered at the end
        for _ in range(30):  # Tab down to it, as a user does: each question comes into view
            if isinstance(app.focused, GoalOfferLine):
                break
            await pilot.press("tab")
        await pilot.press("g", *"Take a proper lunch break", "enter", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChecklistScreen)
        assert_clear_of_focus(app, "Goal saved")


async def test_resolved_and_open_again_never_cover_the_stand_ups_help_list(
    data_dir: Path,
) -> None:
    for day in range(16, 21):
        earlier = build_context(data_dir, date(2026, 11, day).isoformat())
        words = [f"cover for visit {day}", f"a second opinion {day}"]
        standup.save_answer(earlier.store, date(2026, 11, day), HELP, Answer("H", entries=words))
    app = WellcheckApp(build_context(data_dir, MONDAY.isoformat()), start="standup")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab", "tab")  # Y, T, H, then the earlier requests
        assert isinstance(app.focused, OptionList)
        await pilot.press("end", "r")
        await settle(pilot)
        assert_clear_of_focus(app, "Marked resolved.")
        await pilot.press("r")
        await settle(pilot)
        assert_clear_of_focus(app, "Open again.")
        assert [text for text, _ in shown(app)] == ["Open again."]  # one at a time, not a stack


async def test_goal_done_never_covers_homes_list(ctx: Context) -> None:
    ctx.store.add_goal("Leave by five on Friday", date(2026, 11, 20))
    ctx.store.add_goal("Walk at lunch twice this week", date(2026, 11, 20))
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press(*["down"] * 9, "x")  # past the check-ins and the now-and-then
        await settle(pilot)
        assert_clear_of_focus(app, "Goal marked done")


async def test_a_notice_shows_square_brackets_as_they_are(ctx: Context) -> None:
    """A notice naming a folder called `[b]notes[/]` (or a lone `[/]`) shows those very
    characters, never bold text nor a markup error."""
    note = "your data folder /home/sam/[b]notes[/] [/] could be opened by other people"
    app = WellcheckApp(ctx, notes=[note])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert any(note in text for text, _ in shown(app)), shown(app)


def in_full_view(app: WellcheckApp, words: str) -> bool:
    """The notice saying `words` is seen whole, none of it cut by the band or the footer."""
    toasts = [t for t in app.screen.query(Toast) if words in str(t.render())]
    if len(toasts) != 1 or seen_at(app, toasts[0]) != toasts[0].region:
        return False
    focused = app.focused  # and, as every notice, clear of what is focused
    return focused is None or not toasts[0].region.overlaps(focused.region)


def disk_full(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


async def test_escape_again_leaves_without_it_is_seen_as_soon_as_escape_is_pressed(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full disk, Escape from typed words warns that a second Escape leaves them. That
    warning came under the "still on screen" one, below the footer, unseen until it went."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.screen.query_one("#item-difficult TextArea", TextArea).focus()
        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press(*"late visit")
        await settle(pilot)
        assert in_full_view(app, "Your answer is still on screen")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ChecklistScreen)
        assert in_full_view(app, "Escape again leaves without it")
        assert len(shown(app)) == 1  # the same problem, said anew: not a stack
        await pilot.press("escape")  # leaves without the words: the warning goes with them
        await settle(pilot)
        assert not isinstance(app.screen, ChecklistScreen)
        assert not any("Escape again leaves" in str(t.render()) for t in app.screen.query(Toast))


async def test_the_newest_of_two_problems_is_the_notice_in_full_view(ctx: Context) -> None:
    """Two problems, each a few lines: the band is only so tall, and what it cuts is the
    older one, never the newest."""
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.notify("A file could not be read. " * 8, title="Not read", severity="warning")
        await settle(pilot)
        app.notify("A save did not work. " * 9, title="Not saved", severity="error")
        await settle(pilot)
        assert len(shown(app)) == 2
        assert in_full_view(app, "A save did not work.")


async def test_a_notice_shown_as_the_keys_list_opens_never_covers_its_end(ctx: Context) -> None:
    """The first start's notice (the data folder made private) was drawn over the last rows
    of the `?` list at 80×24, its "Escape or ? closes it" among them: the list makes room,
    and takes the rows back when the notice goes."""
    from wellcheck.tui.screens.keys import CLOSE_HINT, KeysScreen

    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify(
            "Your data folder /home/sam/.local/share/wellcheck was open to others; it is now "
            "private to you (0700).",
            timeout=30,
        )
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, KeysScreen)
        assert_clear_of_focus(app, "now private to you")
        box = app.screen.query_one("#keys-box")
        hint = app.screen.query(".help").last()
        assert str(hint.render()).startswith(CLOSE_HINT[:20])
        assert box.region.contains_region(seen_at(app, hint))
        assert all(not r.overlaps(box.region) for _, r in shown(app))
        app.clear_notifications()
        await settle(pilot)
        assert box.region.height == 22  # the rows are the list's again

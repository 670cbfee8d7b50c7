"""The stand-up screen, driven by keys: timer, carry-over, help followed up, saved as typed."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from home_view import check_in, highlighted, screen_text, section
from textual.widgets import OptionList, TextArea

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.standup import HELP, TODAY, YESTERDAY, HelpRequest
from wellcheck.session.context import Context, build_context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.home import HomeScreen
from wellcheck.tui.screens.standup import StandupScreen
from wellcheck.tui.widgets.entries import EntriesWidget
from wellcheck.tui.widgets.home_lines import HELP_SHOWN
from wellcheck.tui.widgets.timer import GentleTimer

FRIDAY, MONDAY, TUESDAY = date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 24)


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def context_for(data_dir: Path, day: date) -> Context:
    return build_context(data_dir, day.isoformat())


def say(ctx: Context, day: date, item_id: str, *lines: str) -> None:
    standup.save_answer(ctx.store, day, item_id, Answer(prompt=item_id, entries=list(lines)))


def on_disk(data_dir: Path, day: date) -> dict[str, Any]:
    path = data_dir / "standup" / str(day.year) / f"{day.isoformat()}.json"
    answers: dict[str, Any] = json.loads(path.read_text())["answers"]
    return answers


def area(app: WellcheckApp, item_id: str) -> TextArea:
    return app.screen.query_one(f"#item-{item_id}", EntriesWidget).query_one(TextArea)


def timer_of(app: WellcheckApp) -> GentleTimer:
    return app.screen.query_one("#timer", GentleTimer)


async def test_the_timer_waits_for_typing_says_when_90_s_pass_and_never_stops_it(
    ctx: Context, data_dir: Path
) -> None:
    clock = FakeClock()
    app = WellcheckApp(ctx, start="standup", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StandupScreen)
        clock.now = 1500.0
        await pilot.pause()
        timer_of(app).tick()
        assert "starts when you begin typing" in str(timer_of(app).content)

        await pilot.press(*"home visits")  # the first keystroke starts the timer at 1500
        clock.now = 1589.0
        await pilot.press("enter", *"duty")
        timer = timer_of(app)
        assert not timer.over and not timer.has_class("-over")
        assert str(timer.content) == "⏱ 1:29 of 1:30"

        clock.now = 1590.0
        await pilot.press(*" desk")
        assert timer.over and timer.has_class("-over")
        assert "90 seconds reached" in str(timer.content)
        assert "nothing is cut off" in str(timer.content)

        clock.now = 1725.0
        await pilot.press("enter", *"notes for Sam")
        assert "90 seconds reached (3:45)" in str(timer.content)
        assert area(app, YESTERDAY).has_focus and not area(app, YESTERDAY).read_only
        await pilot.pause()
    expected = ["home visits", "duty desk", "notes for Sam"]
    assert on_disk(data_dir, MONDAY)[YESTERDAY]["entries"] == expected


async def test_monday_offers_fridays_t_as_y_and_keeps_it_once_the_user_starts(
    ctx: Context, data_dir: Path
) -> None:
    say(ctx, FRIDAY, TODAY, "court report", "call Sam back")
    async with WellcheckApp(ctx, start="standup", clock=FakeClock()).run_test(
        size=(80, 24)
    ) as pilot:
        app = pilot.app
        await pilot.pause()
        assert area(app, YESTERDAY).text == "court report\ncall Sam back"
        note = app.screen.query_one(f"#item-{YESTERDAY} .carried").content
        assert "Carried over from your T of Friday 20 November" in str(note)
        await pilot.press("tab", *"plan the week")
        await pilot.pause()
    saved = on_disk(data_dir, MONDAY)
    assert saved[YESTERDAY]["entries"] == ["court report", "call Sam back"]
    assert saved[TODAY]["entries"] == ["plan the week"]


async def test_an_offered_y_can_be_edited_and_looking_without_typing_saves_nothing(
    ctx: Context, data_dir: Path
) -> None:
    say(ctx, FRIDAY, TODAY, "court report")
    async with WellcheckApp(ctx, start="standup").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert not (data_dir / "standup" / "2026" / "2026-11-23.json").exists()

    async with WellcheckApp(ctx, start="standup").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*["backspace"] * len("report"))
        await pilot.press(*"draft")
        await pilot.pause()
    assert on_disk(data_dir, MONDAY)[YESTERDAY]["entries"] == ["court draft"]


async def test_after_a_gap_y_comes_from_the_last_stand_up(data_dir: Path) -> None:
    before_leave = date(2026, 11, 12)  # a Thursday; then a week and a half of leave
    ctx = context_for(data_dir, before_leave)
    say(ctx, before_leave, TODAY, "hand over the Smith case")
    for day in range(13, 24):
        ctx.store.set_day_off(date(2026, 11, day), "leave")
    back = context_for(data_dir, TUESDAY)
    async with WellcheckApp(back, start="standup").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert area(pilot.app, YESTERDAY).text == "hand over the Smith case"
        note = pilot.app.screen.query_one(f"#item-{YESTERDAY} .carried").content
        assert "Thursday 12 November" in str(note)


async def test_earlier_help_is_shown_and_can_be_marked_resolved_and_undone(
    data_dir: Path,
) -> None:
    friday = context_for(data_dir, FRIDAY)
    say(friday, FRIDAY, HELP, "mileage form", "supervision date")
    ctx = context_for(data_dir, MONDAY)
    async with WellcheckApp(ctx, start="standup").run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        await pilot.press("tab", "tab", "tab")  # Y, T, H, then the earlier requests
        options = app.screen.query_one("#open-help", OptionList)
        assert options.has_focus and options.option_count == 2
        await pilot.press("down", "enter")
        await pilot.pause()
        assert standup.open_requests(ctx.store) == [HelpRequest(FRIDAY, "mileage form")]
        assert "✓ resolved" in str(options.get_option_at_index(1).prompt)
        await pilot.press("r")  # changed my mind: open again
        await pilot.pause()
        assert len(standup.open_requests(ctx.store)) == 2
        await pilot.press("r")
        await pilot.pause()
    assert standup.help_requests(ctx.store, [FRIDAY]) == [
        HelpRequest(FRIDAY, "mileage form", None),
        HelpRequest(FRIDAY, "supervision date", MONDAY),
    ]


async def test_home_lists_open_help_and_marks_one_resolved(data_dir: Path) -> None:
    ctx = context_for(data_dir, MONDAY)
    say(ctx, FRIDAY, HELP, "mileage form")
    say(ctx, MONDAY, HELP, "cover for Thursday")
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        asked = section(app, "Help asked for")
        assert len(asked) == 2
        assert "mileage form" in asked[0] and "cover for Thursday" in asked[1]
        await pilot.press("end")
        assert "cover for Thursday" in highlighted(app)
        await pilot.press("up")
        assert "mileage form" in highlighted(app)
        await pilot.press("enter")
        await pilot.pause()
        assert len(section(app, "Help asked for")) == 2  # Enter never resolves by accident
        await pilot.press("r")
        await pilot.pause()
        [still_open] = section(app, "Help asked for")
        assert "cover for Thursday" in still_open
    assert standup.help_requests(ctx.store, [FRIDAY])[0].resolved == MONDAY


async def test_home_lists_the_latest_help_and_folds_the_rest_into_one_line(
    data_dir: Path,
) -> None:
    ctx = context_for(data_dir, MONDAY)
    asked = [date(2025, 3, 3) + timedelta(weeks=n) for n in range(HELP_SHOWN + 3)]
    for n, day in enumerate(asked):
        say(ctx, day, HELP, f"request {n}")
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = section(pilot.app, "Help asked for")
        assert [line.split("  ")[-1] for line in lines[:-1]] == [
            f"request {n}" for n in range(3, HELP_SHOWN + 3)
        ]
        assert "Mon 3 Mar 2025" not in " ".join(lines)  # folded: the oldest three
        assert "24 Mar 2025" in lines[0]  # another year: the year is said
        assert "3 earlier requests, still open" in lines[-1]
        await pilot.press("end")
        assert "request 7" in highlighted(pilot.app)  # the fold line is passed over
        await pilot.press("r")
        await pilot.pause()
        lines = section(pilot.app, "Help asked for")
        assert "request 2" in lines[0]  # the next most recent comes up
        assert "2 earlier requests" in lines[-1]
    assert standup.help_requests(ctx.store, [asked[-1]])[0].resolved == MONDAY


async def test_home_opens_the_stand_up_with_u_and_shows_its_state(ctx: Context) -> None:
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(pilot.app.screen, StandupScreen)
        await pilot.press(*"visits", "tab", *"reports")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)
        row = check_in(pilot.app, "YTH stand-up")
        assert "YTH stand-up" in row and "done" in row


async def test_what_was_typed_is_there_after_a_restart(data_dir: Path) -> None:
    ctx = context_for(data_dir, MONDAY)
    async with WellcheckApp(ctx, start="standup").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"visits", "tab", *"reports", "enter", *"supervision")
        await pilot.press("tab", *"someone to cover Thursday")
        await pilot.press("ctrl+q")
    again = context_for(data_dir, MONDAY)
    async with WellcheckApp(again, start="standup").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert area(pilot.app, YESTERDAY).text == "visits"
        assert area(pilot.app, TODAY).text == "reports\nsupervision"
        assert area(pilot.app, HELP).text == "someone to cover Thursday"
    assert standup.open_requests(again.store) == [HelpRequest(MONDAY, "someone to cover Thursday")]


def test_the_stand_up_at_80_by_24(data_dir: Path, snap_compare: Any) -> None:
    monday = context_for(data_dir, MONDAY)
    say(monday, MONDAY, TODAY, "write up the Smith visit", "team meeting at 10")
    say(monday, MONDAY, HELP, "a second opinion on a referral")
    clock = FakeClock()
    app = WellcheckApp(context_for(data_dir, TUESDAY), start="standup", clock=clock)

    async def run_before(pilot: Any) -> None:
        await pilot.pause()
        for text_area in pilot.app.screen.query(TextArea):
            text_area.cursor_blink = False
        await pilot.press("tab", *"duty desk")
        clock.now += 95
        timer_of(pilot.app).tick()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


async def test_help_asked_for_is_shown_as_typed_never_read_as_markup(data_dir: Path) -> None:
    ctx = context_for(data_dir, MONDAY)
    say(ctx, FRIDAY, HELP, "cover [for] Thursday [/b] [bold red]please")
    async with WellcheckApp(ctx, start="standup").run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "cover [for] Thursday [/b] [bold red]please" in screen_text(pilot.app)
        await pilot.press("escape")
        await pilot.pause()
        assert "cover [for] Thursday [/b] [bold red]please" in screen_text(pilot.app)


async def test_the_timer_says_all_its_words_in_a_narrow_window(data_dir: Path) -> None:
    """At 40 columns "starts when you begin typing" lost "typing", cut at the edge."""
    app = WellcheckApp(build_context(data_dir, "2026-11-23"), start="standup")
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        shown = " ".join(screen_text(app).split())
        assert "starts when you begin typing" in shown

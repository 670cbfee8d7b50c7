"""Every screen of the app, and mid-typing states, for the quick-exit tests (Promise 8).

Each Place says how to reach it from home (typing on the way) and what must then be in the store.
Add each new screen here.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import TextArea

from wellcheck.core import crypto_kdf, encryption_convert, standup
from wellcheck.core.answers import Answer
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_store import load_current_reflection, load_support
from wellcheck.tui import locking
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.screens.days_off import DayOffDialog
from wellcheck.tui.screens.goals import GoalDialog
from wellcheck.tui.screens.home import HomeScreen
from wellcheck.tui.screens.standup import StandupScreen
from wellcheck.tui.screens.stressors import StressorsScreen
from wellcheck.tui.screens.stressors_own_row import OwnRowDialog
from wellcheck.tui.screens.stressors_support import SupportScreen
from wellcheck.tui.screens.summary import SummaryScreen, WriteDialog
from wellcheck.tui.screens.unlock import UnlockScreen

DAY = "2026-11-23"
TODAY, FRIDAY = date(2026, 11, 23), date(2026, 11, 20)
Reach = Callable[[Pilot[None]], Awaitable[None]]


@dataclass
class Place:
    name: str
    reach: Reach
    """Keys (and focus moves) that get there, typing on the way."""
    screen: type[Screen[Any]]
    kept: Callable[[JsonStore], object] = lambda store: True
    """True when what was typed is in the store."""
    before: Callable[[JsonStore], object] = lambda store: None
    """What is in the store before the app starts."""


async def nothing(pilot: Pilot[None]) -> None:
    pass


async def typing_a_reflection(pilot: Pilot[None]) -> None:
    await pilot.press("d")
    pilot.app.screen.query_one("#item-difficult TextArea", TextArea).focus()
    await pilot.press(*"half a thought")


async def typing_a_note(pilot: Pilot[None]) -> None:
    await pilot.press("d", "n", "shift+tab", "e", *"ran late")


async def typing_a_goal(pilot: Pilot[None]) -> None:
    await pilot.press("d", "n")
    await pilot.press("escape")  # leaving with a "no": home offers the toolkit's next step
    await pilot.press("g", *"walk at lunch")  # opened only by its key


async def choosing_a_day_off(pilot: Pilot[None]) -> None:
    await pilot.press("o")


def encrypted(store: JsonStore) -> None:
    """Encryption on (a cheap but valid KDF), and unlocked, as `--passphrase-fd` leaves it."""
    params = crypto_kdf.KdfParams(os.urandom(16), iterations=2)
    encryption_convert.turn_on(
        store, "correct horse", lambda r: None, lambda d, t: None, params=params
    )


async def locked_over_a_goal(pilot: Pilot[None]) -> None:
    """An encrypted store's app left alone with a goal half written: it locks over it."""
    await typing_a_goal(pilot)
    app = pilot.app
    assert isinstance(app, WellcheckApp)
    app.idle.last = [t - 60 * 60 for t in app.idle.last]  # an hour ago, on every clock
    for _ in range(round(3 * locking.CHECK_EVERY / 0.1)):
        await pilot.pause(0.1)
        if isinstance(app.screen, UnlockScreen):
            break


def daily(store: JsonStore) -> dict[str, Any]:
    return {k: a.to_dict() for k, a in store.load_record("daily", "daily", DAY).answers.items()}


async def typing_today_under_a_carried_yesterday(pilot: Pilot[None]) -> None:
    await pilot.press("u", "tab", *"docs")  # the first keystroke starts the timer


async def typing_help(pilot: Pilot[None]) -> None:
    await pilot.press("u", "tab", "tab", *"ask")


def stand_up(store: JsonStore) -> dict[str, list[str]]:
    record = standup.load(store, TODAY)
    return {k: standup.entries(record, k) for k in (standup.YESTERDAY, standup.TODAY, "help")}


def friday_planned(store: JsonStore) -> None:
    answer = Answer(prompt="Today", entries=["court report"])
    standup.save_answer(store, FRIDAY, standup.TODAY, answer)


async def typing_a_stressor_note(pilot: Pilot[None]) -> None:
    await pilot.press("p", "e", *"low")


async def typing_what_else(pilot: Pilot[None]) -> None:
    await pilot.press("p", "a", *"a move")


async def typing_a_contact(pilot: Pilot[None]) -> None:
    await pilot.press("p", "c", *"Sam")


async def the_summary(pilot: Pilot[None]) -> None:
    await pilot.press("s")


async def naming_a_summary_file(pilot: Pilot[None]) -> None:
    await pilot.press("s", "w", "backspace", "x")


def rows(store: JsonStore) -> dict[str, Any]:
    reflection = load_current_reflection(store, TODAY)
    return {k: r.to_dict() for k, r in reflection.rows.items()} if reflection else {}


PLACES = [
    Place("home", nothing, HomeScreen),
    Place(
        "checklist-typing-a-reflection",
        typing_a_reflection,
        ChecklistScreen,
        lambda s: daily(s)["difficult"]["fields"]["difficult"] == "half a thought",
    ),
    Place(
        "checklist-typing-a-note",
        typing_a_note,
        ChecklistScreen,
        lambda s: daily(s)["lunch_break"]["note"] == "ran late",
    ),
    Place(
        "goal-offer-typing-a-goal",
        typing_a_goal,
        GoalDialog,
        lambda s: s.goals() == [] and s.goals_file().draft.text == "walk at lunch",  # type: ignore[union-attr]
    ),
    Place("day-off-dialog", choosing_a_day_off, DayOffDialog),
    Place(
        "standup-typing-t-under-a-carried-y-timer-running",
        typing_today_under_a_carried_yesterday,
        StandupScreen,
        lambda s: stand_up(s) == {"yesterday": ["court report"], "today": ["docs"], "help": []},
        friday_planned,
    ),
    Place(
        "standup-typing-h",
        typing_help,
        StandupScreen,
        lambda s: [r.text for r in standup.open_requests(s)] == ["ask"],
    ),
    Place(
        "stressors-typing-a-note",
        typing_a_stressor_note,
        StressorsScreen,
        lambda s: rows(s)["death"]["note"] == "low",
    ),
    Place(
        "stressors-what-else-typing",
        typing_what_else,
        OwnRowDialog,
        lambda s: [(r["label"], r["own"]) for r in rows(s).values()] == [("a move", True)],
    ),
    Place(
        "support-contacts-typing",
        typing_a_contact,
        SupportScreen,
        lambda s: load_support(s).get("supervisor").name == "Sam",
    ),
    Place(
        "lock-screen-over-a-goal",
        locked_over_a_goal,
        UnlockScreen,
        lambda s: s.goals() == [] and s.goals_file().draft.text == "walk at lunch",  # type: ignore[union-attr]
        encrypted,
    ),
    Place("summary", the_summary, SummaryScreen),
    Place("summary-naming-a-file", naming_a_summary_file, WriteDialog),
]

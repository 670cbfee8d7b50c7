"""Read one week's answers from the store for the summary: the only part of it that does I/O.

It reads only that week's seven daily files, the week's file, the file of the month the week
ends in, the days-off file of each year the week touches, goals, the week's stand-ups (for the
help asked for) and the one stressors reflection current at the week's end (for what the user
flagged), and the Wellness Action Plan for the sections the user marked to share. It never
reads the history, and needs neither pydantic nor the content files.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Literal

from wellcheck.core import layout, plan, standup, stressors
from wellcheck.core.answers import Record
from wellcheck.core.errors import DataError, shown_path
from wellcheck.core.periods import month_key, week_days, week_key
from wellcheck.core.plan import SharedSection
from wellcheck.core.settings import Settings
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_store import load_current_reflection
from wellcheck.core.summary import HelpLine, StressorLine, WeekAnswers, WeeklySummary, build_summary
from wellcheck.session.outcome import Outcome, attempt

DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"
CHECKLISTS = {DAILY: DAILY, WEEKLY: WEEKLY, MONTHLY: MONTHLY}
"""The summary's checklists: instrument id -> cadence. The summary reads no content (answers
carry their prompts), so it names the built-in checklists' ids; a user's override of one keeps
its id, and so its files."""


def gather_week(store: JsonStore, monday: date, problems: list[str]) -> WeekAnswers:
    """One week's answers; each file that cannot be read is named in `problems` and skipped."""
    days = week_days(monday)
    week = WeekAnswers(monday)
    for day in days:
        record = _record(store, DAILY, day.isoformat(), problems)
        if record is False:
            week.unreadable.add(day)
        elif record is not None:
            week.daily[day] = record
    for year in sorted({days[0].year, days[-1].year}):
        try:
            week.days_off.update(store.days_off(year))
        except DataError as exc:
            problems.append(str(exc))
    for cadence, key in ((WEEKLY, week_key(monday)), (MONTHLY, month_key(days[-1]))):
        found = _record(store, cadence, key, problems)
        if found is False:
            week.periods_unreadable.add(cadence)
        else:
            setattr(week, cadence, found)
    try:
        week.goals = store.goals()
    except DataError as exc:
        problems.append(str(exc))
    week.help = help_requests(store, days, problems)
    week.stressors = flagged_stressors(store, days[-1], problems)
    return week


def help_requests(store: JsonStore, days: list[date], problems: list[str]) -> list[HelpLine]:
    """Help asked for in the stand-ups of these days; a day that cannot be read is named."""
    found: list[HelpLine] = []
    for day in days:
        try:
            found.extend(standup.help_requests(store, [day]))
        except DataError as exc:
            problems.append(str(exc))
    return found


def flagged_stressors(store: JsonStore, day: date, problems: list[str]) -> list[StressorLine]:
    """The personal stressors flagged "take to supervision", as the grid stood on `day`."""
    try:
        reflection = load_current_reflection(store, day)
    except DataError as exc:
        problems.append(str(exc))
        return []
    return stressors.flagged_stressors(reflection, day)


def weekly_summary(
    store: JsonStore, settings: Settings, monday: date, made_on: date
) -> tuple[WeeklySummary, list[str]]:
    """The summary of the week starting `monday`, and one line per file that could not be read."""
    problems: list[str] = []
    week = gather_week(store, monday, problems)
    summary = build_summary(week, settings.working_days, settings.name, made_on)
    return replace(summary, plan=shared_plan(store, problems)), problems


def shared_plan(store: JsonStore, problems: list[str]) -> list[SharedSection]:
    """The plan's sections marked to share (one small file); named in `problems` if it
    cannot be read."""
    try:
        record = store.read(layout.plan(store.root))
    except DataError as exc:
        problems.append(str(exc))
        return []
    return plan.shared_sections(record) if record else []


def _record(
    store: JsonStore, cadence: str, period: str, problems: list[str]
) -> Record | None | Literal[False]:
    """The record, None if there is no file, False if the file cannot be read."""
    instrument = next(i for i, c in CHECKLISTS.items() if c == cadence)
    try:
        return store.read(layout.checklist(store.root, instrument, cadence, period))
    except DataError as exc:
        problems.append(str(exc))
        return False


def write_summary(root: Path, path: Path, document: str) -> Outcome[None]:
    """Write a rendered summary where the user asked (0600, atomically), never into the data
    folder, whose files are the store's alone."""
    from wellcheck.report.render import write_report

    if layout.inside(root, path):
        return Outcome(problem=f"{shown_path(path)} is inside your data folder: {INSIDE}")
    return attempt(lambda: write_report(path, document))


INSIDE = "please write the summary somewhere else (wellcheck keeps only its own files there)"

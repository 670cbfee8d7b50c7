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

from wellcheck.core import layout, listings, plan, standup, stressors
from wellcheck.core.answers import Record
from wellcheck.core.errors import DataError, shown_path
from wellcheck.core.pack import SupervisionPack, build_pack
from wellcheck.core.periods import LATEST, Span, month_key, week_days, week_key
from wellcheck.core.plan import SharedSection
from wellcheck.core.settings import Settings
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_store import load_current_reflection
from wellcheck.core.summary import HelpLine, StressorLine, Unread, WeeklySummary
from wellcheck.core.summary_build import WeekAnswers, build_summary
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
            week.unread.append(Unread("days off", date(year, 1, 1)))  # once for the year
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
        week.unread.append(Unread("goals"))
    week.help = help_requests(store, days, problems, week.standups, week.unread)
    week.stressors = flagged_stressors(store, days[-1], problems, week.unread)
    week.begun = first_check_in(store)
    return week


def help_requests(
    store: JsonStore,
    days: list[date],
    problems: list[str],
    answered: set[date] | None = None,
    unread: list[Unread] | None = None,
) -> list[HelpLine]:
    """Help asked for in the stand-ups of these days; a day that cannot be read is named (and
    added to `unread`). The days whose stand-up holds any answer are added to `answered`."""
    found: list[HelpLine] = []
    for day in days:
        try:
            record = store.load_record(layout.STANDUP_ID, DAILY, day.isoformat())
            found.extend(standup.requests_of(store, day, record))
        except DataError as exc:
            problems.append(str(exc))
            if unread is not None:
                unread.append(Unread("stand-up", day))
            continue
        if answered is not None and any(
            a.is_answered() for k, a in record.answers.items() if k != layout.RESOLVED_KEY
        ):
            answered.add(day)
    return found


def first_check_in(store: JsonStore) -> date:
    """The first day with a daily checklist or a stand-up, from folder listings alone (the
    history is not read); with none at all, a day after any the summary shows."""
    found = [d for i in (DAILY, layout.STANDUP_ID) if (d := listings.first_day(store.root, i))]
    return min(found, default=LATEST)


def flagged_stressors(
    store: JsonStore, day: date, problems: list[str], unread: list[Unread] | None = None
) -> list[StressorLine]:
    """The personal stressors flagged "take to supervision", as the grid stood on `day`."""
    try:
        reflection = load_current_reflection(store, day)
    except DataError as exc:
        problems.append(str(exc))
        if unread is not None:
            unread.append(Unread("stressors"))
        return []
    return stressors.flagged_stressors(reflection, day)


def weekly_summary(
    store: JsonStore, settings: Settings, monday: date, made_on: date
) -> tuple[WeeklySummary, list[str]]:
    """The summary of the week starting `monday`, and one line per file that could not be read."""
    problems: list[str] = []
    week = gather_week(store, monday, problems)
    summary = build_summary(week, settings.working_days, settings.name, made_on)
    unread = list(summary.unread)
    plan_shared = shared_plan(store, problems, unread)
    return replace(summary, plan=plan_shared, unread=unread), problems


def shared_plan(
    store: JsonStore, problems: list[str], unread: list[Unread] | None = None
) -> list[SharedSection]:
    """The plan's sections marked to share (one small file); named in `problems` (and added
    to `unread`) if it cannot be read."""
    try:
        record = store.read(layout.plan(store.root))
    except DataError as exc:
        problems.append(str(exc))
        if unread is not None:
            unread.append(Unread("plan"))
        return []
    return plan.shared_sections(record) if record else []


def summary_for(
    store: JsonStore, settings: Settings, span: Span, made_on: date
) -> tuple[WeeklySummary | SupervisionPack, list[str]]:
    """One week's summary, or the pack of a span of several weeks (each week gathered as its
    own summary is: a pack of N weeks reads N weeks' files and no more), and one line per file
    that could not be read (each once)."""
    if span.is_week:
        return weekly_summary(store, settings, span.first, made_on)
    problems: list[str] = []
    weeks = []
    for monday in span.mondays:
        week = gather_week(store, monday, problems)
        weeks.append(build_summary(week, settings.working_days, settings.name, made_on))
    unread = [u for w in weeks for u in w.unread]
    pack = build_pack(span, weeks, supervision_days(store, problems, unread), made_on)
    plan_shared = shared_plan(store, problems, unread)
    pack = replace(pack, plan=plan_shared, unread=distinct(unread))
    return pack, list(dict.fromkeys(problems))


def distinct(unread: list[Unread]) -> list[Unread]:
    """Each file left out once, in the order first met."""
    return list({(u.kind, u.day): u for u in unread}.values())


def supervision_days(
    store: JsonStore, problems: list[str], unread: list[Unread] | None = None
) -> list[date]:
    """The days supervision was noted; none, and the file named (and added to `unread`), if
    it cannot be read."""
    try:
        return store.supervisions()
    except DataError as exc:
        problems.append(str(exc))
        if unread is not None:
            unread.append(Unread("supervision"))
        return []


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

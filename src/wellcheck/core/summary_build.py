"""Building the WeeklySummary of one ISO week from its answers. Pure: no I/O, no clock.

Built from what `gather.py` read (that week's daily files, the weekly file, the monthly file of
the month the week ends in, the days off, goals, stand-up help and flagged stressors). Item order
and wording come from the prompts saved with the answers, so no content file is loaded.
"""

from __future__ import annotations

from dataclasses import field, replace
from datetime import date

from wellcheck.core.answers import Answer, Record
from wellcheck.core.days_off import DayOffKind
from wellcheck.core.goals import Goal
from wellcheck.core.item_order import item_order
from wellcheck.core.periods import week_days, week_key
from wellcheck.core.summary import (
    CheckRow,
    DayColumn,
    DayEntries,
    HelpLine,
    PeriodAnswer,
    PeriodChecklist,
    StressorLine,
    Unread,
    WeeklySummary,
)
from wellcheck.core.value import Value, value_class


@value_class
class WeekAnswers(Value):
    """Everything the summary needs, as read from the store for one week."""

    monday: date
    daily: dict[date, Record] = field(default_factory=dict)
    unreadable: set[date] = field(default_factory=set)
    days_off: dict[date, DayOffKind] = field(default_factory=dict)
    weekly: Record | None = None
    monthly: Record | None = None
    periods_unreadable: set[str] = field(default_factory=set)
    """"weekly" and/or "monthly" when that file could not be read."""
    goals: list[Goal] = field(default_factory=list)
    help: list[HelpLine] = field(default_factory=list)
    stressors: list[StressorLine] = field(default_factory=list)
    standups: set[date] = field(default_factory=set)
    """Days with a stand-up answered (a day with only a stand-up is a day checked in)."""
    unread: list[Unread] = field(default_factory=list)
    """The files left out because they could not be read (days off, stand-ups, goals, the
    stressors); a day's or a period's checklist has its own."""
    begun: date | None = None
    """The first day with a check-in of any kind, ever; days before it were before wellcheck
    was in use and are not counted. None: not known, every day counts."""


def build_summary(
    answers: WeekAnswers, working_days: frozenset[int], owner: str, made_on: date
) -> WeeklySummary:
    """Arrange a week's answers. Only flagged stressors and this week's help are kept."""
    days = week_days(answers.monday)
    columns = [_column(answers, day, day.weekday() in working_days, made_on) for day in days]
    daily = {d: r for d, r in answers.daily.items() if d in days}
    return WeeklySummary(
        owner=owner.strip(),
        week=week_key(answers.monday),
        monday=answers.monday,
        made_on=made_on,
        days=columns,
        checks=_check_rows(daily, columns),
        went_well=_day_entries(daily, "entries"),
        reflections=_day_entries(daily, "fields"),
        help=sorted((h for h in answers.help if h.day in days), key=lambda h: h.day),
        weekly=_period(answers.weekly, week_key(days[0]), "weekly" in answers.periods_unreadable),
        monthly=_period(
            answers.monthly, f"{days[-1]:%Y-%m}", "monthly" in answers.periods_unreadable
        ),
        # As the goals stood at the week's end: one done later is open here, and says nothing
        # of being done.
        open_goals=[replace(g, done=None) for g in answers.goals if _open_at(g, days[-1])],
        done_goals=[g for g in answers.goals if g.done is not None and g.done in days],
        stressors=list(answers.stressors),
        unread=list(answers.unread),
    )


def _column(answers: WeekAnswers, day: date, working: bool, made_on: date) -> DayColumn:
    if day in answers.unreadable:
        return DayColumn(day, "unreadable")
    off = answers.days_off.get(day)
    if off is not None:
        return DayColumn(day, off)
    record = answers.daily.get(day)
    if record is not None and any(a.is_answered() for a in record.answers.values()):
        return DayColumn(day, "checked in")
    if day in answers.standups:
        return DayColumn(day, "stand-up")
    if not working:
        return DayColumn(day, "not a working day")
    # Neither a day still to come, nor today (it is not over), nor a day before wellcheck was
    # in use is a day missed: none is counted or called "no check-in".
    if day > made_on:
        return DayColumn(day, "to come")
    if day == made_on:
        return DayColumn(day, "today")
    if answers.begun is not None and day < answers.begun:
        return DayColumn(day, "before start")
    return DayColumn(day, "no check-in")


def _check_rows(daily: dict[date, Record], columns: list[DayColumn]) -> list[CheckRow]:
    worked = [c.day for c in columns if c.worked]
    rows: list[CheckRow] = []
    for item_id in item_order(r for _, r in sorted(daily.items())):
        given = {d: r.answers[item_id] for d, r in daily.items() if item_id in r.answers}
        if not any(a.value is not None for a in given.values()):
            continue
        cells = {c.day: _value(given.get(c.day)) for c in columns}
        notes = [(d, a.note.strip()) for d, a in sorted(given.items()) if a.note.strip()]
        yes = sum(1 for d in worked if cells.get(d) == "yes")
        # "Not applicable" (nothing to hand over…) is neither a yes nor a shortfall.
        of = sum(1 for d in worked if cells.get(d) != "na")
        rows.append(CheckRow(item_id, _latest_prompt(given), cells, yes, of, notes))
    return rows


def _day_entries(daily: dict[date, Record], kind: str) -> list[DayEntries]:
    out: list[DayEntries] = []
    for day, record in sorted(daily.items()):
        for item_id in item_order([record]):
            answer = record.answers[item_id]
            if kind == "entries":
                entries = [e.strip() for e in answer.entries if e.strip()]
                if entries:
                    out.append(DayEntries(day, entries))
            elif pairs := _field_pairs(answer):
                out.append(DayEntries(day, [f"{k}: {v}" for k, v in pairs], pairs))
    return out


def _field_pairs(answer: Answer) -> list[tuple[str, str]]:
    return [
        (answer.labels.get(key, key), text.strip())
        for key, text in answer.fields.items()
        if text.strip()
    ]


def _period(record: Record | None, period: str, unreadable: bool) -> PeriodChecklist:
    if record is None:
        return PeriodChecklist(period, readable=not unreadable)
    answers = []
    for item_id in item_order([record]):
        a = record.answers[item_id]
        texts = [e.strip() for e in a.entries if e.strip()]
        texts += [f"{k}: {v}" for k, v in _field_pairs(a)]
        if a.value is not None or texts or a.note.strip():
            answers.append(PeriodAnswer(item_id, a.prompt, a.value, a.note.strip(), texts))
    return PeriodChecklist(period, answers)


def _value(answer: Answer | None) -> str | int | None:
    return answer.value if answer is not None else None


def _latest_prompt(given: dict[date, Answer]) -> str:
    return given[max(given)].prompt


def _open_at(goal: Goal, sunday: date) -> bool:
    return goal.created <= sunday and (goal.done is None or goal.done > sunday)

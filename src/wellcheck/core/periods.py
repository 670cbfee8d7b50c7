"""Working days, ISO weeks and months: which period an answer belongs to."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Literal

from wellcheck.core.errors import WellcheckError
from wellcheck.core.value import FrozenValue, value_class

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)
"""The dates wellcheck answers for: far from the calendar's ends, where a week, a month, six
months back or a stand-up's look-back always stays within what `date` can hold."""
_RANGE = f"{EARLIEST.year} to {LATEST.year}"


def working_date(now: datetime, day_start_hour: int = 4) -> date:
    """The date a moment belongs to: before the day-start hour it is still the day before."""
    return (now - timedelta(hours=day_start_hour)).date()


def parse_date(text: str) -> date:
    """A YYYY-MM-DD date, or a one-line error that says what was expected."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise WellcheckError(f"--date: '{text}' is not a date; use YYYY-MM-DD") from None
    if not EARLIEST <= day <= LATEST:
        raise WellcheckError(f"--date: '{text}' is out of range; use a date from {_RANGE}")
    return day


def week_key(day: date) -> str:
    """The ISO week a date falls in, as 2026-W47."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_key(day: date) -> str:
    """The calendar month a date falls in, as 2026-11."""
    return f"{day.year}-{day.month:02d}"


def parse_week(text: str) -> date:
    """The Monday of an ISO week given as 2026-W47."""
    match = _WEEK.match(text)
    if match:
        try:
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            pass
        else:
            if EARLIEST <= monday <= LATEST - timedelta(days=6):  # all of its days, as --date
                return monday
            raise WellcheckError(f"--week: '{text}' is out of range; use a week from {_RANGE}")
    raise WellcheckError(f"--week: '{text}' is not an ISO week; use YYYY-Www, e.g. 2026-W47")


def week_days(monday: date) -> list[date]:
    """The seven days Monday to Sunday of the week starting on `monday`."""
    return [monday + timedelta(days=n) for n in range(7)]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def period_key(cadence: str, day: date) -> str:
    """The key of the period a date falls in for a cadence (ad hoc instruments share one)."""
    if cadence == "daily":
        return day.isoformat()
    if cadence == "weekly":
        return week_key(day)
    if cadence == "monthly":
        return month_key(day)
    if cadence == "quarterly":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if cadence == "half-yearly":
        return f"{day.year}-H{(day.month - 1) // 6 + 1}"
    return "current"


def period_label(cadence: str, day: date) -> str:
    """How a period is named on screen: "Monday 23 November", "week 47", "November 2026"."""
    if cadence == "daily":
        return f"{day:%A} {day.day} {day:%B}"
    if cadence == "weekly":
        monday = monday_of(day)
        return f"week {day.isocalendar()[1]} (from {monday.day} {monday:%b})"
    if cadence == "monthly":
        return f"{day:%B %Y}"
    if cadence in ("quarterly", "half-yearly"):
        months = 3 if cadence == "quarterly" else 6
        first = date(day.year, (day.month - 1) // months * months + 1, 1)
        last = date(day.year, first.month + months - 1, 1)
        return f"{first:%b}–{last:%b} {day.year}"
    return ""


# -- the period a summary covers ------------------------------------------------------------

MAX_WEEKS = 53
"""The longest pack: a year of weeks (a longer look back is the history's, not a pack's)."""
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
SpanKind = Literal["week", "weeks", "month", "since", "supervision"]


@value_class(frozen=True)
class Span(FrozenValue):
    """The whole ISO weeks a summary covers, from the week of `first` to the week of `last`."""

    first: date
    """The Monday of the first week."""
    last: date
    """The Monday of the last week."""
    kind: SpanKind = "week"
    """How it was chosen: one week, the last N weeks, a month, since a date, or since the
    last supervision."""
    since: date | None = None
    """The date given to --since, or the supervision's, for "since" and "supervision"."""

    @property
    def mondays(self) -> list[date]:
        count = (self.last - self.first).days // 7 + 1
        return [self.first + timedelta(weeks=n) for n in range(count)]

    @property
    def sunday(self) -> date:
        return self.last + timedelta(days=6)

    @property
    def is_week(self) -> bool:
        return self.first == self.last


def span_week(monday: date) -> Span:
    return Span(monday, monday)


def span_weeks(count: int, today: date) -> Span:
    """The last `count` weeks, this one included."""
    last = monday_of(today)
    return Span(last - timedelta(weeks=count - 1), last, "weeks")


def span_month(year: int, month: int, today: date | None = None) -> Span:
    """A calendar month's weeks, as ISO 8601 gives each week to a month: the weeks whose
    Thursday falls in it (so every week is in one month only), up to this week."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    last = following - timedelta(days=1)
    last_thursday = last - timedelta(days=(last.weekday() - 3) % 7)
    end = monday_of(last_thursday)
    if today is not None:
        end = min(end, max(monday_of(today), monday_of(thursday)))
    return Span(monday_of(thursday), end, "month", first)


def span_since(day: date, today: date, kind: SpanKind = "since") -> Span:
    """From the week of `day` to this one: `--since`, or since a supervision (kind)."""
    span = Span(monday_of(day), monday_of(max(day, today)), kind, day)
    weeks = len(span.mondays)
    if weeks > MAX_WEEKS:
        what = (
            f"--since: {day.isoformat()}"
            if kind == "since"
            else (f"the last supervision noted, {day.isoformat()},")
        )
        raise WellcheckError(
            f"{what} is {weeks} weeks back; a pack covers at most {MAX_WEEKS} weeks "
            "(choose a later date with --since, or --weeks N)"
        )
    return span


def parse_month(text: str, today: date) -> Span:
    """--month 2026-11: the weeks of that month (not one still to come)."""
    match = _MONTH.match(text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise WellcheckError(f"--month: '{text}' is not a month; use YYYY-MM, e.g. 2026-11")
    year, month = int(match[1]), int(match[2])
    if not EARLIEST.year <= year <= LATEST.year - 1:
        raise WellcheckError(f"--month: '{text}' is out of range; use a month from {_RANGE}")
    if date(year, month, 1) > today:
        raise WellcheckError(
            f"--month: {text} is still to come; choose this month or an earlier one"
        )
    return span_month(year, month, today)


def parse_weeks(text: str, today: date) -> Span:
    """--weeks 4: the last four weeks, this one included."""
    if not re.fullmatch(r"\d{1,4}", text.strip()) or not 1 <= int(text) <= MAX_WEEKS:
        raise WellcheckError(
            f"--weeks: '{text}' is not a number of weeks; use 1 to {MAX_WEEKS}, e.g. --weeks 4"
        )
    return span_weeks(int(text), today)


def parse_since(text: str, today: date) -> Span:
    """--since 2026-11-02: from that date's week to this one."""
    try:
        day = parse_date(text)
    except WellcheckError:
        raise WellcheckError(f"--since: '{text}' is not a date; use YYYY-MM-DD") from None
    if day > today:
        raise WellcheckError(f"--since: {text} is still to come; choose today or an earlier day")
    return span_since(day, today)


def shifted(span: Span, step: int, supervisions: list[date], today: date) -> Span:
    """The span `step` periods of its kind later (or earlier): a week or the last N weeks by a
    week, a month by a month, since a supervision from the one after (or before) it."""
    if span.kind == "month" and span.since is not None:
        index = span.since.year * 12 + span.since.month - 1 + step
        return span_month(
            index // 12, index % 12 + 1, None if step < 0 else max(today, span.sunday)
        )
    if span.kind == "supervision" and span.since is not None:
        days = sorted(supervisions)
        at = days.index(span.since) + step if span.since in days else -1
        if 0 <= at < len(days):
            return span_since(days[at], today, "supervision")
        return span
    moved = timedelta(weeks=step)
    return Span(span.first + moved, span.last + moved, span.kind, span.since)


PACK_WEEKS = 4
"""The summary screen's "last few weeks": a month of weekly supervision, about."""


def next_span(span: Span, today: date, last_supervision: date | None) -> Span:
    """The summary screen's next choice of weeks: this week, the last four, since the last
    supervision (when one is noted), this month, and round again."""
    order: list[SpanKind] = ["week", "weeks", "supervision", "month"]
    kind = "weeks" if span.kind == "since" else span.kind
    for following in order[order.index(kind) + 1 :] + order:
        if following == "week":
            return span_week(monday_of(today))
        if following == "weeks":
            return span_weeks(PACK_WEEKS, today)
        if following == "supervision" and last_supervision is not None:
            return span_since(last_supervision, today, "supervision")
        if following == "month":
            return span_month(today.year, today.month, today)
    return span_week(monday_of(today))  # pragma: no cover (the loop always returns)

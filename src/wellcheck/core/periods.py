"""Working days, ISO weeks and months: which period an answer belongs to."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from wellcheck.core.errors import WellcheckError

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

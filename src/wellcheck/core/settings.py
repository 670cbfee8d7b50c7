"""User settings from config.toml: when the day starts, which days are working days."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path

from wellcheck.core.errors import DataError, WellcheckError, toml_syntax_error
from wellcheck.core.periods import WEEKDAY_NAMES
from wellcheck.core.reading import read_file
from wellcheck.core.value import FrozenValue, value_class
from wellcheck.core.visible import has_controls


@value_class(frozen=True)
class Settings(FrozenValue):
    """The user's settings (settings.toml), each with its default."""

    day_start_hour: int = 4
    """A check-in before this hour counts for the day before."""
    working_days: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    """Weekday numbers (Monday = 0) that are working days."""
    name: str = ""
    """Shown on the first line of the summary, when set."""
    lock_after_minutes: int = 10
    """An encrypted store's app locks after this many minutes without a key press (0: never)."""

    def is_working_day(self, weekday: int) -> bool:
        return weekday in self.working_days


def load_settings(path: Path) -> Settings:
    """Settings from a TOML file; a missing file gives the defaults."""
    try:  # a folder, a pipe or an unreadable file: one line, as for a data file
        data = read_file(path)
    except DataError as exc:
        raise WellcheckError(f"{path}: {exc.reason}") from None
    if data is None:
        return Settings()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WellcheckError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    import tomllib  # only when there is a file: its import compiles a dozen regexes

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_syntax_error(path, exc) from None
    return _from_dict(path, raw)


def _from_dict(path: Path, raw: dict[str, object]) -> Settings:
    unknown = set(raw) - {"day_start_hour", "working_days", "name", "lock_after_minutes"}
    if unknown:
        raise WellcheckError(f"{path}: unknown setting '{sorted(unknown)[0]}'")
    hour = raw.get("day_start_hour", 4)
    if not isinstance(hour, int) or isinstance(hour, bool) or not 0 <= hour <= 12:
        raise WellcheckError(f"{path}: day_start_hour must be a whole number from 0 to 12")
    days = raw.get("working_days", list(WEEKDAY_NAMES[:5]))
    if not isinstance(days, list) or not days or any(d not in WEEKDAY_NAMES for d in days):
        names = ", ".join(f'"{d}"' for d in WEEKDAY_NAMES)
        raise WellcheckError(f"{path}: working_days must be a list of {names}")
    name = raw.get("name", "")
    if not isinstance(name, str):
        raise WellcheckError(f"{path}: name must be text")
    if has_controls(name):
        raise WellcheckError(f"{path}: name must not hold control characters (escape codes)")
    lock = raw.get("lock_after_minutes", 10)
    if not isinstance(lock, int) or isinstance(lock, bool) or not 0 <= lock <= 240:
        raise WellcheckError(
            f"{path}: lock_after_minutes must be a whole number from 0 (never) to 240"
        )
    weekdays = frozenset(WEEKDAY_NAMES.index(str(d)) for d in days)
    return Settings(day_start_hour=hour, working_days=weekdays, name=name, lock_after_minutes=lock)

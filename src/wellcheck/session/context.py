"""Everything a command needs, built once: store, content, settings and the working day."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from wellcheck import paths
from wellcheck.core.content_loader import ContentSet, load_dirs
from wellcheck.core.periods import parse_date, working_date
from wellcheck.core.settings import Settings, load_settings
from wellcheck.core.store import JsonStore
from wellcheck.core.value import Value, value_class


@value_class
class Context(Value):
    """What every command works with: the store, the content, the settings, the day."""

    store: JsonStore
    content: ContentSet
    settings: Settings
    today: date
    """The working day being answered for (from --date, or the clock and the day-start hour)."""


def build_context(
    data_dir: Path | None = None,
    date_text: str | None = None,
    now: datetime | None = None,
    content_apart: bool = False,
    reading: bool = False,
) -> Context:
    """Read settings and content, and pick the day. Raises WellcheckError on bad input.
    `content_apart`: changed content is validated in a process of its own (`load_dirs`), as
    the `wellcheck` command starts. `reading`: as `paths.data_root`'s (a named folder that is
    not there is an error)."""
    settings = load_settings(paths.config_file())
    dirs = [paths.builtin_content_dir(), paths.user_content_dir()]
    content = load_dirs(dirs, cache=paths.cache_file(), apart=content_apart)
    if date_text is not None:
        today = parse_date(date_text)
    else:
        today = working_date(now or datetime.now(), settings.day_start_hour)
    store = JsonStore(paths.data_root(data_dir, reading=reading))
    return Context(store=store, content=content, settings=settings, today=today)

"""`wellcheck history`: the app's history screen, or with `--plain` or `--format` the same
history printed, for screen readers and scripts (no Textual, no content: answers carry their
prompts)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import Any

FORMATS = ("text", "markdown", "json")
DEFAULT_WEEKS = 12
MAX_WEEKS = 10_000


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser(
        "history",
        parents=[common],
        help="the weeks behind, each item, the stressors and goals over time",
        description=(
            "The weeks behind (checked in, days off, or nothing: gaps are not failures), each "
            "yes / no item over the last 12 weeks, and the stressors and goals over time."
        ),
    )
    cmd.add_argument(
        "--plain", action="store_true", help="print it line by line, in words (screen readers)"
    )
    cmd.add_argument(
        "--format", choices=FORMATS, help="print it as text (as --plain), markdown or json"
    )
    which = cmd.add_mutually_exclusive_group()
    which.add_argument(
        "--weeks",
        type=_weeks,
        metavar="N",
        help=f"printed: the last N weeks (default {DEFAULT_WEEKS})",
    )
    which.add_argument("--all", action="store_true", help="printed: every week since the first")


def _today(date_text: str | None, day_start_hour: int) -> date:
    """--date, or the working day the clock is in (before the day-start hour, yesterday)."""
    from wellcheck.core.periods import parse_date, working_date

    if date_text is not None:
        return parse_date(date_text)
    return working_date(datetime.now(), day_start_hour)


def _weeks(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= MAX_WEEKS:
        raise argparse.ArgumentTypeError(
            f"'{text[:12]}' is not a number of weeks; use 1 to {MAX_WEEKS}, or --all"
        )
    return n


def printed(args: argparse.Namespace) -> bool:
    """Whether the history is printed rather than shown in the app."""
    return bool(args.plain or args.format)


def run(args: argparse.Namespace) -> int:
    from wellcheck import paths
    from wellcheck.cli.unlocking import unlock
    from wellcheck.core.settings import load_settings
    from wellcheck.core.store import JsonStore
    from wellcheck.report.history import render_history
    from wellcheck.session.history import History

    settings = load_settings(paths.config_file())
    today = _today(getattr(args, "date", None), settings.day_start_hour)
    store = JsonStore(paths.data_root(getattr(args, "data_dir", None), reading=True))
    unlock(store, args)
    weeks = None if args.all else (args.weeks or DEFAULT_WEEKS)
    page = History(store, settings, today).page(weeks)
    sys.stdout.write(render_history(page, args.format or "text"))
    for problem in page.problems:
        print(f"wellcheck: {problem}", file=sys.stderr)
    # Printed without what could not be read, and the exit says it is not whole, as the
    # summary's does (DESIGN: exit 1 for unreadable data): a script printing it can tell.
    return 1 if page.problems else 0

"""`wellcheck summary`: the week on one page, printed or written to a file.

Kept apart from cli.py and fast: it reads settings and one week's files, and imports neither
Textual nor pydantic (no content is loaded: answers carry their own prompts).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

FORMATS = ("text", "markdown", "html", "json")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser(
        "summary",
        parents=[common],
        help="your week on one page, to bring to supervision",
        description="Your week on one page: printed here, or written to a file with -o.",
    )
    which = cmd.add_mutually_exclusive_group()
    which.add_argument("--week", metavar="YYYY-Www", help="an ISO week, e.g. 2026-W47")
    which.add_argument("--last", action="store_true", help="the week before this one")
    which.add_argument("--since", metavar="YYYY-MM-DD", help="a pack: from that date's week on")
    which.add_argument("--month", metavar="YYYY-MM", help="a pack: the weeks of that month")
    which.add_argument("--weeks", metavar="N", help="a pack: the last N weeks, this one included")
    which.add_argument(
        "--since-last-supervision",
        action="store_true",
        help="a pack: from the week of the last supervision noted (`wellcheck supervision`)",
    )
    cmd.add_argument(
        "--format",
        choices=FORMATS,
        help="text (default), markdown, html or json; -o FILE.md etc. picks one too",
    )
    cmd.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write to FILE (readable by you only) instead of printing",
    )


def run(args: argparse.Namespace) -> int:
    from wellcheck import paths
    from wellcheck.core.errors import WellcheckError
    from wellcheck.core.settings import load_settings
    from wellcheck.core.store import JsonStore
    from wellcheck.report.render import format_for, render
    from wellcheck.session.summary import summary_for, write_summary

    settings = load_settings(paths.config_file())
    today = _today(getattr(args, "date", None), settings.day_start_hour)
    span = _span(args, today, None)  # a bad --week, --month… is said before any passphrase
    store = JsonStore(paths.data_root(getattr(args, "data_dir", None), reading=True))
    from wellcheck.cli.unlocking import unlock

    unlock(store, args)
    if span is None:
        span = _span(args, today, store)
    assert span is not None
    summary, problems = summary_for(store, settings, span, today)
    fmt = args.format or (format_for(args.output) if args.output else "text")
    if args.output is not None:
        written = write_summary(store.root, args.output, render(summary, fmt))
        if not written.saved:
            raise WellcheckError(written.problem)
        print(f"Wrote the {fmt} {_what(summary)} to {args.output}.")
        if store.key is not None:
            from wellcheck.session.encryption import EXPORT_NOT_ENCRYPTED

            print(EXPORT_NOT_ENCRYPTED)
    elif fmt == "text":
        _print_text(summary)
    else:
        sys.stdout.write(render(summary, fmt))
    for problem in problems:
        print(f"wellcheck: {problem}", file=sys.stderr)
    # The page is printed without what could not be read, and the exit says it is not whole
    # (DESIGN: exit 1 for unreadable data), so that a script printing it can tell.
    return 1 if problems else 0


def _today(date_text: str | None, day_start_hour: int) -> date:
    from wellcheck.core.periods import parse_date, working_date

    if date_text is not None:
        return parse_date(date_text)
    return working_date(datetime.now(), day_start_hour)


def _span(args: argparse.Namespace, today: date, store: Any) -> Any:
    """The weeks asked for; since the last supervision needs the store (None until given)."""
    from wellcheck.core import periods

    if args.since_last_supervision:
        return None if store is None else _since_supervision(store, today)
    if args.since is not None:
        return periods.parse_since(args.since, today)
    if args.month is not None:
        return periods.parse_month(args.month, today)
    if args.weeks is not None:
        return periods.parse_weeks(args.weeks, today)
    if args.week is not None:
        return periods.span_week(periods.parse_week(args.week))
    monday = periods.monday_of(today)
    return periods.span_week(monday - timedelta(days=7) if args.last else monday)


def _since_supervision(store: Any, today: date) -> Any:
    from wellcheck.core import periods
    from wellcheck.core.errors import WellcheckError
    from wellcheck.core.supervision import last_on_or_before

    last = last_on_or_before(store.supervisions(), today)
    if last is None:
        raise WellcheckError(
            "no supervision is noted yet; note one with `wellcheck supervision --date "
            "YYYY-MM-DD`, or choose the weeks with --since, --month or --weeks"
        )
    return periods.span_since(last, today, "supervision")


def _what(summary: Any) -> str:
    from wellcheck.core.summary import WeeklySummary

    if isinstance(summary, WeeklySummary):
        return f"summary of {summary.week}"
    return f"supervision pack of {len(summary.weeks)} weeks"


def _print_text(summary: Any) -> None:
    """Styled through rich only on a terminal that shows styles; plain, without rich, else."""
    from wellcheck.report.text import print_text

    print_text(summary)

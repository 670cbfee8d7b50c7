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
    from wellcheck.session.summary import weekly_summary, write_summary

    settings = load_settings(paths.config_file())
    today = _today(getattr(args, "date", None), settings.day_start_hour)
    monday = _monday(args.week, args.last, today)
    store = JsonStore(paths.data_root(getattr(args, "data_dir", None)))
    from wellcheck.cli.unlocking import unlock

    unlock(store, args)
    summary, problems = weekly_summary(store, settings, monday, today)
    fmt = args.format or (format_for(args.output) if args.output else "text")
    if args.output is not None:
        written = write_summary(store.root, args.output, render(summary, fmt))
        if not written.saved:
            raise WellcheckError(written.problem)
        print(f"Wrote the {fmt} summary of {summary.week} to {args.output}.")
        if store.key is not None:
            from wellcheck.session.encryption import EXPORT_NOT_ENCRYPTED

            print(EXPORT_NOT_ENCRYPTED)
    elif fmt == "text":
        _print_text(summary)
    else:
        sys.stdout.write(render(summary, fmt))
    for problem in problems:
        print(f"wellcheck: {problem}", file=sys.stderr)
    return 0


def _today(date_text: str | None, day_start_hour: int) -> date:
    from wellcheck.core.periods import parse_date, working_date

    if date_text is not None:
        return parse_date(date_text)
    return working_date(datetime.now(), day_start_hour)


def _monday(week: str | None, last: bool, today: date) -> date:
    from wellcheck.core.periods import monday_of, parse_week

    if week is not None:
        return parse_week(week)
    monday = monday_of(today)
    return monday - timedelta(days=7) if last else monday


def _print_text(summary: Any) -> None:
    """Styled through rich only on a terminal that shows styles; plain, without rich, else."""
    from wellcheck.report.text import print_text

    print_text(summary)

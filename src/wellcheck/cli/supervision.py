"""`wellcheck supervision`: note the day supervision happened, list the days, take one back.

`wellcheck summary --since-last-supervision` starts from the last day noted. Kept light, as
the summary is: no Textual, no pydantic, no content.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser(
        "supervision",
        parents=[common],
        help="note the day supervision happened (the pack starts from it)",
        description=(
            "Note that supervision happened today, or on --date YYYY-MM-DD. "
            "`wellcheck summary --since-last-supervision` covers the weeks since the last one."
        ),
    )
    what = cmd.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="list the days noted, latest first")
    what.add_argument(
        "--undo",
        action="store_true",
        help="take back the day given with --date (without it, the latest noted)",
    )


def run(args: argparse.Namespace) -> int:
    from wellcheck import paths
    from wellcheck.cli.unlocking import unlock
    from wellcheck.core.periods import parse_date, working_date
    from wellcheck.core.settings import load_settings
    from wellcheck.core.store import JsonStore

    settings = load_settings(paths.config_file())
    now = working_date(datetime.now(), settings.day_start_hour)
    given = getattr(args, "date", None)
    day = parse_date(given) if given is not None else None
    store = JsonStore(
        paths.data_root(getattr(args, "data_dir", None), reading=args.list or args.undo)
    )
    unlock(store, args)
    if args.list:
        return _list(store)
    if args.undo:
        return _undo(store, day)
    return _note(store, day or now, now)


def _note(store: Any, day: date, now: date) -> int:
    from wellcheck.core.errors import WellcheckError
    from wellcheck.session.supervision import note

    if day > now:
        raise WellcheckError(
            f"--date {day.isoformat()} is still to come; note supervision once it has happened"
        )
    outcome = note(store, day)
    if not outcome.saved:
        raise WellcheckError(outcome.problem)
    if outcome.value:
        print(f"Noted: supervision on {_long(day)}.")
    else:
        print(f"Supervision on {_long(day)} was noted already.")
    print("`wellcheck summary --since-last-supervision` covers the weeks since the last one.")
    return 0


def _undo(store: Any, day: date | None) -> int:
    from wellcheck.core.errors import WellcheckError
    from wellcheck.session.supervision import days, take_back

    noted = days(store)
    if day is None:
        if not noted:
            print("No supervision is noted, so there is nothing to take back.")
            return 0
        day = noted[-1]
    if day not in noted:
        print(f"No supervision is noted on {_long(day)}; nothing was changed.")
        return 0
    outcome = take_back(store, day)
    if not outcome.saved:
        raise WellcheckError(outcome.problem)
    print(f"Taken back: supervision on {_long(day)} is no longer noted.")
    return 0


def _list(store: Any) -> int:
    from wellcheck.session.supervision import days

    noted = days(store)
    if not noted:
        print("No supervision is noted yet. `wellcheck supervision` notes today's.")
        return 0
    for day in reversed(noted):
        print(f"{day.isoformat()}  {day:%A} {day.day} {day:%B %Y}")
    return 0


def _long(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"

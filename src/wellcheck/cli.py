"""The command line: `main(argv) -> int`. Thin: parse, build the context, hand over.

Heavy imports (Textual, pydantic through the core) happen only in the branch that needs them,
so `--version`, `--help` and `paths` stay instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wellcheck import __version__, summary_cli

if TYPE_CHECKING:
    from wellcheck.context import Context

CHECKLISTS = ("daily", "weekly", "monthly")
INSTRUMENT_COMMANDS = {
    "daily": "open the daily wellbeing checklist",
    "weekly": "open the weekly wellbeing checklist",
    "monthly": "open the monthly wellbeing checklist",
    "standup": "open the YTH stand-up: yesterday, today, help",
    "stressors": "open the personal-stressors reflection grid",
}
DAY_OFF_KINDS = ("leave", "sick", "not-working")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="keep answers in DIR (default: your user data folder)",
    )
    common.add_argument(
        "--date",
        default=argparse.SUPPRESS,
        metavar="YYYY-MM-DD",
        help="answer for another day, e.g. to fill in a missed one",
    )
    parser = argparse.ArgumentParser(
        prog="wellcheck",
        parents=[common],
        description="A few minutes at the end of the working day to check in on yourself.",
    )
    parser.add_argument("--version", action="version", version=f"wellcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, text in INSTRUMENT_COMMANDS.items():
        cmd = sub.add_parser(name, parents=[common], help=text)
        cmd.add_argument(
            "--plain", action="store_true", help="ask line by line, without the full-screen app"
        )
    off = sub.add_parser(
        "off", parents=[common], help="mark a day as a day off (never counted as missed)"
    )
    off.add_argument(
        "kind", choices=(*DAY_OFF_KINDS, "clear"), help="leave, sick, not-working, or clear"
    )
    content = sub.add_parser("content", parents=[common], help="work with content files")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_sub.add_parser("check", parents=[common], help="validate content files")
    check.add_argument(
        "dir", nargs="?", type=Path, help="folder of TOML files (default: all in use)"
    )
    summary_cli.add_parser(sub, common)
    sub.add_parser("paths", parents=[common], help="show where config, content and data live")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from wellcheck.core.errors import WellcheckError

    try:
        return _dispatch(args)
    except WellcheckError as exc:
        print(f"wellcheck: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command
    if command == "paths":
        return _paths(args)
    if command == "content":
        return _content_check(args.dir)
    if command == "summary":
        return summary_cli.run(args)
    ctx = _context(args)
    if command == "off":
        return _day_off(ctx, args.kind)
    if command in CHECKLISTS and args.plain:
        return _plain(ctx, command)
    if command == "standup" and args.plain:
        return _plain_standup(ctx)
    if command == "stressors" and args.plain:
        return _plain_stressors(ctx)
    return _run_app(ctx, command)


def _context(args: argparse.Namespace) -> Context:
    from wellcheck.context import build_context

    return build_context(getattr(args, "data_dir", None), getattr(args, "date", None))


def _paths(args: argparse.Namespace) -> int:
    from wellcheck import paths

    data = getattr(args, "data_dir", None) or paths.data_dir()
    print(f"config:   {paths.config_file()}")
    print(f"content:  {paths.builtin_content_dir()} (built in)")
    print(f"          {paths.user_content_dir()} (yours: adds to or overrides the built-in)")
    print(f"data:     {data}")
    return 0


def _content_check(folder: Path | None) -> int:
    from wellcheck import paths
    from wellcheck.core.errors import WellcheckError
    from wellcheck.core.loader import check_dirs

    if folder is not None and not folder.is_dir():
        raise WellcheckError(f"{folder}: no such folder")
    dirs = [folder] if folder else [paths.builtin_content_dir(), paths.user_content_dir()]
    count, errors = check_dirs(dirs)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    print(f"{count} instrument{'s' if count != 1 else ''} OK")
    return 0


def _day_off(ctx: Context, kind: str) -> int:
    ctx.store.set_day_off(ctx.today, None if kind == "clear" else kind)  # type: ignore[arg-type]
    day = f"{ctx.today:%A} {ctx.today.isoformat()}"
    if kind == "clear":
        print(f"{day} is no longer marked as a day off.")
    else:
        print(f"{day} is marked as {kind.replace('-', ' ')}: it will never count as missed.")
    return 0


def _plain(ctx: Context, instrument_id: str) -> int:
    from wellcheck.plain import PlainSession

    instrument = ctx.content.get(instrument_id)
    return PlainSession(ctx, instrument, sys.stdin, sys.stdout).run()


def _plain_standup(ctx: Context) -> int:
    from wellcheck.plain_standup import StandupSession

    return StandupSession(ctx, sys.stdin, sys.stdout).run()


def _plain_stressors(ctx: Context) -> int:
    from wellcheck.plain_stressors import StressorsSession

    return StressorsSession(ctx, ctx.content.get("stressors"), sys.stdin, sys.stdout).run()


def _run_app(ctx: Context, start: str | None) -> int:
    from wellcheck.tui.app import WellcheckApp, preflight

    preflight(ctx, start)
    WellcheckApp(ctx, start=start).run()
    return 0

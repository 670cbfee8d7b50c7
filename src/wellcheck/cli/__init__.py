"""The command line: `main(argv) -> int`. Thin: parse, build the context, hand over.

Heavy imports (Textual, pydantic through the core) happen only in the branch that needs them,
so `--version`, `--help` and `paths` stay instant.
"""

from __future__ import annotations

import os
import sys

from wellcheck import __version__

TYPE_CHECKING = False  # not from typing: `--version` imports neither typing, argparse nor pathlib
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from pathlib import Path
    from typing import NoReturn

    from wellcheck.session.context import Context

CHECKLISTS = ("daily", "weekly", "monthly")
INSTRUMENT_COMMANDS = {
    "daily": "open the daily wellbeing checklist",
    "weekly": "open the weekly wellbeing checklist",
    "monthly": "open the monthly wellbeing checklist",
    "standup": "open the YTH stand-up: yesterday, today, help",
    "stressors": "open the personal-stressors reflection grid",
}
DAY_OFF_KINDS = ("leave", "sick", "not-working")


def _parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class _Parser(argparse.ArgumentParser):
        """Usage errors in one line, exit 2, instead of argparse's usage block."""

        def error(self, message: str) -> NoReturn:
            self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")

    return _Parser


GLOBAL_OPTIONS = ("--data-dir", "--date")


def plain_start(argv: Sequence[str]) -> bool:
    """Whether `argv` holds nothing but the global options with their values: the home screen.
    Anything else (a command, --help, a typo) is parsed by the whole parser."""
    tokens = iter(argv)
    for token in tokens:
        if token in GLOBAL_OPTIONS:
            if next(tokens, "-").startswith("-"):
                return False
        elif not token.startswith(tuple(f"{option}=" for option in GLOBAL_OPTIONS)):
            return False
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the global options (a plain start
    builds no parser for the dozen commands it does not use: a few ms of every start)."""
    import argparse
    from pathlib import Path

    _Parser = _parser_class()
    common = _Parser(add_help=False)
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
    parser = _Parser(
        prog="wellcheck",
        parents=[common],
        description="A few minutes at the end of the working day to check in on yourself.",
    )
    parser.add_argument("--version", action="version", version=f"wellcheck {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    from wellcheck.cli import summary as summary_cli

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
        "dir", nargs="?", type=Path, help="a TOML file, or a folder of them (default: all in use)"
    )
    summary_cli.add_parser(sub, common)
    sub.add_parser("paths", parents=[common], help="show where config, content and data live")
    sub.add_parser("doctor", parents=[common], help="list data files that cannot be read, and why")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        print(f"wellcheck {__version__}")  # at once: as fast as Python itself starts (DESIGN.md)
        return 0
    from wellcheck import gc_pause

    with gc_pause.paused():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser(commands=not plain_start(words)).parse_args(words)
    except SystemExit as exc:  # --help, --version, or a usage error (exit 2)
        return exc.code if isinstance(exc.code, int) else 0
    from wellcheck.core.errors import WellcheckError, crash_line

    try:
        return _dispatch(args)
    except WellcheckError as exc:
        print(f"wellcheck: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug: one line with type and place, never the user's words
        if os.environ.get("WELLCHECK_DEBUG"):
            raise
        print(crash_line(exc), file=sys.stderr)
        return 70


def _dispatch(args: argparse.Namespace) -> int:
    from wellcheck import gc_pause

    command = args.command
    if command == "paths":
        return _paths(args)
    if command == "content":
        return _content_check(args.dir)
    if command == "summary":
        from wellcheck.cli import summary as summary_cli

        return summary_cli.run(args)
    if command == "doctor":
        gc_pause.settle()  # it reads every file: the collector runs as usual
        return _doctor(args)
    ctx = _context(args)
    notes = _tighten(ctx)
    if command == "off":
        return _day_off(ctx, args.kind)
    if getattr(args, "plain", False):
        gc_pause.settle()  # started: from the first question on, the collector runs as usual
        return _plain_session(ctx, command)
    return _run_app(ctx, command, notes)


def _context(args: argparse.Namespace) -> Context:
    from wellcheck.session.context import build_context

    return build_context(getattr(args, "data_dir", None), getattr(args, "date", None))


def _tighten(ctx: Context) -> list[str]:
    """Make the data folder private if it is not; say so once (the app shows it too)."""
    if not ctx.store.tighten_root():
        return []
    note = (
        f"your data folder {ctx.store.root} could be opened by other people on this computer; "
        "it is now private to you (0700)."
    )
    print(f"wellcheck: {note}", file=sys.stderr)  # stays visible after the app closes
    return [note]


def _doctor(args: argparse.Namespace) -> int:
    from wellcheck import paths
    from wellcheck.core.doctor import diagnose
    from wellcheck.core.errors import WellcheckError

    root = paths.data_root(getattr(args, "data_dir", None))
    if root.exists() and not root.is_dir():
        raise WellcheckError(f"{root}: not a folder")
    count, findings = diagnose(root)
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} to look at; every other file ({count}) reads well. ", end="")
        print("wellcheck never changes or deletes these files itself.")
        return 1
    print(f"All {count} data file{'s' if count != 1 else ''} in {root} can be read.")
    return 0


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
    from wellcheck.core.content_loader import check_dirs, check_files
    from wellcheck.core.errors import WellcheckError

    if folder is not None and not folder.exists():
        raise WellcheckError(f"{folder}: no such file or folder")
    if folder is not None and folder.is_file():
        count, errors = check_files([folder])
    else:
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


def _plain_session(ctx: Context, command: str) -> int:
    if command == "standup":
        from wellcheck.plain.standup import StandupSession

        return StandupSession(ctx, sys.stdin, sys.stdout).run()
    if command == "stressors":
        from wellcheck.plain.stressors import StressorsSession

        return StressorsSession(ctx, ctx.content.get("stressors"), sys.stdin, sys.stdout).run()
    from wellcheck.plain.checklist import PlainSession

    return PlainSession(ctx, ctx.content.get(command), sys.stdin, sys.stdout).run()


def _run_app(ctx: Context, start: str | None, notes: list[str]) -> int:
    from wellcheck.tui.app import WellcheckApp, preflight

    preflight(ctx, start)
    app = WellcheckApp(ctx, start=start, notes=notes)
    app.run()
    return app.return_code or 0

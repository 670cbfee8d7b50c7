"""The command line: `main(argv) -> int`. Thin: parse, build the session, hand over.

Heavy imports (Textual, pydantic through the core) happen only in the branch that needs them,
so `--version`, `--help` and `paths` stay instant.
"""

from __future__ import annotations

import os
import sys

from wellcheck import __version__
from wellcheck.cli.parser import build_parser as build_parser
from wellcheck.cli.parser import command_of as command_of
from wellcheck.cli.parser import plain_start as plain_start
from wellcheck.cli.parser import refused_secret

TYPE_CHECKING = False  # not from typing: `--version` imports neither typing, argparse nor pathlib
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from wellcheck.session.context import Context


def main(argv: Sequence[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        print(f"wellcheck {__version__}")  # at once: as fast as Python itself starts
        return 0
    try:
        from wellcheck import gc_pause

        with gc_pause.paused():
            return _main(argv)
    except KeyboardInterrupt:  # ctrl+c, however early (while modules are still imported)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if refused_secret(words):
        print(
            "wellcheck: a passphrase is never given as an argument; type it when asked, or give "
            "it on a file descriptor with --passphrase-fd N (see `wellcheck --help`)",
            file=sys.stderr,
        )
        return 1
    try:
        parser = build_parser(commands=not plain_start(words), only=command_of(words))
        args = parser.parse_args(words)
    except SystemExit as exc:  # --help, --version (0), or a usage error (1)
        return exc.code if isinstance(exc.code, int) else 0
    from wellcheck.core.errors import WellcheckError, crash_line

    try:
        return _dispatch(args)
    except WellcheckError as exc:
        print(f"wellcheck: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # the output cannot be written (`> /dev/full`): not a bug of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"wellcheck: could not write the output: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line with type and place, never the user's words
        if _interrupted(exc):
            return 130
        if os.environ.get("WELLCHECK_DEBUG"):
            raise
        print(crash_line(exc), file=sys.stderr)
        return 70


def _interrupted(exc: BaseException) -> bool:
    """Whether `exc` came of a ctrl+c: a library that catches the KeyboardInterrupt raised
    while it sets itself up may raise its own error in its place (Textual, as its classes are
    made: a RuntimeError), the interrupt kept as its cause."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _dispatch(args: argparse.Namespace) -> int:
    from wellcheck import gc_pause
    from wellcheck.cli import commands

    command = args.command
    if getattr(args, "date", None) is not None:  # refused by every command, even one it is not for
        from wellcheck.core.periods import parse_date

        parse_date(args.date)
    if command == "paths":
        return commands.paths(args)
    if command == "content":
        return commands.content_check(args.dir)
    if command == "summary":
        from wellcheck.cli import summary

        return summary.run(args)
    if command == "supervision":
        from wellcheck.cli import supervision

        return supervision.run(args)
    if command == "history":
        from wellcheck.cli import history

        if history.printed(args):
            return history.run(args)
    if command == "plan":
        from wellcheck.cli import plan

        if plan.wants_export(args):
            return plan.run(args)
    if command == "encryption":
        from wellcheck.cli import encryption

        return encryption.run(args)
    if command == "doctor":
        gc_pause.settle()  # it reads every file: the collector runs as usual
        return commands.doctor(args)
    if command == "open":
        command = commands.instrument_id(args.id)
    ctx = _context(args)
    if getattr(args, "date", None) is not None:
        commands.not_ahead(ctx, command)
    from wellcheck.cli import unlocking

    unlocking.unlock(ctx.store, args, app=not getattr(args, "plain", False) and command != "off")
    commands.content_problems(ctx)
    notes = commands.tighten(ctx)
    if command == "off":
        from wellcheck.session.session import Session

        return commands.day_off(Session(ctx), args.kind)
    if args.command not in ("off", "goals", "history") and command is not None:
        ctx.content.get(command)  # one line, before anything opens, if there is no such id
    if getattr(args, "plain", False):
        gc_pause.settle()  # started: from the first question on, the collector runs as usual
        return _plain(ctx, command)
    return _run_app(ctx, None if command == "goals" else command, notes)


def _context(args: argparse.Namespace) -> Context:
    from wellcheck.session.context import build_context

    data_dir, date_text = getattr(args, "data_dir", None), getattr(args, "date", None)
    # Clearing a day off only takes away: a named folder that is not there is a mistyped
    # name, not an empty store to make (as for the commands that only read).
    clearing = args.command == "off" and args.kind == "clear"
    return build_context(data_dir, date_text, content_apart=True, reading=clearing)


def _plain(ctx: Context, command: str) -> int:
    import io

    from wellcheck import plain
    from wellcheck.session.session import Session

    if isinstance(sys.stdin, io.TextIOWrapper):  # bytes that are not text: asked again
        sys.stdin.reconfigure(errors="surrogateescape")

    return plain.run(Session(ctx), command, sys.stdin, sys.stdout)


def _run_app(ctx: Context, start: str | None, notes: list[str]) -> int:
    from wellcheck.tui.app import WellcheckApp, preflight

    # Opened before the screen, for its one line if it cannot be; else once its passphrase
    # is given (an encrypted store).
    opened = None if ctx.store.is_locked() else preflight(ctx, start)
    app = WellcheckApp(ctx, start=start, notes=notes, opened=opened)
    app.run()
    if app.parting_line:  # one line, printed as it is: never wrapped, never the user's words
        print(app.parting_line, file=sys.stderr)
    return app.return_code or 0

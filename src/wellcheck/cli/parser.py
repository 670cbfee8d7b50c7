"""The command line's parser: the global options, each command and its flags.

Usage errors are one line and exit 1, as every bad input does. A start with no command builds
only the global options.
"""

from __future__ import annotations

from wellcheck import __version__
from wellcheck.cli.usage import parser_class

TYPE_CHECKING = False  # not from typing: a plain start imports as little as it can
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from typing import Any

CHECKLISTS = ("daily", "weekly", "monthly")
INSTRUMENT_COMMANDS = {
    "daily": "open the daily wellbeing checklist",
    "weekly": "open the weekly wellbeing checklist",
    "monthly": "open the monthly wellbeing checklist",
    "standup": "open the YTH stand-up: yesterday, today, help",
    "stressors": "open the personal-stressors reflection grid",
}
DAY_OFF_KINDS = ("leave", "sick", "not-working")


def refused_secret(argv: Sequence[str]) -> bool:
    """Whether a passphrase seems to be given as an argument (`--passphrase …`, `--password`):
    refused before parsing, with words that repeat nothing of it."""
    allowed = ("--passphrase-fd", "--current-passphrase-fd")
    for token in argv:
        name = token.split("=", 1)[0]
        if name.startswith(("--pass", "--current-pass")) and name not in allowed:
            return True
    return False


GLOBAL_OPTIONS = ("--data-dir", "--date", "--passphrase-fd")


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


def build_parser(commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the global options (a plain start
    builds no parser for the dozen commands it does not use: a few ms of every start). With
    `only`, the one command `command_of` found: each command's parser costs a millisecond or
    two, mostly argparse asking gettext (on disk) for its own words."""
    _Parser = parser_class()
    common = _common(_Parser(add_help=False))
    parser = _Parser(
        prog="wellcheck",
        parents=[common],
        description="A few minutes at the end of the working day to check in on yourself.",
    )
    parser.add_argument("--version", action="version", version=f"wellcheck {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if only is None or name == only:
            add(sub, common, name)
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, when its first word that is not a global option names one and
    no help is asked for anywhere: then the parser needs no other command's options. None
    sends anything else (help, a typo, an unknown option) to the whole parser."""
    if any(token.startswith("-h") or token in ("--help", "--") for token in argv):
        return None
    tokens = iter(argv)
    for token in tokens:
        if token in GLOBAL_OPTIONS:
            next(tokens, None)
        elif not token.startswith(tuple(f"{option}=" for option in GLOBAL_OPTIONS)):
            return token if token in _COMMANDS else None
    return None


def _common(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The global options, which every command takes too."""
    import argparse

    from wellcheck.cli.unlocking import descriptor

    common.add_argument(
        "--data-dir",
        type=_folder,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="keep answers in DIR (default: your user data folder)",
    )
    common.add_argument(
        "--date",
        default=argparse.SUPPRESS,
        metavar="YYYY-MM-DD",
        help="answer for an earlier day, e.g. one you could not get to",
    )
    common.add_argument(
        "--passphrase-fd",
        type=descriptor,
        default=argparse.SUPPRESS,
        metavar="N",
        help="read an encrypted store's passphrase as one line from file descriptor N",
    )
    return common


def _instrument(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    cmd = sub.add_parser(name, parents=[common], help=INSTRUMENT_COMMANDS[name])
    cmd.add_argument(
        "--plain", action="store_true", help="ask line by line, without the full-screen app"
    )


def _open(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    opener = sub.add_parser(
        name, parents=[common], help="open any instrument by its id, your own ones too"
    )
    opener.add_argument("id", help="the instrument's id, e.g. daily or one of your own files'")
    opener.add_argument(
        "--plain", action="store_true", help="ask line by line, without the full-screen app"
    )


def _goals(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    goals = sub.add_parser(name, parents=[common], help="your open goals: change, finish, delete")
    goals.add_argument(
        "--plain", action="store_true", help="line by line (without it: the home screen)"
    )


def _off(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    off = sub.add_parser(
        name, parents=[common], help="mark a day as a day off (left out of your counts)"
    )
    off.add_argument(
        "kind", choices=(*DAY_OFF_KINDS, "clear"), help="leave, sick, not-working, or clear"
    )


def _content(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    from pathlib import Path

    content = sub.add_parser(name, parents=[common], help="work with content files")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_sub.add_parser("check", parents=[common], help="validate content files")
    check.add_argument(
        "dir", nargs="?", type=Path, help="a TOML file, or a folder of them (default: all in use)"
    )


def _doctor(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    doctor = sub.add_parser(
        name, parents=[common], help="list data files that cannot be read, and why"
    )
    doctor.add_argument(
        "--full",
        action="store_true",
        help="read every file again, even those unchanged since doctor last found them good",
    )


def _summary(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    from wellcheck.cli import summary as summary_cli

    summary_cli.add_parser(sub, common)


def _supervision(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    from wellcheck.cli import supervision as supervision_cli

    supervision_cli.add_parser(sub, common)


def _history(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    from wellcheck.cli import history as history_cli

    history_cli.add_parser(sub, common)


def _plan(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    from wellcheck.cli import plan as plan_cli

    plan_cli.add_parser(sub, common)


def _encryption(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
    from wellcheck.cli import encryption as encryption_cli

    encryption_cli.add_parser(sub, common)


def _simple(help_text: str) -> Callable[[Any, argparse.ArgumentParser, str], None]:
    def add(sub: Any, common: argparse.ArgumentParser, name: str) -> None:
        sub.add_parser(name, parents=[common], help=help_text)

    return add


_COMMANDS: dict[str, Callable[[Any, argparse.ArgumentParser, str], None]] = {
    **dict.fromkeys(INSTRUMENT_COMMANDS, _instrument),
    "open": _open,
    "goals": _goals,
    "off": _off,
    "content": _content,
    "summary": _summary,
    "supervision": _supervision,
    "history": _history,
    "plan": _plan,
    "encryption": _encryption,
    "paths": _simple("show where config, content and data live"),
    "doctor": _doctor,
}
"""Every command, in the order `--help` lists them, with what adds its parser."""


def _folder(text: str) -> Path:
    """`--data-dir`'s folder: an empty one had been the current folder, written into."""
    import argparse
    from pathlib import Path

    if not text.strip():
        raise argparse.ArgumentTypeError("give the folder's name (it was empty)")
    return Path(text)

"""The command line's parser: the global options, each command and its flags.

Usage errors are one line and exit 2. A start with no command builds only the global options.
"""

from __future__ import annotations

from wellcheck import __version__

TYPE_CHECKING = False  # not from typing: a plain start imports as little as it can
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from typing import Any, NoReturn

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
        """Usage errors in one line, exit 2, instead of argparse's usage block. No option is
        taken from an abbreviation (`--passphrase` is not `--passphrase-fd`), and words that
        were not understood are not repeated back: one of them may be a passphrase typed in
        the wrong place, and it would stay in the terminal's scrollback."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("allow_abbrev", False)
            super().__init__(*args, **kwargs)

        def error(self, message: str) -> NoReturn:
            self.exit(2, f"{self.prog}: {_unquoted(message)} (see `{self.prog} --help`)\n")

    return _Parser


SHOWN_BACK = 24
"""The longest word a usage error repeats: a typo, not a passphrase typed in the wrong place."""


def _unquoted(message: str) -> str:
    """A usage error without any long or spaced words the user gave, which may be secret."""
    import re

    def hidden(match: re.Match[str]) -> str:
        word = match[1]
        return match[0] if len(word) <= SHOWN_BACK and not re.search(r"\s", word) else "'…'"

    message = re.sub(r"'([^']*)'", hidden, message)
    head, _, words = message.partition("unrecognized arguments: ")
    if words and len(words) > SHOWN_BACK:
        return f"{head}unrecognized arguments (not shown here)"
    return message


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


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the global options (a plain start
    builds no parser for the dozen commands it does not use: a few ms of every start)."""
    import argparse
    from pathlib import Path

    from wellcheck.cli.unlocking import descriptor

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
        help="answer for an earlier day, e.g. one you could not get to",
    )
    common.add_argument(
        "--passphrase-fd",
        type=descriptor,
        default=argparse.SUPPRESS,
        metavar="N",
        help="read an encrypted store's passphrase as one line from file descriptor N",
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
    from wellcheck.cli import encryption as encryption_cli
    from wellcheck.cli import summary as summary_cli

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, text in INSTRUMENT_COMMANDS.items():
        cmd = sub.add_parser(name, parents=[common], help=text)
        cmd.add_argument(
            "--plain", action="store_true", help="ask line by line, without the full-screen app"
        )
    opener = sub.add_parser(
        "open", parents=[common], help="open any instrument by its id, your own ones too"
    )
    opener.add_argument("id", help="the instrument's id, e.g. daily or one of your own files'")
    opener.add_argument(
        "--plain", action="store_true", help="ask line by line, without the full-screen app"
    )
    goals = sub.add_parser(
        "goals", parents=[common], help="your open goals: change, finish, delete"
    )
    goals.add_argument(
        "--plain", action="store_true", help="line by line (without it: the home screen)"
    )
    off = sub.add_parser(
        "off", parents=[common], help="mark a day as a day off (left out of your counts)"
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
    encryption_cli.add_parser(sub, common)
    sub.add_parser("paths", parents=[common], help="show where config, content and data live")
    sub.add_parser("doctor", parents=[common], help="list data files that cannot be read, and why")
    return parser

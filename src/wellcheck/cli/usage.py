"""The command line's usage errors: one line and exit 1, as every bad input, never repeating a
word that may be a secret; and argparse's help told the terminal's width without `shutil`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not from typing: a plain start imports as little as it can
if TYPE_CHECKING:
    import argparse
    from typing import Any, NoReturn


def parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class _Parser(argparse.ArgumentParser):
        """Usage errors in one line and exit 1, as every bad input (argparse's own: a usage
        block and exit 2). No option is taken from an abbreviation (`--passphrase` is not
        `--passphrase-fd`), and words that were not understood are not repeated back: one of
        them may be a passphrase typed in the wrong place, and it would stay in the terminal's
        scrollback."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("allow_abbrev", False)
            kwargs.setdefault("formatter_class", _Formatter)
            super().__init__(*args, **kwargs)

        def error(self, message: str) -> NoReturn:
            self.exit(1, f"{self.prog}: {_unquoted(message)} (see `{self.prog} --help`)\n")

    class _Formatter(argparse.HelpFormatter):
        """argparse's own, told the terminal's width: argparse would import shutil (and with
        it bz2, lzma and zlib) to ask, for every option added, of every command."""

        def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                     width: int | None = None) -> None:  # fmt: skip
            width = _columns() - 2 if width is None else width
            super().__init__(prog, indent_increment, max_help_position, width)

    return _Parser


def _columns() -> int:
    """The terminal's width as `shutil.get_terminal_size().columns` gives it."""
    import os
    import sys

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


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

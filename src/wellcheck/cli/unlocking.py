"""Getting the passphrase: from a file descriptor (`--passphrase-fd N`, as gpg does), or asked
on the terminal without echo. Never from an argument or an environment variable.

The app asks on its own masked screen instead (`tui/screens/unlock.py`); every other command
unlocks here, once per process, before it reads anything.
"""

from __future__ import annotations

import os
import sys

from wellcheck.core.errors import WellcheckError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from wellcheck.core.store import JsonStore

LONGEST_LINE = 4096
TRIES = 3
"""On a terminal, a mistyped passphrase may be typed again, up to this many times in all."""


def unlock(store: JsonStore, args: argparse.Namespace, *, app: bool = False) -> None:
    """Give `store` its data key if it is encrypted. `app`: unless a file descriptor was given,
    leave it locked for the app's own screen. One line and exit 1 (WellcheckError) when the
    store is half way through a conversion, or the passphrase does not open it."""
    from wellcheck.core.store_form import unfinished

    line = unfinished(store.root)
    if line:
        raise WellcheckError(line)
    if not store.is_encrypted():
        return  # a readable store: none of the cryptography is imported
    from wellcheck.core import crypto_keys, encryption

    fd = getattr(args, "passphrase_fd", None)
    if fd is None and app:
        return
    if fd is not None:
        store.key = encryption.unlock(store.root, read_fd(fd, "--passphrase-fd"))
        return
    for attempt in range(1, TRIES + 1):
        try:
            store.key = encryption.unlock(store.root, ask("Passphrase (or recovery key): "))
            return
        except crypto_keys.WrongPassphrase:
            if attempt == TRIES:
                raise
            print("wellcheck: that does not open this data folder; try again", file=sys.stderr)


def descriptor(text: str) -> int:
    """A file descriptor's number; the error never repeats what was given."""
    import argparse

    if not text.isdigit():
        raise argparse.ArgumentTypeError(
            "needs the number of an open file descriptor, such as 3 (what was given is not shown)"
        )
    return int(text)


def read_fd(fd: int, option: str) -> str:
    """One line from file descriptor `fd`, read a byte at a time so that nothing after it is
    taken (plain mode may read its answers from the same descriptor)."""
    data = bytearray()
    try:
        while len(data) <= LONGEST_LINE:
            byte = os.read(fd, 1)
            if not byte or byte == b"\n":
                break
            data += byte
    except OSError as exc:
        raise WellcheckError(f"{option} {fd}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > LONGEST_LINE:
        raise WellcheckError(f"{option} {fd}: the line is too long to be a passphrase")
    try:
        text = bytes(data).decode("utf-8").removesuffix("\r")
    except UnicodeDecodeError:
        raise WellcheckError(f"{option} {fd}: the passphrase is not UTF-8 text") from None
    if not text:
        raise WellcheckError(f"{option} {fd}: no passphrase on it (the line is empty)")
    return text


def ask(prompt: str) -> str:
    """A secret typed on the terminal, not echoed; a one-line error when there is no terminal."""
    try:
        os.close(os.open("/dev/tty", os.O_RDWR | getattr(os, "O_NOCTTY", 0)))
    except OSError:
        raise WellcheckError(
            "this data folder is encrypted: give the passphrase on a terminal, or on a file "
            "descriptor with --passphrase-fd N"
        ) from None
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise WellcheckError("no passphrase was given") from None


def ask_new(option_fd: int | None) -> str:
    """A new passphrase: from the descriptor, or typed twice on the terminal."""
    from wellcheck.core.encryption import check_passphrase

    if option_fd is not None:
        passphrase = read_fd(option_fd, "--passphrase-fd")
        check_passphrase(passphrase)
        return passphrase
    for _ in range(TRIES):
        passphrase = ask("Choose a passphrase (at least 8 characters): ")
        try:
            check_passphrase(passphrase)
        except WellcheckError as exc:
            print(f"wellcheck: {exc}", file=sys.stderr)
            continue
        if ask("Type it again: ") == passphrase:
            return passphrase
        print("wellcheck: the two were not the same; once more", file=sys.stderr)
    raise WellcheckError("no new passphrase was chosen; nothing was changed")

"""`wellcheck encryption on|off|passphrase|recovery-key|status`."""

from __future__ import annotations

import sys
import textwrap

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from wellcheck.core.store import JsonStore

ACTIONS = ("on", "off", "passphrase", "recovery-key", "status")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    from wellcheck.cli.unlocking import descriptor

    cmd = sub.add_parser(
        "encryption",
        parents=[common],
        help="keep your answers encrypted: on, off, passphrase, recovery-key, status",
        description=(
            "on: encrypt every answer in place (you choose a passphrase; a recovery key is shown "
            "once). off: make them readable again. passphrase: change it (only the key file is "
            "rewritten). recovery-key: a new recovery key (the old one stops working). status: "
            "whether encryption is on. A passphrase is asked on the terminal, or read as one line "
            "from --passphrase-fd N (for `on` and `passphrase`, the new one)."
        ),
    )
    cmd.add_argument("action", choices=ACTIONS, help=", ".join(ACTIONS))
    cmd.add_argument(
        "--current-passphrase-fd",
        type=descriptor,
        metavar="N",
        help="with `passphrase`: read the current passphrase (or recovery key) from N",
    )


def run(args: argparse.Namespace) -> int:
    from wellcheck import paths
    from wellcheck.core.store import JsonStore

    reading = args.action == "status"  # a folder named but not there: said, not "0 files"
    store = JsonStore(paths.data_root(getattr(args, "data_dir", None), reading=reading))
    fd = getattr(args, "passphrase_fd", None)
    if args.action == "status":
        return _status(store)
    if args.action == "on":
        return _on(store, fd)
    if args.action == "off":
        return _off(store, fd)
    from wellcheck.core import encryption
    from wellcheck.session import encryption as words

    if args.action == "passphrase":
        from wellcheck.cli.unlocking import ask_new

        if args.current_passphrase_fd is None or fd is None:
            _say(*words.ABOUT_PASSPHRASE)
        key = _unlock(store, args.current_passphrase_fd, "Current passphrase (or recovery key): ")
        encryption.change_passphrase(store.root, key, ask_new(fd))
        print("Your passphrase is changed. Your recovery key is the same as before.")
        return 0
    if fd is None:
        _say(*words.ABOUT_RECOVERY)
    key = _unlock(store, fd, "Passphrase (or recovery key): ")
    _show_recovery(encryption.new_recovery_key(store.root, key))
    print("The old recovery key no longer opens anything.")
    return 0


def _unlock(store: JsonStore, fd: int | None, prompt: str) -> Any:
    """The data key of an encrypted, whole store, from `fd` or asked once on the terminal."""
    from wellcheck.cli import unlocking
    from wellcheck.core import encryption
    from wellcheck.core.errors import WellcheckError

    line = encryption.unfinished(store.root)
    if line:
        raise WellcheckError(line)
    if not store.is_encrypted():
        raise WellcheckError("encryption is not on; turn it on with `wellcheck encryption on`")
    if fd is not None:
        secret = unlocking.read_fd(fd, "--passphrase-fd")
    else:
        secret = unlocking.ask(prompt)
    return encryption.unlock(store.root, secret)


def _on(store: JsonStore, fd: int | None) -> int:
    from wellcheck.cli import unlocking
    from wellcheck.core import encryption, encryption_convert, layout
    from wellcheck.core.errors import WellcheckError
    from wellcheck.session.encryption import EXPLANATION

    found = encryption.form(store.root)
    if found is encryption.Form.ENCRYPTED:
        raise WellcheckError("encryption is already on for this data folder")
    if found is encryption.Form.TURNING_OFF:
        raise WellcheckError(encryption.unfinished(store.root) or "")
    if found is encryption.Form.TURNING_ON and layout.key_file(store.root).exists():
        if fd is not None:
            passphrase = unlocking.read_fd(fd, "--passphrase-fd")
        else:
            print("Turning encryption on did not finish last time; this finishes it.")
            passphrase = unlocking.ask("The passphrase you chose then (or the recovery key): ")
    else:
        if found is encryption.Form.READABLE and fd is None:
            _say(*EXPLANATION)
            print("Ctrl+C stops here: nothing has been changed yet.")
        passphrase = unlocking.ask_new(fd)
    count = encryption_convert.turn_on(store, passphrase, _show_recovery, _progress("Encrypting"))
    print(f"Encryption is on: {count} file{'s' if count != 1 else ''} encrypted.")
    print("wellcheck asks for your passphrase each time it starts.")
    return 0


def _off(store: JsonStore, fd: int | None) -> int:
    from wellcheck.core import encryption, encryption_convert, layout

    if encryption.form(store.root) is encryption.Form.TURNING_ON:
        from wellcheck.core.errors import WellcheckError

        raise WellcheckError(encryption.unfinished(store.root) or "")
    if layout.key_file(store.root).exists():
        if fd is None:
            from wellcheck.session.encryption import ABOUT_OFF

            _say(*ABOUT_OFF)
        store.key = _unlock_any(store, fd)
    count = encryption_convert.turn_off(store, _progress("Decrypting"))
    print(f"Encryption is off: {count} file{'s' if count != 1 else ''} readable again,")
    print("by anyone who has this computer or a copy of the data folder.")
    return 0


def _unlock_any(store: JsonStore, fd: int | None) -> Any:
    """The data key even half way through turning encryption off."""
    from wellcheck.cli import unlocking
    from wellcheck.core import encryption

    if fd is not None:
        secret = unlocking.read_fd(fd, "--passphrase-fd")
    else:
        secret = unlocking.ask("Passphrase (or recovery key): ")
    return encryption.unlock(store.root, secret)


def _status(store: JsonStore) -> int:
    from wellcheck.core import encryption

    found = encryption.form(store.root)
    sealed, readable = encryption.count_forms(store.root)
    if found is encryption.Form.READABLE:
        files = f"{readable} file{'s' if readable != 1 else ''}"
        print(f"Encryption is off: {files} in {store.root}, readable.")
        print("Turn it on with `wellcheck encryption on`.")
        return 0
    line = encryption.unfinished(store.root)
    if line:
        print(f"Encryption is half way: {sealed} files encrypted, {readable} readable.")
        print(f"{line[0].upper()}{line[1:]}.")
        return 0
    params = _params(store)
    files = f"{sealed} file{'s' if sealed != 1 else ''}"
    print(f"Encryption is on: {files} encrypted in {store.root}.")
    if params:
        print(params)
    if readable:
        print(
            f"{readable} readable file{'s' if readable != 1 else ''} inside it (a sync tool's "
            "copy?): see `wellcheck doctor`."
        )
    return 0


def _params(store: JsonStore) -> str:
    from wellcheck.core import crypto_keys, encryption
    from wellcheck.core.errors import DataError

    try:
        params = crypto_keys.check_key_file(encryption.key_doc(store.root))
    except DataError as exc:
        return f"wellcheck: {exc}"
    return (
        f"Each file: AES-256-GCM. The passphrase: Argon2id, {params.memory_kib // 1024} MiB, "
        f"{params.iterations} passes, {params.lanes} lane{'s' if params.lanes != 1 else ''}."
    )


def _show_recovery(recovery: str) -> None:
    print()
    print("Your recovery key. Write it down now and keep it away from this computer:")
    print()
    print(f"    {recovery}")
    print()
    print("It opens your answers if you forget your passphrase: type it where the passphrase")
    print("is asked. It is shown only this once.")
    print()
    sys.stdout.flush()


def _say(*paragraphs: str) -> None:
    import shutil

    width = min(shutil.get_terminal_size((80, 24)).columns, 88) - 1
    for paragraph in paragraphs:
        print(textwrap.fill(paragraph, width))
        print()


def _progress(verb: str) -> Any:
    """A progress bar on the terminal (stderr); nothing when stderr is not one."""
    shown = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if not shown or total == 0:
            return
        width = 30
        filled = width * done // total
        bar = "█" * filled + "░" * (width - filled)
        end = "\n" if done == total else ""
        print(f"\r{verb} [{bar}] {done} of {total} files", end=end, file=sys.stderr, flush=True)

    return progress

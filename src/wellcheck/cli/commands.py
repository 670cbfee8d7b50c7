"""The commands that open no screen: paths, doctor, content check, off; and the note on start
when the data folder had to be made private."""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from wellcheck.core.doctor_files import Finding
    from wellcheck.core.store import JsonStore
    from wellcheck.session.context import Context
    from wellcheck.session.session import Session


def tighten(ctx: Context) -> list[str]:
    """Make the data folder private if it is not; say so once (the app shows it too)."""
    if not ctx.store.tighten_root():
        return []
    note = (
        f"your data folder {ctx.store.root} could be opened by other people on this computer; "
        "it is now private to you (0700)."
    )
    print(f"wellcheck: {note}", file=sys.stderr)  # stays visible after the app closes
    return [note]


def content_problems(ctx: Context) -> None:
    """Each content file skipped, one line each on stderr (home shows them too)."""
    for problem in ctx.content.problems:
        print(f"wellcheck: {problem} (skipped; the rest is in use)", file=sys.stderr)


def instrument_id(text: str) -> str:
    """The id given to `wellcheck open`, or a one-line error if it cannot be one."""
    from wellcheck.core.errors import WellcheckError, one_line

    if not text.strip():
        raise WellcheckError(
            "`wellcheck open` needs an instrument's id, e.g. `wellcheck open daily`"
        )
    if len(text) > 64 or not text.isprintable() or "/" in text or "\\" in text:
        raise WellcheckError(
            f"no instrument has the id '{one_line(text, 64)}'; ids use only lowercase letters, "
            "digits, _ and -"
        )
    return text


def doctor(args: argparse.Namespace) -> int:
    from wellcheck import paths
    from wellcheck.core.doctor import checkup
    from wellcheck.core.errors import WellcheckError

    root = paths.data_root(getattr(args, "data_dir", None), reading=True)
    if root.exists() and not root.is_dir():
        raise WellcheckError(f"{root}: not a folder")
    found = checkup(root, _doctor_store(root, args), full=getattr(args, "full", False))
    findings = [*_settings_problem(paths.config_file()), *found.findings]
    for finding in findings:
        print(finding)
    count = found.count
    if findings:
        print(f"{len(findings)} to look at; every other file ({count}) reads well. ", end="")
        print("wellcheck never changes or deletes these files itself.")
    else:
        print(f"All {count} data file{'s' if count != 1 else ''} in {root} can be read.")
    if found.unchanged:
        print(_unchanged_line(found.read, found.unchanged))
    return 1 if findings else 0


def _unchanged_line(read: int, unchanged: int) -> str:
    """How many files doctor read, and how many it had no need to."""
    again = f"{unchanged} unchanged since the last check"
    if not read:
        return f"None read again: {again} (`--full` reads every file)."
    files = "file" if read == 1 else "files"
    return f"{read} {files} read; {again}, not read again (`--full` reads every file)."


def _settings_problem(path: Path) -> list[Finding]:
    """config.toml's problem, if it has one: every other command stops on it, so doctor,
    asked why, names it first."""
    from wellcheck.core.doctor_files import Finding
    from wellcheck.core.errors import WellcheckError
    from wellcheck.core.settings import load_settings

    try:
        load_settings(path)
    except WellcheckError as exc:
        problem = str(exc).removeprefix(f"{path}: ")
        return [Finding(path, f"{problem} (every other command stops here until it is put right)")]
    return []


def _doctor_store(root: Path, args: argparse.Namespace) -> JsonStore:
    """The store doctor reads through: unlocked if it is encrypted and its key file is whole
    (a damaged key file is doctor's to name, so then it stays locked); both forms read while a
    conversion is half way."""
    from wellcheck.cli import unlocking
    from wellcheck.core import encryption
    from wellcheck.core.errors import DataError
    from wellcheck.core.store import JsonStore

    store = JsonStore(root)
    line = encryption.unfinished(root)
    if line:
        print(f"wellcheck: {line}", file=sys.stderr)
        store.converting = True
    if not store.is_encrypted():
        return store
    try:
        encryption.key_doc(root)
    except DataError:
        return store
    fd = getattr(args, "passphrase_fd", None)
    secret = unlocking.read_fd(fd, "--passphrase-fd") if fd is not None else None
    store.key = encryption.unlock(root, secret or unlocking.ask("Passphrase (or recovery key): "))
    return store


def paths(args: argparse.Namespace) -> int:
    from wellcheck import paths

    data = getattr(args, "data_dir", None) or paths.data_dir()
    print(f"config:   {paths.config_file()}")
    print(f"content:  {paths.builtin_content_dir()} (built in)")
    print(f"          {paths.user_content_dir()} (yours: adds to or overrides the built-in)")
    print(f"data:     {data}")
    return 0


def content_check(folder: Path | None) -> int:
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


def not_ahead(ctx: Context, command: str | None) -> None:
    """A check-in for a day still to come is refused in one line (a day off may be marked
    ahead: leave is planned)."""
    from datetime import datetime

    from wellcheck.core.errors import WellcheckError
    from wellcheck.core.periods import working_date

    if command == "off":
        return
    now = working_date(datetime.now(), ctx.settings.day_start_hour)
    if ctx.today > now:
        raise WellcheckError(
            f"--date {ctx.today.isoformat()} is still to come; a check-in can be for today "
            "or an earlier day"
        )


def day_off(session: Session, kind: str) -> int:
    from wellcheck.core.days_off import day_off_kind
    from wellcheck.core.errors import WellcheckError

    day = f"{session.today:%A} {session.today.isoformat()}"
    if kind != "clear" and not session.ctx.settings.is_working_day(session.today.weekday()):
        print(
            f"{day} is not one of your working days, so it is never counted anyway; "
            "nothing was marked."
        )
        return 0

    outcome = session.set_day_off(None if kind == "clear" else day_off_kind(kind))
    if not outcome.saved:
        raise WellcheckError(outcome.problem)
    if kind == "clear":
        print(f"{day} is no longer marked as a day off.")
    else:
        print(f"{day} is marked as {kind.replace('-', ' ')}: it is left out of your counts.")
    return 0

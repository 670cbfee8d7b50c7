"""Durable file writes: temp file, fsync, os.replace, fsync of the folder; 0600 and 0700."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from wellcheck.core.errors import SaveError

FILE_MODE = 0o600
DIR_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def no_links_below(root: Path, folder: Path) -> None:
    """Raise SaveError if a folder between `root` (which may itself be a link, the user's
    choice) and `folder` is a link: a save never goes where a planted link points."""
    current = folder
    while current != root and current != current.parent:
        if current.is_symlink():
            raise SaveError(current, "it is a link, and wellcheck does not follow links here")
        current = current.parent


def ensure_dir(path: Path, stop: Path) -> None:
    """Create `path` and any missing parents up to `stop`, each 0700 whatever the umask."""
    missing: list[Path] = []
    current = path
    while not current.is_dir():
        missing.append(current)
        if current == stop or current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, DIR_MODE)
        except FileExistsError:
            continue
        os.chmod(folder, DIR_MODE)


TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{16}\.tmp$")
"""A temp file of a save: `.<file>.<pid of the saving process>.<16 random hex digits>.tmp`."""


def temp_name(path: Path) -> Path:
    """A new, unpredictable name beside `path` for the temp file of one save."""
    return path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(8).hex()}.tmp")  # a CSPRNG


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old file or the new one.

    The temp file is made exclusively (never one that is there already) under a name no one can
    guess, and never through a link; `os.replace` then swaps in the new file itself, so a link
    planted at `path` is replaced, not followed. The result is 0600 whatever was there before.
    """
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise SaveError(path, exc.strerror or type(exc).__name__) from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(folder: Path) -> None:
    """Make the rename durable. Best effort: once replaced, the new file is the saved one, and
    some file systems refuse to sync a folder (EINVAL)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def locked(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock on a permanent lock file (never a data file) while saving."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        with contextlib.suppress(OSError):  # closing the file releases the lock anyway
            fcntl.flock(fd, fcntl.LOCK_UN)
        with contextlib.suppress(OSError):
            os.close(fd)

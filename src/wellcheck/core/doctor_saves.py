"""Whether a temp file doctor finds may be a save still under way (its process alive, or the
store's lock held): such a file is left unmentioned, and any other is one left over."""

from __future__ import annotations

import os
import re
import stat
import time
from pathlib import Path

from wellcheck.core.layout import LOCK_NAME

TEMP = re.compile(r"^\..+?\.(?P<pid>\d+)(?:\.[A-Za-z0-9_-]+)?\.tmp$")
"""`.<name>.<pid>.tmp`, as `atomic` names them, or `.<name>.<pid>.<random>.tmp`."""
_YOUNG_SECONDS = 600
"""Where no process can be asked (not POSIX), a temp file younger than this may be a save."""


def in_progress(root: Path, path: str, pid: int) -> bool:
    """Whether a temp file may belong to a save still going on."""
    if os.name != "posix":
        try:
            return time.time() - os.stat(path).st_mtime < _YOUNG_SECONDS
        except OSError:
            return False
    return _alive(pid) or _lock_held(root / LOCK_NAME)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except (OverflowError, OSError):
        return False
    return True


def _lock_held(lock: Path) -> bool:
    """Whether some wellcheck holds the store's lock now (a save under way). Never creates it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        return False
    try:
        fd = os.open(lock, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True  # held exclusively by a save
    finally:
        os.close(fd)  # releases a lock taken here at once
    return False

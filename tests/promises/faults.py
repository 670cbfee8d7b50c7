"""Make the Nth filesystem call of a save fail, as a full or read-only disk would."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# Every filesystem call a save can make: folders, the lock, the re-read, the durable write.
CALLS: list[tuple[Any, str]] = [
    (os, "stat"),
    (os, "mkdir"),
    (os, "chmod"),
    (os, "open"),
    (os, "write"),
    (os, "fsync"),
    (os, "close"),
    (os, "replace"),
    (os, "listdir"),
    (fcntl, "flock"),
    (Path, "read_bytes"),
]


class Faults:
    """Counts filesystem calls; the `fail_at`-th raises OSError(errno)."""

    def __init__(self, fail_at: int | None = None, errno: int = 28) -> None:
        self.fail_at = fail_at
        self.errno = errno
        self.count = 0
        self.failed: str | None = None

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for owner, name in CALLS:
            monkeypatch.setattr(owner, name, self._wrap(name, getattr(owner, name)))

    def _wrap(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            if self.count == self.fail_at:
                self.failed = name
                raise OSError(self.errno, os.strerror(self.errno))
            return original(*args, **kwargs)

        return call

"""The errors the core raises for things a user can fix: each renders as one line."""

from __future__ import annotations

from pathlib import Path


class WellcheckError(Exception):
    """A user-facing problem: the CLI prints `str(error)` on one line and exits 1."""


class ContentError(WellcheckError):
    """A content file that cannot be used, with where in it the problem is."""

    def __init__(self, path: Path, reason: str, line: int | None = None, col: int | None = None):
        self.path = path
        self.reason = reason
        self.line = line
        self.col = col
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.reason}"


class DataError(WellcheckError):
    """A data file that cannot be read. It is named, never overwritten."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}: {self.reason} (left untouched; see `wellcheck doctor`)"


class SaveError(WellcheckError):
    """A save that did not happen (disk full, no permission). The previous file is intact."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"could not save {self.path}: {self.reason}; the previous version is unchanged"

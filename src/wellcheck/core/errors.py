"""The errors the core raises for things a user can fix: each renders as one line."""

from __future__ import annotations

import re
from pathlib import Path

_LONGEST = 240
"""The most of a path or reason shown: a field name in a hostile file can be megabytes long."""


def one_line(text: str, longest: int = _LONGEST) -> str:
    """`text` as one printable line: control characters, line breaks and undecodable bytes
    (surrogates, from a file name that is not UTF-8) escaped, and cut short if very long."""
    if text.isprintable() and len(text) <= longest:
        return text
    shown = "".join(ch if ch.isprintable() else _escaped(ch) for ch in text[: longest + 1])
    return shown if len(shown) <= longest else shown[: longest - 1] + "…"


def _escaped(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for a byte that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown_path(path: Path) -> str:
    """A path as it can be printed on one line, whatever bytes its name holds."""
    return one_line(str(path), 4096)


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
        where = shown_path(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {one_line(self.reason)}"


def toml_syntax_error(path: Path, exc: ValueError) -> ContentError:
    """A TOML syntax error as `file:line:col: TOML syntax: …`, like every other content error."""
    match = re.match(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$", str(exc))
    if not match:
        return ContentError(path, f"TOML syntax: {exc}")
    reason = match["msg"].replace("Illegal character '\\n'", "the line ends inside quotes")
    return ContentError(path, f"TOML syntax: {reason}", int(match["line"]), int(match["col"]))


class DataError(WellcheckError):
    """A data file that cannot be read. It is named, never overwritten."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        where, reason = shown_path(self.path), one_line(self.reason)
        return f"{where}: {reason} (left untouched; see `wellcheck doctor`)"


class SaveError(WellcheckError):
    """A save that did not happen (disk full, no permission). The previous file is intact."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"could not save {self.path}: {self.reason}; the previous version is unchanged"


def crash_line(error: BaseException) -> str:
    """One line naming the error's type and the innermost place: no message, no values."""
    import traceback  # only when something went wrong: it costs every start a millisecond

    frames = traceback.extract_tb(error.__traceback__)
    place = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return (
        f"wellcheck stopped because of an internal error ({type(error).__name__}{place}). "
        "Everything saved before it is kept. If you report it, send this line only."
    )

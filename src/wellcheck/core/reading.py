"""Reading one data file, whatever is at its path, and decoding it as a JSON object.

Every way a file can fail to be read ends as a `DataError` with one calm line: nothing at the
path is None; a folder, a FIFO or a device where a file should be, a file too large to be
wellcheck's, a symlink loop or no permission, text that is not UTF-8, JSON that is not valid,
nests too deeply for Python, holds NaN, numbers too long, the same field twice, or half a
character (a lone `\\ud800` escape that could never be written back or printed). A field seen
twice is refused rather than read as its last value: saving would drop the other.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from wellcheck.core.errors import DataError

MAX_BYTES = 16 * 1024 * 1024
"""Far above any file wellcheck writes (a year of daily notes is well under 1 MB)."""
MAX_DIGITS = 18
"""The longest whole number in a data file: no field needs more."""
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_NOT_A_FILE = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
}


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class _Refused(ValueError):
    """Valid JSON that wellcheck never writes and could not write back as it was."""


def read_file(path: Path | str, *, saving: bool = False) -> bytes | None:
    """The bytes of the file at `path`; None if there is nothing there; DataError otherwise.

    Opened without blocking, so a FIFO is named, never waited on. `saving`: the read is a
    save's re-read under the lock, whose OSErrors (a full or failing disk) are the save's to
    report, so they are raised as they are.
    """
    found = read_with_stat(path, saving=saving)
    return None if found is None else found[0]


def read_with_stat(
    path: Path | str, *, saving: bool = False
) -> tuple[bytes, os.stat_result] | None:
    """`read_file`, with the `os.fstat` of what was read, taken before reading it (for
    `doctor`, which names a file open to others and notes the stamp of a file it found
    good): from the open file, so with no second look at the path. (A path may be given as
    text: `doctor` makes a `Path` only of a file it names.)"""
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if saving:
            raise
        raise DataError(path, cannot_read(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = _NOT_A_FILE.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise DataError(path, f"{what} is where wellcheck keeps a file; nothing was read")
        if info.st_size > MAX_BYTES:
            raise DataError(path, too_large(info.st_size))
        return _read_all(path, fd, info.st_size), info
    except OSError as exc:
        if saving:
            raise
        raise DataError(path, cannot_read(exc)) from None
    finally:
        try:
            os.close(fd)
        except OSError:  # a read-only file: closing cannot lose anything
            pass


def _read_all(path: Path | str, fd: int, size: int) -> bytes:
    """Up to the end, however the file changed since its size was taken: first as much as it
    held then and a byte more (a mebibyte's buffer for each small file would cost more than
    reading it). A regular file gives less than was asked only at its end."""
    chunks: list[bytes] = []
    total = 0
    asked = size + 1
    while chunk := os.read(fd, asked):
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_BYTES:  # it grew while being read
            raise DataError(path, too_large(total))
        if len(chunk) < asked:
            break
        asked = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def cannot_read(exc: OSError) -> str:
    """An OSError on opening or reading, in words."""
    if exc.errno == errno.ENOTDIR:
        return "cannot read: one of the folders on its path is a file"
    if exc.errno == errno.ELOOP:
        return "cannot read: a symbolic link that points round in a loop"
    return f"cannot read: {exc.strerror or type(exc).__name__}"


def too_large(size: int) -> str:
    return f"too large to be a wellcheck data file ({size / 2**20:.0f} MB); nothing was read"


def decode(path: Path | str, data: bytes) -> dict[str, Any]:
    """A data file's bytes as a JSON object, or a DataError naming what is wrong in one line."""
    if len(data) > MAX_BYTES:
        raise DataError(path, too_large(len(data)))
    if not data or data.isspace():
        raise DataError(path, "the file is empty")
    if data.startswith(codecs.BOM_UTF8):
        raise DataError(path, "starts with a byte-order mark, which wellcheck never writes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text (byte {exc.start})") from None
    raw = _loads(path, text)
    if not isinstance(raw, dict):
        raise DataError(path, "not a wellcheck data file (expected a JSON object)")
    if _ESCAPED_SURROGATE.search(text) and not _encodable(raw):
        raise DataError(path, "holds half a character (a lone \\u escape), which cannot be shown")
    return raw


def _loads(path: Path | str, text: str) -> Any:
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        msg = exc.msg.removesuffix(" at")
        raise DataError(path, f"not valid JSON ({msg} at {where})") from None
    except RecursionError:
        raise DataError(path, "not a wellcheck data file (nested too deeply to read)") from None
    except ValueError as exc:  # _Refused, or a number Python will not convert
        reason = str(exc) if isinstance(exc, _Refused) else "holds a number too long to read"
        raise DataError(path, f"not a wellcheck data file ({reason})") from None


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _Refused("a field appears twice in one object")
    return found


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _Refused("holds a number too long to be one of wellcheck's")
    return int(digits)


def _constant(name: str) -> Any:
    raise _Refused(f"holds {name}, which is not a number JSON allows")


_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_int=_integer, parse_constant=_constant)
"""One decoder for every file (`json.loads` with these would build a new one each time)."""


def _encodable(raw: Any) -> bool:
    """Whether every text in `raw` is whole Unicode (walked without recursion)."""
    stack = [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return False
    return True

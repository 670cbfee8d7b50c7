"""A cache of validated content, so that an ordinary start needs no pydantic.

The key is every content file's path, size and modification time, with wellcheck's version and
the content models' own files: any change validates again. The cache is a pickle of the frozen
content dataclasses, read only if it is the user's own file and not writable by anyone else;
anything wrong with it is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wellcheck import __version__
from wellcheck.core import content, content_grid, content_items, content_plan
from wellcheck.core.atomic import ensure_dir, write_atomic
from wellcheck.core.errors import SaveError

_MODELS = (content, content_grid, content_items, content_plan)


def key_of(files: Sequence[Path]) -> tuple[Any, ...]:
    """What the cache must match: the files as they are now, and the code that reads them."""
    stamps: list[tuple[str, int, int]] = []
    for path in [*(Path(m.__file__ or "") for m in _MODELS), *files]:
        try:
            info = path.stat()
        except OSError:
            stamps.append((str(path), -1, -1))
            continue
        stamps.append((str(path), info.st_size, info.st_mtime_ns))
    return (__version__, tuple(stamps))


def read(cache: Path, key: tuple[Any, ...]) -> Any | None:
    """The cached value for `key`, or None."""
    try:
        with open(cache, "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.getuid() or info.st_mode & 0o022:
                return None
            stored_key, value = pickle.load(handle)
    except Exception:  # a cache is only ever a shortcut
        return None
    return value if stored_key == key else None


def write(cache: Path, key: tuple[Any, ...], value: Any) -> None:
    """Keep `value` for `key`; a cache that cannot be written is simply not kept."""
    with contextlib.suppress(OSError, SaveError, pickle.PicklingError):
        # The cache folder and the one it is in: on a new account `~/.cache` may not be there
        # yet, and without it no start would ever find a cache.
        ensure_dir(cache.parent, cache.parent.parent)
        write_atomic(cache, pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))

"""Doctor's walk of the data folder: each folder with the files in it to check, in path order,
one pass per folder; a folder that cannot be listed, or a folder where a file should be, is a
problem of its own. Wellcheck's own files in the data folder itself are left out."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from wellcheck.core.layout import CHECKED_NAME, KEY_NAME, LOCK_NAME

_CHECKED_STEM = CHECKED_NAME.removesuffix(".json")
"""Doctor's note, and any copy of it a sync tool left (`.wellcheck-doctor (conflicted copy
…).json`): wellcheck's own, never named as the user's to look at."""


Folder = tuple[str, tuple[str, ...], str | None, list[tuple[str, str]], list[str]]
"""One folder: its path ending in a separator, its parts under the data folder, its key in
doctor's note (`checked.CheckedFiles.folders`; None if its name cannot be kept as text), the
folders in it or under it that are a problem (path, what is wrong), and the names of the files
in it to check. Paths stay text: a `Path` for each of tens of thousands of files would cost
more than reading them, so one is made only for a file named in a finding."""


def folders(root: Path) -> Iterator[Folder]:
    """Each folder under `root` (and `root` itself) with its files, in path order."""
    unlisted: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unlisted.append):
        if unlisted:
            yield "", (), None, _unlisted(unlisted), []
        under = Path(folder).parts[len(root.parts) :]  # as relative_to(root), once a folder
        here = os.path.join(folder, "")  # with one separator at its end
        key = "/".join(under) if all(p.isprintable() for p in under) else None
        problems = [
            (here + name, "a folder is where wellcheck keeps a file")
            for name in sorted(dirs)
            if name.endswith(".json") and (under or not name.startswith(_CHECKED_STEM))
        ]
        dirs[:] = sorted(d for d in dirs if not d.endswith(".json"))
        names = [name for name in sorted(files) if name != LOCK_NAME and (under or not _own(name))]
        yield here, under, key, problems, names
    if unlisted:
        yield "", (), None, _unlisted(unlisted), []


def _own(name: str) -> bool:
    """Whether a file in the data folder itself is wellcheck's own: the key file, doctor's
    note, or a sync tool's copy of the note."""
    return name == KEY_NAME or name.startswith(_CHECKED_STEM)


def _unlisted(errors: list[OSError]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    while errors:
        exc = errors.pop(0)
        if isinstance(exc, FileNotFoundError):  # no data yet, or gone while walking
            continue
        reason = exc.strerror or type(exc).__name__
        problem = f"a folder wellcheck cannot read ({reason}); nothing in it was checked"
        found.append((os.fspath(exc.filename), problem))
    return found

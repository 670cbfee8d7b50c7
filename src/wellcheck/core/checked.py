"""What `doctor` found good when it last looked: so that a file unchanged since is not read again.

One hidden file of wellcheck's own in the data folder (`layout.CHECKED_NAME`), read and written
through the store like every other file, so that an encrypted store seals it too: it names
every file, and a list of days is the user's to keep private. For each file found good it
holds what `os.stat` says of it that any change alters: its size, its modification and
change times to the nanosecond, its inode and device (`stamp`). A file written again, even to
the same size, has a new change time; a file put in its place has another inode; the change
time cannot be set back by any tool. So a file whose stamp is the one kept was not changed
since doctor read it and found it good, and doctor need not read it again.

It is never the user's to look after: one that cannot be read (damaged, sealed with another
key, not this file at all) or that another version of wellcheck wrote is simply not used, and
doctor reads every file and writes a fresh one.
"""

from __future__ import annotations

import os
from dataclasses import field
from typing import Any

from wellcheck.core import shape
from wellcheck.core.value import Value, value_class

CHECKED_VERSION = 1


STAMP = "%x.%x.%x.%x.%x"
"""A stamp's form: size, modification and change times (ns), inode and device, in hex."""


def stamp(st: os.stat_result) -> str:
    """What of a file's `os.stat` any change of it alters, as text (`STAMP`)."""
    return STAMP % (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


@value_class
class CheckedFiles(Value):
    """The files doctor last found good: by folder under the data folder ("" for the data
    folder itself, `daily/2026` with forward slashes), each file's name and its `stamp`."""

    wellcheck: str = ""
    """The version of wellcheck that checked them: another version's rules may differ."""
    folders: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> CheckedFiles:
        d = shape.obj(raw, "", frozenset({"schema_version", "wellcheck", "folders"}))
        version = d.get("wellcheck")
        if not isinstance(version, str):
            raise shape.ShapeError("wellcheck", "text")
        folders = shape.obj(d.get("folders", {}), "folders")
        for name, files in folders.items():
            shape.obj(files, f"folders.{name}")
            if not {type(v) for v in files.values()} <= {str}:  # one step for all, C speed
                raise shape.ShapeError(f"folders.{name}", "text for each file")
        return cls(version, folders)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": CHECKED_VERSION,
            "wellcheck": self.wellcheck,
            "folders": self.folders,
        }

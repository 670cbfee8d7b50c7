"""The form of a data folder: readable, encrypted, or half way through a conversion.

Read from two names in the folder: a key file (`wellcheck.key`) means encrypted; a conversion
marker (`.wellcheck-converting`) says which way a conversion was going when wellcheck stopped
(`encryption_convert` writes it). Every start asks (is a conversion unfinished?), so this needs
nothing of the cryptography: a readable store's start imports none of it (`encryption` does).
"""

from __future__ import annotations

import enum
import json
import os
from pathlib import Path

from wellcheck.core import layout, reading
from wellcheck.core.errors import DataError


class Form(enum.Enum):
    READABLE = "readable"
    ENCRYPTED = "encrypted"
    TURNING_ON = "being encrypted"
    TURNING_OFF = "being decrypted"


def form(root: Path) -> Form:
    """What the data folder is now: two `lstat`s, and the marker read if it is there."""
    marker = layout.converting_marker(root)
    if os.path.lexists(marker):
        return Form.TURNING_OFF if marker_to(marker) == "readable" else Form.TURNING_ON
    return Form.ENCRYPTED if os.path.lexists(layout.key_file(root)) else Form.READABLE


def unfinished(root: Path) -> str | None:
    """The one line to say, if encryption was being turned on or off when wellcheck stopped."""
    found = form(root)
    if found is Form.TURNING_ON:
        return (
            "encryption was being turned on when wellcheck last stopped; run "
            "`wellcheck encryption on` to finish it (nothing was lost)"
        )
    if found is Form.TURNING_OFF:
        return (
            "encryption was being turned off when wellcheck last stopped; run "
            "`wellcheck encryption off` to finish it (nothing was lost)"
        )
    return None


def marker_to(marker: Path) -> str:
    data = reading.read_file(marker)
    try:
        to = json.loads(data or b"{}").get("to")
    except (ValueError, AttributeError):
        to = None
    if to not in ("encrypted", "readable"):
        raise DataError(
            marker,
            "wellcheck's note of a conversion under way is damaged; "
            "run `wellcheck encryption on` (or `off`) again to finish it",
        )
    return str(to)

"""Words shown, never obeyed: control characters made visible before they can reach a terminal.

A stored answer, a file name or a setting may hold an escape sequence (clear the screen, set a
colour, a hyperlink, write the clipboard), a carriage return that rewrites a line, or a
bidirectional override that shows text in another order than it is. Each is replaced by a
visible stand-in: C0 controls by their Unicode control pictures (ESC becomes ␛), DEL by ␡,
C1 controls and the bidirectional controls by a `\\u009b`-style escape. Newlines and tabs stay
(a one-line message escapes them: `errors.one_line`). Answers are made visible as they are
read from disk and before they are saved, so every front end and every export shows them as
text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_ANY = re.compile(f"[{_CONTROLS}]")
first_control = _ANY.search
"""The first character of a text that `visible` would replace, or None: the check alone, for
a reader of many texts (no call of `visible` for each)."""


def _stand_in(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟: ESC is ␛, a carriage return ␍
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with newlines and tabs kept, and every other control character made visible."""
    if _ANY.search(text) is None:  # the usual case: nothing to do, no new string
        return text
    return _ANY.sub(lambda m: _stand_in(m[0]), text)


def has_controls(text: str) -> bool:
    """Whether `text` holds a character `visible` would replace."""
    return _ANY.search(text) is not None


def controls_at(raw: Any, loc: tuple[int | str, ...] = ()) -> list[int | str] | None:
    """Where in parsed TOML or JSON the first text holding a control character is, if any."""
    if isinstance(raw, str):
        return list(loc) if has_controls(raw) else None
    children: Iterable[tuple[int | str, Any]] = ()
    if isinstance(raw, dict):
        children = raw.items()
    elif isinstance(raw, list):
        children = enumerate(raw)
    for key, value in children:
        found = controls_at(value, (*loc, key))
        if found is not None:
            return found
    return None

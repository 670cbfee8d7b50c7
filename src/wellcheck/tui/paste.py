"""What a paste holds is given to the field as the words it is, in order, and nothing else.

A terminal sends a paste between two markers (`ESC [200~` … `ESC [201~`). Textual's parser
reads an ESC inside a paste as the start of a key's code: the characters after it were sent
as key presses ahead of the paste, the ESC itself typed as a `^`, and the text before it
came last (`A1 ESC[2J B2` was saved as `^[2J B2A1`). Copied from a terminal, a coloured
line brings such codes with it.

`PasteGuard` stands before Textual's parser: inside a paste it takes out every escape
sequence (a colour, a title, a cursor move) and every control character but tab, newline
and carriage return (which the fields read as a newline), so that the parser sees only the
closing marker's ESC. Outside a paste it passes everything on as it came: an Escape key, an
arrow, a mouse report. A marker or a sequence split between two reads is held back until
its end comes. `guard_driver` puts it before the parser of Textual's terminal drivers.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from textual._xterm_parser import XTermParser
from textual.message import Message

START = "\x1b[200~"
END = "\x1b[201~"
ESC = "\x1b"
_KEPT_CONTROLS = frozenset("\t\n\r")
_STRING_INTRODUCERS = frozenset("]PX^_")  # OSC, DCS, SOS, PM, APC: run until BEL or ST
_HOLD_LIMIT = 4096
"""A sequence left open longer than this inside a paste is dropped as far as it has come."""


def _is_dropped(character: str) -> bool:
    """A control character other than tab, newline and carriage return (C0, DEL, C1)."""
    code = ord(character)
    if character in _KEPT_CONTROLS:
        return False
    return code < 0x20 or 0x7F <= code <= 0x9F


class PasteGuard:
    """Filters the characters read from the terminal before the parser has them."""

    def __init__(self) -> None:
        self.in_paste = False
        self._held = ""
        """Inside a paste, the start of a marker or sequence whose end has not come."""
        self._seen = ""
        """Outside a paste, the last characters passed on: a start marker split between
        reads is still known as one."""

    def filter(self, data: str) -> str:
        out: list[str] = []
        text = self._held + data
        self._held = ""
        at = 0
        while at < len(text):
            if not self.in_paste:
                at = self._pass_through(text, at, out)
            else:
                at = self._paste(text, at, out)
                if at < 0:  # held back: the rest waits for the next read
                    break
        return "".join(out)

    def _pass_through(self, text: str, at: int, out: list[str]) -> int:
        rest = text[at:]
        window = self._seen + rest
        found = window.find(START)
        if found < 0:
            out.append(rest)
            self._seen = window[-(len(START) - 1) :]
            return len(text)
        upto = found + len(START) - len(self._seen)  # the marker's end, in `rest`
        out.append(rest[:upto])
        self._seen = ""
        self.in_paste = True
        return at + upto

    def _paste(self, text: str, at: int, out: list[str]) -> int:
        """Inside a paste, from `at`: the index to go on from, or -1 if the rest is held."""
        while at < len(text):
            character = text[at]
            if character == ESC:
                rest = text[at:]
                if rest.startswith(END):
                    out.append(END)
                    self.in_paste = False
                    return at + len(END)
                end = _sequence_end(text, at)
                if end is None:  # the closing marker's start is one such, held too
                    if len(rest) <= _HOLD_LIMIT:
                        self._held = rest
                        return -1
                    end = at + 2
                at = end
                continue
            if not _is_dropped(character):
                out.append(character)
            at += 1
        return at


def _sequence_end(text: str, at: int) -> int | None:
    """Where the escape sequence at `text[at]` ends (after its last character); None if it
    has not ended yet. An ESC inside one ends it where that ESC begins."""
    if at + 1 >= len(text):
        return None
    start, kind = at, text[at + 1]
    at += 2
    if kind == "[":  # CSI: parameters, intermediates, a final character
        while at < len(text):
            code = ord(text[at])
            if 0x40 <= code <= 0x7E:
                return at + 1
            if not 0x20 <= code <= 0x3F:
                return at  # not a CSI after all: what follows is text again
            at += 1
        return None
    if kind in _STRING_INTRODUCERS:  # runs to BEL or ST (ESC \)
        while at < len(text):
            if text[at] == "\x07":
                return at + 1
            if text[at] == ESC:
                if at + 1 >= len(text):
                    return None
                return at + 2 if text[at + 1] == "\\" else at
            at += 1
        return None
    while 0x20 <= ord(kind) <= 0x2F:  # intermediates, then a final character
        if at >= len(text):
            return None
        kind = text[at]
        at += 1
    if not 0x30 <= ord(kind) <= 0x7E:  # not a sequence: the ESC alone is dropped
        return start + 1
    return at


class GuardedParser(XTermParser):
    """Textual's parser, given what the guard lets through."""

    def __init__(self, debug: bool = False) -> None:
        self.guard = PasteGuard()
        super().__init__(debug)

    def feed(self, data: str) -> Iterable[Message]:
        """An empty feed is the end of input to the parser: a read the guard holds all of
        (or takes all of out) is not one."""
        passed = self.guard.filter(data)
        if data and not passed:
            return ()
        return super().feed(passed)


_DRIVER_MODULES = ("textual.drivers.linux_driver", "textual.drivers.linux_inline_driver")


def guard_driver(driver_class: type) -> None:
    """The drivers that read a terminal make their parser when their input thread starts,
    from their module's name for it: that name is pointed at `GuardedParser`."""
    for name in (driver_class.__module__, *_DRIVER_MODULES):
        module = sys.modules.get(name)
        if module is not None and getattr(module, "XTermParser", None) is XTermParser:
            module.XTermParser = GuardedParser  # type: ignore[attr-defined]

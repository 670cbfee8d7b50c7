"""What a paste holds is given to the field as the words it is, in order, and nothing else.

A terminal sends a paste between two markers (`ESC [200~` … `ESC [201~`). Textual's parser
reads an ESC inside a paste as the start of a key's code: the characters after it were sent
as key presses ahead of the paste, the ESC itself typed as a `^`, and the text before it
came last (`A1 ESC[2J B2` was saved as `^[2J B2A1`). Copied from a terminal, a coloured
line brings such codes with it.

`PasteGuard` stands before Textual's parser: inside a paste it takes out every escape
sequence (a colour, a title, a cursor move; 7-bit or 8-bit) and every control character but
tab, newline and carriage return (which the fields read as a newline), so that the parser sees
only the closing marker's ESC. Outside a paste it passes everything on as it came: an Escape
key, an arrow, a mouse report. A marker or a sequence split between two reads is held back
until its end comes. `terminal_input.GuardedParser` keeps the guard in step with the parser's
clock (an ESC the parser has given as the Escape key is not the start of a marker with what is
typed after it; a paste whose end does not come is ended after `PASTE_STALL` seconds of quiet,
so that the keyboard is the user's again), and puts it before the parser of Textual's drivers.
"""

from __future__ import annotations

START = "\x1b[200~"
END = "\x1b[201~"
ESC = "\x1b"
PASTE_STALL = 1.0
"""Seconds without input inside a paste after which it is taken as ended (a terminal sends a
paste in one go; only a broken stream leaves one open)."""
_KEPT_CONTROLS = frozenset("\t\n\r")
_STRINGS = frozenset("]PX^_")  # OSC, DCS, SOS, PM, APC: they run until BEL or ST (ESC \)
_C1 = {
    **{"\x9b": "[", "\x9d": "]", "\x90": "P", "\x98": "X", "\x9e": "^", "\x9f": "_"},
    **{"\x8e": "N", "\x8f": "O"},
}
"""8-bit introducers, read as ESC and the character they stand for."""
_HOLD_LIMIT = 4096
"""A sequence left open longer than this is not held whole: dropped as it comes."""


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
        self._skipping = ""
        """Inside a paste, the kind (`[` or a string's) of a sequence too long to hold, being
        dropped as it comes until its end."""
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

    def forget_seen(self) -> None:
        """The parser has given what came before as keys: no marker starts in it."""
        self._seen = ""

    def end_paste(self) -> str:
        """The paste taken as ended: what is held is dropped; the closing marker to feed."""
        self.in_paste, self._held, self._skipping = False, "", ""
        return END

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
        if self._skipping:
            at = self._skip(text, at)
        while at < len(text):
            character = text[at]
            if character == ESC or character in _C1:
                rest = text[at:]
                if rest.startswith(END):
                    out.append(END)
                    self.in_paste = False
                    return at + len(END)
                end = _sequence_end(text, at)
                if end is None:  # not ended yet (the closing marker's start is one such)
                    if len(rest) <= _HOLD_LIMIT:
                        self._held = rest
                        return -1
                    self._skipping = _kind(text, at)
                    return self._skip(text, at + (1 if character in _C1 else 2))
                at = end
                continue
            if not _is_dropped(character):
                out.append(character)
            at += 1
        return at

    def _skip(self, text: str, at: int) -> int:
        """Drop the body of the sequence being skipped, from `at`; where text goes on."""
        strings = self._skipping in _STRINGS
        while at < len(text):
            character = text[at]
            if strings and character in "\x07\x9c":  # BEL, or an 8-bit ST
                self._skipping = ""
                return at + 1
            if character == ESC:
                if strings and at + 1 >= len(text):
                    self._held = ESC  # ST, or another sequence: the next read tells
                    return len(text)
                self._skipping = ""
                return at + 2 if strings and text[at + 1] == "\\" else at
            if not strings:
                code = ord(character)
                if 0x40 <= code <= 0x7E:  # a CSI's final character
                    self._skipping = ""
                    return at + 1
                if not 0x20 <= code <= 0x3F:
                    self._skipping = ""
                    return at
            at += 1
        return at


def _kind(text: str, at: int) -> str:
    character = text[at]
    return _C1[character] if character in _C1 else text[at + 1]


def _sequence_end(text: str, at: int) -> int | None:
    """Where the escape sequence at `text[at]` (an ESC, or an 8-bit introducer) ends, after
    its last character; None if it has not ended yet. An ESC inside one ends it, where that
    ESC begins."""
    if text[at] in _C1:
        kind, body = _C1[text[at]], at + 1
    elif at + 1 >= len(text):
        return None
    else:
        kind, body = text[at + 1], at + 2
    if kind == "[":  # CSI: parameters, intermediates, a final character
        for n in range(body, len(text)):
            code = ord(text[n])
            if 0x40 <= code <= 0x7E:
                return n + 1
            if not 0x20 <= code <= 0x3F:
                return n  # not a CSI after all: what follows is text again
        return None
    if kind in _STRINGS:  # runs to BEL or ST (ESC \)
        for n in range(body, len(text)):
            if text[n] in "\x07\x9c":  # BEL, or an 8-bit ST
                return n + 1
            if text[n] == ESC:
                if n + 1 >= len(text):
                    return None
                return n + 2 if text[n + 1] == "\\" else n
        return None
    if kind in "NO":  # SS2, SS3: one character after them (not an ESC: that begins another)
        if body >= len(text):
            return None
        return body if text[body] == ESC else body + 1
    n = body - 1
    while 0x20 <= ord(text[n]) <= 0x2F:  # intermediates, then a final character
        n += 1
        if n >= len(text):
            return None
        if text[n] == ESC:
            return n  # cut short by another sequence: dropped as far as it came
    if 0x30 <= ord(text[n]) <= 0x7E:
        return n + 1
    return at + 1  # not a sequence: the ESC alone is dropped

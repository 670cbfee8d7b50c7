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
until its end comes. `GuardedParser` keeps the guard in step with the parser's clock: an ESC
the parser has given as the Escape key (no more came within its delay) is not the start of a
marker with what is typed after it; and a paste whose end does not come (a broken stream) is
ended after `PASTE_STALL` seconds of quiet, with what it held, so that the keyboard is the
user's again. `guard_driver` puts it before the parser of Textual's terminal drivers, and
has their input decoded with a stand-in for bytes that are not UTF-8 (a terminal set to
another encoding), where Textual's input thread stopped the app with a traceback. The keys typed
while the app was starting keep their Enter (`TerminalParser`).
"""

from __future__ import annotations

import array
import codecs
import functools
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from textual import constants
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.message import Message

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
_CODE_AFTER_ESCAPE = frozenset("[O]P_^X\\\x1b") | frozenset("bf\x7f")
"""After an ESC: the start of a code (CSI, SS3, OSC, DCS, APC, PM, SOS, ST, another ESC),
or a word key (Alt with b, f, Backspace); anything else is a key typed after Escape."""
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


class GuardedParser(XTermParser):
    """Textual's parser, given what the guard lets through.

    `typed_ahead` is how many bytes were waiting when the parser was made: keys typed while
    the app was starting, when the terminal was still as the shell leaves it ("cooked"). It
    turned each Enter into a newline, which Textual reads as ctrl+j and the fields ignore
    (`one Enter two` was saved as `onetwo`): in those bytes, a newline is read as the Enter
    it was."""

    def __init__(self, debug: bool = False, typed_ahead: int = 0) -> None:
        self.guard = PasteGuard()
        self._last_read = get_time()
        self._typed_ahead = typed_ahead
        self._escape_last = False
        """The last character fed was an ESC, still held by the parser (its delay not over)."""
        super().__init__(debug)

    def feed(self, data: str) -> Iterable[Message]:
        """An empty feed is the end of input to the parser: a read the guard holds all of
        (or takes all of out) is not one."""
        self._last_read = get_time()
        if self._typed_ahead > 0:
            data = self._as_typed(data)
        passed = self.guard.filter(data)
        if data and not passed:
            return ()
        if not passed:
            return super().feed(passed)
        return self._escape_apart(passed)

    def _escape_apart(self, data: str) -> list[Message]:
        """`data` fed to the parser, each Escape followed by a key that does not continue a
        code given as the Escape key first.

        Textual reads an ESC with a character after it within its delay (0.1 s) as one key,
        as a terminal sends Alt with a key: Escape then `u` typed quickly (or in one packet
        over SSH) was Alt+u, which typed a `u` where Escape should have gone home; Escape
        then Enter was Enter, Escape then Space a space, Escape then 3 a "£". No key of
        wellcheck's is an Alt one: an ESC is the Escape key unless a code follows it (`[`,
        `O` and the rest of `_CODE_AFTER_ESCAPE`), or a word key (Alt with b, f or
        Backspace: a word left, a word right, a word deleted)."""
        tokens: list[Message] = []
        start = 0
        for at, character in enumerate(data):
            after_escape = data[at - 1] == ESC if at else self._escape_last
            if after_escape and character not in _CODE_AFTER_ESCAPE:
                if at > start:  # (an empty feed would be the end of input)
                    tokens.extend(super().feed(data[start:at]))
                tokens.extend(self._escape_now())
                start = at
        tokens.extend(super().feed(data[start:]))
        self._escape_last = data.endswith(ESC) and not self.guard.in_paste
        return tokens

    def _escape_now(self) -> list[Message]:
        """The ESC the parser holds given as the Escape key now, as its delay would (`tick`)."""
        if self._timeout_time is None:
            return []
        self._timeout_time = get_time()
        self.guard.forget_seen()
        return list(super().tick())

    def _as_typed(self, data: str) -> str:
        """`data`, its part typed ahead with each newline the Enter that was pressed."""
        left = self._typed_ahead
        at = 0
        while at < len(data) and left > 0:
            character = data[at]  # U+FFFD: a byte that was not UTF-8 (the decoder's stand-in)
            left -= 1 if character == "\ufffd" else len(character.encode("utf-8", "replace"))
            at += 1
        self._typed_ahead = left
        return data[:at].replace("\n", "\r") + data[at:]

    def tick(self) -> Iterable[Message]:
        """The parser's own timeout (an ESC given as the Escape key), and a paste left open."""
        now = get_time()
        if self._timeout_time is not None and now >= self._timeout_time:
            self.guard.forget_seen()
        tokens = list(super().tick())
        if self.guard.in_paste and now - self._last_read >= PASTE_STALL:
            tokens.extend(super().feed(self.guard.end_paste()))
        return tokens


class TerminalParser(GuardedParser):
    """The parser of a terminal's input thread: what is waiting on the terminal as it starts
    was typed ahead (the driver has just made the terminal raw, and then starts the thread)."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug, typed_ahead=waiting(sys.__stdin__))


def waiting(stream: TextIO | None) -> int:
    """How many bytes are waiting to be read on `stream`, a terminal (0 if it is not one)."""
    try:
        import fcntl
        import termios

        if stream is None or not stream.isatty():
            return 0
        count = array.array("i", [0])
        fcntl.ioctl(stream.fileno(), termios.FIONREAD, count, True)
    except (ImportError, OSError, ValueError):
        return 0
    return max(count[0], 0)


def _replacing(encoding: str) -> Callable[[], codecs.IncrementalDecoder]:
    """`codecs.getincrementaldecoder`, its decoders putting U+FFFD for bytes not of it."""
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


_DRIVER_MODULES = ("textual.drivers.linux_driver", "textual.drivers.linux_inline_driver")
assert constants.ESCAPE_DELAY < PASTE_STALL


def guard_driver(driver_class: type) -> None:
    """The drivers that read a terminal make their parser and their decoder when their input
    thread starts, from their module's names for them: those names are pointed at ours."""
    for name in dict.fromkeys((driver_class.__module__, *_DRIVER_MODULES)):
        module = sys.modules.get(name)
        if module is not None and getattr(module, "XTermParser", None) is XTermParser:
            module.XTermParser = TerminalParser  # type: ignore[attr-defined]
            if getattr(module, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
                module.getincrementaldecoder = _replacing  # type: ignore[attr-defined]

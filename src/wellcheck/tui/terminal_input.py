"""What the terminal sends, read as the user typed it, before Textual's parser has it.

`GuardedParser` is Textual's parser given what `paste.PasteGuard` lets through, in step with
the parser's clock (an ESC given as the Escape key; a paste whose end never comes). It gives
an ESC followed by a key that does not continue a code as the Escape key first, and reads the
newlines typed while the app was starting (the terminal still cooked) as the Enters they were
(`TerminalParser`). `guard_driver` puts it before the parser of Textual's terminal drivers,
and has their input decoded with a stand-in for bytes that are not UTF-8 (a terminal set to
another encoding), where Textual's input thread stopped the app with a traceback.
"""

from __future__ import annotations

import array
import codecs
import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from textual import constants
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.message import Message

from wellcheck.tui.paste import ESC, PASTE_STALL, PasteGuard

_CODE_AFTER_ESCAPE = frozenset("[O]P_^X\\\x1b") | frozenset("bf\x7f")
"""After an ESC: the start of a code (CSI, SS3, OSC, DCS, APC, PM, SOS, ST, another ESC),
or a word key (Alt with b, f, Backspace); anything else is a key typed after Escape."""


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
        # Only the character after each ESC is looked at (a long paste is not walked through).
        for at in _after_escapes(data, self._escape_last):
            if at < len(data) and data[at] not in _CODE_AFTER_ESCAPE:
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


def _after_escapes(data: str, escape_before: bool) -> Iterator[int]:
    """Where each character after an ESC is in `data` (0 first if an ESC came just before)."""
    if escape_before:
        yield 0
    at = data.find(ESC)
    while at >= 0:
        yield at + 1
        at = data.find(ESC, at + 1)


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

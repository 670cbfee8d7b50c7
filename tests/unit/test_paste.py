"""A paste reaches the field as the words it holds, in order: the escape codes and control
characters copied with them are taken out before Textual's parser reads them, and nothing
outside a paste is changed (an Escape key, an arrow, a letter)."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual import constants, events
from textual._xterm_parser import XTermParser
from textual.drivers import linux_driver
from textual.message import Message

from wellcheck.tui import terminal_input
from wellcheck.tui.paste import END, START
from wellcheck.tui.terminal_input import GuardedParser, TerminalParser, waiting

CODES = [
    "\x1b[2J",  # clear the screen
    "\x1b[31m",  # red
    "\x1b[0m",
    "\x1b[38;2;255;0;0m",
    "\x1b]0;a title\x07",  # the window's title, ended by BEL
    "\x1b]52;c;cHduZWQ=\x1b\\",  # the clipboard, ended by ST
    "\x1b[?25l",  # hide the cursor
    "\x1b(B",  # a character set
    "\x1b7",  # save the cursor
    "\x07",  # a bell
    "\x08",  # a backspace
    "\x9b31m",  # an 8-bit CSI: red
    "\x9d0;a title\x9c",  # an 8-bit OSC, ended by an 8-bit ST
    "\x1bOP",  # F1, as SS3 and a character
    "\x8fQ",  # F2, as an 8-bit SS3
    "\x00",
]


def tokens(parser: XTermParser, chunks: list[str]) -> list[tuple[str, str]]:
    """What the app is given: pastes and keys, in order."""
    got: list[Message] = []
    for chunk in chunks:
        got.extend(parser.feed(chunk))
    got.extend(parser.tick())
    return [_named(token) for token in got]


def _named(token: Message) -> tuple[str, str]:
    if isinstance(token, events.Paste):
        return ("paste", token.text)
    if isinstance(token, events.Key):
        return ("key", token.key)
    return (type(token).__name__, "")


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({cut % (len(text) + 1) for cut in cuts})
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    return [piece for piece in pieces if piece]  # an empty read is the end of input


def test_a_paste_holding_a_screen_clear_is_its_words_in_order() -> None:
    """The hostile tester's paste: Textual alone gave `^[2J B2` as keys before `A1 `."""
    data = f"{START}A1 \x1b[2J B2{END}"
    assert tokens(GuardedParser(), [data]) == [("paste", "A1  B2")]
    assert tokens(XTermParser(), [data]) != [("paste", "A1  B2")]  # the bug, without the guard


def test_a_coloured_line_copied_from_a_terminal_is_its_text() -> None:
    data = f"{START}\x1b[1;32mgreen\x1b[0m and \x1b]0;t\x07plain\r\nnext\tline{END}"
    assert tokens(GuardedParser(), [data]) == [("paste", "green and plain\r\nnext\tline")]


def test_a_code_cut_short_by_the_end_leaves_nothing_of_it() -> None:
    for cut in ("\x1b(", "\x1b[3", "\x1b]0;tit", "\x1b", "\x9b1", "\x1bO", "\x1bN", "\x8f"):
        assert tokens(GuardedParser(), [f"{START}x{cut}{END}"]) == [("paste", "x")], cut


words = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x2FF), max_size=8).filter(
    lambda word: "\x7f" not in word and not any(0x80 <= ord(c) <= 0x9F for c in word)
)


@given(
    st.lists(st.tuples(words, st.sampled_from(CODES)), max_size=6),
    words,
    st.lists(st.integers(min_value=0, max_value=400), max_size=6),
)
def test_any_paste_read_in_any_pieces_gives_its_words_then_the_next_key(
    pieces: list[tuple[str, str]], last: str, cuts: list[int]
) -> None:
    """However the terminal's reads cut it, the paste is one event holding its words in
    order, and the key typed after it is that key; no code in it becomes a key press."""
    data = START + "".join(word + code for word, code in pieces) + last + END + "q"
    shown = "".join(word for word, _ in pieces) + last
    assert tokens(GuardedParser(), split(data, cuts)) == [("paste", shown), ("key", "q")]


@given(
    st.lists(
        st.sampled_from(["y", "n", "\t", "\r", "\x1b[A", "\x1b[B", "\x1b[1;5C", "\x1b[<0;5;3M"]),
        max_size=8,
    ),
    st.lists(st.integers(min_value=0, max_value=60), max_size=4),
)
def test_keys_outside_a_paste_are_read_as_textual_reads_them(
    keys: list[str], cuts: list[int]
) -> None:
    data = "".join(keys)
    assert tokens(GuardedParser(), split(data, cuts)) == tokens(XTermParser(), [data])


def test_the_keys_after_a_paste_are_keys_again() -> None:
    parser = GuardedParser()
    assert tokens(parser, [f"{START}word\x1b[31", "m!\x1b[20", "1~y\x1b", "[A"]) == [
        ("paste", "word!"),
        ("key", "y"),
        ("key", "up"),
    ]


def test_a_code_longer_than_is_held_is_dropped_whole_across_reads() -> None:
    """A clipboard code of 10 KB, read 4 KB at a time as the driver reads: none of it is
    kept (its body had been saved as words)."""
    data = f"{START}before \x1b]52;c;{'QUJD' * 2500}\x07 after \x1b[{'1;' * 3000}m!{END}"
    chunks = [data[n : n + 4096] for n in range(0, len(data), 4096)]
    assert tokens(GuardedParser(), chunks) == [("paste", "before  after !")]


def test_an_escape_given_as_a_key_does_not_start_a_paste_with_what_follows() -> None:
    """Escape, then `[200~` typed after it: Textual gave the Escape key and reads the rest as
    keys, and so does the guard, so that the next Escape and arrows still work (it had
    taken them all as the start of a paste, and swallowed every Escape after)."""
    parser = GuardedParser()
    assert tokens(parser, ["\x1b"]) == []
    time.sleep(constants.ESCAPE_DELAY + 0.05)
    assert tokens(parser, []) == [("key", "escape")]  # the parser's own timeout, on tick
    typed = tokens(parser, ["[", "2", "0", "0", "~", "\x1b[A"])
    assert typed == [("key", k) for k in ("left_square_bracket", "2", "0", "0", "tilde", "up")]


def test_a_paste_whose_end_never_comes_is_ended_and_the_keys_are_keys_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(terminal_input, "PASTE_STALL", 0.2)
    parser = GuardedParser()
    assert tokens(parser, [f"{START}half a pas"]) == []
    time.sleep(0.25)
    assert tokens(parser, []) == [("paste", "half a pas")]
    assert tokens(parser, ["y", "\x1b[A"]) == [("key", "y"), ("key", "up")]


def test_the_terminal_drivers_read_through_the_guard(ctx: object) -> None:
    """Once the app is made, Textual's Linux driver makes our parser, and decodes bytes that
    are not UTF-8 (a terminal set to Latin-1: a typed "£") as U+FFFD, where its input
    thread stopped the app with a traceback."""
    from wellcheck.tui.app import WellcheckApp

    WellcheckApp(ctx)  # type: ignore[arg-type]
    assert linux_driver.XTermParser is TerminalParser
    decode = linux_driver.getincrementaldecoder("utf-8")().decode
    assert decode(b"\xa3 5 \xe2\x82") == "\ufffd 5 "  # a split character waits for its end
    assert decode(b"\xac") == "€"


def test_a_newline_typed_ahead_is_the_enter_it_was_and_later_one_is_ctrl_j() -> None:
    """Keys typed while the app started came through a cooked terminal, which turned Enter
    into a newline: in those bytes (counted as bytes, "é" is two), a newline is Enter. After
    them, a newline is what the terminal sent for ctrl+j."""
    typed_ahead = len("yé\ntwo\n".encode())
    parser = GuardedParser(typed_ahead=typed_ahead)
    got = tokens(parser, ["yé\nt", "wo\n", "x\n"])
    assert got == [
        ("key", "y"),
        ("key", "é"),
        ("key", "enter"),
        ("key", "t"),
        ("key", "w"),
        ("key", "o"),
        ("key", "enter"),
        ("key", "x"),
        ("key", "ctrl+j"),
    ]
    assert tokens(GuardedParser(), ["\n"]) == [("key", "ctrl+j")]


def test_what_is_waiting_on_a_terminal_is_counted_and_a_pipe_is_not_one() -> None:
    import pty

    main, side = pty.openpty()
    try:
        os.write(main, b"one\rtwo\r")
        with os.fdopen(os.dup(side), "r") as stream:
            time.sleep(0.05)
            assert waiting(stream) == len(b"one\ntwo\n")
        read, write = os.pipe()
        os.write(write, b"abc")
        with os.fdopen(read, "r") as stream:
            assert waiting(stream) == 0  # not a terminal: nothing was typed ahead
        os.close(write)
        assert waiting(None) == 0
    finally:
        os.close(main)
        os.close(side)


@pytest.mark.parametrize(
    ("after", "key"),
    [("u", "u"), ("3", "3"), (" ", "space"), ("\r", "enter"), ("\t", "tab"), ("Y", "Y")],
)
@pytest.mark.parametrize("reads", [1, 2], ids=["one read", "two reads"])
def test_escape_then_a_key_typed_quickly_is_escape_and_that_key(
    after: str, key: str, reads: int
) -> None:
    """Textual read ESC and the key after it (within 0.1 s, or in one packet over SSH) as
    Alt with that key: Escape then `u` (home, then the stand-up) typed a `u` in the field
    being left; Escape then Enter lost the Escape; Escape then 3 was a "£"."""
    chunks = ["\x1b" + after] if reads == 1 else ["\x1b", after]
    assert tokens(GuardedParser(), chunks) == [("key", "escape"), ("key", key)]
    assert tokens(GuardedParser(), ["y\x1b" + after + "n"]) == [
        ("key", "y"),
        ("key", "escape"),
        ("key", key),
        ("key", "n"),
    ]


@pytest.mark.parametrize(
    "data",
    ["\x1b[A", "\x1bOP", "\x1b\x1b", "\x1bb", "\x1bf", "\x1b\x7f", "\x1b[<0;5;3M", "\x1b[27u"],
)
def test_what_follows_an_escape_as_a_code_is_still_the_code(data: str) -> None:
    """An arrow, F1, two Escapes, the word keys (Alt with b, f, Backspace), a mouse report,
    a kitty Escape: as Textual reads them, in one read or cut after the ESC."""
    assert tokens(GuardedParser(), [data]) == tokens(XTermParser(), [data])
    assert tokens(GuardedParser(), [data[:1], data[1:]]) == tokens(XTermParser(), [data])


def test_a_byte_typed_ahead_that_was_not_utf8_counts_as_the_one_byte_it_was() -> None:
    """Six Latin-1 bytes typed ahead, then Enter: each came as one U+FFFD, and had been
    counted as three bytes, so the Enter after them was ctrl+j."""
    typed_ahead = len(b"\xe9" * 6 + b"\n")
    got = tokens(GuardedParser(typed_ahead=typed_ahead), ["\ufffd" * 6 + "\n"])
    assert got[-1] == ("key", "enter")

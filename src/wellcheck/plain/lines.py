"""Line input and output shared by every plain mode: one question a line, Enter keeps what is
there, end of input stops calmly."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TextIO, TypeVar

from wellcheck.core.errors import WellcheckError
from wellcheck.core.visible import visible
from wellcheck.session.outcome import Outcome

T = TypeVar("T")
NOT_TEXT = (
    "That line held characters that are not text (invalid bytes or a control code); "
    "nothing was saved from it. Please type it again."
)
_NOT_TEXT = re.compile("[\udc80-\udcff\x00-\x08\x0b-\x1f\x7f-\x9f]")


class EndOfInput(Exception):
    """Standard input ended: stop, keeping everything saved so far."""


def saved(outcome: Outcome[T]) -> T:
    """What was saved. A save that failed stops plain mode with its one line (exit 1): every
    answer before it is kept, and the user runs it again once the disk is right."""
    if outcome.value is None or not outcome.saved:
        raise WellcheckError(outcome.problem)
    return outcome.value


class LineIO:
    def __init__(self, stdin: TextIO, stdout: TextIO):
        self.stdin, self.stdout = stdin, stdout

    def ask(self, label: str, current: str) -> str | None:
        """One line; None when left empty (keep what is there). A line holding bytes that are
        not text (read with surrogateescape) or control characters is asked again."""
        while True:
            shown = f" [{visible(current)}]" if current else ""
            self.stdout.write(self._wrapped(f"{visible(label)}{shown}") + " > ")
            self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                raise EndOfInput
            text = line.strip()
            if not _NOT_TEXT.search(text):
                return text or None
            self.say(f"   {NOT_TEXT}")

    def ask_until(
        self, label: str, current: str, parse: Callable[[str], T | None], retry: str
    ) -> T | None:
        """Ask again, saying `retry`, until `parse` takes the line; None when left empty."""
        while True:
            line = self.ask(label, current)
            if line is None:
                return None
            answer = parse(line)
            if answer is not None:
                return answer
            self.say(f"   {retry}")

    def choose(self, label: str, current: str, words: dict[str, T]) -> T | None:
        """One of `words` (any case); None when left empty."""
        retry = f"Please answer with one of: {', '.join(words)}."
        return self.ask_until(label, current, lambda line: words.get(line.lower()), retry)

    def say(self, text: str) -> None:
        self.stdout.write(self._wrapped(visible(text)) + "\n")
        self.stdout.flush()

    def _wrapped(self, text: str) -> str:
        """On a terminal, each line folded at a space to its width, never inside a word, the
        folded part indented as its line is; to a pipe or a file, as it is (scripts and screen
        readers take whole lines)."""
        width = self._width()
        if width is None:
            return text
        import textwrap

        lines = []
        for line in text.split("\n"):
            if len(line) <= width:
                lines.append(line)
                continue
            indent = " " * (len(line) - len(line.lstrip(" ")))
            lines.append(
                textwrap.fill(
                    line,
                    width,
                    subsequent_indent=indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        return "\n".join(lines)

    def _width(self) -> int | None:
        try:
            if not self.stdout.isatty():
                return None
        except (AttributeError, ValueError):
            return None
        import shutil

        return max(20, shutil.get_terminal_size((80, 24)).columns - 1)

"""Line input and output shared by every plain mode: one question a line, Enter keeps what is
there, end of input stops calmly."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO, TypeVar

T = TypeVar("T")


class EndOfInput(Exception):
    """Standard input ended: stop, keeping everything saved so far."""


class LineIO:
    def __init__(self, stdin: TextIO, stdout: TextIO):
        self.stdin, self.stdout = stdin, stdout

    def ask(self, label: str, current: str) -> str | None:
        """One line; None when left empty (keep what is there)."""
        shown = f" [{current}]" if current else ""
        self.stdout.write(f"{label}{shown} > ")
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise EndOfInput
        return line.strip() or None

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
        self.stdout.write(text + "\n")
        self.stdout.flush()

"""The YTH stand-up in plain mode: Y, T and H line by line, then earlier help still open.

One entry a line; an empty line moves on. Each line is saved the moment it is read. There is no
timer here: the 90 seconds are a guide, and plain mode leaves the pace to the user.
"""

from __future__ import annotations

from typing import TextIO

from wellcheck.core import standup
from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_lines
from wellcheck.core.content import EntriesItem, Item
from wellcheck.core.errors import WellcheckError
from wellcheck.plain.checklist import CLEAR, ChecklistPlain
from wellcheck.plain.lines import LineIO
from wellcheck.plain.lines import saved as saved_or_stop
from wellcheck.session.session import Session
from wellcheck.session.standup import OpenStandup


class StandupPlain(ChecklistPlain):
    def __init__(self, opened: OpenStandup, session: Session, stdin: TextIO, stdout: TextIO):
        LineIO.__init__(self, stdin, stdout)
        self.standup, self.session = opened, session
        self.instrument = opened.instrument
        self.record = opened.record
        self.label = opened.label
        self.problems = [f"({problem})" for problem in opened.problems]
        self.earlier = opened.earlier
        self.carry = opened.carry

    def _after_items(self) -> None:
        """The stand-up asks nothing after its three items."""

    def _header(self) -> None:
        super()._header()
        if self.instrument.intro:
            self.say(self.instrument.intro)
        for problem in self.problems:
            self.say(problem)

    def _ask_item(self, item: Item) -> None:
        if isinstance(item, EntriesItem):
            self._ask_entries(item)
        else:
            super()._ask_item(item)

    def _ask_entries(self, item: EntriesItem) -> None:
        old = self.record.answers.get(item.id)
        current = [e for e in old.entries if e.strip()] if old else []
        if item.id == standup.YESTERDAY and self.carry is not None:
            when = self.carry.day
            self.say(f"   Carried over from your T of {when:%A} {when.day} {when:%B}:")
            current = list(self.carry.entries)
        for entry in current:
            self.say(f"     - {entry}")
        keep = "Enter keeps these; " if current else ""
        self.say(f"   ({keep}one entry a line, an empty line to finish; {CLEAR} alone clears)")
        first = self.ask("  ", "")
        if first is None:
            if current and old is None:
                self._save(item, with_lines(item, None, "\n".join(current)))
            return
        lines = [] if first == CLEAR else [first]
        self._save(item, with_lines(item, None, "\n".join(lines)))
        while lines:
            more = self.ask("  ", "")
            if more is None:
                return
            lines.append(more)
            self._save(item, with_lines(item, None, "\n".join(lines)))

    def _after_item(self, item: Item) -> None:
        """A stand-up has no question that notes a supervision."""

    def _offer_goal(self) -> None:
        """In the stand-up, the follow-up is help asked for earlier, not a goal."""
        if not self.earlier:
            return
        self.say("\nStill open from earlier stand-ups:")
        for n, request in enumerate(self.earlier, 1):
            self.say(f"   {n}. {request.day:%a} {request.day.day} {request.day:%b}: {request.text}")

        def parse(line: str) -> list[int] | None:
            words = line.replace(",", " ").split()
            if all(w.isdigit() and 1 <= int(w) <= len(self.earlier) for w in words):
                return [int(w) for w in words]
            return None

        chosen = self.ask_until(
            "   Numbers of any now resolved, e.g. 1 3 (Enter for none)",
            "",
            parse,
            f"Please give numbers from 1 to {len(self.earlier)}, or press Enter.",
        )
        for number in dict.fromkeys(chosen or []):
            request = self.earlier[number - 1]
            outcome = self.session.resolve_help(request.day, request.text, True)
            if outcome.warning:
                self.say(f"   ({outcome.warning})")
            if not outcome.saved:
                raise WellcheckError(outcome.problem)
        if chosen:
            self.say("   Marked resolved.")

    def _save(self, item: Item, answer: Answer) -> Answer:
        outcome = self.standup.save(item.id, answer)
        if outcome.warning:
            self.say(f"   ({outcome.warning})")
        saved = saved_or_stop(outcome)
        self.record = self.standup.record
        return saved

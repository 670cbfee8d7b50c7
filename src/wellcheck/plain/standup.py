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
from wellcheck.plain.checklist import PlainSession
from wellcheck.session.context import Context

CLEAR = "-"


class StandupSession(PlainSession):
    def __init__(self, ctx: Context, stdin: TextIO, stdout: TextIO):
        super().__init__(ctx, standup.standup_instrument(ctx.content), stdin, stdout)
        standup.load(ctx.store, ctx.today)
        self.problems: list[str] = []
        self.earlier: list[standup.HelpRequest] = []
        self.carry: standup.CarryOver | None = None
        try:
            self.earlier = standup.earlier_open(ctx.store, ctx.today, self.record)
            if standup.YESTERDAY not in self.record.answers:
                self.carry = standup.find_carry_over(ctx.store, ctx.today)
        except WellcheckError as exc:
            self.problems.append(f"({exc})")

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
            try:
                standup.set_resolved(self.ctx.store, request.day, request.text, self.ctx.today)
            except standup.IndexNotUpdated as exc:
                self.say(f"   ({exc})")
        if chosen:
            self.say("   Marked resolved.")

    def _save(self, item: Item, answer: Answer) -> Answer:
        try:
            self.record = standup.save_answer(self.ctx.store, self.ctx.today, item.id, answer)
        except standup.IndexNotUpdated as exc:
            self.say(f"   ({exc})")
            self.record = standup.load(self.ctx.store, self.ctx.today)
        return self.record.answers[item.id]

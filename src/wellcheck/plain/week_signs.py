"""The weekly check-in's question over the plan's signs, in plain mode: the user's own signs
numbered, those noticed given by number, and, when one is, what the plan says helps, the
user's support contacts, the helplines a sign calls for and the sources' advice."""

from __future__ import annotations

from typing import TextIO

from wellcheck.plain.lines import LineIO, saved
from wellcheck.plain.signs import ask_numbers
from wellcheck.session.week_signs import TALK, WeekSigns


class WeekSignsPlain(LineIO):
    def __init__(self, signs: WeekSigns, stdin: TextIO, stdout: TextIO):
        super().__init__(stdin, stdout)
        self.signs = signs

    def run(self) -> None:
        signs = self.signs
        self.say(f"\n{signs.prompt}")
        for problem in signs.problems:
            self.say(f"   ⚠ {problem}")
        if signs.not_asked():
            self.say(f"   {signs.not_asked()}")
            return
        ticked = signs.ticked()
        for n, sign in enumerate(signs.signs, 1):
            self.say(f"   {n:>2}. {'[x]' if sign.key in ticked else '[ ]'} {sign.words}")
        current = {n for n, s in enumerate(signs.signs, 1) if s.key in ticked}
        label = "   Numbers of any you noticed this week"
        chosen = ask_numbers(self, label, len(signs.signs), current)
        if chosen is not None:
            for n, sign in enumerate(signs.signs, 1):
                if (n in chosen) != (sign.key in ticked):
                    saved(signs.save(sign.key, n in chosen))
        if signs.ticked():
            self._support()

    def _support(self) -> None:
        signs = self.signs
        if signs.helps:
            self.say("   What your plan says helps:")
            for line in signs.helps.splitlines():
                self.say(f"     {line}")
        self.say(f"   {TALK}")
        self.say("   Your support:")
        for line in signs.contacts:
            self.say(f"     {line}")
        for post in signs.signposts_for(signs.ticked()):
            self.say(f"   {post.title}:")
            for h in post.lines:
                self.say(f"     {h.name}: {h.number}" + (f" ({h.note})" if h.note else ""))
        for advice in signs.advice:
            self.say(f"   {advice.title}:")
            for line in advice.lines:
                self.say(f"     • {line}")

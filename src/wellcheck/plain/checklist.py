"""A checklist in plain mode: the same questions line by line, for screen readers and scripts.

Every answer is saved the moment its line is read. End of input stops calmly, keeping all that
was given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TextIO

from wellcheck.core.answers import Answer, Record
from wellcheck.core.checklist import has_no, with_entry, with_field, with_value
from wellcheck.core.content import (
    CheckItem,
    ChoiceItem,
    DateItem,
    Instrument,
    Item,
    ListItem,
    ScaleItem,
    SignsItem,
    TextItem,
)
from wellcheck.core.errors import WellcheckError
from wellcheck.core.periods import parse_date
from wellcheck.plain.lines import EndOfInput, LineIO, saved
from wellcheck.plain.signs import ask_choice, ask_date, ask_signs
from wellcheck.plain.week_signs import WeekSignsPlain
from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.goals import GoalActions

_CHECK_WORDS = {
    **{"y": "yes", "yes": "yes", "n": "no", "no": "no"},
    **{"a": "na", "na": "na", "n/a": "na"},  # `a` as in the app
}
CLEAR = "-"
"""A line holding only this clears the answer, in every plain mode (the stand-up too)."""
_SHOWN = {"yes": "yes", "no": "no", "na": "not applicable"}


class ChecklistPlain(LineIO):
    def __init__(self, checklist: OpenChecklist, goals: GoalActions, stdin: TextIO, stdout: TextIO):
        super().__init__(stdin, stdout)
        self.checklist, self.goals = checklist, goals
        self.instrument: Instrument = checklist.instrument
        self.record: Record = checklist.record
        self.label = checklist.label

    def run(self) -> int:
        self._header()
        try:
            for number, item in enumerate(self.instrument.items, 1):
                self.say(f"\n{number}/{len(self.instrument.items)} {item.prompt}")
                if item.help:
                    self.say(f"   {item.help}")
                self._ask_item(item)
                self._after_item(item)
            self._after_items()
            self._offer_goal()
        except EndOfInput:
            self.say("\nEnd of input: everything you answered is saved.")
            return 0
        self.say("\nSaved. Thank you for taking a moment for yourself.")
        return 0

    def _header(self) -> None:
        label = self.label
        self.say(f"{self.instrument.title}{' — ' + label if label else ''}")
        if self.instrument.source:
            self.say(f"From: {self.instrument.source}")
        self.say(
            "Each answer is saved as you give it. Press Enter on its own to skip or keep an "
            f"answer, and {CLEAR} on its own to clear one."
        )

    def _ask_item(self, item: Item) -> None:
        old = self.record.answers.get(item.id)
        if isinstance(item, CheckItem):
            self._ask_check(item, old)
        elif isinstance(item, TextItem):
            for field in item.fields:
                current = old.fields.get(field.id, "") if old else ""
                text = self.ask(f"   {field.label}", current)
                if text is not None:
                    text = "" if text == CLEAR else text
                    old = self._save(item, with_field(item, old, field.id, text))
        elif isinstance(item, ListItem):
            for index in range(item.count):
                current = old.entries[index] if old and index < len(old.entries) else ""
                text = self.ask(f"   {index + 1}.", current)
                if text is not None:
                    text = "" if text == CLEAR else text
                    old = self._save(item, with_entry(item, old, index, text))
        elif isinstance(item, ScaleItem):
            self._ask_scale(item, old)
        elif isinstance(item, SignsItem):
            ask_signs(self, item, old, lambda answer: self._save(item, answer))
        elif isinstance(item, ChoiceItem):
            ask_choice(self, item, old, lambda answer: self._save(item, answer))
        elif isinstance(item, DateItem):
            today = self.checklist.today
            ask_date(self, item, old, today, lambda answer: self._save(item, answer))

    def _after_items(self) -> None:
        """The weekly check-in's question over the plan's signs, when it asks one."""
        if self.checklist.week_signs is not None:
            WeekSignsPlain(self.checklist.week_signs, self.stdin, self.stdout).run()

    def _ask_check(self, item: CheckItem, old: Answer | None) -> None:
        choices = "y = yes, n = no" + (f", a = {item.na_label}" if item.allow_na else "")
        current = _SHOWN.get(str(old.value), "") if old and old.value else ""
        self.say(f'   ({choices}; a note may follow the answer, e.g. "n ran late")')

        def parse(line: str) -> Answer | None:
            if line == CLEAR:
                return replace(with_value(item, old, None), note="")
            word, _, note = line.partition(" ")
            value = _CHECK_WORDS.get(word.lower())
            if value is None or (value == "na" and not item.allow_na):
                return None
            answer = with_value(item, old, value)
            return replace(answer, note=note.strip()) if note.strip() else answer

        answer = self.ask_until("   Answer", current, parse, f"Please answer with {choices}.")
        if answer is not None:
            self._save(item, answer)

    def _ask_scale(self, item: ScaleItem, old: Answer | None) -> None:
        def parse(line: str) -> Answer | None:
            if line == CLEAR:
                return with_value(item, old, None)
            if line.isdigit() and item.min <= int(line) <= item.max:
                return with_value(item, old, int(line))
            return None

        span = f"{item.min} to {item.max}"
        current = str(old.value) if old and old.value is not None else ""
        answer = self.ask_until(f"   {span}", current, parse, f"Please give a number from {span}.")
        if answer is not None:
            self._save(item, answer)

    def _offer_goal(self) -> None:
        """Offered once for each checklist period: Enter on its own is "not now", kept."""
        origin = self.checklist.origin
        if not has_no(self.instrument, self.record) or not self.instrument.next_step:
            return
        if self.goals.offered(origin):
            return
        self.say(f"\n{self.instrument.next_step}")
        text = self.ask("   A goal for yourself (Enter: not now)", "")
        if not text:
            declined = self.goals.decline(origin)
            if not declined.saved:
                raise WellcheckError(declined.problem)
            return

        def parse(line: str) -> date | None:
            try:
                return parse_date(line)
            except WellcheckError:
                return None

        due = self.ask_until(
            "   Target date, YYYY-MM-DD (Enter for none)", "", parse, "Please use YYYY-MM-DD."
        )
        saved(self.goals.add(text, due, self.checklist.origin))
        self.say("   Goal saved. It will show on the home screen until you mark it done.")

    def _after_item(self, item: Item) -> None:
        """After each answer: the supervision question answered yes offers to note its day."""
        if self.checklist.offers_supervision():
            self._offer_supervision()

    def _offer_supervision(self) -> None:
        """The supervision question answered yes: its day may be noted (Enter: not now)."""

        def parse(line: str) -> date | None:
            try:
                return parse_date(line)
            except WellcheckError:
                return None

        self.say("   The summary's pack since your last supervision starts from its day.")
        day = self.ask_until(
            "   The day of that supervision, YYYY-MM-DD (Enter: not now)",
            "",
            parse,
            "Please use YYYY-MM-DD.",
        )
        if day is None:
            return
        outcome = self.checklist.note_supervision(day)
        if not outcome.saved:
            self.say(f"   {outcome.problem}.")
            return
        self.say(f"   Noted: supervision on {day:%A} {day.day} {day:%B %Y}.")

    def _save(self, item: Item, answer: Answer) -> Answer:
        answer = saved(self.checklist.save(item.id, answer))
        self.record = self.checklist.record
        return answer

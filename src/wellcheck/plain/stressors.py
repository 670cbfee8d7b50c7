"""Plain mode for the stressors grid: row by row on stdin/stdout, saved as each line is read.

For each row: ticked in about the last six months? Only a ticked row is asked the rest (impact,
affecting work, note, help, from where, supervision). Enter keeps what is there. End of input
stops calmly, keeping everything given.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TextIO

from wellcheck.core.content import GridCategory
from wellcheck.core.errors import WellcheckError
from wellcheck.core.stressors import (
    NO_CONTACTS,
    ROLE_NAMES,
    blank_row,
    is_past,
    own_row,
    support_lines,
)
from wellcheck.core.stressors_answers import (
    CONTACT_ROLES,
    HELP_FROM_TEXT,
    HELP_STATUS_TEXT,
    Contact,
    HelpFrom,
    HelpStatus,
    StressorAnswer,
)
from wellcheck.plain.checklist import CLEAR
from wellcheck.plain.lines import EndOfInput, LineIO, saved
from wellcheck.session.stressors import OpenStressors

NO_CONTACTS_PLAIN = (
    "If this is weighing on you, it can help to talk to someone: your supervisor, occupational "
    "health or the employee assistance programme."
)
_YES_NO = {"y": True, "yes": True, "n": False, "no": False}
# The n-th option by its digit, as everywhere in wellcheck (the key map); - alone clears.
_HELP: dict[str, HelpStatus | None] = {"1": "sought", "2": "need", "3": "not-needed", CLEAR: None}
_FROM: dict[str, HelpFrom | None] = {"1": "work", "2": "elsewhere", "3": "both", CLEAR: None}


class StressorsPlain(LineIO):
    def __init__(self, stressors: OpenStressors, stdin: TextIO, stdout: TextIO):
        super().__init__(stdin, stdout)
        self.stressors = stressors
        self.instrument, self.grid = stressors.instrument, stressors.grid
        self.today = stressors.today
        self.rows: dict[str, StressorAnswer] = stressors.rows()

    def run(self) -> int:
        self.say(self.instrument.title)
        self.say(self.instrument.intro)
        self.say(f"\n{self.grid.prompt}\n{self.grid.help}")
        self.say("Each answer is saved as you give it. Press Enter on its own to keep an answer.")
        try:
            for category in self.grid.categories:
                self._category(category)
        except EndOfInput:
            self.say("\nEnd of input: everything you answered is saved.")
            return 0
        self.say("\nSaved. Decide what, if anything, you want to take to reflective supervision.")
        return 0

    def _category(self, category: GridCategory) -> None:
        self.say(f"\n== {category.label} ==")
        ids = [e.id for e in category.entries]
        ids += [k for k, r in self.rows.items() if r.own and r.category == category.id]
        for entry_id in ids:
            self._row(entry_id, category)
        while category.what_else:
            label = self.ask(f"{category.what_else} (your own words, Enter to move on)", "")
            if not label:
                return
            entry_id = self.stressors.new_own_id()
            self._save(entry_id, own_row(category, label))
            self._details(entry_id)

    def _row(self, entry_id: str, category: GridCategory) -> None:
        row = self.rows.get(entry_id) or blank_row(category, self.grid.entry(entry_id)[1])
        past = is_past(row, self.today, self.grid.lookback_months)
        current = ("yes" if row.ticked else "no") if row.changed_at else ""
        when = f" (past: last changed {row.changed_at:%d %b %Y})" if past and row.changed_at else ""
        ticked = self.choose(f"\n{row.label}{when}\n   Experienced? y/n", current, _YES_NO)
        if ticked is not None and (ticked != row.ticked or past):
            row = self._save(entry_id, replace(row, ticked=ticked, changed_at=None))
        if row.ticked:
            self._details(entry_id)

    def _details(self, entry_id: str) -> None:
        row = self.rows[entry_id]
        signpost = self.grid.signposts.get(entry_id)
        if signpost is not None:
            self.say(f"   {signpost.title}:")
            for helpline in signpost.lines:
                extra = f" — {helpline.note}" if helpline.note else ""
                self.say(f"     {helpline.number}  {helpline.name}{extra}")
        impacts = {str(n): n for n in range(1, 6)}
        impact = self.choose("   Impact, 1 (low) to 5 (high)", str(row.impact or ""), impacts)
        if impact is not None:
            row = self._save(entry_id, replace(row, impact=impact, changed_at=None))
            if impact >= 4:
                self._support()
        affecting = _shown(row.affecting_work)
        value = self.choose("   Affecting work? y/n", affecting, _YES_NO)
        if value is not None:
            row = self._save(entry_id, replace(row, affecting_work=value, changed_at=None))
        note = self.ask("   Note: how it affects you at work", row.note)
        if note is not None:
            row = self._save(entry_id, replace(row, note=note, changed_at=None))
        help_now = HELP_STATUS_TEXT.get(row.help or "", "")
        label = "   Help? 1 already sought, 2 need to seek, 3 not needed, - clears"
        key = self.choose(label, help_now, {k: k for k in _HELP})
        if key is not None:
            row = self._save(entry_id, replace(row, help=_HELP[key], changed_at=None))
        from_now = HELP_FROM_TEXT.get(row.help_from or "", "")
        label = "   From? 1 work, 2 elsewhere, 3 both, - clears"
        key = self.choose(label, from_now, {k: k for k in _FROM})
        if key is not None:
            row = self._save(entry_id, replace(row, help_from=_FROM[key], changed_at=None))
        flag = self.choose("   Take to supervision? y/n", _shown(row.flagged), _YES_NO)
        if flag is not None:
            self._save(entry_id, replace(row, flagged=flag, changed_at=None))

    def _support(self) -> None:
        support = self.stressors.current_support()
        if support.value is None:  # a convenience: the grid goes on without them
            self.say(f"   ({support.problem})")
            return
        lines = support_lines(support.value)
        if lines != [NO_CONTACTS]:
            for text in lines:
                self.say(f"   {text}")
            return
        self.say(f"   {NO_CONTACTS_PLAIN}")
        if self.choose("   Note them now? y/n (Enter: not now)", "", _YES_NO):
            self._contacts()

    def _contacts(self) -> None:
        """The support contacts, asked here as the app's `c` asks them."""
        for role in CONTACT_ROLES:
            self.say(f"   {ROLE_NAMES[role]}")
            contact = Contact()
            for field, label in (("name", "Name"), ("phone", "Phone"), ("email", "Email")):
                text = self.ask(f"     {label}", "")
                if text is not None and text != CLEAR:
                    contact = replace(contact, **{field: text})
            if not contact.is_blank():
                outcome = self.stressors.save_contact(role, contact)
                if not outcome.saved:
                    raise WellcheckError(outcome.problem)
        self.say("   Saved. They will be offered here whenever a row weighs on you.")

    def _save(self, entry_id: str, row: StressorAnswer) -> StressorAnswer:
        self.rows[entry_id] = saved(self.stressors.save_row(entry_id, row))
        return self.rows[entry_id]


def _shown(value: bool | None) -> str:
    return {True: "yes", False: "no", None: ""}[value]

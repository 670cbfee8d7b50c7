"""Your support contacts: supervisor, occupational health, employee assistance programme.

The toolkit asks organisations to fill these in for their staff; here the user keeps their own.
Each field is saved as it is typed (the app saves; this screen posts ContactChanged).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input

from wellcheck.core.stressors import ROLE_NAMES
from wellcheck.core.stressors_answers import (
    CONTACT_ROLES,
    Contact,
    ContactRole,
    SupportContacts,
)
from wellcheck.session.outcome import Outcome
from wellcheck.tui.bindings import MOVE_BETWEEN_FIELDS
from wellcheck.tui.protocols import LeaveGuard, Saves, report
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words


class KeepsContacts(Protocol):
    def save_contact(self, role: ContactRole, contact: Contact) -> Outcome[None]: ...


FIELDS = (("name", "Name"), ("phone", "Phone"), ("email", "Email"), ("notes", "Notes"))
HINTS = {
    "supervisor": "Who you take things to in supervision.",
    "occupational_health": "Your provider, and how to be referred (notes).",
    "eap": "Usually confidential; you can often self-refer, 24 hours a day (website in notes).",
}


class SupportScreen(Screen[None]):
    """Tab moves between fields; Escape goes back. Every change is saved at once."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        *MOVE_BETWEEN_FIELDS,
        Binding("enter", "app.focus_next", "Next", show=False, priority=True),
    ]

    def __init__(self, support: SupportContacts, keeper: KeepsContacts) -> None:
        super().__init__(classes="support")
        self.support = support
        self.keeper = keeper
        self.leaving = LeaveGuard()
        self.opened = {role: support.get(role) for role in CONTACT_ROLES}
        """The contacts as they were when the screen opened."""

    def compose(self) -> ComposeResult:
        yield Words("Your support contacts", id="title")
        with VerticalScroll(id="contacts"):
            yield Words(
                "Kept only on this machine, with your answers. Shown on the stressors grid when "
                "something weighs heavily (impact 4 or 5).",
                classes="intro",
            )
            for role in CONTACT_ROLES:
                yield Words(ROLE_NAMES[role], classes="section")
                yield Words(HINTS[role], classes="help")
                contact = self.support.get(role)
                for key, label in FIELDS:
                    with Horizontal(classes="contact-row"):  # the label stays once filled in
                        yield Words(label, classes="contact-label")
                        yield TextField(
                            getattr(contact, key),
                            id=f"{role}-{key}",
                            classes="contact-field",
                            select_on_focus=False,
                        )
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    @on(Input.Changed, ".contact-field")
    def field_changed(self, event: Input.Changed) -> None:
        event.stop()
        role_text, _, key = (event.input.id or "").rpartition("-")
        role = next(r for r in CONTACT_ROLES if r == role_text)
        contact = self.support.get(role)
        if getattr(contact, key) == event.value:
            return
        self.support.contacts[role] = replace(contact, **{key: event.value})
        self._save(role)

    def _save(self, role: ContactRole) -> None:
        outcome = self.keeper.save_contact(role, self.support.get(role))
        report(self, outcome, "What you typed is still on screen.")

    def action_back(self) -> None:
        if self.leaving.may_leave(self):  # this visit's changes, saved once more first
            self.dismiss(None)

    def take_unsaved(self) -> Saves | None:
        """Every contact changed on this visit, as on screen now, as a call that saves them
        (a quick exit: it may come before the last keystroke was saved, or after a failed save).
        """
        changed = SupportContacts()
        for role in CONTACT_ROLES:
            values = {key: self.query_one(f"#{role}-{key}", Input).value for key, _ in FIELDS}
            if Contact(**values) != self.opened[role]:
                changed.contacts[role] = Contact(**values)
        if not changed.contacts:
            return None
        keeper = self.keeper

        def save() -> list[Outcome[None]]:
            return [
                keeper.save_contact(role, contact) for role, contact in changed.contacts.items()
            ]

        return save

"""A date item: one day typed as YYYY-MM-DD (the plan's review date), saved once it is one."""

from __future__ import annotations

from datetime import date, timedelta

from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Input

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_value
from wellcheck.core.content import DateItem
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.fields import TextField
from wellcheck.tui.widgets.words import Words

NOT_YET = "Not a date yet: YYYY-MM-DD, e.g. {example}. Nothing is saved until it is one."
NOT_A_DATE = "“{text}” is not a date (YYYY-MM-DD)"
"""Said as the screen is left (`LeaveGuard`), which goes on: "What you typed is still…"."""


def as_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


class DateWidget(ItemWidget):
    """A one-line field; an empty field clears the date."""

    def __init__(
        self, item: DateItem, answer: Answer | None, today: date, *, id: str | None = None
    ) -> None:
        super().__init__(item, answer, id=id)
        self.item: DateItem = item
        self.example = (today + timedelta(weeks=item.suggest_weeks)).isoformat()

    def compose(self) -> ComposeResult:
        yield Words(self.item.prompt, classes="prompt")
        if self.item.help:
            yield Words(self.item.help, classes="help")
        value = str(self.answer.value) if self.answer and self.answer.value else ""
        yield TextField(value, placeholder=f"e.g. {self.example}", select_on_focus=False)

    def _answer_for(self, text: str) -> Answer | None:
        """The answer this text gives: a date, none when empty, or None if it is neither."""
        text = text.strip()
        current = str(self.answer.value or "") if self.answer else ""
        if text == current or (text and as_date(text) is None):
            return None
        return with_value(self.item, self.answer, text or None)

    @on(Input.Changed)
    def date_typed(self, event: Input.Changed) -> None:
        event.stop()
        text = event.value.strip()
        self.show_hint(
            NOT_YET.format(example=self.example) if self._not_a_date() else "", stays=True
        )
        answer = self._answer_for(text)
        if answer is not None:
            self.answer = answer
            self.post_message(ItemAnswered(self.item.id, answer))

    def pending(self) -> Answer | None:
        return self._answer_for(self.query_one(Input).value)

    def _not_a_date(self) -> bool:
        text = self.query_one(Input).value.strip()
        return bool(text) and as_date(text) is None

    def not_yet_an_answer(self) -> str:
        if not self._not_a_date():
            return ""
        return NOT_A_DATE.format(text=self.query_one(Input).value.strip())

    def first_focus(self) -> Widget:
        return self.query_one(Input)

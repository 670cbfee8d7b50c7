"""What an instrument's answers add up to: its state, its "no" answers, and answer building."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import CheckItem, EntriesItem, Instrument, Item, ListItem, TextItem

State = Literal["not started", "in progress", "done"]


def state_of(instrument: Instrument, record: Record) -> State:
    """Not started (nothing given), done (every item not optional given), or in progress."""
    given = {i.id for i in instrument.items if _given(record, i.id)}
    if not given:
        return "not started"
    if all(i.id in given for i in instrument.items if not i.optional):
        return "done"
    return "in progress"


def has_no(instrument: Instrument, record: Record) -> bool:
    """Whether any check is answered "no": the toolkit's cue to suggest a next step."""
    return any(
        isinstance(item, CheckItem) and _value(record, item.id) == "no" for item in instrument.items
    )


def blank_answer(item: Item) -> Answer:
    """An empty answer carrying the item's current wording."""
    if isinstance(item, TextItem):
        return Answer(prompt=item.prompt, labels={f.id: f.label for f in item.fields})
    return Answer(prompt=item.prompt)


def with_value(item: Item, old: Answer | None, value: str | int | None) -> Answer:
    base = old or blank_answer(item)
    return replace(base, prompt=item.prompt, value=value, changed_at=None)


def with_note(item: Item, old: Answer | None, note: str) -> Answer:
    base = old or blank_answer(item)
    return replace(base, prompt=item.prompt, note=note, changed_at=None)


def with_field(item: TextItem, old: Answer | None, field_id: str, text: str) -> Answer:
    base = old or blank_answer(item)
    fields = {**base.fields, field_id: text}
    labels = {f.id: f.label for f in item.fields}
    return replace(base, prompt=item.prompt, fields=fields, labels=labels, changed_at=None)


def with_entry(item: ListItem, old: Answer | None, index: int, text: str) -> Answer:
    base = old or blank_answer(item)
    entries = list(base.entries) + [""] * (item.count - len(base.entries))
    entries[index] = text
    return replace(base, prompt=item.prompt, entries=entries, changed_at=None)


def with_lines(item: EntriesItem, old: Answer | None, text: str) -> Answer:
    """An entries item's answer from its text as typed: one entry a line."""
    base = old or blank_answer(item)
    return replace(base, prompt=item.prompt, entries=text.split("\n"), changed_at=None)


def _given(record: Record, item_id: str) -> bool:
    answer = record.answers.get(item_id)
    return answer is not None and answer.is_answered()


def _value(record: Record, item_id: str) -> str | int | None:
    answer = record.answers.get(item_id)
    return answer.value if answer else None

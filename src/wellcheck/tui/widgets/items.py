"""The widget for each kind of item: the one place that maps an instrument's items to widgets.

The kinds the built-in checklists ask (yes / no, text, a list, entries) are imported with this
module; the others (a scale, a choice, a date, signs: a user's own instruments and the plan)
only when a screen first shows one, so that the daily checklist's start does not wait for them
(a few milliseconds of its first paint)."""

from __future__ import annotations

from datetime import date

from wellcheck.core.answers import Record
from wellcheck.core.content import (
    CheckItem,
    ChoiceItem,
    DateItem,
    EntriesItem,
    Item,
    ListItem,
    ScaleItem,
    SignsItem,
    TextItem,
)
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.check import CheckWidget
from wellcheck.tui.widgets.entries import EntriesWidget
from wellcheck.tui.widgets.text import ListWidget, TextWidget


def widget_for(item: Item, record: Record, today: date) -> ItemWidget:
    if isinstance(item, CheckItem):
        return CheckWidget(item, record.answers.get(item.id), id=f"item-{item.id}")
    if isinstance(item, TextItem):
        return TextWidget(item, record.answers.get(item.id), id=f"item-{item.id}")
    if isinstance(item, ListItem):
        return ListWidget(item, record.answers.get(item.id), id=f"item-{item.id}")
    if isinstance(item, EntriesItem):
        return EntriesWidget(item, record.answers.get(item.id), id=f"item-{item.id}")
    if isinstance(item, ScaleItem):
        from wellcheck.tui.widgets.scale import ScaleWidget

        return ScaleWidget(item, record.answers.get(item.id), id=f"item-{item.id}")
    if isinstance(item, SignsItem):
        from wellcheck.tui.widgets.signs import SignsWidget

        return SignsWidget(item, record.answers.get(item.id), id=f"item-{item.id}")
    if isinstance(item, ChoiceItem):
        from wellcheck.tui.widgets.choice import ChoiceWidget

        return ChoiceWidget(item, record.answers.get(item.id), id=f"item-{item.id}")
    if isinstance(item, DateItem):
        from wellcheck.tui.widgets.date import DateWidget

        return DateWidget(item, record.answers.get(item.id), today, id=f"item-{item.id}")
    raise TypeError(f"no widget for {type(item).__name__}")

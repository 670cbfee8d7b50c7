"""Signs and dates in plain mode: a numbered list ticked by number, and one day typed as
YYYY-MM-DD. Used by a checklist's `signs` and `date` items (the plan) and by the weekly
check-in's question over the plan's signs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from wellcheck.core.answers import Answer
from wellcheck.core.checklist import with_value
from wellcheck.core.content import ChoiceItem, DateItem, SignsItem
from wellcheck.core.plan import YES, with_own, with_sign
from wellcheck.plain.lines import LineIO

CLEAR = "-"
NUMBERS_RETRY = "Please give the numbers shown, separated by spaces (or - for none)."


def ask_numbers(io: LineIO, label: str, count: int, current: set[int]) -> set[int] | None:
    """The numbers (1 to count) given on one line; None when left empty (kept as it is)."""

    def parse(line: str) -> set[int] | None:
        if line == CLEAR:
            return set()
        words = line.replace(",", " ").split()
        if not words or not all(w.isdigit() and 1 <= int(w) <= count for w in words):
            return None
        return {int(w) for w in words}

    shown = " ".join(str(n) for n in sorted(current))
    return io.ask_until(label, shown, parse, NUMBERS_RETRY)


def ask_signs(
    io: LineIO, item: SignsItem, old: Answer | None, save: Callable[[Answer], Answer]
) -> None:
    """Each group's signs numbered on from the last, ticked by number; then the user's own."""
    ticked = {k for k, v in old.fields.items() if v == YES} if old else set()
    numbered: list[str] = []
    for group in item.groups:
        io.say(f"   {group.label}")
        for sign in group.signs:
            numbered.append(sign.id)
            mark = "[x]" if sign.id in ticked else "[ ]"
            io.say(f"     {len(numbered):>2}. {mark} {sign.label}")
    current = {n for n, sign_id in enumerate(numbered, 1) if sign_id in ticked}
    chosen = ask_numbers(io, "   Numbers of the signs that are yours", len(numbered), current)
    if chosen is not None:
        for n, sign_id in enumerate(numbered, 1):
            if (n in chosen) != (sign_id in ticked):
                old = save(with_sign(item, old, sign_id, n in chosen))
    if item.own_count:
        io.say(f"   {item.own_label}")
    for index in range(item.own_count):
        entries = old.entries if old else []
        text = io.ask(f"   {index + 1}.", entries[index] if index < len(entries) else "")
        if text is not None:
            old = save(with_own(item, old, index, "" if text == CLEAR else text))


def ask_date(
    io: LineIO, item: DateItem, old: Answer | None, today: date, save: Callable[[Answer], Answer]
) -> None:
    from datetime import timedelta

    example = (today + timedelta(weeks=item.suggest_weeks)).isoformat()

    def parse(line: str) -> Answer | None:
        if line == CLEAR:
            return with_value(item, old, None)
        try:
            return with_value(item, old, date.fromisoformat(line).isoformat())
        except ValueError:
            return None

    current = str(old.value) if old and old.value else ""
    retry = f"Please give a date as YYYY-MM-DD, e.g. {example}."
    answer = io.ask_until(f"   YYYY-MM-DD, e.g. {example}", current, parse, retry)
    if answer is not None:
        save(answer)


def ask_choice(
    io: LineIO, item: ChoiceItem, old: Answer | None, save: Callable[[Answer], Answer]
) -> None:
    """The answers numbered, one picked by its number (never a score: it only says which)."""
    from dataclasses import replace

    for n, option in enumerate(item.options, 1):
        io.say(f"     {n}. {option.label}")

    def parse(line: str) -> Answer | None:
        if line == CLEAR:
            return replace(with_value(item, old, None), entries=[])
        if line.isdigit() and 1 <= int(line) <= len(item.options):
            option = item.options[int(line) - 1]
            return replace(with_value(item, old, option.id), entries=[option.label])
        return None

    chosen = item.option(str(old.value)) if old and old.value else None
    current = chosen.label if chosen else ""
    retry = f"Please give a number from 1 to {len(item.options)}."
    answer = io.ask_until(f"   1 to {len(item.options)}", current, parse, retry)
    if answer is not None:
        save(answer)

"""The YTH stand-up: yesterday's plan carried over, and help requests followed up until resolved.

Y, T and H are the items `yesterday`, `today` and `help` of the `standup` instrument, kept one
file per day as a Record (standup/2026/2026-11-23.json). Each non-blank line of H is a help
request. When one is marked resolved, the date is kept in the same day's file under the reserved
answer key `_resolved` (item ids cannot start with "_"), so a week's requests and whether they
were resolved read from that week's files alone. The open ones are also listed in a small index,
help-requests.json, rewritten whenever H or a resolution changes, so the home screen and the next
stand-up read one file, never the history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from wellcheck.core import layout, shape
from wellcheck.core.answers import Answer, Record
from wellcheck.core.answers import HelpRequest as HelpRequest  # re-exported for its users
from wellcheck.core.answers import OpenHelp as OpenHelp
from wellcheck.core.errors import ContentError, DataError, WellcheckError
from wellcheck.core.layout import HELP_INDEX
from wellcheck.core.layout import RESOLVED_KEY as RESOLVED_KEY
from wellcheck.core.layout import STANDUP_ID as STANDUP_ID
from wellcheck.core.store import JsonStore
from wellcheck.core.value import FrozenValue, value_class

if TYPE_CHECKING:  # content is pydantic: the weekly summary reads help without importing it
    from wellcheck.core.content import Instrument
    from wellcheck.core.content_loader import ContentSet

YESTERDAY, TODAY, HELP = "yesterday", "today", "help"
LOOKBACK_DAYS = 31
"""How far back the last stand-up is looked for: one file read per day at most."""
INDEX_NAME = HELP_INDEX
_CADENCE = "daily"


class IndexNotUpdated(WellcheckError):
    """The answer was saved, but the index of open help requests could not be updated."""

    def __init__(self, cause: WellcheckError):
        super().__init__(f"saved, but the list of open help requests was not updated: {cause}")


@value_class(frozen=True)
class CarryOver(FrozenValue):
    """The T of the last stand-up before a day, offered as that day's Y."""

    day: date
    entries: tuple[str, ...]


def standup_instrument(content: ContentSet) -> Instrument:
    """The stand-up in use, or a ContentError if an override lost what wellcheck relies on."""
    from wellcheck.core.content_rules import standup_problem

    instrument = content.get(STANDUP_ID)
    origin = content.origins.get(STANDUP_ID, Path(f"{STANDUP_ID}.toml"))
    problem = standup_problem(instrument)
    if problem:
        raise ContentError(origin, problem)
    return instrument


# -- reading ---------------------------------------------------------------------------------


def record_path(store: JsonStore, day: date) -> Path:
    return layout.standup(store.root, day).path


def load(store: JsonStore, day: date) -> Record:
    """A day's stand-up (empty if none), checking its resolution dates; DataError if unreadable."""
    record = store.load_record(STANDUP_ID, _CADENCE, day.isoformat())
    resolved_on(store, day, record)
    return record


def entries(record: Record, item_id: str) -> list[str]:
    """An item's non-blank entries, as typed."""
    answer = record.answers.get(item_id)
    return [e for e in answer.entries if e.strip()] if answer else []


def request_texts(record: Record) -> list[str]:
    """The day's help requests: each non-blank line of H, trimmed, once."""
    return list(dict.fromkeys(e.strip() for e in entries(record, HELP)))


def resolved_on(store: JsonStore, day: date, record: Record) -> dict[str, date]:
    """When each of the day's requests was marked resolved, by its text."""
    answer = record.answers.get(RESOLVED_KEY)
    if answer is None:
        return {}
    path = f"answers.{RESOLVED_KEY}.fields"
    try:
        return {text: shape.to_date(when, path) for text, when in answer.fields.items()}
    except shape.ShapeError as exc:
        raise DataError(record_path(store, day), str(exc)) from None


def requests_of(store: JsonStore, day: date, record: Record) -> list[HelpRequest]:
    done = resolved_on(store, day, record)
    return [HelpRequest(day, text, done.get(text)) for text in request_texts(record)]


def help_requests(store: JsonStore, days: list[date]) -> list[HelpRequest]:
    """The help asked for on these days, in order, each with the date it was resolved (or None).

    Reads only these days' files. A file that cannot be read raises DataError naming it.
    """
    found: list[HelpRequest] = []
    for day in sorted(days):
        record = store.load_record(STANDUP_ID, _CADENCE, day.isoformat())
        found.extend(requests_of(store, day, record))
    return found


def earlier_open(store: JsonStore, day: date, record: Record) -> list[HelpRequest]:
    """On opening a day's stand-up: put the index right for that day, then list the requests
    from earlier days that are still open."""
    sync_index(store, day, record)
    return open_requests(store, before=day)


def open_requests(store: JsonStore, before: date | None = None) -> list[HelpRequest]:
    """The open help requests from the index (optionally only those asked before a day)."""
    index = store.read(layout.help_requests(store.root)) or OpenHelp()
    return [r for r in index.requests if before is None or r.day < before]


def find_carry_over(store: JsonStore, day: date, lookback: int = LOOKBACK_DAYS) -> CarryOver | None:
    """The T of the last stand-up in the `lookback` days before `day`: Friday's on a Monday.

    Reads at most one file per day, most recent first, and stops at the first stand-up found:
    if its T was left empty there is nothing to carry. Days with no stand-up (weekends, days
    off, gaps) simply have no file.
    """
    for back in range(1, lookback + 1):
        earlier = day - timedelta(days=back)
        record = store.read(layout.standup(store.root, earlier))
        if record is None or not any(k in record.answers for k in (YESTERDAY, TODAY, HELP)):
            continue
        planned = entries(record, TODAY)
        return CarryOver(earlier, tuple(planned)) if planned else None
    return None


# -- saving ----------------------------------------------------------------------------------


def index_path(store: JsonStore) -> Path:
    return layout.help_requests(store.root).path


def save_answer(
    store: JsonStore, day: date, item_id: str, answer: Answer, base: Answer | None = None
) -> Record:
    """Save one of Y, T, H for a day; a change of H also updates the open-requests index.

    Raises IndexNotUpdated when the answer is saved but the index could not be.
    """
    record = store.save_answer(STANDUP_ID, _CADENCE, day.isoformat(), item_id, answer, base)
    if item_id == HELP:
        _sync_or_say(store, day, record)
    return record


def set_resolved(store: JsonStore, day: date, text: str, when: date | None) -> None:
    """Mark one of a day's requests resolved on `when`, or open again with None."""

    def change(record: Record) -> None:
        old = record.answers.get(RESOLVED_KEY) or Answer(prompt="Help requests marked resolved")
        fields = {k: v for k, v in old.fields.items() if k != text}
        if when is not None:
            fields[text] = when.isoformat()
        record.answers[RESOLVED_KEY] = replace(old, fields=fields, changed_at=None)

    empty = Record(STANDUP_ID, day.isoformat())
    record = store.update(layout.standup(store.root, day), lambda: empty, change)
    _sync_or_say(store, day, record)


def _sync_or_say(store: JsonStore, day: date, record: Record) -> None:
    try:
        sync_index(store, day, record)
    except WellcheckError as exc:
        raise IndexNotUpdated(exc) from None


def sync_index(store: JsonStore, day: date, record: Record) -> None:
    """Make the index list exactly the day's open requests; untouched when already right.

    Called after every change of H or of a resolution, and when a day's stand-up is opened, so
    an index left behind by a crash between the two writes is put right the next time.
    """
    done = resolved_on(store, day, record)
    now_open = [HelpRequest(day, t) for t in request_texts(record) if t not in done]
    listed = [r for r in open_requests(store) if r.day == day]
    if listed == now_open:
        return

    def change(index: OpenHelp) -> None:
        others = [r for r in index.requests if r.day != day]
        index.requests = sorted(others + now_open, key=lambda r: r.day)

    store.update(layout.help_requests(store.root), OpenHelp, change)

"""One order of item ids across several records or lists, each id after the id it followed.

The summary, the pack and the history each show items answered over several days or weeks,
whose files may each hold a different set of ids (the content changed between them).
"""

from __future__ import annotations

from collections.abc import Iterable

from wellcheck.core.answers import Record


def item_order(records: Iterable[Record]) -> list[str]:
    """One order of item ids for several records: each id goes after the id it followed."""
    return id_order(list(record.answers) for record in records)


def id_order(lists: Iterable[list[str]]) -> list[str]:
    """One order for several lists of ids: each id goes after the id it followed."""
    merged: list[str] = []
    for ids in lists:
        present = set(ids)
        previous: str | None = None
        for item_id in ids:
            if item_id not in merged:
                at = merged.index(previous) + 1 if previous is not None else 0
                while at < len(merged) and merged[at] not in present:
                    at += 1
                merged.insert(at, item_id)
            previous = item_id
    return merged

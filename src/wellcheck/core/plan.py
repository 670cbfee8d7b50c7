"""The Wellness Action Plan: its sections, the user's own signs, what is shared, and the signs
noticed week by week read against it. Pure: no I/O (the session reads the files).

The plan is one record (`plan/current.json`) of the plan instrument's answers, each keeping the
words it was answered under, with two reserved answers beside them (item ids never start with
"_"): `_shared`, which sections the user marked to share (fields: item id → "yes"), and
`_told`, when home last said that a sign came back (fields: sign key → ISO week). A week's
noticed signs are one record (`noticed/2026-W47.json`) whose `signs` answer has a field per
sign ticked (key → "yes") and, as its labels, the sign's words as they were then.

Only what the user marked to share ever leaves the plan (`shared_sections`): the summary and
the printed plan are both made from it, and from the answers' own words, so neither needs the
content.
"""

from __future__ import annotations

import zlib
from dataclasses import field, replace
from datetime import date

from wellcheck.core.answers import Answer, Record
from wellcheck.core.content import DateItem, Instrument, SignsItem
from wellcheck.core.layout import PLAN_ID as PLAN_ID
from wellcheck.core.value import FrozenValue, value_class

SHARED_KEY = "_shared"
TOLD_KEY = "_told"
NOTICED_ITEM = "signs"
"""The one answer of a week's noticed file."""
OWN_PREFIX = "own-"
RECENT_WEEKS = 4
"""How far back home looks for a sign that came back: this week and the three before."""
TELL_ITEM = "tell_me"
"""The plan's yes / no question: may home say when a sign comes back (unanswered: yes)."""
YES = "yes"


@value_class(frozen=True)
class PlanSign(FrozenValue):
    """One of the user's own early warning signs: a stable key and its words."""

    key: str
    """The offered sign's id, or `own-` and a checksum of the user's own words."""
    words: str


@value_class(frozen=True)
class SharedSection(FrozenValue):
    """One section the user marked to share, in the words it was written under."""

    item_id: str
    title: str
    """The section's prompt when it was answered."""
    lines: list[str] = field(default_factory=list)
    """What the user wrote (a text's fields, a labelled field as "label: words"), the signs
    (one a line), or the review date in words."""


@value_class(frozen=True)
class PlanDocument(FrozenValue):
    """The plan as printed: only the sections marked to share, in the words written."""

    title: str
    sections: list[SharedSection]
    printed: date


DOCUMENT_TITLE = "My Wellness Action Plan"


@value_class(frozen=True)
class Recurrence(FrozenValue):
    """A sign of the plan noticed in two or more recent weeks, not yet said on home."""

    sign: PlanSign
    weeks: list[str]
    """The ISO weeks it was noticed in, oldest first."""


def own_key(words: str) -> str:
    """The key of a sign in the user's own words: the same words, the same key, whatever
    their place among the entries (so an edited entry is a different sign)."""
    folded = " ".join(words.split()).casefold()
    return f"{OWN_PREFIX}{zlib.crc32(folded.encode('utf-8')):08x}"


def signs_item(instrument: Instrument) -> SignsItem | None:
    return next((i for i in instrument.items if isinstance(i, SignsItem)), None)


def picked(answer: Answer | None) -> list[PlanSign]:
    """The signs a signs item's answer holds: those ticked, then the user's own words."""
    if answer is None:
        return []
    found = [PlanSign(k, answer.labels.get(k, k)) for k, v in answer.fields.items() if v == YES]
    found += [PlanSign(own_key(e), e.strip()) for e in answer.entries if e.strip()]
    unique: dict[str, PlanSign] = {}
    for sign in found:
        unique.setdefault(sign.key, sign)
    return list(unique.values())


def plan_signs(instrument: Instrument, record: Record) -> list[PlanSign]:
    """The user's own early warning signs, as their plan holds them now."""
    item = signs_item(instrument)
    return picked(record.answers.get(item.id)) if item else []


def with_sign(item: SignsItem, old: Answer | None, sign_id: str, ticked: bool) -> Answer:
    """A signs answer with one offered sign ticked or not, keeping the words it was offered
    under."""
    base = old or Answer(prompt=item.prompt)
    sign = item.sign(sign_id)
    labels = {**base.labels, sign_id: sign.label if sign else base.labels.get(sign_id, sign_id)}
    fields = {**base.fields, sign_id: YES if ticked else ""}
    return replace(base, prompt=item.prompt, fields=fields, labels=labels, changed_at=None)


def with_own(item: SignsItem, old: Answer | None, index: int, text: str) -> Answer:
    """A signs answer with one of the user's own signs written."""
    base = old or Answer(prompt=item.prompt)
    entries = list(base.entries) + [""] * (item.own_count - len(base.entries))
    entries[index] = text
    return replace(base, prompt=item.prompt, entries=entries, changed_at=None)


def helps_words(instrument: Instrument, record: Record) -> str:
    """What the plan says helps (the signs item's `helps_item`), as the user wrote it."""
    item = signs_item(instrument)
    answer = record.answers.get(item.helps_item) if item and item.helps_item else None
    if answer is None:
        return ""
    return "\n".join(v.strip() for v in answer.fields.values() if v.strip())


def tells(record: Record) -> bool:
    """Whether home may say that a sign came back: not once the user has answered no."""
    answer = record.answers.get(TELL_ITEM)
    return answer is None or answer.value != "no"


def is_shared(record: Record, item_id: str) -> bool:
    shared = record.answers.get(SHARED_KEY)
    return shared is not None and shared.fields.get(item_id) == YES


def with_shared(record: Record, item_id: str, prompt: str, share: bool) -> Answer:
    """The `_shared` answer with one section marked to share or kept private."""
    base = record.answers.get(SHARED_KEY) or Answer(prompt="Sections marked to share")
    fields = {**base.fields, item_id: YES if share else "no"}
    labels = {**base.labels, item_id: prompt}
    return replace(base, fields=fields, labels=labels, changed_at=None)


def review_date(instrument: Instrument | None, record: Record) -> date | None:
    """The plan's review date, if one is given (the first date item's answer)."""
    items = instrument.items if instrument else []
    ids = [i.id for i in items if isinstance(i, DateItem)] or ["review"]
    answer = record.answers.get(ids[0])
    return _date(answer.value) if answer else None


def shared_sections(record: Record, instrument: Instrument | None = None) -> list[SharedSection]:
    """The sections the user marked to share, in their own words; a section with nothing
    written is left out. Nothing else of the plan is ever shown. With the plan instrument,
    in its order (signs too); without (the summary reads no content), in the file's."""
    found: list[SharedSection] = []
    order = [i.id for i in instrument.items] if instrument else []
    ids = [*(i for i in order if i in record.answers), *record.answers]
    for item_id in dict.fromkeys(ids):
        answer = record.answers[item_id]
        if item_id.startswith("_") or not is_shared(record, item_id):
            continue
        item = signs_item(instrument) if instrument else None
        if item is not None and item.id == item_id:
            answer = _in_order(item, answer)
        lines = _lines(answer)
        if lines:
            found.append(SharedSection(item_id, answer.prompt, lines))
    return found


def _in_order(item: SignsItem, answer: Answer) -> Answer:
    """A signs answer with its ticked signs in the content's order."""
    rank = {s.id: n for n, s in enumerate(s for g in item.groups for s in g.signs)}
    fields = dict(sorted(answer.fields.items(), key=lambda kv: rank.get(kv[0], len(rank))))
    return replace(answer, fields=fields)


def _lines(answer: Answer) -> list[str]:
    if isinstance(answer.value, str) and _date(answer.value):
        day = _date(answer.value)
        return [f"{day:%A} {day.day} {day:%B %Y}"] if day else []
    signs = picked(answer)
    if signs:
        return [s.words for s in signs]
    texts = [(k, v.strip()) for k, v in answer.fields.items() if v.strip()]
    if len(answer.labels) > 1:
        return [f"{answer.labels.get(k, k)}: {v}" for k, v in texts]
    return [v for _, v in texts]


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def noticed_keys(record: Record | None) -> set[str]:
    """The keys of the signs ticked in a week's noticed record."""
    answer = record.answers.get(NOTICED_ITEM) if record else None
    return {k for k, v in answer.fields.items() if v == YES} if answer else set()


def with_noticed(old: Answer | None, prompt: str, sign: PlanSign, ticked: bool) -> Answer:
    """A week's noticed answer with one sign ticked or not, keeping its words as they are."""
    base = old or Answer(prompt=prompt)
    fields = {**base.fields, sign.key: YES if ticked else ""}
    return replace(
        base,
        prompt=prompt,
        fields=fields,
        labels={**base.labels, sign.key: sign.words},
        changed_at=None,
    )


def recurrences(
    signs: list[PlanSign], weeks: list[tuple[str, Record | None]], told: Answer | None
) -> list[Recurrence]:
    """Each sign of the plan ticked in two or more of `weeks` (oldest first), counting only
    weeks after the one home last said so for it: said once, and again only if it comes back
    afresh."""
    found: list[Recurrence] = []
    said = told.fields if told else {}
    for sign in signs:
        when = [w for w, record in weeks if sign.key in noticed_keys(record)]
        when = [w for w in when if w > said.get(sign.key, "")]
        if len(when) >= 2:
            found.append(Recurrence(sign, when))
    return found


def with_told(old: Answer | None, found: list[Recurrence]) -> Answer:
    """The `_told` answer once home has said these."""
    base = old or Answer(prompt="Signs home has said came back")
    fields = {**base.fields, **{r.sign.key: r.weeks[-1] for r in found}}
    return replace(base, fields=fields, changed_at=None)


def is_plan(instrument: Instrument) -> bool:
    return instrument.id == PLAN_ID

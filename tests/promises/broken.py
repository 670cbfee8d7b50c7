"""Data files wellcheck cannot read, each with the reason it must give. Shared by the tests."""

from __future__ import annotations

import json

CANARY = "CANARY violet hedgehog 4471"
"""A phrase standing for the user's own words: it must never show in any message."""

_ANSWER = {"prompt": "Have you taken a lunch break?", "value": "no", "note": CANARY}


def _doc(**fields: object) -> bytes:
    base: dict[str, object] = {"schema_version": 1, "instrument": "daily", "period": "2026-11-23"}
    return json.dumps({**base, **fields}).encode()


BROKEN: dict[str, tuple[bytes, str]] = {
    "truncated": (_doc(answers={"lunch_break": _ANSWER})[:-30], "not valid JSON"),
    "wrong-types": (
        _doc(answers={"lunch_break": {**_ANSWER, "value": [CANARY]}}),
        "answers.lunch_break.value: expected text, a whole number or null",
    ),
    "newer-version": (
        _doc(schema_version=99, answers={"lunch_break": _ANSWER}),
        "schema_version 99 was written by a newer wellcheck",
    ),
    "not-utf8": (
        _doc(answers={"lunch_break": _ANSWER}).replace(b"violet", b"\xff\xfe"),
        "not UTF-8",
    ),
    "empty": (b"", "the file is empty"),
    "not-an-object": (json.dumps([CANARY]).encode(), "expected a JSON object"),
}

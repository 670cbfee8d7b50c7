"""Home's lines about the Wellness Action Plan: when its review is due, and, once, a sign that
came back in more than one recent week, with what the plan says helps. No score, no label."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from datetime import date

from textual.content import Content

from wellcheck.session.home import Overview
from wellcheck.session.week_signs import TALK
from wellcheck.tui.widgets.home_list import Line

WIDTH = 74
"""Home's lines are one row each: what the plan says is wrapped to fit 80 columns."""


def review_state(review: date, today: date) -> str:
    """The plan's line on home: its review date, or that the review is due."""
    if review <= today:
        return "review due"
    year = f" {review.year}" if review.year != today.year else ""
    return f"review {review.day} {review:%b}{year}"


def came_back_lines(overview: Overview) -> Iterator[Line]:
    """A few calm lines for each sign noticed again, or nothing."""
    if not overview.came_back:
        return
    yield Line("")
    yield Line(Content.styled("From your Wellness Action Plan", "bold"))
    for found in overview.came_back:
        said = f"You noticed “{found.sign.words}” in more than one recent week."
        yield from _wrapped(said, "")
    if overview.came_back_helps:
        yield from _wrapped(f"Your plan says this helps: {overview.came_back_helps}", "italic")
    yield from _wrapped(TALK, "italic")


def _wrapped(text: str, style: str) -> Iterator[Line]:
    for line in textwrap.wrap(" ".join(text.split()), WIDTH):
        yield Line(Content.styled(f"  {line}", style) if style else Content(f"  {line}"))

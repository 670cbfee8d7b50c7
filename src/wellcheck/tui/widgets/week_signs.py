"""The weekly check-in's question over the user's own early warning signs (from their
Wellness Action Plan). A sign ticked shows, there and then, what the plan says helps, the
user's own support contacts, the helplines a sign calls for, and the sources' advice."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from wellcheck.session.week_signs import TALK, WeekSigns
from wellcheck.tui.widgets.tick_list import TickList
from wellcheck.tui.widgets.words import Words

PICK_HINT = "↑ ↓ move, Space ticks one you noticed; Tab moves on. Saved as you go."


class WeekSignsWidget(Vertical, can_focus=False):
    """Posts `Ticked`; its screen saves (attributes down, messages up)."""

    DEFAULT_CSS = """
    WeekSignsWidget {
        height: auto;
        margin-top: 1;
        padding: 0 1;
        border-left: blank;
    }
    WeekSignsWidget:focus-within {
        border-left: thick $accent;
        background: $boost;
    }
    WeekSignsWidget .prompt { text-style: bold; }
    WeekSignsWidget .help { color: $text-muted; }
    WeekSignsWidget #week-signs-support { margin-top: 1; }
    """

    class Ticked(Message):
        """A sign was ticked as noticed this week, or unticked."""

        def __init__(self, key: str, ticked: bool) -> None:
            super().__init__()
            self.key = key
            self.ticked = ticked

    def __init__(self, signs: WeekSigns) -> None:
        super().__init__(id="week-signs")
        self.signs = signs

    def compose(self) -> ComposeResult:
        signs = self.signs
        yield Words(signs.prompt, classes="prompt")
        if signs.not_asked():
            yield Words(signs.not_asked(), classes="help")
            return
        ticked = signs.ticked()
        yield TickList([(s.key, s.words) for s in signs.signs], ticked, id="week-signs-list")
        yield Words(PICK_HINT, classes="help")
        support = Words(support_text(signs, ticked), id="week-signs-support")
        support.display = bool(ticked)
        yield support

    @on(TickList.Toggled, "#week-signs-list")
    def sign_toggled(self, event: TickList.Toggled) -> None:
        event.stop()
        self.post_message(self.Ticked(event.key, event.ticked))

    def show_support(self) -> None:
        """After a save: what helps, for the signs ticked now (or nothing when none is)."""
        ticked = self.signs.ticked()
        support = self.query_one("#week-signs-support", Static)
        support.update(support_text(self.signs, ticked))
        support.display = bool(ticked)

    def first_focus(self) -> Widget | None:
        found = self.query("#week-signs-list")
        return found.first() if found else None


def support_text(signs: WeekSigns, ticked: set[str]) -> Content:
    """What the plan says helps, the user's contacts, helplines, and the sources' advice: the
    user's words as plain text, never markup."""
    parts: list[Content] = []
    if signs.helps:
        parts += [Content.styled("What your plan says helps", "bold"), Content(signs.helps)]
    parts += [Content(TALK), Content.styled("Your support", "bold")]
    parts += [Content(line) for line in signs.contacts]
    for post in signs.signposts_for(ticked):
        parts.append(Content.styled(post.title, "bold"))
        for line in post.lines:
            note = f" ({line.note})" if line.note else ""
            parts.append(Content(f"{line.name}: {line.number}{note}"))
    for advice in signs.advice:
        parts.append(Content.styled(advice.title, "bold"))
        parts += [Content(f"• {line}") for line in advice.lines]
        if advice.source:
            parts.append(Content.styled(f"From: {advice.source}", "dim italic"))
    return Content("\n").join(parts)

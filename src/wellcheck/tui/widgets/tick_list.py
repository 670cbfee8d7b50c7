"""A list of things to tick, each on as many lines as its words need: ↑ ↓ move, Space or
Enter ticks and unticks. Textual's SelectionList draws its boxes one per line, so a long sign
would lose its words at 80 columns; this is an OptionList whose options say their own mark."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from wellcheck.tui.bindings import LIST_MOVES
from wellcheck.tui.widgets.options import SteadyOptionList

TICKED, NOT_TICKED = "[x] ", "[ ] "


class TickList(SteadyOptionList):
    """Posts `Toggled`; the user's words are shown as plain text, never markup."""

    # Taken as they arrive (priority), as the grid's are: Space then Tab in one burst ticks
    # this list, not the field Tab moved to.
    BINDINGS = [Binding("space", "tick", "Tick", show=True, priority=True), *LIST_MOVES]
    DEFAULT_CSS = """
    TickList {
        height: auto;
        max-height: 100%;
        border: none;
        padding: 0;
        background: transparent;
        & > .option-list--option-highlighted {
            color: $foreground;
            background: transparent;
            text-style: none;
        }
        &:focus {
            border: none;
            background-tint: $foreground 0%;
            & > .option-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """

    class Toggled(Message):
        def __init__(self, tick_list: TickList, key: str, ticked: bool) -> None:
            super().__init__()
            self.tick_list = tick_list
            self.key = key
            self.ticked = ticked

        @property
        def control(self) -> TickList:
            return self.tick_list

    def __init__(
        self, choices: Iterable[tuple[str, str]], ticked: Iterable[str], **kwargs: str | None
    ) -> None:
        self.words = dict(choices)
        self.ticked = set(ticked) & set(self.words)
        super().__init__(*[Option(self._prompt(k), id=k) for k in self.words], **kwargs)  # type: ignore[arg-type]

    def _prompt(self, key: str) -> Content:
        mark = TICKED if key in self.ticked else NOT_TICKED
        return Content.assemble(mark, Content(self.words[key]))

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def action_tick(self) -> None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        key = option.id
        ticked = key not in self.ticked
        if ticked:
            self.ticked.add(key)
        else:
            self.ticked.discard(key)
        self.replace_option_prompt(key, self._prompt(key))
        self.post_message(self.Toggled(self, key, ticked))

    @on(SteadyOptionList.OptionSelected)
    def chosen(self, event: SteadyOptionList.OptionSelected) -> None:
        event.stop()
        self.action_tick()

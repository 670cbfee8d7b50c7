"""The YTH stand-up: Y, T and H, a gentle 90-second timer, and earlier help still open."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wellcheck.core.answers import Answer, Record
from wellcheck.core.checklist import with_lines
from wellcheck.core.content import EntriesItem
from wellcheck.core.standup import YESTERDAY
from wellcheck.session.outcome import Outcome
from wellcheck.session.standup import OpenStandup
from wellcheck.tui.bindings import MOVE_BETWEEN_FIELDS
from wellcheck.tui.messages import HelpResolved, ItemAnswered
from wellcheck.tui.protocols import LeaveGuard, Saves, report, retry_after
from wellcheck.tui.screens.base import QuickScreen
from wellcheck.tui.widgets.entries import EntriesWidget
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.options import SteadyOptionList
from wellcheck.tui.widgets.timer import Clock, GentleTimer
from wellcheck.tui.widgets.words import Words

DEFAULT_SECONDS = 90


class StandupScreen(QuickScreen):
    """Saved as typed; Escape goes back home. The timer never stops anyone."""

    AUTO_FOCUS = ""
    """No focus by Textual as the screen opens: `on_mount` puts it on the first question.
    Textual's own would land first on the scrolling list of items, which is focusable, and
    restyle every item in it twice (on and off) before the first paint."""

    BINDINGS = [
        Binding("escape", "done", "Home"),
        *MOVE_BETWEEN_FIELDS,
        Binding("r", "toggle_resolved", "Resolved / open again"),
    ]

    def __init__(self, standup: OpenStandup, clock: Clock) -> None:
        super().__init__(classes="checklist standup")
        self.standup = standup
        self.instrument = standup.instrument
        self.record: Record = standup.record
        self.day: date = standup.day
        self.carry = standup.carry if YESTERDAY not in self.record.answers else None
        """Yesterday's plan, offered as Y until Y is first saved."""
        self.earlier_help = standup.earlier
        self.resolved: set[int] = set()
        """Indexes in `earlier_help` marked resolved on this visit (shown, so it can be undone)."""
        self.clock = clock
        self.unsaved: set[str] = set()
        self.leaving = LeaveGuard()
        """Items whose last save failed (disk full…): retried on a quick exit."""

    def compose(self) -> ComposeResult:
        yield Words(
            f"{self.instrument.title} — {self.day:%A} {self.day.day} {self.day:%B}", id="title"
        )
        seconds = self.instrument.timer_seconds or DEFAULT_SECONDS
        yield GentleTimer(seconds, self.clock, id="timer")
        with VerticalScroll(id="items", can_focus=False):  # Tab goes round the questions only
            if self.instrument.intro:
                yield Words(self.instrument.intro, classes="intro")
            for item in self.instrument.items:
                if isinstance(item, EntriesItem):
                    yield self._entries_widget(item)
            if self.earlier_help:
                yield Words(
                    "Still open from earlier stand-ups (Enter or r marks one resolved)",
                    classes="section",
                )
                yield SteadyOptionList(*self._help_options(), id="open-help", markup=False)
            if self.instrument.source:
                yield Words(f"From: {self.instrument.source}", classes="source")
        yield KeysFooter()

    def _entries_widget(self, item: EntriesItem) -> EntriesWidget:
        answer = self.record.answers.get(item.id)
        if item.id == YESTERDAY and self.carry is not None:
            when = self.carry.day
            note = f"↻ Carried over from your T of {when:%A} {when.day} {when:%B}: edit freely."
            offered = list(self.carry.entries)
            return EntriesWidget(item, answer, offered=offered, note=note, id=f"item-{item.id}")
        return EntriesWidget(item, answer, id=f"item-{item.id}")

    def on_mount(self) -> None:
        self.query(EntriesWidget).first().focus_first()

    @property
    def timer(self) -> GentleTimer:
        return self.query_one("#timer", GentleTimer)

    @on(ItemAnswered)
    def item_answered(self, event: ItemAnswered) -> None:
        event.stop()
        self.timer.start()
        if self.carry is not None and event.item_id != YESTERDAY:
            self._keep_carried()
        self.carry = None
        self.record.answers[event.item_id] = event.answer
        self._save(event.item_id, event.answer)

    def _save(self, item_id: str, answer: Answer) -> None:
        outcome = self.standup.save(item_id, answer)
        if outcome.saved:
            self.unsaved.discard(item_id)
        else:
            self.unsaved.add(item_id)
        again = retry_after(
            outcome, self.unsaved, lambda i: self.standup.save(i, self.record.answers[i])
        )
        report(self, again, "Your words are still on screen.")

    def _keep_carried(self) -> None:
        """Once the user starts, the Y they were shown is saved as theirs."""
        widget = self.query_one(f"#item-{YESTERDAY}", EntriesWidget)
        widget.answer = with_lines(widget.item, None, widget.text)
        self.record.answers[YESTERDAY] = widget.answer
        self._save(YESTERDAY, widget.answer)

    def take_unsaved(self) -> Saves | None:
        """What is typed but not saved, captured now, as a call that saves it (quick exit)."""
        pending: dict[str, Answer] = {}
        for widget in self.query(EntriesWidget):
            answer = widget.pending()
            if answer is None and widget.item.id in self.unsaved:
                answer = self.record.answers[widget.item.id]  # its last save failed: retry
            if answer is not None:
                pending[widget.item.id] = answer
        if self.carry is not None and pending and YESTERDAY not in pending:
            carried = self.query_one(f"#item-{YESTERDAY}", EntriesWidget)
            pending[YESTERDAY] = with_lines(carried.item, None, carried.text)
        if not pending:
            return None
        standup = self.standup

        def save() -> list[Outcome[Answer]]:
            return [standup.save(item_id, answer) for item_id, answer in pending.items()]

        return save

    # -- earlier help requests ---------------------------------------------------------------

    def _help_options(self) -> list[Option]:
        options = []
        for n, request in enumerate(self.earlier_help):
            mark = "✓ resolved" if n in self.resolved else "• open"
            when = f"{request.day:%a} {request.day.day} {request.day:%b}"
            options.append(Option(f"{mark:<10} {when:<10}  {request.text}", id=str(n)))
        return options

    @on(OptionList.OptionSelected, "#open-help")
    def help_chosen(self) -> None:
        self.action_toggle_resolved()

    def action_toggle_resolved(self) -> None:
        options = self.query_one("#open-help", OptionList)
        index = options.highlighted
        if index is None:
            return
        request = self.earlier_help[index]
        now_resolved = index not in self.resolved
        self.resolved.symmetric_difference_update({index})
        self.post_message(HelpResolved(request.day, request.text, now_resolved))
        options.clear_options()
        options.add_options(self._help_options())
        options.highlighted = index

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_resolved":
            found = self.query("#open-help")
            return bool(found) and found.first().has_focus
        return True

    def action_done(self) -> None:
        if self.leaving.may_leave(self):  # a save that failed, tried once more first
            self.dismiss()

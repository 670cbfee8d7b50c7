"""A checklist screen: the instrument's items, one widget per kind, answered by keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input

from wellcheck.core.answers import Answer, Record
from wellcheck.core.checklist import has_no
from wellcheck.core.content import (
    Instrument,
    Item,
)
from wellcheck.core.errors import WellcheckError
from wellcheck.core.periods import parse_date
from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.outcome import Outcome
from wellcheck.tui.bindings import MOVE_BETWEEN_FIELDS
from wellcheck.tui.messages import ItemAnswered
from wellcheck.tui.protocols import KeepsGoals, LeaveGuard, Saves, report, retry_after
from wellcheck.tui.screens.base import QuickScreen
from wellcheck.tui.widgets.base import ItemWidget
from wellcheck.tui.widgets.check import CheckWidget
from wellcheck.tui.widgets.goal_offer import GoalOfferLine
from wellcheck.tui.widgets.items import widget_for
from wellcheck.tui.widgets.keys import KeysFooter
from wellcheck.tui.widgets.words import Words

if TYPE_CHECKING:  # imported where shown: the weekly and the monthly checklist only
    from wellcheck.tui.widgets.supervision_offer import SupervisionOffer
    from wellcheck.tui.widgets.week_signs import WeekSignsWidget

LAST_FIELD = "Tab moves on to the next question."
LAST_NOTE = "Tab moves on to the next question; Shift+Tab goes back to its answer."


class ChecklistScreen(QuickScreen):
    """Answers are saved as they are given; Escape goes back home.

    The keyboard model (README, Keys): Enter never moves focus from a text field onto a choice
    (a yes / no item, a scale). In a list's entry Enter goes to the next entry of the same item;
    in the last one, or in a note, it stays and says that Tab moves on. In a reflection (a text
    area) Enter is a new line. Tab and Shift+Tab are the deliberate ways onto a choice; y / n on
    a choice answer it and move on to the next item.
    """

    AUTO_FOCUS = ""
    """No focus by Textual as the screen opens: `on_mount` puts it on the first question.
    Textual's own would land first on the scrolling list of items, which is focusable, and
    restyle every item in it twice (on and off) before the first paint."""

    BINDINGS = [
        Binding("escape", "done", "Home"),
        # The keys that answer and move on, or move, are the screen's, taken as they arrive
        # (priority): keys typed before the app has caught up (a quick typist, keys that come
        # together over a remote connection) then reach the next item, not the one just left.
        *MOVE_BETWEEN_FIELDS,
        Binding("y", "key_answer('y')", "Yes", priority=True),
        Binding("n", "key_answer('n')", "No", priority=True),
        Binding("a", "key_answer('a')", "N/A", priority=True),
        *[Binding(str(d), f"key_answer('{d}')", show=False, priority=True) for d in range(10)],
        Binding("e", "note", "Note", priority=True),
        Binding("enter", "field_done", "Next field", show=False, priority=True),
    ]

    def __init__(self, checklist: OpenChecklist, goals: KeepsGoals) -> None:
        super().__init__(classes="checklist")
        self.checklist = checklist
        self.goals = goals
        self.instrument: Instrument = checklist.instrument
        self.record: Record = checklist.record
        self.period_label = checklist.label
        self.offer_answered = goals.offered(checklist.origin)
        """A goal was set from this checklist period, or "not now" was said."""
        self.unsaved: set[str] = set()
        self.items: list[ItemWidget] | None = None
        self.offer = GoalOfferLine(checklist.origin, self.instrument.next_step, id="offer")
        self.supervision: SupervisionOffer | None = None
        self.week_signs: WeekSignsWidget | None = None
        """The plan's signs, asked after the weekly checklist's questions (when it has some)."""
        self.leaving = LeaveGuard()
        """Items whose last save failed (disk full…): retried on a quick exit."""

    def compose(self) -> ComposeResult:
        title = self.instrument.title + (f" — {self.period_label}" if self.period_label else "")
        yield Words(title, id="title")
        with VerticalScroll(id="items", can_focus=False):  # Tab goes round the questions only
            if self.instrument.intro:
                yield Words(self.instrument.intro, classes="intro")
            for item in self.instrument.items:
                yield from self.compose_item(item)
            if self.checklist.week_signs is not None:
                from wellcheck.tui.widgets.week_signs import WeekSignsWidget

                self.week_signs = WeekSignsWidget(self.checklist.week_signs)
                yield self.week_signs
            self.show_offer()
            yield self.offer
            if self.checklist.asks_about_supervision:  # the monthly checklist only
                from wellcheck.tui.widgets.supervision_offer import SupervisionOffer

                self.supervision = SupervisionOffer(self.checklist.today, id="supervision-offer")
                self.supervision.display = self.checklist.offers_supervision()
                yield self.supervision
            yield Words(
                "That is all. Everything is saved as you go: Escape goes home.", classes="end"
            )
            if self.instrument.source:
                yield Words(f"From: {self.instrument.source}", classes="source")
        yield KeysFooter()

    def compose_item(self, item: Item) -> ComposeResult:
        yield widget_for(item, self.record, self.checklist.today)

    def on_mount(self) -> None:
        self.items = list(self.query(".item").results(ItemWidget))
        if self.items:  # none when the app is quitting as the screen opens
            self.items[0].focus_first()

    def item_widgets(self) -> list[ItemWidget]:
        """The items in order: found once mounted (a key that moves on asks for them), and
        looked for each time before (a quick exit may ask while the screen is being built)."""
        if self.items is not None:
            return self.items
        return list(self.query(".item").results(ItemWidget))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        focused = self.focused
        if action == "key_answer":
            return isinstance(focused, ItemWidget) and focused.answers_key(str(parameters[0]))
        if action == "note":
            return isinstance(focused, CheckWidget)
        if action == "field_done":
            return isinstance(focused, Input)
        return True

    def action_key_answer(self, key: str) -> None:
        widget = cast(ItemWidget, self.focused)
        answer = widget.answer_key(key)
        if answer is not None:
            self.answered(widget.item.id, answer, advance=True)

    def action_note(self) -> None:
        self.set_focus(cast(CheckWidget, self.focused).open_note())

    def action_field_done(self) -> None:
        """Enter in a one-line field: the next field of the same item, never a choice; in the
        last field (or a yes / no item's note) it stays, and says how to move on."""
        field = cast(Input, self.focused)
        if self.supervision is not None and field.parent is self.supervision:
            self.note_supervision(self.supervision, field.value)
            return
        item = next(a for a in field.ancestors if isinstance(a, ItemWidget))
        fields = list(item.query(Input).results(Input))
        later = fields[fields.index(field) + 1 :]
        if later:
            self.set_focus(later[0])
        elif not item.hint_stays:  # what is wrong with the words is the thing to say
            item.show_hint(LAST_NOTE if isinstance(item, CheckWidget) else LAST_FIELD)

    @on(events.DescendantFocus)
    def focus_moved(self, event: events.DescendantFocus) -> None:
        """A hint said in one item is put away once focus is in another (only an item that
        says one is looked at: a focus move touches no other). Focus on a field inside an
        item (Tab onto a list's entries, Shift+Tab back onto a reflection) brings the whole
        item into view when it fits, its question with it, not only the field."""
        for widget in self.item_widgets():
            if widget.hint_stays:
                continue  # what is wrong with what is typed there: said until it is put right
            if widget.hinted and self.focused not in widget.walk_children(with_self=True):
                widget.show_hint("")
        focused = self.focused
        if focused is None or isinstance(focused, ItemWidget):
            return  # an item focused as a whole is scrolled to by Textual, or by `answered`
        item = next((a for a in focused.ancestors if isinstance(a, ItemWidget)), None)
        view = self.query_one("#items", VerticalScroll)
        if item is not None and item.outer_size.height <= view.scrollable_content_region.height:
            item.call_after_refresh(item.scroll_visible, animate=False)

    @on(ItemAnswered)
    def item_answered(self, event: ItemAnswered) -> None:
        event.stop()
        self.answered(event.item_id, event.answer, event.advance)

    def on_week_signs_widget_ticked(self, event: WeekSignsWidget.Ticked) -> None:
        """A sign of the plan ticked (or not) for this week: saved at once, and what helps
        shown there and then. (Named, not `@on`: the widget's module is imported only by a
        checklist that shows it.)"""
        event.stop()
        signs = self.checklist.week_signs
        if signs is not None and self.week_signs is not None:
            report(self, signs.save(event.key, event.ticked))
            self.week_signs.show_support()

    def answered(self, item_id: str, answer: Answer, advance: bool) -> None:
        """Save an answer at once; after y, n or a number, move on to the next item."""
        self.record.answers[item_id] = answer
        outcome = self.checklist.save(item_id, answer, value_given=advance)
        if outcome.saved:
            self.unsaved.discard(item_id)
        else:
            self.unsaved.add(item_id)
        again = retry_after(
            outcome, self.unsaved, lambda i: self.checklist.save(i, self.record.answers[i])
        )
        report(self, again)
        self.show_offer()
        if self.supervision is not None:
            self.supervision.display = self.checklist.offers_supervision()
        if not advance:
            return
        widgets = self.item_widgets()
        index = next(n for n, w in enumerate(widgets) if w.item.id == item_id)
        if index + 1 < len(widgets):
            # At once: keys typed ahead go on. Scrolled to as a whole once laid out (Textual's own
            # scroll on focus is reckoned before the layout catches up, and centred the field).
            self.set_focus(widgets[index + 1].first_focus(), scroll_visible=False)
            widgets[index + 1].scroll_visible()
        elif self.week_signs is not None and self.week_signs.first_focus():
            self.set_focus(self.week_signs.first_focus())  # the plan's signs

    def note_supervision(self, offer: SupervisionOffer, text: str) -> None:
        """Enter in the supervision offer's date: note that day (a date still to come, or
        not a date, is said under the field)."""
        try:
            day = parse_date(text.strip())
        except WellcheckError:
            offer.say("That is not a date: write it as YYYY-MM-DD, e.g. 2026-11-02.")
            return
        outcome = self.checklist.note_supervision(day)
        if not outcome.saved:
            offer.say(outcome.problem + ".")
            return
        self.notify(f"Noted: supervision on {day:%A} {day.day} {day:%B %Y}.", title="Noted")
        widgets = self.item_widgets()
        self.set_focus(widgets[-1].first_focus())
        offer.display = False

    def show_offer(self) -> None:
        """The offer shown or not. While it may still come (a next step, not answered), its
        place is kept and it is only blank (GoalOfferLine.offer): an answer that brings it or
        takes it away (y, n on the same question) then lays nothing out, where a line coming
        and going at the end laid the whole list out again, and its scrollbar after it, at
        every such key."""
        if not self.instrument.next_step or self.offer_answered:
            self.offer.display = False
        else:
            self.offer.offer(self.offer_open())

    def offer_open(self) -> bool:
        """The toolkit's next step is offered in place when some answer is no: never again for
        this checklist period once a goal was set from it or "not now" was said."""
        step = self.instrument.next_step
        return bool(step) and not self.offer_answered and has_no(self.instrument, self.record)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Back from the goal dialog: the offer may have been answered. At the first resume,
        as the screen opens, it was read a moment ago, as the screen was built. (QuickScreen's
        handler runs too, after this one: Textual calls a subclass's first. It is what sets
        `resumed_once`.)"""
        if self.resumed_once:
            self.offer_answered = self.goals.offered(self.checklist.origin)
        offer = self.offer
        if offer.has_focus and not self.offer_open():
            self.set_focus(self.item_widgets()[-1].first_focus())
        self.show_offer()

    def take_unsaved(self) -> Saves | None:
        """What is typed but not saved, captured now, as a call that saves it (quick exit)."""
        pending: list[tuple[str, Answer]] = []
        for widget in self.item_widgets():
            answer = widget.pending()
            if answer is None and widget.item.id in self.unsaved:
                answer = self.record.answers[widget.item.id]  # its last save failed: retry
            if answer is not None:
                pending.append((widget.item.id, answer))
        if not pending:
            return None
        checklist = self.checklist

        def save() -> list[Outcome[Answer]]:
            return [checklist.save(item_id, answer) for item_id, answer in pending]

        return save

    def not_yet_saved(self) -> str:
        """Why words typed on this screen are not saved yet (a date that is not one), or ""."""
        return next((why for w in self.item_widgets() if (why := w.not_yet_an_answer())), "")

    def action_done(self) -> None:
        if self.leaving.may_leave(self):
            self.dismiss()

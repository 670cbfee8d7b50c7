"""The Wellness Action Plan: its sections written as a checklist's, each with a share line.

A checklist screen over the plan (`OpenPlan`): every answer is saved as it is given, and so is
each share line's y (share: the supervision summary and the printed plan) or n (private,
where every section starts). The keyboard model is the checklist's.
"""

from __future__ import annotations

from textual.app import ComposeResult

from wellcheck.core.content import Item
from wellcheck.session.plan import OpenPlan
from wellcheck.tui.protocols import KeepsGoals, report
from wellcheck.tui.screens.checklist import ChecklistScreen
from wellcheck.tui.widgets.share import ShareLine


class PlanScreen(ChecklistScreen):
    def __init__(self, opened: OpenPlan, goals: KeepsGoals) -> None:
        super().__init__(opened, goals)
        self.plan = opened
        self.add_class("plan")

    def compose_item(self, item: Item) -> ComposeResult:
        yield from super().compose_item(item)
        if item.shareable:
            yield ShareLine(item.id, self.plan.shared(item.id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "key_answer" and isinstance(self.focused, ShareLine):
            return parameters[0] in ("y", "n")
        return super().check_action(action, parameters)

    def action_key_answer(self, key: str) -> None:
        line = self.focused
        if not isinstance(line, ShareLine):
            super().action_key_answer(key)
            return
        outcome = self.plan.share(line.item_id, key == "y")
        report(self, outcome)
        if outcome.saved:
            line.show(key == "y")
        self.focus_next()

"""The Wellness Action Plan in plain mode: the checklist's questions line by line, and after
each section that can be shared, whether to share it (y) or keep it private (n)."""

from __future__ import annotations

from typing import TextIO

from wellcheck.core.content import Item
from wellcheck.plain.checklist import ChecklistPlain
from wellcheck.plain.lines import saved
from wellcheck.session.goals import GoalActions
from wellcheck.session.plan import OpenPlan

SHARE = {"y": True, "yes": True, "n": False, "no": False}


class PlanPlain(ChecklistPlain):
    def __init__(self, opened: OpenPlan, goals: GoalActions, stdin: TextIO, stdout: TextIO):
        super().__init__(opened, goals, stdin, stdout)
        self.plan = opened

    def _after_item(self, item: Item) -> None:
        if not item.shareable:
            return
        current = "yes" if self.plan.shared(item.id) else "no"
        label = "   Share this section (summary and printed plan)? y / n"
        share = self.choose(label, current, SHARE)
        if share is not None:
            saved(self.plan.share(item.id, share))
            self.record = self.plan.record

"""Plain mode: the questions line by line on stdin/stdout, for screen readers and scripts. One
module per instrument screen of the TUI, over the same session."""

from __future__ import annotations

from typing import TextIO

from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.plan import OpenPlan
from wellcheck.session.session import Session
from wellcheck.session.standup import OpenStandup


def run(session: Session, instrument_id: str, stdin: TextIO, stdout: TextIO) -> int:
    """Open the instrument through the session and ask it line by line (or the goals)."""
    if instrument_id == "goals":
        from wellcheck.plain.goals import GoalsPlain

        return GoalsPlain(session.goals, stdin, stdout).run()
    opened = session.open(instrument_id)
    if isinstance(opened, OpenPlan):
        from wellcheck.plain.plan import PlanPlain

        return PlanPlain(opened, session.goals, stdin, stdout).run()
    if isinstance(opened, OpenChecklist):
        from wellcheck.plain.checklist import ChecklistPlain

        return ChecklistPlain(opened, session.goals, stdin, stdout).run()
    if isinstance(opened, OpenStandup):
        from wellcheck.plain.standup import StandupPlain

        return StandupPlain(opened, session, stdin, stdout).run()
    from wellcheck.plain.stressors import StressorsPlain

    return StressorsPlain(opened, stdin, stdout).run()

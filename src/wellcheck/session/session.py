"""Session: one per running wellcheck, built from the context. Every user action goes through
it, and each returns what a front end shows (an opened instrument, an outcome, a view)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellcheck.core.days_off import DayOffKind
from wellcheck.core.layout import PLAN_ID
from wellcheck.core.plan import Recurrence
from wellcheck.core.standup import STANDUP_ID
from wellcheck.core.stressors import grid_of
from wellcheck.session import days_off, standup
from wellcheck.session.checklist import OpenChecklist, open_checklist
from wellcheck.session.context import Context
from wellcheck.session.goals import GoalActions
from wellcheck.session.home import Overview, build_overview
from wellcheck.session.outcome import Outcome
from wellcheck.session.plan import mark_told, plan_news

if TYPE_CHECKING:
    from wellcheck.core.pack import AnySummary
    from wellcheck.core.periods import Span
    from wellcheck.core.summary import WeeklySummary
    from wellcheck.session.history import History
    from wellcheck.session.standup import OpenStandup
    from wellcheck.session.stressors import OpenStressors


class Session:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.goals = GoalActions(ctx)
        self.said: list[Recurrence] = []
        """The signs home has said came back, in this run: said until wellcheck closes."""
        self.said_helps = ""

    @property
    def today(self) -> date:
        return self.ctx.today

    def open(self, instrument_id: str) -> OpenChecklist | OpenStandup | OpenStressors:
        """An instrument opened for today. Raises WellcheckError (one line, naming the file)
        if what it needs cannot be read; nothing is changed by opening."""
        if instrument_id == STANDUP_ID:
            return standup.open_standup(self.ctx)
        instrument = self.ctx.content.get(instrument_id)
        if instrument_id == PLAN_ID:
            from wellcheck.session.plan import open_plan

            return open_plan(self.ctx, instrument)
        if grid_of(instrument):
            from wellcheck.session.stressors import open_stressors

            return open_stressors(self.ctx, instrument)
        return open_checklist(self.ctx, instrument)

    def home(self) -> Overview:
        ctx = self.ctx
        overview = build_overview(ctx.content, ctx.store, ctx.settings, ctx.today)
        news = plan_news(ctx)
        overview.problems += [p for p in news.problems if p not in overview.problems]
        overview.plan_review = news.review
        known = {r.sign.key for r in self.said}
        fresh = [r for r in news.came_back if r.sign.key not in known]
        if fresh and mark_told(ctx, fresh).saved:
            self.said += fresh  # a mark that failed is said again on the next start
        overview.came_back = [*self.said, *(r for r in fresh if r not in self.said)]
        overview.came_back_helps = news.helps or self.said_helps
        self.said_helps = overview.came_back_helps
        return overview

    def set_day_off(self, kind: DayOffKind | None) -> Outcome[None]:
        return days_off.set_day_off(self.ctx, kind)

    def resolve_help(self, day: date, text: str, resolved: bool) -> Outcome[None]:
        return standup.resolve_help(self.ctx, day, text, resolved)

    def summary_for(self, span: Span) -> tuple[AnySummary, list[str]]:
        """The week, or the pack of several, a span covers; a line for each file that could
        not be read."""
        from wellcheck.session.summary import summary_for

        ctx = self.ctx
        return summary_for(ctx.store, ctx.settings, span, ctx.today)

    def supervisions(self) -> tuple[list[date], list[str]]:
        """The days supervision was noted, and a line if their file could not be read."""
        from wellcheck.session.summary import supervision_days

        problems: list[str] = []
        return supervision_days(self.ctx.store, problems), problems

    def summary(self, monday: date) -> tuple[WeeklySummary, list[str]]:
        """The week starting `monday`, and a line for each file that could not be read."""
        from wellcheck.session.summary import weekly_summary

        ctx = self.ctx
        return weekly_summary(ctx.store, ctx.settings, monday, ctx.today)

    def history(self) -> History:
        """The weeks behind, each item, the stressors and goals over time, read as shown."""
        from wellcheck.session.history import History

        return History(self.ctx.store, self.ctx.settings, self.ctx.today)

    @property
    def lock_after_minutes(self) -> int:
        """Minutes without a key press after which the app locks itself: the user's setting
        for an encrypted store, 0 (never) for a readable one, which has nothing to lock."""
        encrypted = self.ctx.store.is_encrypted()
        return self.ctx.settings.lock_after_minutes if encrypted else 0

    @property
    def locked(self) -> bool:
        """An encrypted store whose passphrase has not been given yet: nothing can be read."""
        return self.ctx.store.is_locked()

    def unlock(self, secret: str) -> Outcome[None]:
        """Give the passphrase (or the recovery key); see `session.encryption`."""
        from wellcheck.session.encryption import unlock

        return unlock(self.ctx, secret)

    def write_summary(self, path: Path, document: str) -> Outcome[None]:
        """Write a rendered summary where the user asked, readable by them only; from an
        encrypted store, with the warning that the copy is not encrypted."""
        from wellcheck.session.summary import write_summary  # the summary's modules, when asked

        written = write_summary(self.ctx.store.root, path, document)
        if written.saved and self.ctx.store.key is not None:
            from wellcheck.session.encryption import EXPORT_NOT_ENCRYPTED

            return Outcome(written.value, warning=EXPORT_NOT_ENCRYPTED)
        return written

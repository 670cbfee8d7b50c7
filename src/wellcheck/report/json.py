"""The summary as JSON, in the stable structure documented in docs/summary-json.md."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from wellcheck.core.goals import Goal
from wellcheck.core.summary import PeriodChecklist, StressorLine, Unread, WeeklySummary
from wellcheck.report import words

FORMAT = "wellcheck-weekly-summary"
FORMAT_VERSION = 1


def summary_dict(s: WeeklySummary) -> dict[str, Any]:
    return {
        "title": words.title(s),
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "owner": s.owner or None,
        "week": s.week,
        "from": s.monday.isoformat(),
        "to": s.sunday.isoformat(),
        "made_on": s.made_on.isoformat(),
        "empty": s.is_empty,
        "unreadable": unread_dicts(s.unread),
        "days": [{"date": day_text(c.day), "status": c.status} for c in s.days],
        "worked_days": s.worked_days,
        "daily_checklist": [
            {
                "item": r.item_id,
                "prompt": r.prompt,
                "answers": {day_text(d): v for d, v in sorted(r.cells.items()) if v is not None},
                "yes": r.yes,
                "of": r.of,
                "notes": [{"date": day_text(d), "note": n} for d, n in r.notes],
            }
            for r in s.checks
        ],
        "went_well": [{"date": day_text(e.day), "entries": e.entries} for e in s.went_well],
        "difficult": [
            {"date": day_text(e.day), "fields": [{"label": k, "text": v} for k, v in e.fields]}
            for e in s.reflections
        ],
        "help": [
            {"date": day_text(h.day), "text": h.text, "resolved": opt_day(h.resolved)}
            for h in s.help
        ],
        "weekly_checklist": period_dict(s.weekly),
        "monthly_checklist": period_dict(s.monthly),
        "goals": {
            "open": [goal_dict(g) for g in s.open_goals],
            "done": [goal_dict(g) for g in s.done_goals],
        },
        "stressors": [stressor_dict(line) for line in s.stressors],
        "plan_shared": [
            {"id": p.item_id, "title": p.title, "lines": list(p.lines)} for p in s.plan
        ],
        "footer": words.footer(s),
    }


def render_json(s: WeeklySummary) -> str:
    return json.dumps(summary_dict(s), indent=2, ensure_ascii=False) + "\n"


def period_dict(checklist: PeriodChecklist) -> dict[str, Any]:
    return {
        "period": checklist.period,
        "readable": checklist.readable,
        "answers": [
            {
                "item": a.item_id,
                "prompt": a.prompt,
                "value": a.value,
                "note": a.note,
                "texts": a.texts,
            }
            for a in checklist.answers
        ],
    }


def goal_dict(goal: Goal) -> dict[str, Any]:
    return {
        "text": goal.text,
        "created": day_text(goal.created),
        "target": opt_day(goal.target),
        "done": opt_day(goal.done),
    }


def stressor_dict(line: StressorLine) -> dict[str, Any]:
    return {
        "category": line.category,
        "label": line.label,
        "impact": line.impact,
        "note": line.note,
        "affecting_work": line.affecting_work,
        "help_status": line.help_status,
        "help_from": line.help_from.removeprefix("from ") if line.help_from else None,
    }


def unread_dicts(unread: list[Unread]) -> list[dict[str, Any]]:
    """The files left out because they could not be read: what each held, and its day."""
    return [{"kind": u.kind, "date": opt_day(u.day)} for u in unread]


def day_text(day: date) -> str:
    return day.isoformat()


def opt_day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None

"""The summary as JSON, in the stable structure documented in docs/summary-json.md."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from wellcheck.core.goals import Goal
from wellcheck.core.summary import PeriodChecklist, StressorLine, WeeklySummary
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
        "days": [{"date": _d(c.day), "status": c.status} for c in s.days],
        "worked_days": s.worked_days,
        "daily_checklist": [
            {
                "item": r.item_id,
                "prompt": r.prompt,
                "answers": {_d(d): v for d, v in sorted(r.cells.items()) if v is not None},
                "yes": r.yes,
                "of": r.of,
                "notes": [{"date": _d(d), "note": n} for d, n in r.notes],
            }
            for r in s.checks
        ],
        "went_well": [{"date": _d(e.day), "entries": e.entries} for e in s.went_well],
        "difficult": [
            {"date": _d(e.day), "fields": [{"label": k, "text": v} for k, v in e.fields]}
            for e in s.reflections
        ],
        "help": [{"date": _d(h.day), "text": h.text, "resolved": _opt(h.resolved)} for h in s.help],
        "weekly_checklist": _period(s.weekly),
        "monthly_checklist": _period(s.monthly),
        "goals": {
            "open": [_goal(g) for g in s.open_goals],
            "done": [_goal(g) for g in s.done_goals],
        },
        "stressors": [_stressor(line) for line in s.stressors],
        "plan_shared": [
            {"id": p.item_id, "title": p.title, "lines": list(p.lines)} for p in s.plan
        ],
        "footer": words.footer(s),
    }


def render_json(s: WeeklySummary) -> str:
    return json.dumps(summary_dict(s), indent=2, ensure_ascii=False) + "\n"


def _period(checklist: PeriodChecklist) -> dict[str, Any]:
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


def _goal(goal: Goal) -> dict[str, Any]:
    return {
        "text": goal.text,
        "created": _d(goal.created),
        "target": _opt(goal.target),
        "done": _opt(goal.done),
    }


def _stressor(line: StressorLine) -> dict[str, Any]:
    return {
        "category": line.category,
        "label": line.label,
        "impact": line.impact,
        "note": line.note,
        "affecting_work": line.affecting_work,
        "help_status": line.help_status,
        "help_from": line.help_from.removeprefix("from ") if line.help_from else None,
    }


def _d(day: date) -> str:
    return day.isoformat()


def _opt(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None

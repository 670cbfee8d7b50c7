"""The supervision pack as JSON (docs/summary-json.md): the overview as data, then each week
exactly as the weekly summary's JSON gives it."""

from __future__ import annotations

import json
from typing import Any

from wellcheck.core.pack import SupervisionPack
from wellcheck.core.periods import week_key
from wellcheck.report import pack_words
from wellcheck.report.json import (
    day_text,
    goal_dict,
    period_dict,
    stressor_dict,
    summary_dict,
    unread_dicts,
)

FORMAT = "wellcheck-supervision-pack"
FORMAT_VERSION = 1


def pack_dict(p: SupervisionPack) -> dict[str, Any]:
    span = p.span
    return {
        "title": pack_words.pack_title(p),
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "owner": p.owner or None,
        "from": day_text(p.first),
        "to": day_text(p.sunday),
        "made_on": day_text(p.made_on),
        "period": {"chosen_by": span.kind, "since": day_text(span.since) if span.since else None},
        "scope": pack_words.pack_scope(p),
        "empty": p.is_empty,
        "unreadable": unread_dicts(p.unread),
        "supervisions": [day_text(d) for d in p.supervisions],
        "plan_shared": [
            {"id": s.item_id, "title": s.title, "lines": list(s.lines)} for s in p.plan
        ],
        "weeks_at_a_glance": [
            {
                "week": week_key(c.monday),
                "from": day_text(c.monday),
                "checked_in": c.checked_in,
                "worked_days": c.worked,
                "days_off": c.off,
                "supervision": [day_text(d) for d in c.supervision],
            }
            for c in p.columns
        ],
        "daily_checklist": [
            {
                "item": i.item_id,
                "prompt": i.prompt,
                "weeks": [{"yes": n[0], "of": n[1]} if n else None for n in i.counts],
            }
            for i in p.daily
        ],
        "weekly_checklist": [
            {"item": i.item_id, "prompt": i.prompt, "weeks": list(i.values)} for i in p.weekly
        ],
        "monthly_checklists": [period_dict(m) for m in p.monthly],
        "help": [
            {
                "date": day_text(h.day),
                "text": h.text,
                "resolved": day_text(h.resolved) if h.resolved else None,
            }
            for h in p.help
        ],
        "goals": {
            "set": [goal_dict(g) for g in p.goals_set],
            "done": [goal_dict(g) for g in p.goals_done],
            "open": [goal_dict(g) for g in p.goals_open],
        },
        "stressors": [
            {"impact_by_week": list(s.impacts), "latest": stressor_dict(s.latest)}
            for s in p.stressors
        ],
        "weeks": [summary_dict(w) for w in p.weeks],
        "footer": pack_words.pack_footer(p),
    }


def render_pack_json(p: SupervisionPack) -> str:
    return json.dumps(pack_dict(p), indent=2, ensure_ascii=False) + "\n"

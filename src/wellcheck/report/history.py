"""The history as plain lines (for screen readers and piping), as markdown, and as JSON.

One `HistoryPage` in, one document out; the words are `history_words`', the user's own words
escaped in markdown and never markup anywhere.
"""

from __future__ import annotations

import json
from typing import Any

from wellcheck.core.history_items import ItemTrend
from wellcheck.core.history_page import HistoryPage
from wellcheck.core.history_stressors import StressorTrail
from wellcheck.report import history_words as hw
from wellcheck.report import words
from wellcheck.report.markdown import escape

FORMATS = ("text", "markdown", "json")
FORMAT = "wellcheck-history"
FORMAT_VERSION = 1


def render_history(page: HistoryPage, fmt: str) -> str:
    if fmt == "markdown":
        return render_markdown(page)
    if fmt == "json":
        return json.dumps(history_dict(page), indent=2, ensure_ascii=False) + "\n"
    return render_plain(page)


# -- plain lines ------------------------------------------------------------------------------


def render_plain(page: HistoryPage) -> str:
    """Line by line, words only: no table, no symbols, no trend line (a screen reader reads
    each line as it is)."""
    today = page.today
    out = [hw.title(page), "", f"{hw.WEEKS}, the latest first.", hw.WEEKS_NOTE]
    if not page.weeks:
        out.append(hw.NO_WEEKS)
    for row in page.weeks:
        out.append(f"{hw.week_label(row)}: {hw.week_sentence(row, today)}")
    if more := hw.more_weeks(page):
        out.append(more)
    out += ["", f"{hw.TRENDS}.", hw.TRENDS_PRINTED]
    if not page.trends:
        out.append(hw.NO_TRENDS)
    for trend in page.trends:
        out.append(f"{trend.prompt}: {hw.trend_total(trend)}.")
        weeks = [f"week {w.monday.isocalendar()[1]} {c}" for w, c in _counts(trend) if c]
        if weeks:
            out.append("  By week: " + "; ".join(weeks) + ".")
    out += ["", f"{hw.STRESSORS}.", hw.STRESSORS_NOTE]
    out += _plain_stressors(page) or [hw.NO_STRESSORS]
    out += ["", f"{hw.GOALS}."]
    if not page.goals:
        out.append(hw.NO_GOALS)
    for span in page.goals:
        out.append(f"{span.goal.text.strip()}: {hw.goal_line(span, today)}.")
    out += _plain_problems(page)
    return "\n".join(out) + "\n"


def _counts(trend: ItemTrend) -> list[tuple[Any, str]]:
    return [(w, hw.week_count(trend, w)) for w in trend.weeks]


def _plain_stressors(page: HistoryPage) -> list[str]:
    out: list[str] = []
    review = [t for t in page.stressors if t.for_review]
    for trail in page.stressors:
        out.append(f"{trail.category}: {trail.label} — {_trail_words(trail, page)}.")
        for day, note in trail.notes:
            out.append(f"  Note, {hw.short(day, page.today)}: {note}")
    if review:
        out += ["", f"{hw.REVIEW}. {hw.REVIEW_NOTE}"]
        out += [f"{t.category}: {t.label}." for t in review]
    return out


def _trail_words(trail: StressorTrail, page: HistoryPage) -> str:
    parts = [hw.trail_state(trail, page.today), hw.impacts(trail, page.today)]
    return "; ".join(p for p in parts if p)


def _plain_problems(page: HistoryPage) -> list[str]:
    if not page.problems:
        return []
    return ["", "Files that could not be read (see `wellcheck doctor`):", *page.problems]


# -- markdown ---------------------------------------------------------------------------------


def render_markdown(page: HistoryPage) -> str:
    today = page.today
    out = [f"# {escape(hw.title(page))}", "", f"## {hw.WEEKS}", "", hw.WEEKS_NOTE, ""]
    if page.weeks:
        heads = ["Week", *(hw.day_name(d) for d in page.working_days), "Other days"]
        rows = [
            [hw.week_label(r), *(hw.mark(c, today) for c in r.cells), hw.other_days(r)]
            for r in page.weeks
        ]
        out += _table(heads, rows)
    else:
        out += [hw.NO_WEEKS, ""]
    if more := hw.more_weeks(page):
        out += [more, ""]
    out += [f"## {hw.TRENDS}", "", hw.TRENDS_PRINTED, ""]
    if page.trends:
        heads = ["Item", "Trend", "Over the weeks", "This week"]
        rows = [
            [escape(t.prompt), f"`{t.line}`", hw.trend_total(t), hw.week_count(t, t.weeks[-1])]
            for t in page.trends
        ]
        out += _table(heads, rows)
    else:
        out += [hw.NO_TRENDS, ""]
    out += [f"## {hw.STRESSORS}", "", hw.STRESSORS_NOTE, ""]
    out += _md_stressors(page) or [hw.NO_STRESSORS, ""]
    out += [f"## {hw.GOALS}", ""]
    goals = [f"- {escape(s.goal.text)}: {hw.goal_line(s, today)}" for s in page.goals]
    out += [*goals, ""] if goals else [hw.NO_GOALS, ""]
    if page.problems:
        out += ["Files that could not be read (see `wellcheck doctor`):", ""]
        out += [f"- {escape(p)}" for p in page.problems] + [""]
    return "\n".join(out)


def _md_stressors(page: HistoryPage) -> list[str]:
    out: list[str] = []
    for trail in page.stressors:
        out.append(f"- **{escape(trail.category)}: {escape(trail.label)}** — ")
        out[-1] += escape(_trail_words(trail, page))
        for day, note in trail.notes:
            out.append(f"  - {hw.short(day, page.today)}: {escape(note)}")
    if out:
        out.append("")
    review = [t for t in page.stressors if t.for_review]
    if review:
        out += [f"### {hw.REVIEW}", "", hw.REVIEW_NOTE, ""]
        out += [f"- {escape(t.category)}: {escape(t.label)}" for t in review] + [""]
    return out


def _table(heads: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines + [""]


# -- JSON -------------------------------------------------------------------------------------


def history_dict(page: HistoryPage) -> dict[str, Any]:
    return {
        "title": hw.title(page),
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "owner": page.owner or None,
        "today": page.today.isoformat(),
        "weeks": [
            {
                "week": row.week,
                "from": row.monday.isoformat(),
                "days": [{"date": c.day.isoformat(), "mark": c.mark} for c in row.cells],
                "other_days_checked_in": [d.isoformat() for d in row.other_days],
            }
            for row in page.weeks
        ],
        "earlier_weeks_not_shown": page.more_weeks,
        "items": [
            {
                "item": t.item_id,
                "prompt": t.prompt,
                "checklist": t.cadence,
                "weeks": [_json_week(t, w) for w in t.weeks],
            }
            for t in page.trends
        ],
        "stressors": [_json_trail(t) for t in page.stressors],
        "goals": [
            {
                "text": s.goal.text,
                "set": s.goal.created.isoformat(),
                "target": s.goal.target.isoformat() if s.goal.target else None,
                "done": s.goal.done.isoformat() if s.goal.done else None,
                "days_open": s.days_open,
            }
            for s in page.goals
        ],
        "unreadable": list(page.problems),
    }


def _json_week(trend: ItemTrend, week: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"week": week.monday.isocalendar()[1], "from": week.monday.isoformat()}
    if trend.cadence == "weekly":
        out["answer"] = words.value(week.value) or None
    else:
        out["yes"], out["of"] = week.yes, week.of
    return out


def _json_trail(trail: StressorTrail) -> dict[str, Any]:
    return {
        "row": trail.entry_id,
        "category": trail.category,
        "label": trail.label,
        "first_ticked": trail.first_ticked.isoformat(),
        "impact": [{"reflection": d.isoformat(), "impact": i} for d, i in trail.impacts],
        "notes": [{"reflection": d.isoformat(), "note": n} for d, n in trail.notes],
        "last_changed": trail.last_changed.isoformat() if trail.last_changed else None,
        "ticked_now": trail.ticked_now,
        "cleared_on": trail.cleared_on.isoformat() if trail.cleared_on else None,
        "offered_for_review": trail.for_review,
    }

"""The stressors grid on screen: ticking, scoring, notes, help, flag, own rows, the six-month rule,
signposting and support contacts, each checked in the JSON written to disk."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from home_view import screen_text
from textual.pilot import Pilot
from textual.widgets import Static

from wellcheck.core import stressors_store
from wellcheck.core.content import GridItem
from wellcheck.core.stressors import grid_of as grid_in
from wellcheck.core.stressors_answers import Contact, StressorAnswer
from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.screens.stressors import StressorsScreen
from wellcheck.tui.widgets.stressors_detail import changed
from wellcheck.tui.widgets.stressors_grid import StressorGrid

NOW = datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
DOWN_TO_DOMESTIC_ABUSE = ("down",) * 4  # death → separation → marriage → arguments → abuse


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Saves are stamped at a fixed moment, so the six-month rule never depends on the clock."""
    monkeypatch.setattr(stressors_store, "_now", lambda: NOW)


def saved(data_dir: Path, day: str = "2026-11-23") -> dict[str, Any]:
    rows: dict[str, Any] = json.loads((data_dir / "stressors" / f"{day}.json").read_text())["rows"]
    return rows


def grid_of(pilot: Pilot[None]) -> StressorGrid:
    screen = pilot.app.screen
    assert isinstance(screen, StressorsScreen)
    return screen.grid_widget()


def grid_item(ctx: Context) -> GridItem:
    grid = grid_in(ctx.content.get("stressors"))
    assert grid is not None
    return grid


def shown(pilot: Pilot[None], selector: str) -> str:
    widget = pilot.app.screen.query_one(selector, Static)
    return str(widget.content) if widget.display else ""


async def test_tick_and_score_are_saved_at_once(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        assert saved(data_dir)["death"]["ticked"] is True
        await pilot.press("down", "4")
        row = saved(data_dir)["separation"]
        assert (row["ticked"], row["impact"]) == (True, 4)  # an impact ticks the row
        assert "impact 4" in str(grid_of(pilot).get_option("separation").prompt)
        await pilot.press("up", "space")
        assert saved(data_dir)["death"]["ticked"] is False


async def test_note_help_affecting_work_and_flag(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "w", "h", "h", "f", "s", "e", *"hard to sleep", "enter")
        assert not grid_of(pilot).has_focus  # Enter stays in the note, and says how to leave it
        assert "Escape goes back" in shown(pilot, "#note-hint")
        await pilot.press("escape")
        assert grid_of(pilot).has_focus
        assert not pilot.app.screen.query_one("#note-hint").display  # said, and done with
        row = saved(data_dir)["death"]
        assert row["affecting_work"] is True
        assert row["help"] == "need"
        assert row["help_from"] == "work"
        assert row["flagged"] is True
        assert row["note"] == "hard to sleep"
        assert grid_of(pilot).has_focus  # Escape leaves the note
        assert "⚑" in str(grid_of(pilot).get_option("death").prompt)
        assert "need to seek, from work" in shown(pilot, "#detail-answers")


async def test_what_else_adds_a_row_in_the_users_own_words(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("a", *"friend moving abroad", "enter")
        own = [(k, r) for k, r in saved(data_dir).items() if r["own"]]
        assert len(own) == 1
        entry_id, row = own[0]
        assert (row["label"], row["category"], row["ticked"]) == (
            "friend moving abroad",
            "family",
            True,
        )
        grid = grid_of(pilot)
        assert grid.current_id() == entry_id
        assert not grid.has_focus  # the words typed after Enter go to the new row's note
        await pilot.press("escape", "3")
        assert saved(data_dir)[entry_id]["impact"] == 3


async def test_answers_come_back_after_a_restart(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("5", "s")
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        row = grid_of(pilot).row("death")
        assert (row.ticked, row.impact, row.flagged) == (True, 5, True)
        assert shown(pilot, "#detail-when") == "changed Mon 23 Nov"


@pytest.mark.parametrize(
    ("hour", "said"), [(2, "changed Mon 2 Mar"), (3, "changed Mon 2 Mar"), (4, "changed Tue 3 Mar")]
)
def test_a_row_changed_before_the_day_starts_was_changed_the_day_before(
    hour: int, said: str
) -> None:
    """As home and the reflection's own file count it (the day starts at 4 am): the detail had
    said "changed Tue 3 Mar" at 2 am, while home said the grid was revisited on the 2nd."""
    row = StressorAnswer(
        category="family",
        category_label="Family & relationships",
        label="Death of close relative or friend",
        ticked=True,
        changed_at=datetime(2026, 3, 3, hour, 30).astimezone(),
    )
    assert changed(row, date(2026, 11, 23), day_start_hour=4) == said
    assert changed(row, date(2026, 11, 23), day_start_hour=0) == "changed Tue 3 Mar"


async def test_a_row_untouched_for_six_months_shows_as_past_and_can_be_reticked(
    ctx: Context, data_dir: Path
) -> None:
    folder = data_dir / "stressors"
    folder.mkdir(parents=True)
    old = {
        "schema_version": 1,
        "instrument": "stressors",
        "day": "2026-03-02",
        "rows": {
            "death": {"category": "family", "label": "Death of close relative or friend",
                      "ticked": True, "impact": 3, "changed_at": "2026-03-02T18:00:00+00:00"},
            "separation": {"category": "family", "label": "Divorce/separation/strife",
                           "ticked": True, "changed_at": "2026-10-01T18:00:00+00:00"},
        },
    }  # fmt: skip
    (folder / "2026-03-02.json").write_text(json.dumps(old))
    before = (folder / "2026-03-02.json").read_bytes()
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        grid = grid_of(pilot)
        assert grid.past("death") and not grid.past("separation")
        assert grid.get_option("death").prompt.past  # type: ignore[union-attr]  # dimmed
        assert "More than six months ago" in shown(pilot, "#detail-answers")
        await pilot.press("space")
        assert not grid.past("death")
        assert grid.row("death").ticked and grid.row("death").impact == 3
    row = saved(data_dir)["death"]
    assert (row["ticked"], row["changed_at"]) == (True, NOW.isoformat())
    assert saved(data_dir)["separation"]["changed_at"] == "2026-10-01T18:00:00+00:00"
    assert (folder / "2026-03-02.json").read_bytes() == before  # history kept as it was


async def test_clearing_a_past_row(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "s", "delete")
        row = saved(data_dir)["death"]
        assert (row["ticked"], row["impact"], row["flagged"]) == (False, None, False)


async def test_helplines_show_when_domestic_abuse_is_ticked(ctx: Context) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("space")  # another row: no helplines
        assert shown(pilot, "#signpost") == ""
        await pilot.press(*DOWN_TO_DOMESTIC_ABUSE)
        assert grid_of(pilot).current_id() == "domestic_abuse"
        assert shown(pilot, "#signpost") == ""  # not ticked yet
        await pilot.press("space")
        helplines = shown(pilot, "#signpost")
        for number in ("999", "55", "0808 2000 247", "0808 801 0327", "0800 999 5428"):
            assert number in helplines
        assert "0808 802 0321" in helplines
        await pilot.press("space")  # unticked: gone again
        assert shown(pilot, "#signpost") == ""


async def test_impact_4_or_5_offers_the_users_own_support(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        assert shown(pilot, "#support-offer") == ""
        await pilot.press("4")
        assert "Press c" in shown(pilot, "#support-offer")
        await pilot.press("c", *"Sam Patel", "tab", *"01234 567890", "escape")
        contacts = json.loads((data_dir / "support.json").read_text())["contacts"]
        assert contacts["supervisor"]["name"] == "Sam Patel"
        assert contacts["supervisor"]["phone"] == "01234 567890"
        assert isinstance(pilot.app.screen, StressorsScreen)
        assert "Supervisor: Sam Patel · 01234 567890" in shown(pilot, "#support-offer")


async def test_home_lists_the_grid_with_when_it_was_last_revisited(
    ctx: Context, data_dir: Path
) -> None:
    async with WellcheckApp(ctx).run_test(size=(80, 24)) as pilot:
        entry = next(e for e in pilot.app.home.overview.entries if e.instrument_id == "stressors")
        assert entry.last_revisited is None
        await pilot.press("p")
        assert isinstance(pilot.app.screen, StressorsScreen)
        await pilot.press("space", "escape")
        entry = next(e for e in pilot.app.home.overview.entries if e.instrument_id == "stressors")
        assert entry.last_revisited == ctx.today


def test_grid_snapshot(ctx: Context, snap_compare: Any) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press("space", "4", "s", "down", "down", "2", "w")

    assert snap_compare(
        WellcheckApp(ctx, start="stressors"), run_before=run_before, terminal_size=(80, 24)
    )


async def test_a_note_kept_on_a_cleared_row_stays_visible(ctx: Context, data_dir: Path) -> None:
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "e", *"hard month", "escape", "delete")
        assert saved(data_dir)["death"]["note"] == "hard month"
        line = str(grid_of(pilot).get_option("death").prompt)
        assert line.startswith("·") and "✎" in line
        assert "✎" not in str(grid_of(pilot).get_option("separation").prompt)


CONTACTS = {
    "supervisor": Contact("Sam Okafor", "01632 960 123", "sam.okafor@example.org"),
    "occupational_health": Contact("Health Partners", "0161 496 0000"),
    "eap": Contact("Care First", "0800 174 319"),
}
SUPPORT_LINES = (
    "Supervisor: Sam Okafor · 01632 960 123 · sam.okafor@example.org",
    "Occupational health: Health Partners · 0161 496 0000",
    "Employee assistance programme: Care First · 0800 174 319",
)


@pytest.mark.parametrize(("size", "rows"), [((80, 24), 8), ((100, 30), 14)])
async def test_helplines_and_support_open_leave_the_grid_usable_and_cut_nothing(
    ctx: Context, size: tuple[int, int], rows: int
) -> None:
    for role, contact in CONTACTS.items():
        stressors_store.save_contact(ctx.store, role, contact)  # type: ignore[arg-type]
    async with WellcheckApp(ctx, start="stressors").run_test(size=size) as pilot:
        await pilot.press(*DOWN_TO_DOMESTIC_ABUSE, "space", "5")
        await pilot.pause()
        text = screen_text(pilot.app)
        for line in (*SUPPORT_LINES, "0808 2000 247", "Respect helpline"):
            assert line in text  # the contacts and every helpline, in full on screen
        assert "0808 2000 247  National Domestic Abuse Helpline (Refuge) — free, 24 hours" in text
        assert grid_of(pilot).region.height >= rows  # rows enough to move about in
        offer = pilot.app.screen.query_one("#support-offer")
        assert offer.region.bottom <= size[1] - 1  # above the footer, not cut below it


async def grid_lines(pilot: Pilot[None]) -> list[str]:
    """Every line the grid shows, as the terminal shows it, from top to bottom."""
    seen: list[str] = []
    for _ in range(8):
        for on_screen in screen_text(pilot.app).splitlines():
            line = on_screen.rstrip(" ▁▂▃▄▅▆▇█")  # without the scrollbar
            if line.startswith(("✓ ", "· ")) and line not in seen:
                seen.append(line)
        await pilot.press(*("pagedown",))
    return seen


async def test_row_labels_are_whole_at_100_columns(ctx: Context) -> None:
    labels = [e.label for c in grid_item(ctx).categories for e in c.entries]
    async with WellcheckApp(ctx, start="stressors").run_test(size=(100, 30)) as pilot:
        shown_lines = await grid_lines(pilot)
    assert [line[2:].removesuffix(" ✎").split("  ")[0] for line in shown_lines] == labels


async def test_row_labels_at_80_columns_end_with_an_ellipsis_when_cut(ctx: Context) -> None:
    labels = [e.label for c in grid_item(ctx).categories for e in c.entries]
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        shown_lines = await grid_lines(pilot)
    assert len(shown_lines) == len(labels)
    for label, line in zip(labels, shown_lines, strict=True):
        words = line[2:]
        assert words.startswith(label) or (
            "…" in words and label.startswith(words.split("…")[0])
        ), (label, line)
    assert "Domestic abuse – physical, psychological, sexual, coercive" in "\n".join(shown_lines)


async def test_support_contact_labels_stay_once_filled_in(ctx: Context) -> None:
    stressors_store.save_contact(ctx.store, "supervisor", CONTACTS["supervisor"])
    async with WellcheckApp(ctx, start="stressors").run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "tab", "tab", *"Tuesdays")
        await pilot.pause()
        rows = screen_text(pilot.app).splitlines()
    for label, value in [
        ("Name", "Sam Okafor"),
        ("Phone", "01632 960 123"),
        ("Email", "sam.okafor@example.org"),
        ("Notes", "Tuesdays"),
    ]:
        assert any(row.startswith(label) and row.endswith(value) for row in rows), (label, rows)


def test_its_keys_asked_for_before_the_grid_is_there_are_the_grids_off_not_a_crash(
    ctx: Context,
) -> None:
    """The footer asks a screen for its keys as the bindings change, which can be while the
    screen is still being built or taken down: found as "an internal error" in a test run."""
    from wellcheck.session.session import Session

    screen = StressorsScreen(Session(ctx).open("stressors"))  # type: ignore[arg-type]
    assert [screen.check_action(a, ()) for a in ("note", "add", "contacts", "enter")] == [False] * 4
    assert screen.check_action("done", ()) is True


def test_a_row_with_no_mark_takes_the_marks_columns_for_its_label() -> None:
    """At 80 columns a long label was cut ("…unwell relat…") beside 19 empty cells; the
    marks of the rows that have them still line up."""
    from wellcheck.tui.widgets.stressors_line import IMPACT, RowLine

    label = "Substantial caring e.g. older or disabled or unwell relatives and a long tail here"
    plain = RowLine(ticked=False, label=label, impact=None, flagged=False, noted=False, past=False)
    marked = RowLine(ticked=True, label=label, impact=3, flagged=True, noted=True, past=False)
    shown = plain.content(78).plain
    assert shown.startswith("· Substantial caring e.g. older or disabled or unwell relatives and")
    assert len(shown) == 78 and shown.endswith("…")
    row = marked.content(78).plain
    assert len(row) == 78 and row.endswith(" impact 3 ⚑ sup. ✎")
    short = RowLine(ticked=True, label="Debt", impact=5, flagged=False, noted=False, past=False)
    assert short.content(78).plain.index("impact 5") == row.index("impact 3")
    assert len(IMPACT) == len("impact 3")

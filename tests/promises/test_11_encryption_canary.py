"""Promise 11: with encryption on, the user's words are on disk only as ciphertext.

A canary phrase is typed into every kind of answer — a checklist's note, its text fields and
entries, the stand-up's yesterday, today and help, a stressors row's note and a row of the
user's own, a support contact, a goal and a goal draft (and a day off is marked) — through the
Session API, the app and plain mode (a real process, unlocked with --passphrase-fd). Then no
spelling of it (UTF-8, UTF-16, UTF-32, JSON-escaped) is in any file, or any file's name, in the
data folder, the temp folder, the cache folder or the config folder; the words are there all the
same, for the key to open. Saves that fail half way, on a real full disk, leave no temp file and
nothing readable, and a conversion stopped by the full disk finishes once there is room.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from wellcheck import paths
from wellcheck.core import crypto, encryption, encryption_convert, layout, standup
from wellcheck.core.answers import Answer
from wellcheck.core.errors import WellcheckError
from wellcheck.core.goals import GoalDraft
from wellcheck.core.store import JsonStore
from wellcheck.core.stressors_answers import Contact, StressorAnswer
from wellcheck.core.stressors_store import load_current_reflection, load_support
from wellcheck.session.checklist import OpenChecklist
from wellcheck.session.context import Context
from wellcheck.session.session import Session
from wellcheck.session.standup import OpenStandup
from wellcheck.session.stressors import OpenStressors
from wellcheck.tui.app import WellcheckApp

from .encrypted import (
    CANARY,
    DAY,
    PASSPHRASE,
    SAVES,
    TODAY,
    data_files,
    fast_params,
    holding_the_canary,
    temp_files,
    turn_on,
)
from .helpers import small_disk_at, subprocess_env
from .test_3_full_disk import fill
from .test_5_unreadable_more import SlowClock


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of the test's own, so that what lands in it can be looked at."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def everywhere(tmp_path: Path) -> list[Path]:
    """The data, temp, cache and config folders (all under tmp_path, see conftest), and the
    rest of tmp_path."""
    folders = [paths.data_root(), tmp_path / "tmp", paths.cache_file().parent, paths.config_dir()]
    assert all(tmp_path in folder.parents for folder in folders)
    return [*folders, tmp_path]


def test_the_canary_spellings_are_found_when_they_are_there(tmp_path: Path) -> None:
    """The search below has teeth: a readable store of the same words is caught, file by file."""
    store = JsonStore(tmp_path / "data")
    for _, save in SAVES.values():
        save(store, CANARY)
    (tmp_path / "escaped").write_bytes(b'"CANARY \\"violet\\" hedgehog caf\\u00e9 4471"')
    (tmp_path / "wide").write_bytes(CANARY.encode("utf-16-le"))
    found = holding_the_canary([tmp_path])
    assert len(found) == len({p for p, _ in SAVES.values()} - {"days-off/2026.json"}) + 3
    # ...each of the six files with words, the help index, and the two planted here


def test_words_saved_through_the_session_in_every_kind_of_answer_are_only_ciphertext(
    ctx: Context, tmp_path: Path, temp_dir: Path
) -> None:
    key = turn_on(ctx.store)
    session = Session(ctx)
    daily, weekly = session.open("daily"), session.open("weekly")
    assert isinstance(daily, OpenChecklist) and isinstance(weekly, OpenChecklist)
    check = daily.save("lunch_break", Answer("Lunch?", "no", note=CANARY))
    text = daily.save(
        "difficult", Answer("Difficult?", fields={"difficult": CANARY, "learned": CANARY})
    )
    entries = daily.save("went_well", Answer("Went well?", entries=[CANARY, "", ""]))
    week = weekly.save("exercise", Answer("Exercise?", "no", note=CANARY))
    up = session.open("standup")
    assert isinstance(up, OpenStandup)
    ytd = [up.save(item, Answer(item, entries=[CANARY])) for item in ("yesterday", "today", "help")]
    grid = session.open("stressors")
    assert isinstance(grid, OpenStressors)
    own = grid.new_own_id()
    rows = [
        grid.save_row("death", StressorAnswer("family", "F", "Death", ticked=True, note=CANARY)),
        grid.save_row(own, StressorAnswer("family", "Family", CANARY, own=True, note=CANARY)),
    ]
    contact = grid.save_contact("eap", Contact(CANARY, CANARY, notes=CANARY))
    goal = session.goals.add(CANARY, TODAY, daily.origin)
    draft = session.goals.keep_draft(GoalDraft(CANARY, origin="weekly/2026-W48"))
    off = session.set_day_off("sick")
    outcomes = [check, text, entries, week, *ytd, *rows, contact, goal, draft, off]
    assert [(o.problem, o.warning) for o in outcomes] == [("", "")] * len(outcomes)

    files = data_files(ctx.store.root)
    assert sorted(files) == [
        "daily/2026/2026-11-23.json",
        "days-off/2026.json",
        "goals.json",
        "help-requests.json",
        "standup/2026/2026-11-23.json",
        "stressors/2026-11-23.json",
        "support.json",
        "weekly/2026-W48.json",
    ]
    assert all(crypto.is_sealed(data) for data in files.values())
    assert holding_the_canary(everywhere(tmp_path)) == []
    assert paths.cache_file().exists()  # the content cache was written: it was looked in
    reopened = JsonStore(ctx.store.root, encryption.unlock(ctx.store.root, PASSPHRASE))
    assert reopened.key and reopened.key.key_id == key.key_id
    answers = reopened.load_record("daily", "daily", DAY).answers
    assert answers["lunch_break"].note == CANARY and answers["went_well"].entries[0] == CANARY
    assert set(answers["difficult"].fields.values()) == {CANARY}
    assert [r.text for r in standup.open_requests(reopened)] == [CANARY]
    reflection = load_current_reflection(reopened, TODAY)
    assert reflection and reflection.rows[own].label == CANARY
    assert load_support(reopened).get("eap").name == CANARY
    goals = reopened.goals_file()
    assert [g.text for g in goals.goals] == [CANARY] and goals.draft == draft_of(goals.draft)


def draft_of(draft: GoalDraft | None) -> GoalDraft:
    assert draft is not None and draft.text == CANARY
    return draft


def typed(pilot: Pilot[None], selector: str, text: str, name: str | None = None) -> None:
    """Type into a field at once (a long phrase key by key is slow); `name` picks one of
    several fields of an item."""
    fields = [f for f in pilot.app.screen.query(selector) if name is None or f.name == name]
    assert fields, f"{selector} {name} not on {type(pilot.app.screen).__name__}"
    field = fields[0]
    assert isinstance(field, Input | TextArea)
    field.focus()
    if isinstance(field, Input):
        field.insert_text_at_cursor(text)
    else:
        field.insert(text)


async def test_words_typed_into_the_app_on_an_encrypted_store_are_only_ciphertext(
    ctx: Context, tmp_path: Path, temp_dir: Path
) -> None:
    turn_on(ctx.store)  # unlocked, as with --passphrase-fd
    app = WellcheckApp(ctx, clock=SlowClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d", "e")  # the daily checklist: a note on its first check
        typed(pilot, "#item-lunch_break Input", CANARY)
        await pilot.press("enter")
        typed(pilot, "#item-difficult TextArea", CANARY, "difficult")
        typed(pilot, "#item-difficult TextArea", CANARY, "learned")
        typed(pilot, "#item-went_well Input", CANARY, "0")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("u")  # the stand-up
        await pilot.pause()
        for item in ("yesterday", "today", "help"):
            typed(pilot, f"#item-{item} TextArea", CANARY)
            await pilot.pause()
        await pilot.press("escape", "p", "n")  # the stressors grid: a row's note
        typed(pilot, "#note", CANARY)
        await pilot.press("escape", "a")  # a row of the user's own
        typed(pilot, "#own-label", CANARY)
        await pilot.press("enter", "escape", "c")  # and a support contact
        typed(pilot, "#supervisor-name", CANARY)
        await pilot.press("escape", "escape", "escape")  # home
        await pilot.pause()
        await pilot.press("d", "n")  # a "no": home then offers a goal
        await pilot.press("escape", "g")
        await pilot.pause()
        typed(pilot, "Input", CANARY)
        await pilot.pause()
        await pilot.press("ctrl+q")  # the quick exit keeps the goal as a draft
    assert app.return_code == 0
    store = ctx.store
    answers = store.load_record("daily", "daily", DAY).answers
    assert answers["lunch_break"].note == CANARY
    assert answers["difficult"].fields == {"difficult": CANARY, "learned": CANARY}
    assert answers["went_well"].entries[0] == CANARY
    up = standup.load(store, TODAY)
    assert [standup.entries(up, i) for i in ("yesterday", "today", "help")] == [[CANARY]] * 3
    reflection = load_current_reflection(store, TODAY)
    assert reflection and reflection.rows["death"].note == CANARY
    assert CANARY in [r.label for r in reflection.rows.values() if r.own]
    assert load_support(store).get("supervisor").name == CANARY
    assert draft_of(store.goals_file().draft)
    assert all(crypto.is_sealed(data) for data in data_files(store.root).values())
    assert holding_the_canary(everywhere(tmp_path)) == []


def test_words_answered_in_plain_mode_by_a_real_process_are_only_ciphertext(
    data_dir: Path, tmp_path: Path, temp_dir: Path
) -> None:
    key = turn_on(JsonStore(data_dir))
    home = tmp_path / "home"
    home.mkdir()
    env = subprocess_env(
        HOME=str(home),
        TMPDIR=str(temp_dir),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local"),
    )
    daily = f"n {CANARY}\ny\n{CANARY}\n{CANARY}\n{CANARY}\n\n\ny\ny\ny\n{CANARY}\n\n"
    # ...a no with a note, the two reflections, one thing that went well, then a goal
    ytd = f"{CANARY}\n\n{CANARY}\n\n{CANARY}\n\n"
    for command, answers in (("daily", daily), ("standup", ytd)):
        read, write = os.pipe()
        os.write(write, f"{PASSPHRASE}\n".encode())
        os.close(write)
        done = subprocess.run(
            [sys.executable, "-m", "wellcheck", "--passphrase-fd", str(read)]
            + [command, "--plain", "--date", DAY],
            input=answers,
            pass_fds=(read,),
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        os.close(read)
        assert done.returncode == 0, done.stderr
    store = JsonStore(data_dir, key)
    answers = store.load_record("daily", "daily", DAY).answers
    assert answers["lunch_break"].note == CANARY and answers["went_well"].entries[0] == CANARY
    assert [g.text for g in store.goals()] == [CANARY]
    up = standup.load(store, TODAY)
    assert [standup.entries(up, i) for i in ("yesterday", "today", "help")] == [[CANARY]] * 3
    assert all(crypto.is_sealed(data) for data in data_files(data_dir).values())
    assert holding_the_canary([*everywhere(tmp_path), home]) == []


# -- a real full disk --------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk_at(tmp_path, "1m") as mount:
        yield mount


def test_saves_that_fail_on_a_full_disk_leave_nothing_readable_and_no_temp_file(
    small_disk: Path,
) -> None:
    root = small_disk / "data"
    store = JsonStore(root)
    for name, (_, save) in SAVES.items():
        save(store, f"{name}, before")
    turn_on(store)
    before = data_files(root)
    filler = fill(small_disk)
    refused = []
    for _, save in SAVES.values():
        with pytest.raises(WellcheckError) as caught:
            save(store, CANARY)
        refused.append(str(caught.value))
    assert all("No space left on device" in line for line in refused), refused
    assert data_files(root) == before  # each old file as it was, byte for byte
    assert temp_files(root) == []
    assert holding_the_canary([small_disk]) == []
    filler.unlink()
    (small_disk / "filler-2").unlink()
    for _, save in SAVES.values():
        save(store, CANARY)  # room again: saved, sealed
    assert all(crypto.is_sealed(data) for data in data_files(root).values())
    assert holding_the_canary([small_disk]) == []


@pytest.mark.parametrize("to", ["on", "off"])
def test_a_conversion_stopped_by_a_full_disk_leaves_no_temp_file_and_finishes_later(
    small_disk: Path, to: str
) -> None:
    root = small_disk / "data"
    store = JsonStore(root)
    for n in range(12):
        day = f"2026-11-{n + 10:02d}"
        store.save_answer("daily", "daily", day, "difficult", Answer("D?", fields={"d": CANARY}))
    originals = data_files(root)
    key = turn_on(store) if to == "off" else None
    sealed = data_files(root)  # for turning off: the files as they are while encrypted
    fillers: list[Path] = []

    def fill_half_way(done: int, total: int) -> None:
        if done == total // 2 and not fillers:
            fillers.append(fill(small_disk))

    with pytest.raises(WellcheckError, match="No space left on device"):
        if to == "on":
            encryption_convert.turn_on(store, PASSPHRASE, [].append, fill_half_way, fast_params())
        else:
            encryption_convert.turn_off(store, fill_half_way)
    assert temp_files(root) == []
    files = data_files(root)
    assert files.keys() == originals.keys()
    converted = [p for p, d in files.items() if crypto.is_sealed(d) == (to == "on")]
    assert 0 < len(converted) < len(files)  # stopped half way
    key = key or store.key
    assert key is not None
    for place, data in files.items():
        if crypto.is_sealed(data):
            assert key.open(place, data) == originals[place], f"{place} opens to other bytes"
            assert to == "on" or data == sealed[place]
        else:
            assert data == originals[place], f"{place} is torn"
    if to == "on":  # the words are only in the files not sealed yet
        unsealed = {str(root / p) for p, d in files.items() if not crypto.is_sealed(d)}
        assert set(holding_the_canary([small_disk])) == unsealed
    fillers[0].unlink()
    (small_disk / "filler-2").unlink()
    if to == "on":
        encryption_convert.turn_on(JsonStore(root), PASSPHRASE, [].append, lambda d, n: None)
        assert {p: key.open(p, d) for p, d in data_files(root).items()} == originals
        assert holding_the_canary([small_disk]) == []
    else:
        encryption_convert.turn_off(JsonStore(root, key), lambda d, n: None)
        assert data_files(root) == originals
    assert not layout.converting_marker(root).exists() and temp_files(root) == []

"""The screens' runs of run.py: every screen's first paint, from the command line and from home,
its peak memory (the first start included), and a yes / no key press to its frames.

Each screen is painted by first_paint.py, as home is: `wellcheck daily` from the start of the
process to the checklist's first paint (home, composed under it, included), against the minimal
Textual app; a screen opened from home by its key, from the start of the process to that screen's
first paint (home painted first, then the key), against the minimal app opening a screen of one
Static by a key. Peak memory is measured as the `wellcheck` command has it, Textual imported
where wellcheck imports it (`--textual-late`), on a warm start and on a first start (the content
cache emptied before each run, as after a content change).

The key press is timed inside the app (first_paint.py `--answers`): on the daily checklist, `y`
and `n` in turn on its first question, each saved as it is given, from the key to the last frame
it brings before the app is quiet again (and to its first frame, for information); against the
minimal app doing the same durable save (`JsonStore.save_answer`) and showing it. Both save into
a small store of their own, so the 10-year store is never changed by a run.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from measure import Command, run_timed

CHECKLIST, STANDUP, STRESSORS, SUMMARY = (
    "ChecklistScreen",
    "StandupScreen",
    "StressorsScreen",
    "SummaryScreen",
)
FROM_COMMAND_LINE = {
    "daily": CHECKLIST,
    "weekly": CHECKLIST,
    "monthly": CHECKLIST,
    "standup": STANDUP,
    "stressors": STRESSORS,
}
"""`wellcheck <id>`: the screen it opens."""
FROM_HOME = {
    "d": ("daily", CHECKLIST),
    "w": ("weekly", CHECKLIST),
    "m": ("monthly", CHECKLIST),
    "u": ("standup", STANDUP),
    "p": ("stressors", STRESSORS),
    "s": ("summary", SUMMARY),
}
"""Home's key: what it opens, and the screen."""
PAINT_LIMIT = 1.3
"""Every screen's first paint against the minimal app's (the issue's budget; home's is 1.2×)."""
KEY_LIMIT = 2.0
"""A yes / no key press to its last frame, against the minimal app doing the same save."""
KEY_PRESSES = 10
"""Timed key presses in each run (y and n in turn)."""
KEY_ROUNDS = 5
"""Runs of each key-press command (after one thrown away), interleaved."""


def late(argv: Sequence[str]) -> list[str]:
    """The same first_paint.py run with Textual imported where wellcheck imports it."""
    at = next(n for n, a in enumerate(argv) if a.endswith("first_paint.py")) + 1
    return [*argv[:at], "--textual-late", *argv[at:]]


def screen_commands(
    paint: Sequence[str], on_store: Sequence[str], cold: Path
) -> dict[str, Command]:
    """The first paint of every screen, from the command line and from home, and their peaks."""
    commands = {
        "minimal_key": Command(
            "minimal app, a screen by a key", [*paint, "--press", "x", "minimal"]
        )
    }
    for name, screen in FROM_COMMAND_LINE.items():
        argv = [*paint, "--screen", screen, "wellcheck", name, *on_store]
        commands[f"cli_{name}"] = Command(f"wellcheck {name}, 10 y", argv, rss_argv=late(argv))
        commands[f"cold_{name}"] = Command(
            f"wellcheck {name}, first start",
            argv,
            cold_cache=cold,
            rss_argv=late(argv),
            timed=False,
        )
    for key, (name, screen) in FROM_HOME.items():
        argv = [*paint, "--press", key, "--screen", screen, "wellcheck", *on_store]
        commands[f"home_{name}"] = Command(f"home, then {key}: {name}", argv, rss_argv=late(argv))
    return commands


@dataclass
class KeyTimes:
    """A key-press command's times: milliseconds from each key to its first and last frame."""

    name: str
    argv: list[str]
    log: Path
    first: list[float] = field(default_factory=list)
    last: list[float] = field(default_factory=list)
    failure: str = ""

    @property
    def median(self) -> float:
        """Seconds, to the last frame."""
        return statistics.median(self.last) / 1000

    @property
    def median_first(self) -> float:
        return statistics.median(self.first) / 1000


def key_commands(paint: Sequence[str], store: Path, day: str, work: Path) -> list[KeyTimes]:
    """The minimal app and the daily checklist, each answering y / n into `store` on `day`."""
    on = ["--data-dir", str(store), "--date", day]
    timed = ["--answers", str(KEY_PRESSES)]
    minimal, daily = work / "keys-minimal.log", work / "keys-daily.log"
    return [
        KeyTimes(
            "minimal app, y / n, the same save",
            [*paint, *timed, "--log", str(minimal), "minimal", *on],
            minimal,
        ),
        KeyTimes(
            "daily: a y / n key, to its frames",
            [*paint, *timed, "--log", str(daily), "--screen", CHECKLIST, "wellcheck", "daily", *on],
            daily,
        ),
    ]


def time_keys(commands: list[KeyTimes], env: dict[str, str], rounds: int = KEY_ROUNDS) -> None:
    """Run each command `rounds` times (after one thrown away), interleaved; note each key."""
    for round_no in range(rounds + 1):
        for command in commands:
            if command.failure:
                continue
            command.log.unlink(missing_ok=True)
            _, code, _ = run_timed(command.argv, env)
            if code != 0 or not command.log.exists():
                command.failure = f"exit {code}"
                continue
            if round_no == 0:
                continue
            for line in command.log.read_text().splitlines():
                first, last = (float(v) for v in line.split())
                command.first.append(first)
                command.last.append(last)

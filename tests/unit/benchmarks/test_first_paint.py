"""The first-paint runner measures the screen its row names: home for `wellcheck`, the history
screen for `wellcheck history` (it exits only once that screen has been painted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


@pytest.mark.parametrize(
    ("command", "screen"), [([], "HomeScreen"), (["history"], "HistoryScreen")]
)
def test_the_runner_exits_after_painting_the_screen_asked_for(
    data_dir: Path, command: list[str], screen: str
) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import first_paint; "
        "code = first_paint.main(sys.argv[2:]); print(first_paint.PAINTED); sys.exit(code)"
    )
    argv = [sys.executable, "-c", script, str(BENCHMARKS), "--screen", screen, "wellcheck"]
    argv += ["--data-dir", str(data_dir), "--date", "2026-11-23", *command]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"['{screen}']"


def test_the_history_rows_compare_the_longest_store_with_one_year() -> None:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    import run
    from measure import Command

    names = ["python", "minimal", "summary10", "summary1", "doctor", "history10", "history1",
             "history30", "history_md"]  # fmt: skip
    commands = {n: Command(n, ["true"]) for n in names}
    rows = run._history_rows(commands)
    assert [(r.what, r.against, r.goal) for r in rows[:2]] == [
        ("history10, first paint", "minimal", "≤ 1.3×"),
        ("history30", "history1", "≤ 1.05×"),
    ]

"""What the quickest starts leave out (their times are in the README's Performance section):
checked in fresh interpreters, never timed here.

`wellcheck --version` answers before argparse, pathlib or typing is imported, so it costs little
more than Python starting; an ordinary start with no settings file and a warm content cache
imports no TOML parser.
"""

from __future__ import annotations

import subprocess
import sys

from wellcheck import __version__

SLOW_TO_IMPORT = ("argparse", "pathlib", "typing", "textual", "rich")


def _run(code: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True
    )


def test_version_is_answered_before_anything_slow_is_imported() -> None:
    code = (
        "import sys\n"
        "from wellcheck.cli import main\n"
        "code = main()\n"
        f"print(sorted(set(sys.modules) & {set(SLOW_TO_IMPORT)!r}), code)\n"
    )
    out = _run(code, "--version").stdout.splitlines()
    assert out == [f"wellcheck {__version__}", "[] 0"]


def test_python_m_wellcheck_version_prints_the_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wellcheck", "--version"], capture_output=True, text=True
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wellcheck {__version__}\n", "")


def test_python_m_wellcheck_version_imports_not_even_the_command_line() -> None:
    """Python's own `-m` costs a third of its start: the answer comes before the command
    line's modules (its parser among them) are imported too."""
    code = (
        "import runpy, sys\n"
        "sys.argv = ['wellcheck', '--version']\n"
        "try:\n"
        "    runpy.run_module('wellcheck', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    print(done.code, sorted(m for m in sys.modules if m.startswith('wellcheck.')))\n"
    )
    assert _run(code).stdout.splitlines() == [f"wellcheck {__version__}", "0 []"]


def test_version_with_other_arguments_still_goes_through_the_parser() -> None:
    code = "import sys\nfrom wellcheck.cli import main\nmain()\nprint('argparse' in sys.modules)"
    out = _run(code, "--date", "2026-11-23", "--version").stdout.splitlines()
    assert out == [f"wellcheck {__version__}", "True"]


def test_a_warm_start_without_a_settings_file_imports_no_toml_parser() -> None:
    code = (
        "import sys\n"
        "from wellcheck.session.context import build_context\n"
        "build_context(None, '2026-11-23')\n"
        "print('tomllib' in sys.modules)\n"
    )
    assert _run(code).stdout.strip() == "True"  # the first start validates, and fills the cache
    assert _run(code).stdout.strip() == "False"


def test_the_checklist_screen_imports_only_the_kinds_of_item_the_built_in_ones_ask() -> None:
    """A scale, a choice, a date and signs (a user's own instruments, the plan) are imported
    when first shown, not with the checklist screen every `wellcheck daily` opens."""
    kinds = [f"wellcheck.tui.widgets.{kind}" for kind in ("scale", "choice", "date", "signs")]
    code = (
        "import sys\n"
        "import wellcheck.tui.screens.checklist\n"
        f"print([name for name in {kinds!r} if name in sys.modules])\n"
    )
    assert _run(code).stdout.strip() == "[]"

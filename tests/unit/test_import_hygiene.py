"""The core knows no screen, and the quick commands stay quick: checked in fresh interpreters."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "wellcheck.core.content",
    "wellcheck.core.content_loader",
    "wellcheck.core.answers",
    "wellcheck.core.store",
    "wellcheck.core.periods",
    "wellcheck.core.settings",
    "wellcheck.core.checklist",
    "wellcheck.session.home",
]


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", CORE)
def test_core_never_imports_textual_or_rich(module: str) -> None:
    modules = loaded_after(f"import {module}")
    assert not {m for m in modules if m.split(".")[0] in {"textual", "rich"}}


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["paths"], ["content", "check"]], ids=" ".join
)
def test_quick_commands_do_not_import_textual(argv: list[str]) -> None:
    code = f"from wellcheck.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
    modules = loaded_after(code)
    assert "textual" not in modules


def test_reading_answers_does_not_import_pydantic() -> None:
    modules = loaded_after("import wellcheck.core.store")
    assert "pydantic" not in modules

"""The weekly summary reads the flagged stressors: that path must stay free of pydantic and UI."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "wellcheck.core.stressors",
        "wellcheck.core.stressors_store",
        "wellcheck.core.stressors_answers",
    ],
)
def test_stressor_data_path_imports_no_pydantic_textual_or_rich(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'textual', 'rich'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

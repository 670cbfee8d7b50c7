"""Shared fixtures: every test gets its own data and config folders, never the developer's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wellcheck.context import Context, build_context

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data and config at tmp_path so a developer's real data never leaks into a test."""
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("WELLCHECK_DATA_DIR", str(data))
    monkeypatch.setenv("WELLCHECK_CONFIG_DIR", str(config))
    monkeypatch.setenv("WELLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs / "data"


@pytest.fixture
def config_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs / "config"


@pytest.fixture
def ctx(data_dir: Path) -> Context:
    """A context for Monday 23 November 2026 over an empty store."""
    return build_context(data_dir, TODAY.isoformat())

"""Shared fixtures: every test gets its own data and config folders, never the developer's."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wellcheck.session.context import Context, build_context

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
    """The data folder, made as wellcheck makes it (0700), so tests that put files in it
    by hand are not told that it was loose."""
    folder = isolated_dirs / "data"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@pytest.fixture
def config_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs / "config"


@pytest.fixture
def ctx(data_dir: Path) -> Context:
    """A context for Monday 23 November 2026 over an empty store."""
    return build_context(data_dir, TODAY.isoformat())


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt to reach the network fails the test; Unix sockets (asyncio's) still work."""
    attempts: list[str] = []

    def guard(name: str, original: Any) -> Any:
        def blocked(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if sock.family == socket.AF_UNIX:
                return original(sock, *args, **kwargs)
            attempts.append(f"socket.{name}{args!r}")
            raise OSError(f"network use is not allowed in wellcheck: {name}")

        return blocked

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, guard(name, getattr(socket.socket, name)))

    def no_dns(*args: Any, **kwargs: Any) -> Any:
        attempts.append(f"socket.getaddrinfo{args!r}")
        raise OSError("network use is not allowed in wellcheck: getaddrinfo")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    yield attempts
    assert not attempts, f"the code tried to use the network: {attempts}"

"""Shared helpers for the promise tests: run the driver, read every data file."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("driver.py")
NO_NETWORK = Path(__file__).with_name("nonet")


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a test subprocess: network blocked, as in the test process."""
    path = os.pathsep.join(filter(None, [str(NO_NETWORK), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, **extra}


def start_driver() -> subprocess.Popen[str]:
    """Start driver.py and wait until it is ready for commands."""
    driver = subprocess.Popen(
        [sys.executable, str(DRIVER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        env=subprocess_env(),
    )
    assert driver.stdout and driver.stdout.readline() == "ready\n"
    return driver


def data_files(root: Path) -> list[Path]:
    """Every data file under root (not temp files, not the lock)."""
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith("."))


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@contextlib.contextmanager
def small_disk_at(tmp_path: Path, size: str) -> Iterator[Path]:
    """A real file system of `size` (tmpfs), mounted for the test: root only, as CI runs, and
    a failure there (a skip only for a developer who is not root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)])
    if done.returncode != 0:
        if os.environ.get("CI") or os.geteuid() == 0:
            pytest.fail("could not mount a tmpfs for the full-disk tests")
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)

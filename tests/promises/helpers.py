"""Shared helpers for the promise tests: run the driver, read every data file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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

"""Shared helpers for the promise tests: run the driver, read every data file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("driver.py")


def start_driver() -> subprocess.Popen[str]:
    """Start driver.py and wait until it is ready for commands."""
    driver = subprocess.Popen(
        [sys.executable, str(DRIVER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert driver.stdout and driver.stdout.readline() == "ready\n"
    return driver


def data_files(root: Path) -> list[Path]:
    """Every data file under root (not temp files, not the lock)."""
    return sorted(p for p in root.rglob("*.json") if not p.name.startswith("."))


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

"""wellcheck in a real terminal (a pty), as a user runs it: what it draws is read back."""

from __future__ import annotations

import os
import pty
import select
import sys
import time


def start(argv: list[str], env: dict[str, str]) -> tuple[int, int]:
    """`python -m wellcheck argv` on a new pty: its pid and the pty's side of ours."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: wellcheck on the pty, as in a terminal window
        os.execve(sys.executable, [sys.executable, "-m", "wellcheck", *argv], env)
    return pid, fd


def read_pty(fd: int, seconds: float) -> bytes:
    """What the app drew for `seconds` (less, if it closed the terminal)."""
    got = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            got += chunk
    return got


def read_until(fd: int, shown: bytes, screen: bytes = b"", tries: int = 60) -> bytes:
    """What the app drew until `shown` is among it, however slow the machine (30 s at most)."""
    screen += read_pty(fd, 1.0)
    for _ in range(tries):
        if shown in screen:
            break
        screen += read_pty(fd, 0.5)
    return screen


def stop(pid: int, fd: int) -> None:
    """The app killed if it is still running, and the pty closed."""
    done, _ = os.waitpid(pid, os.WNOHANG)
    if done == 0:
        os.kill(pid, 9)
    os.close(fd)

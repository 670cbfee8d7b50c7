"""Promise 1: it stays on this computer, and makes no network connection. No test can reach the
network either: tests/conftest.py fails a test whose code tries, and nonet/ ends a process a test
starts that tries; these tests check that both guards hold. That nothing of the answers is
written outside the data folder is checked with a canary phrase in test_6_canary.py and
test_6_canary_more.py."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request

import pytest

from .helpers import subprocess_env


def test_the_suite_cannot_reach_the_network(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.org", timeout=1)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with pytest.raises(OSError):
        udp.sendto(b"x", ("127.0.0.1", 9))
    udp.close()
    assert len(no_network) == 3
    no_network.clear()  # these attempts were this test's own
    left, right = socket.socketpair()  # asyncio's Unix sockets still work
    left.sendall(b"ok")
    assert right.recv(2) == b"ok"
    left.close()
    right.close()


def test_test_subprocesses_cannot_reach_the_network_either() -> None:
    code = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=subprocess_env()
    )
    assert done.returncode == 99 and "network use is not allowed" in done.stderr

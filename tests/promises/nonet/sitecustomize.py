"""Loaded by test subprocesses (PYTHONPATH): any network use ends the process with exit 99.

Unix sockets stay allowed (asyncio uses them). See tests/conftest.py for the in-process guard.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any


def _guard(name: str) -> None:
    original = getattr(socket.socket, name)

    def blocked(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if sock.family == socket.AF_UNIX:
            return original(sock, *args, **kwargs)
        sys.stderr.write(f"network use is not allowed in wellcheck: socket.{name}\n")
        os._exit(99)

    setattr(socket.socket, name, blocked)


for _name in ("connect", "connect_ex", "sendto", "bind"):
    _guard(_name)


def _no_dns(*args: Any, **kwargs: Any) -> Any:
    sys.stderr.write("network use is not allowed in wellcheck: getaddrinfo\n")
    os._exit(99)


socket.getaddrinfo = _no_dns

"""Start-up without the garbage collector's full sweeps: `paused()` around a run, `settle()` once
the first screen or question is up.

Starting wellcheck creates some fifty thousand objects that live as long as the process (modules,
classes, the content, Textual's widgets and styles) and little garbage. Python's cyclic collector
walks the young ones again and again while they are made, and once they pass a threshold walks
them all: measured at about a third of what the home screen adds to a bare Textual app's first
paint (`benchmarks/`). So the collector is paused while wellcheck starts; once the first screen
is painted, `settle` collects once, freezes the survivors (`gc.freeze`: later sweeps skip them,
so typing never waits for a sweep over start-up's objects) and lets the collector run again.
Memory is not at stake: start-up's garbage is a few thousand objects, collected by `settle`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_state = {"paused": False, "frozen": False, "was_enabled": True}


@contextmanager
def paused() -> Iterator[None]:
    """Run with the collector paused until `settle`; on leaving, put it back as it was."""
    _state["was_enabled"] = was_enabled = gc.isenabled()
    gc.disable()
    _state["paused"] = True
    try:
        yield
    finally:
        _state["paused"] = False
        if _state["frozen"]:  # give an embedding process (a test run) its objects back
            gc.unfreeze()
            _state["frozen"] = False
        if was_enabled:
            gc.enable()


def settle() -> None:
    """Start-up is over: collect its garbage once, freeze what survives, collect as usual again.
    Does nothing outside `paused()`, or if already settled."""
    if not _state["paused"] or _state["frozen"]:
        return
    gc.collect()
    gc.freeze()
    _state["frozen"] = True
    if _state["was_enabled"]:
        gc.enable()

"""The code of the screens home opens, loaded while home waits for its user.

Every screen but home is imported when first opened (`opening`), so that the first paint waits
for none of them. Left at that, the first `d` after a start waited for the checklist's modules
(some 13 ms on the 2-core machines here), and each other screen for its own. Home is idle for a
while once painted, and before any key can come: Textual's second frame is due a frame's time
after the first. So in that wait the screens' modules are imported, one step at a time, the
checklist's first (the screen opened most often), and what they share before what each has.

Each step gives way first, so a frame or a key due meanwhile goes before it: a step is one
module, the largest about 5 ms (Textual's TextArea). After 10 ms of steps the next frame is
drawn before any more, so that home's second frame (Textual draws one, a frame's time after
the first) is not put off. Stepping stops for good once home is not
what is shown, or keys are held for a screen opening: that screen imports what it needs, and
no step delays it. A step that fails is left for the screen's own opening to report, with the
one-line crash, as it would have without this."""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Awaitable, Callable

STEPS: tuple[str, ...] = (
    "textual.widgets:TextArea",  # the reflections' and notes' boxes: every screen's
    "textual.widgets:Input",
    "wellcheck.tui.widgets.fields",
    "wellcheck.tui.widgets.items",
    "wellcheck.tui.widgets.check",
    "wellcheck.tui.screens.checklist",  # d, w, m: home's most used
    "wellcheck.tui.screens.standup",
    "wellcheck.tui.screens.stressors",
    "wellcheck.tui.widgets.signs",  # the plan's kinds of item, imported when first shown
    "wellcheck.tui.widgets.date",
    "wellcheck.tui.screens.plan",
    "wellcheck.tui.screens.summary",
    "wellcheck.tui.screens.history",
    "wellcheck.tui.widgets.scale",  # a user's own instruments' kinds
    "wellcheck.tui.widgets.choice",
)
"""What is imported, in order: a module (or `module:name`, a name a module loads when first
asked for, as Textual's widgets are), with what it needs that is not imported yet; so the list
runs from what many screens share to each screen's own."""

PER_FRAME = 0.010
"""Seconds of steps between two frames: the first frame's next is due some 17 ms after it."""

Idle = Callable[[], bool]
"""Whether home is shown and waiting: no screen opening, none over it."""
AfterFrame = Callable[[], Awaitable[None]]
"""Wait until the screen's next frame has been drawn (at once if none is due)."""


async def prefetch(
    idle: Idle, after_frame: AfterFrame, steps: tuple[str, ...] = STEPS
) -> list[str]:
    """Import `steps` in turn while `idle()`, `PER_FRAME` of them at most before each frame;
    the ones imported here, in order."""
    done: list[str] = []
    began = time.perf_counter()
    for name in steps:
        await asyncio.sleep(0)  # what is due (a frame, a key) goes first
        if time.perf_counter() - began > PER_FRAME:
            await after_frame()
            began = time.perf_counter()
        if not idle():
            break
        module, _, attribute = name.partition(":")
        try:
            loaded = importlib.import_module(module)
            if attribute:
                getattr(loaded, attribute)
        except Exception:  # noqa: BLE001 - the screen's own opening reports it
            break
        done.append(name)
    return done

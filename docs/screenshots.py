"""The README's pictures, taken from the app itself on a demo store: the home screen, the daily
checklist, the stressors grid and the history, as SVG at 80x24.

    python docs/screenshots.py            # writes docs/*.svg

The demo store is the benchmarks' (benchmarks/make_store.py: sixteen weeks of a social worker's
check-ins, seeded, so the same every time) ending on Friday 20 November 2026, seen on Monday 23
November before that day's check-in. Settings, content cache and data live in a temporary folder:
nothing of yours is read or shown.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
END, TODAY = date(2026, 11, 20), date(2026, 11, 23)
SHOTS = {
    "home": (None, ()),
    "daily": ("daily", ("y", "n", *"Back-to-back visits", "tab")),
    "stressors": ("stressors", ("down",) * 3),
    "history": ("history", ()),
}
"""Each picture: the screen it starts on, and the keys pressed before it is taken."""


async def shoot(name: str, start: str | None, keys: tuple[str, ...], data: Path) -> None:
    from wellcheck.session.context import build_context
    from wellcheck.tui.app import WellcheckApp

    ctx = build_context(data, TODAY.isoformat())
    app = WellcheckApp(ctx, start=start, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause(0.3)
        app.save_screenshot(filename=f"{name}.svg", path=str(HERE))


def main() -> int:
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    with tempfile.TemporaryDirectory(prefix="wellcheck-shots-") as tmp:
        os.environ["WELLCHECK_CONFIG_DIR"] = f"{tmp}/config"
        os.environ["WELLCHECK_CACHE_DIR"] = f"{tmp}/cache"
        from make_store import make_store

        from wellcheck.core.store import JsonStore

        data = Path(tmp) / "data"
        make_store(JsonStore(data), END.replace(month=8, day=3), END)
        for name, (start, keys) in SHOTS.items():
            asyncio.run(shoot(name, start, keys, data))
            print(f"docs/{name}.svg")
    return 0


if __name__ == "__main__":
    sys.exit(main())

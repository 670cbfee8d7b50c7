"""Start an app headless, exit right after its first painted screen: the TUI start-up runner.

    python benchmarks/first_paint.py minimal
    python benchmarks/first_paint.py wellcheck [wellcheck arguments, e.g. --data-dir DIR]
    python benchmarks/first_paint.py --textual-late wellcheck [wellcheck arguments]
    python benchmarks/first_paint.py --screen ChecklistScreen wellcheck daily [arguments]
    python benchmarks/first_paint.py --press d --screen ChecklistScreen wellcheck [arguments]
    python benchmarks/first_paint.py --press x minimal
    python benchmarks/first_paint.py --answers 10 --log FILE --screen ChecklistScreen \
        wellcheck daily [arguments]
    python benchmarks/first_paint.py --answers 10 --log FILE minimal --data-dir DIR --date D
    python benchmarks/first_paint.py --screen HistoryScreen wellcheck [--data-dir DIR] history

`minimal` is the baseline: a Textual app that paints one Static. `wellcheck` runs the real
command line, `wellcheck.cli.main(argv)`, so the app is built exactly as the `wellcheck` command
builds it (settings, content, `build_context`, `preflight`, `WellcheckApp`); only the app's
class is swapped, at the moment `main` imports it, for a subclass that runs headless at 80×24
and exits after its first paint: of the home screen, or of the history screen for `wellcheck
history` (which opens over home).

Both are measured the same way: Textual posts `Ready` to the app once the first frame has been
laid out; from then on, as soon as the screen that should be seen first is current (the home
screen for wellcheck, or the one `--screen` names; the only screen for the baseline), the app
exits after one more refresh, so the widgets of that screen have been rendered. The runner's own
imports (Textual's `App`) are the same in both modes. With WELLCHECK_BENCH_PAINT_LOG set, the
wall-clock moment of that paint is written there: run.py times a screen from its launch to that
moment, so that what follows (the app closing, Python tearing its modules down: some 150 ms for
Textual's alone, here) is not counted for either.

`--press KEY` opens a screen from the first one, as a user does: once the first screen has been
painted, KEY is pressed, and the app exits once the screen `--screen` names has been painted
(wellcheck: `d` opens the daily checklist from home). The baseline's KEY pushes a screen of one
Static. Either way the time is from the process's start, home (or the baseline's one screen)
included.

`--answers N --log FILE` times a yes / no key press, from the key to the frames it brings: once
the screen has been painted (and a moment has passed), `y` and `n` in turn are pressed N times
on the first question, each followed by `shift+tab` back to it (not timed); for each, FILE gets
one line: the milliseconds from the key to its first frame, and to its last frame before the
app is quiet again. The baseline answers with the same durable save, `JsonStore.save_answer`
of the daily checklist's first question into `--data-dir` on `--date`, and shows the answer in
its Static.

`--textual-late` leaves Textual to be imported where wellcheck imports it, for peak memory as
the `wellcheck` command has it: imported first, Textual's memory lies under all that wellcheck
does before it opens the app (an encrypted store's unlock, with Argon2id's 19 MiB, among it).

With WELLCHECK_BENCH_KDF_LOG set, the key derivation of an encrypted store's unlock is noted
in that file, for run.py to leave out of the time (kdf_timing.py).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from textual.app import App, ComposeResult

ScreenCheck = Callable[["App[Any]"], bool]
A = TypeVar("A", bound="App[Any]")
PAINTED: list[str] = []
"""The name of the screen painted before exiting: empty if the app never got there."""
PAINT_LOG = "WELLCHECK_BENCH_PAINT_LOG"
"""Where the runner writes the wall-clock time (`time.time()`) of the first paint, if set: a
run's time to its first paint is that less the moment it was launched (measure.py), so that
what an app does on its way out, after the screen is up, is not counted."""
QUIET = 0.12
"""Seconds without a frame after which a key press's frames are over."""
SETTLE = 0.5
"""Seconds between the first paint and the first timed key (the collector's sweep after the
first paint, `gc_pause`, is over by then)."""


@dataclass
class Options:
    """The runner's options, before `minimal` or `wellcheck`."""

    screen: str = "HomeScreen"
    press: str = ""
    answers: int = 0
    log: Path | None = None
    textual_late: bool = False


def first_paint(base: type[A], shown: ScreenCheck, options: Options) -> type[A]:
    """A subclass of `base` that runs headless and exits once `shown(app)` has been painted
    (after pressing `options.press` on the first screen painted, and timing the answers)."""

    class FirstPaint(base):  # type: ignore[valid-type, misc]
        frames: list[float] = []
        pressed = False

        def on_ready(self) -> None:
            self._exit_when_shown()

        def _exit_when_shown(self) -> None:
            if options.press and not self.pressed:
                self.pressed = True
                self.call_after_refresh(self.simulate_key, options.press)
                self.call_after_refresh(self._exit_when_shown)
            elif shown(self):
                self.call_after_refresh(self._painted)
            else:
                self.call_after_refresh(self._exit_when_shown)

        def _painted(self) -> None:
            PAINTED.append(type(self.screen).__name__)
            if os.environ.get(PAINT_LOG):  # the moment of the first paint, for run.py
                Path(os.environ[PAINT_LOG]).write_text(f"{time.time():.6f}\n")
            if options.answers:
                self.run_worker(self._time_answers())
            else:
                self.exit()

        def _display(self, screen: Any, renderable: Any) -> None:
            if renderable is not None:
                self.frames.append(time.perf_counter())
            super()._display(screen, renderable)

        async def _time_answers(self) -> None:
            await asyncio.sleep(SETTLE)
            lines = []
            for n in range(options.answers):
                first, last = await self._timed_key("yn"[n % 2])
                lines.append(f"{first * 1000:.3f} {last * 1000:.3f}\n")
                await self._timed_key("shift+tab")
            assert options.log is not None
            options.log.write_text("".join(lines))
            self.exit()

        async def _timed_key(self, key: str) -> tuple[float, float]:
            self.frames = []
            start = time.perf_counter()
            self.simulate_key(key)
            while time.perf_counter() - (self.frames or [start])[-1] < QUIET:
                await asyncio.sleep(QUIET / 4)
            if os.environ.get("FP_DEBUG"):
                print(key, [round((f - start) * 1000, 1) for f in self.frames], file=sys.stderr)
            if not self.frames:
                return 0.0, 0.0  # nothing to paint (the baseline's shift+tab)
            return self.frames[0] - start, self.frames[-1] - start

        def run(self, **_: Any) -> Any:
            return super().run(headless=True, size=(80, 24))

    FirstPaint.__module__ = base.__module__  # so a relative CSS_PATH still finds its file
    return FirstPaint


def run_minimal(argv: list[str], options: Options) -> int:
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import Static

    class Pushed(Screen[None]):
        def compose(self) -> ComposeResult:
            yield Static("Pushed")

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello")

        def on_mount(self) -> None:
            if options.answers:  # imported before the first timed key, as wellcheck has it
                import wellcheck.core.store  # noqa: F401

        def on_key(self, event: Any) -> None:
            if event.key == options.press:
                self.push_screen(Pushed())
            elif options.answers and event.key in ("y", "n"):
                self.query_one(Static).update(f"lunch break: {answer(argv, event.key)}")

    def pushed(app: App[Any]) -> bool:
        return not options.press or isinstance(app.screen, Pushed)

    first_paint(Minimal, pushed, options)().run()
    return 0


def answer(argv: list[str], key: str) -> str:
    """The baseline's save: the daily checklist's first answer, as wellcheck saves it."""
    from wellcheck.core.answers import Answer
    from wellcheck.core.store import JsonStore

    root, day = argv[argv.index("--data-dir") + 1], argv[argv.index("--date") + 1]
    value = {"y": "yes", "n": "no"}[key]
    answer = Answer(prompt="Have you taken a lunch break?", value=value)
    JsonStore(Path(root)).save_answer("daily", "daily", day, "lunch_break", answer)
    return value


def run_wellcheck(argv: list[str], options: Options) -> int:
    if os.environ.get("WELLCHECK_BENCH_KDF_LOG"):  # the unlock notes its own time; without
        import kdf_timing  # it, the runner imports nothing more than the minimal app's runner

        kdf_timing.install()
    from wellcheck import cli

    start_app = cli._run_app

    def run_app(*args: Any) -> int:
        # Swapped in where `wellcheck` imports the app, not here before `main` runs: the app's
        # modules are imported as in a user's start (within `main`, the collector paused).
        from wellcheck.tui import app as tui_app

        tui_app.WellcheckApp = first_paint(  # type: ignore[misc]
            tui_app.WellcheckApp, lambda app: type(app.screen).__name__ == options.screen, options
        )
        return start_app(*args)

    cli._run_app = run_app  # type: ignore[assignment]
    return cli.main(argv)


def parse(argv: list[str]) -> tuple[Options, list[str]]:
    """The runner's options, and what follows them (`minimal` or `wellcheck` and its own)."""
    options = Options()
    while argv[:1] and argv[0].startswith("--"):
        flag = argv.pop(0)
        if flag == "--textual-late":
            options.textual_late = True
        elif flag == "--screen":
            options.screen = argv.pop(0)
        elif flag == "--press":
            options.press = argv.pop(0)
        elif flag == "--answers":
            options.answers = int(argv.pop(0))
        elif flag == "--log":
            options.log = Path(argv.pop(0))
        else:
            raise SystemExit(f"first_paint: unknown option {flag}")
    return options, argv


def main(argv: list[str]) -> int:
    options, argv = parse(list(argv))
    if not options.textual_late:
        import textual.app  # noqa: F401  (the runner's own import, the same in both modes)
    if argv[:1] == ["minimal"]:
        code = run_minimal(argv[1:], options)
    elif argv[:1] == ["wellcheck"]:
        code = run_wellcheck(argv[1:], options)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if not PAINTED:
        print("first_paint: the app exited before its first screen was painted", file=sys.stderr)
        return code or 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

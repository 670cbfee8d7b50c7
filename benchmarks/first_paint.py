"""Start an app headless, exit right after its first painted screen: the TUI start-up runner.

    python benchmarks/first_paint.py minimal
    python benchmarks/first_paint.py wellcheck [wellcheck arguments, e.g. --data-dir DIR]
    python benchmarks/first_paint.py --textual-late wellcheck [wellcheck arguments]
    python benchmarks/first_paint.py wellcheck [--data-dir DIR] history

`minimal` is the baseline: a Textual app that paints one Static. `wellcheck` runs the real
command line, `wellcheck.cli.main(argv)`, so the app is built exactly as the `wellcheck` command
builds it (settings, content, `build_context`, `preflight`, `WellcheckApp`); only the app's
class is swapped, at the moment `main` imports it, for a subclass that runs headless at 80×24
and exits after its first paint: of the home screen, or of the history screen for `wellcheck
history` (which opens over home).

Both are measured the same way: Textual posts `Ready` to the app once the first frame has been
laid out; from then on, as soon as the screen that should be seen first is current (the home
screen for wellcheck, the only screen for the baseline), the app exits after one more refresh,
so the widgets of that screen have been rendered. The runner's own imports (argparse, Textual's
`App`) are the same in both modes.

`--textual-late` leaves Textual to be imported where wellcheck imports it, for peak memory as
the `wellcheck` command has it: imported first, Textual's memory lies under all that wellcheck
does before it opens the app (an encrypted store's unlock, with Argon2id's 19 MiB, among it).

With WELLCHECK_BENCH_KDF_LOG set, the key derivation of an encrypted store's unlock is noted
in that file, for run.py to leave out of the time (kdf_timing.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from textual.app import App, ComposeResult

ScreenCheck = Callable[["App[Any]"], bool]
A = TypeVar("A", bound="App[Any]")
PAINTED: list[str] = []
"""The name of the screen painted before exiting: empty if the app never got there."""


def first_paint(base: type[A], shown: ScreenCheck) -> type[A]:
    """A subclass of `base` that runs headless and exits once `shown(app)` has been painted."""

    class FirstPaint(base):  # type: ignore[valid-type, misc]
        def on_ready(self) -> None:
            self._exit_when_shown()

        def _exit_when_shown(self) -> None:
            if shown(self):
                self.call_after_refresh(self._painted)
            else:
                self.call_after_refresh(self._exit_when_shown)

        def _painted(self) -> None:
            PAINTED.append(type(self.screen).__name__)
            self.exit()

        def run(self, **_: Any) -> Any:
            return super().run(headless=True, size=(80, 24))

    FirstPaint.__module__ = base.__module__  # so a relative CSS_PATH still finds its file
    return FirstPaint


def run_minimal() -> int:
    from textual.app import App
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello")

    first_paint(Minimal, lambda app: True)().run()
    return 0


def run_wellcheck(argv: list[str]) -> int:
    import kdf_timing

    kdf_timing.install()  # with WELLCHECK_BENCH_KDF_LOG set, the unlock notes its own time
    from wellcheck import cli

    start_app = cli._run_app

    def run_app(*args: Any) -> int:
        # Swapped in where `wellcheck` imports the app, not here before `main` runs: the app's
        # modules are imported as in a user's start (within `main`, the collector paused).
        from wellcheck.tui import app as tui_app

        tui_app.WellcheckApp = first_paint(  # type: ignore[misc]
            tui_app.WellcheckApp, lambda app: type(app.screen).__name__ == first
        )
        return start_app(*args)

    first = "HistoryScreen" if "history" in argv else "HomeScreen"
    cli._run_app = run_app  # type: ignore[assignment]
    return cli.main(argv)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--textual-late"]:
        argv = argv[1:]
    else:
        import textual.app  # noqa: F401  (the runner's own import, the same in both modes)
    if argv[:1] == ["minimal"]:
        code = run_minimal()
    elif argv[:1] == ["wellcheck"]:
        code = run_wellcheck(argv[1:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if not PAINTED:
        print("first_paint: the app exited before its first screen was painted", file=sys.stderr)
        return code or 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

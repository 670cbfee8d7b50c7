"""`python -m wellcheck`: the command line. `--version` is answered here, before the command
line's modules are imported: Python's own `-m` (runpy) already costs a third of its start."""

import sys

if sys.argv[1:] == ["--version"]:
    from wellcheck import __version__

    print(f"wellcheck {__version__}")
    raise SystemExit(0)

try:
    from wellcheck.cli import main
except KeyboardInterrupt:  # ctrl+c while the command line is imported: no traceback
    raise SystemExit(130) from None

raise SystemExit(main())

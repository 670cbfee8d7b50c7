"""`wellcheck plan --format F [-o FILE]`: the plan printed as its own page, only when asked,
with only the sections marked to share. No Textual, no pydantic, no content: the answers
carry their own words. Without --format or -o, `wellcheck plan` opens the plan to write."""

from __future__ import annotations

import argparse
import sys
from typing import Any

FORMATS = ("text", "markdown", "html", "json")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    from pathlib import Path

    cmd = sub.add_parser(
        "plan",
        parents=[common],
        help="your Wellness Action Plan: write it, or print what you chose to share",
        description="Open your Wellness Action Plan; with --format or -o, print the sections "
        "you marked to share instead, as one page to give to your manager.",
    )
    cmd.add_argument(
        "--plain", action="store_true", help="ask line by line, without the full-screen app"
    )
    cmd.add_argument(
        "--format", choices=FORMATS, help="print the shared sections: text, markdown, html, json"
    )
    cmd.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the shared sections to FILE (readable by you only) instead of printing",
    )


def wants_export(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "format", None) or getattr(args, "output", None))


def run(args: argparse.Namespace) -> int:
    from wellcheck import paths
    from wellcheck.cli.summary import _today
    from wellcheck.cli.unlocking import unlock
    from wellcheck.core.errors import WellcheckError
    from wellcheck.core.settings import load_settings
    from wellcheck.core.store import JsonStore
    from wellcheck.report.plan import render_plan
    from wellcheck.report.render import format_for
    from wellcheck.session.plan import plan_document
    from wellcheck.session.summary import write_summary

    if args.plain:
        raise WellcheckError(
            "--plain writes the plan; --format and -o print it: use one or the other"
        )
    settings = load_settings(paths.config_file())
    today = _today(getattr(args, "date", None), settings.day_start_hour)
    store = JsonStore(paths.data_root(getattr(args, "data_dir", None), reading=True))
    unlock(store, args)
    doc = plan_document(store, today, _plan_instrument())
    fmt = args.format or format_for(args.output)
    document = render_plan(doc, fmt)
    if args.output is None:
        sys.stdout.write(document)
        return 0
    written = write_summary(store.root, args.output, document)
    if not written.saved:
        raise WellcheckError(written.problem.replace("the summary", "the plan"))
    shared = len(doc.sections)
    sections = f"{shared} shared section{'s' if shared != 1 else ''}"
    print(f"Wrote the {fmt} plan ({sections}) to {args.output}.")
    if store.key is not None:
        from wellcheck.session.encryption import EXPORT_NOT_ENCRYPTED

        print(EXPORT_NOT_ENCRYPTED)
    return 0


def _plan_instrument() -> Any:
    """The plan instrument, for the order of its sections; None if the content has none (the
    file's own order is used: the answers keep their words)."""
    from wellcheck import paths
    from wellcheck.core.content_loader import load_dirs
    from wellcheck.core.plan import PLAN_ID

    dirs = [paths.builtin_content_dir(), paths.user_content_dir()]
    return load_dirs(dirs, cache=paths.cache_file()).instruments.get(PLAN_ID)

"""The plain page on standard output: printed without rich only where rich would print it plain,
and at the width rich's console would give it."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from rich.console import Console
from summary_fixture import fixture_summary

from wellcheck.report import text_console
from wellcheck.report.text import print_summary, print_text, render_text, terminal_console

ENV = ("COLUMNS", "LINES", "TERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [False, True])
@pytest.mark.parametrize("columns", [None, "60", "0", "120", "wide", " 70"])
@pytest.mark.parametrize("lines", [None, "30"])
@pytest.mark.parametrize("term", [None, "xterm-256color", "dumb", "UNKNOWN"])
def test_the_width_is_richs(
    monkeypatch: pytest.MonkeyPatch,
    terminal: bool,
    columns: str | None,
    lines: str | None,
    term: str | None,
) -> None:
    for name, value in (("COLUMNS", columns), ("LINES", lines), ("TERM", term)):
        if value is not None:
            monkeypatch.setenv(name, value)
    console = Console(file=io.StringIO(), force_terminal=terminal)
    assert text_console.console_width(terminal) == console.width


@pytest.mark.parametrize(
    ("env", "tty", "plain"),
    [
        ({}, False, True),
        ({}, True, False),
        ({"NO_COLOR": "1"}, True, True),
        ({"NO_COLOR": ""}, True, False),
        ({"FORCE_COLOR": "1"}, False, False),
        ({"FORCE_COLOR": ""}, False, False),  # rich's to decide
        ({"TTY_COMPATIBLE": "1"}, False, False),
        ({"COLUMNS": "12"}, False, False),  # too narrow to be sure of: rich's
    ],
)
def test_plain_without_rich_only_where_rich_prints_plain(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool, plain: bool
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", Tty() if tty else io.StringIO())
    assert (text_console.plain_width() is not None) == plain


@pytest.mark.parametrize("env", [{}, {"COLUMNS": "50"}, {"NO_COLOR": "1", "COLUMNS": "64"}])
@pytest.mark.parametrize("tty", [False, True])
def test_print_text_prints_what_rich_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool
) -> None:
    summary = fixture_summary(tmp_path / "store")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    expected = Tty() if tty else io.StringIO()
    print_summary(summary, terminal_console(expected, force_terminal=tty or None))
    out = Tty() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    print_text(summary)
    assert out.getvalue() == expected.getvalue()
    if not tty or env.get("NO_COLOR"):
        width = min(int(env.get("COLUMNS", "79")), 79)
        assert out.getvalue() == render_text(summary, width)

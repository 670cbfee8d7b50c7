"""Textual's stylesheets, parsed once and kept for the next start (tui/style_cache.py): a later
start parses none of them and looks exactly the same; anything not exactly as it was parsed
(another theme, a file changed or not the user's own) is parsed again, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.css import stylesheet as textual_stylesheet
from textual.css.stylesheet import Stylesheet

from wellcheck import paths
from wellcheck.session.context import Context
from wellcheck.tui import style_cache
from wellcheck.tui.app import WellcheckApp

CSS = "Static { color: $accent; padding: 1 2; }"


def counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every stylesheet source Textual parses from now on, by where it came from."""
    parsed: list[str] = []
    parse = textual_stylesheet.parse

    def counted(scope: str, css: str, read_from: object, **kwargs: object) -> object:
        parsed.append(str(read_from))
        return parse(scope, css, read_from, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textual_stylesheet, "parse", counted)
    return parsed


async def shown(app: WellcheckApp) -> tuple[list[tuple[str, str]], str]:
    """The app started on its checklist and left: its rules, and the screen as drawn."""
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rules = [
            (r.selectors, repr(sorted(r.styles.get_rules().items()))) for r in app.stylesheet.rules
        ]
        drawn = app.export_screenshot()
        app.exit()
    return rules, drawn


async def test_a_second_start_parses_no_stylesheet_and_styles_the_same(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = counting_parses(monkeypatch)
    first = await shown(WellcheckApp(ctx, start="daily"))
    assert parsed and paths.styles_cache_file().exists()  # the first start parsed, and kept
    parsed.clear()
    second = await shown(WellcheckApp(ctx, start="daily"))
    assert parsed == []
    assert second[0] == first[0] and len(first[0]) > 50  # the same rules, every one of them
    assert second[1] == first[1]  # and the screen drawn with them the same


def kept_sheet(cache: Path, variables: dict[str, str]) -> tuple[Stylesheet, style_cache.KeptParses]:
    sheet = Stylesheet(variables=variables)
    parses = style_cache.install(sheet, cache)
    sheet.add_source(CSS, read_from=("test", "CSS"))
    sheet.parse()
    return sheet, parses


def colour(sheet: Stylesheet) -> str:
    return sheet.rules[0].styles.color.hex.upper()


def test_styles_parsed_with_other_theme_colours_are_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "styles.pickle"
    _, parses = kept_sheet(cache, {"accent": "#ff0000"})
    style_cache.keep(parses, cache)
    parsed = counting_parses(monkeypatch)
    same, _ = kept_sheet(cache, {"accent": "#ff0000"})
    assert parsed == []
    other, _ = kept_sheet(cache, {"accent": "#00ff00"})
    assert parsed == ["('test', 'CSS')"]  # the colour is put into the rules as they are parsed
    assert colour(same) == "#FF0000" and colour(other) == "#00FF00"


@pytest.mark.parametrize("spoil", ["garbage", "writable by others"])
def test_a_cache_that_is_not_as_written_is_parsed_again_calmly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: str
) -> None:
    cache = tmp_path / "styles.pickle"
    _, parses = kept_sheet(cache, {"accent": "#ff0000"})
    style_cache.keep(parses, cache)
    if spoil == "garbage":
        cache.write_bytes(b"\x80\x05not a pickle at all")
    else:
        cache.chmod(0o666)
    parsed = counting_parses(monkeypatch)
    sheet, _ = kept_sheet(cache, {"accent": "#ff0000"})
    assert parsed == ["('test', 'CSS')"]
    assert colour(sheet) == "#FF0000"

"""Textual's stylesheets parsed once, and kept in the cache folder for the next start.

Every start parses the same styles: `wellcheck.tcss` and the `DEFAULT_CSS` of each kind of widget
shown, Textual's own among them. That is some 8–10 ms of a screen's first paint, every time, for
text that changes only when wellcheck or Textual does. Textual keeps what it parsed in memory
(`Stylesheet._parse_cache`, keyed by the text, where it came from and how it is to be used);
this puts a `KeptParses` in its place, which also looks in what an earlier start parsed.

What is kept is only what Textual parsed, for exactly the text it parsed and the theme's
variables it parsed it with (a variable's value is put into the rules as they are parsed), by
Textual's code as installed now (its parser's files, by size and time, as the content cache
keys the content models): any change is a miss, parsed as ever. The file is read as the content
cache is, only if it is the user's own and writable by no one else, and anything wrong with it
is a miss, never an error. It holds no answer of the user's: only styles (safe to delete).
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellcheck.core import content_cache

if TYPE_CHECKING:
    from textual.css.model import RuleSet
    from textual.css.stylesheet import Stylesheet

AT_MOST = 200
"""Parses kept: those of this start first, then earlier ones (a widget this start did not show)."""


def _parser_key() -> tuple[Hashable, ...]:
    """Textual's code that parses, as installed now (an upgrade is a miss)."""
    import textual
    from textual.css import model, parse, styles, tokenize

    code = (textual, parse, tokenize, styles, model)
    return content_cache.key_of([Path(m.__file__ or "") for m in code])


class KeptParses:
    """A stand-in for the stylesheet's parse cache: what this start parsed, then what was kept."""

    def __init__(self, stylesheet: Stylesheet, kept: dict[Hashable, list[RuleSet]]) -> None:
        self.stylesheet = stylesheet
        self.kept = kept
        self.live: dict[Hashable, list[RuleSet]] = {}
        self.parsed = False
        """Something was parsed afresh: the kept parses are to be written again."""
        self.variables: Hashable = self._variables()

    def _variables(self) -> Hashable:
        return tuple(sorted(self.stylesheet._variables.items()))

    def __getitem__(self, key: Hashable) -> list[RuleSet]:
        full = (key, self.variables)
        try:
            return self.live[full]
        except KeyError:
            rules = self.kept[full]  # KeyError: Textual parses it, and gives it to us
            self.live[full] = rules
            return rules

    def __setitem__(self, key: Hashable, rules: list[RuleSet]) -> None:
        self.live[(key, self.variables)] = rules
        self.parsed = True

    def clear(self) -> None:
        """The theme's variables changed (Textual clears its cache): parse with the new ones."""
        self.live.clear()
        self.variables = self._variables()

    def to_keep(self) -> dict[Hashable, list[RuleSet]]:
        """This start's parses, and as many earlier ones as fit."""
        kept = dict(self.live)
        for key, rules in self.kept.items():
            if len(kept) >= AT_MOST:
                break
            kept.setdefault(key, rules)
        return kept


def install(stylesheet: Stylesheet, cache: Path) -> KeptParses:
    """Put a `KeptParses` in `stylesheet`, with what the file `cache` kept (if anything)."""
    found: Any = content_cache.read(cache, _parser_key())
    kept = found if isinstance(found, dict) else {}
    parses = KeptParses(stylesheet, kept)
    stylesheet._parse_cache = parses  # type: ignore[assignment]
    return parses


def keep(parses: KeptParses, cache: Path) -> None:
    """Write the parses for the next start, if anything was parsed afresh in this one."""
    if parses.parsed:
        content_cache.write(cache, _parser_key(), parses.to_keep())
        parses.parsed = False

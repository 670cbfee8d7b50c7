"""The keys of a screen, in plain words: read from the screen's own bindings, so the list can
never drift from them, with the words each key has in `tui/key_words.py`.

A binding is found on the app, the screen and every widget in it. wellcheck's own bindings are
all listed, shown in the footer or not, enabled now or not; Textual's (a list's arrows, a
preview's scrolling) only where `WORDS` has words for them on that screen. A letter that also
means something on home, or on a checklist, says what it means there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.screen import Screen

from wellcheck.tui.key_words import ALSO, GROUPS, REFERENCES, WORDS, Words

_SHOWN = {
    "question_mark": "?",
    "f1": "F1",
    "escape": "Escape",
    "enter": "Enter",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "space": "space",
    "delete": "Delete",
    "backspace": "Backspace",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "shift+left": "Shift+←",
    "shift+right": "Shift+→",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
}


def shown_key(key: str) -> str:
    """A key as the keys screen names it: `?`, `Escape`, `ctrl+z`, `↑`, `w`."""
    return _SHOWN.get(key, key)


@dataclass(frozen=True)
class Found:
    """One binding where it was found: the class that declares it, and its key."""

    owner: type[DOMNode]
    binding: Binding

    @property
    def ours(self) -> bool:
        return self.owner.__module__.startswith("wellcheck.")


@dataclass(frozen=True)
class KeyLine:
    """One line of the keys screen: the keys, and what they do."""

    group: str
    keys: str
    words: str


def declared(node_class: type[DOMNode]) -> Iterator[Found]:
    """The bindings a node of this class has, each with the class declaring it (a subclass's
    binding for a key replaces its base classes', as Textual merges them)."""
    by_key: dict[str, list[Found]] = {}
    for cls in reversed(node_class.__mro__):
        if not (isinstance(cls, type) and issubclass(cls, DOMNode)):
            continue
        if not cls._inherit_bindings:
            by_key.clear()
        bindings = BindingsMap(cls.__dict__.get("BINDINGS", []))
        for key, found in bindings.key_to_bindings.items():
            by_key[key] = [Found(cls, b) for b in found]
    for found_list in by_key.values():
        yield from found_list


def screen_bindings(screen: Screen[Any], app: App[Any]) -> list[Found]:
    """Every binding that can act on `screen`: its own, its widgets' and the app's, once per
    class (two yes / no items have the same keys)."""
    classes: list[type[DOMNode]] = [type(screen)]
    for node in screen.walk_children(with_self=False):
        if type(node) not in classes:
            classes.append(type(node))
    classes.append(type(app))
    found = [f for cls in classes for f in declared(cls) if not f.binding.system]
    if len(screen.focus_chain) < 2:  # Textual's Tab has nowhere to go: not worth a line
        found = [f for f in found if f.ours or "focus_" not in f.binding.action]
    return found


def words_for(screen_name: str, found: Found) -> Words | None:
    """The words for a binding on this screen, or None when the table has none."""
    action = found.binding.action
    name = re.sub(r"\(.*\)$", "", action).rpartition(".")[2]
    owner = found.owner.__name__
    for lookup in (
        f"{screen_name}:{owner}.{action}",
        f"{screen_name}:{owner}.{name}",
        f"{owner}.{action}",
        f"{owner}.{name}",
        action,
    ):
        if lookup in WORDS:
            return WORDS[lookup]
    return None


def _sense(found: Found, words: Words) -> str:
    return words.sense or re.sub(r"\(.*\)$", "", found.binding.action).rpartition(".")[2]


def key_lines(screen: Screen[Any], app: App[Any]) -> list[KeyLine]:
    """The keys of `screen`, grouped (in `GROUPS` order), keys with the same words on one line."""
    screen_name = type(screen).__name__
    bindings = screen_bindings(screen, app)
    priority = {f.binding.key for f in bindings if f.ours and f.binding.priority}
    lines: dict[tuple[str, str], list[str]] = {}
    for found in bindings:
        words = words_for(screen_name, found)
        if words is None:
            if not found.ours:
                continue  # a Textual widget's own key (a text field's editing keys)
            words = Words("Everywhere", found.binding.description or found.binding.action)
        elif not found.ours and found.binding.key in priority:
            continue  # one of ours takes that key first
        text = words.words + _elsewhere(screen_name, found, words)
        keys = lines.setdefault((words.group, text), [])
        key = shown_key(found.binding.key)
        if key not in keys:
            keys.append(key)
    for group, key, text in [*ALSO.get(screen_name, []), *ALSO[""]]:
        lines.setdefault((group, text), []).append(key)
    ordered = sorted(lines.items(), key=lambda item: GROUPS.index(item[0][0]))
    return [KeyLine(group, _joined(keys), text) for (group, text), keys in ordered]


def _joined(keys: list[str]) -> str:
    """`1–5` for a run of digits, else the keys one after the other: `n / Escape`."""
    digits = [int(k) for k in keys if k.isdigit()]
    if len(digits) > 2 and digits == list(range(digits[0], digits[0] + len(digits))):
        rest = [k for k in keys if not k.isdigit()]
        return " / ".join([f"{digits[0]}–{digits[-1]}", *rest])
    return " / ".join(keys)


def _elsewhere(screen_name: str, found: Found, words: Words) -> str:
    """ " (on home: opens the weekly checklist)" for a letter that means something else there."""
    key = found.binding.key
    if len(key) != 1 or not key.isalpha():
        return ""
    notes = []
    for place, other_name in REFERENCES:
        if other_name == screen_name:
            continue
        for other in _reference(other_name):
            other_words = words_for(other_name, other)
            if other.binding.key != key or other_words is None:
                continue
            if _sense(other, other_words) != _sense(found, words):
                notes.append(f"on {place}: {other_words.short or other_words.words}")
    return f" ({'; '.join(notes)})" if notes else ""


def _reference(screen_name: str) -> Iterable[Found]:
    """The screen-level bindings of home or a checklist (imported here, only when asked)."""
    if screen_name == "HomeScreen":
        from wellcheck.tui.screens.home import HomeScreen

        return declared(HomeScreen)
    from wellcheck.tui.screens.checklist import ChecklistScreen

    return declared(ChecklistScreen)

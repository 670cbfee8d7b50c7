"""The base of wellcheck's dataclasses: equality, hashing and repr, written once.

`@dataclass` writes each method it adds as source text and compiles it with `exec` when the
class is created, that is at import. On Python 3.11 that is about a millisecond for a frozen
class, and a start of wellcheck creates some thirty: a tenth of what its home screen adds to a
bare Textual app's first paint (README, Performance). So the core's dataclasses are declared
`@dataclass(eq=False, repr=False)` over `Value` (or `FrozenValue` when frozen) and take these
three from here, field by field, as dataclasses would write them; only `__init__` (and, when
frozen, the guards against assignment) is still compiled for each class.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any


class Value:
    """Equal to another of the same class with equal fields; not hashable, as its fields may
    change (as a dataclass with `eq` and without `frozen`)."""

    __slots__ = ()  # and, defining __eq__ without __hash__, unhashable

    def _compared(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self) if f.compare)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()

    def __repr__(self) -> str:
        shown = (f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({', '.join(shown)})"


class FrozenValue(Value):
    """A `Value` whose fields never change: hashable by them, as a frozen dataclass is."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._compared())

"""The base of wellcheck's dataclasses: equality, hashing and repr, written once, and an
`__init__` written only when first called.

`@dataclass` writes each method it adds as source text and compiles it with `exec` when the
class is created, that is at import: on Python 3.11 about a millisecond for a frozen class, and
a start of wellcheck creates some sixty, a third of the time its own modules take to import
(README, Performance). So its dataclasses are declared `@value_class` (or
`@value_class(frozen=True)`) over `Value` (or `FrozenValue`):

- equality, hashing and repr come from the base, field by field, as dataclasses write them;
- a frozen class's guards against assignment are the same two functions for every class;
- `__init__` is the one dataclasses would write, compiled the first time the class is
  instantiated: many are never built by a call at all on a start (the content, read back from
  its cache; a check-in's files, read by the store), and those never compile one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import FrozenInstanceError, fields
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T", bound=type)


@overload
def value_class(cls: T, /) -> T: ...
@overload
def value_class(*, frozen: bool = False, kw_only: bool = False) -> Callable[[T], T]: ...


@dataclass_transform(eq_default=False, field_specifiers=(dataclasses.field,))
def value_class(
    cls: T | None = None, /, *, frozen: bool = False, kw_only: bool = False
) -> T | Callable[[T], T]:
    """`@dataclass(eq=False, repr=False, frozen=..., kw_only=...)`, with nothing compiled
    until the class is first instantiated (see the module's docstring)."""

    def wrap(cls: T) -> T:
        made: Any = dataclasses.dataclass(cls, init=False, eq=False, repr=False, kw_only=kw_only)
        made.__init__ = _first_init
        if frozen:
            made.__setattr__ = _frozen_setattr
            made.__delattr__ = _frozen_delattr
        return cls

    return wrap if cls is None else wrap(cls)


def _first_init(self: Any, *args: Any, **kwargs: Any) -> None:
    """The first instance of a `@value_class` class: its `__init__` compiled, kept, and called."""
    owner: Any = next(k for k in type(self).__mro__ if k.__dict__.get("__init__") is _first_init)
    init = owner.__init__ = _compiled_init(owner)
    init(self, *args, **kwargs)


def _compiled_init(owner: type) -> Callable[..., None]:
    """The `__init__` dataclasses would write for `owner`'s fields, written here as one small
    function: each field set past a frozen class's guards (as a frozen dataclass sets them),
    its default or default factory when not given, then `__post_init__` if there is one.
    (Through `dataclasses` itself, on a stand-in class, it was some 0.3 ms a class, on every
    start: three functions compiled where one is used, and a signature worked out for a
    docstring nobody reads.)"""
    space: dict[str, Any] = {"_set": object.__setattr__, "_FACTORY": _FACTORY}
    given: list[str] = []
    keywords: list[str] = []
    body: list[str] = []
    for f in fields(owner):
        name = f.name
        if f.default is not dataclasses.MISSING:
            space[f"_d_{name}"] = f.default
            value, default = f"_d_{name}", f"_d_{name}"
        elif f.default_factory is not dataclasses.MISSING:
            space[f"_f_{name}"] = f.default_factory
            value, default = f"_f_{name}()", "_FACTORY"
        else:
            value, default = "", ""
        if not f.init:
            if value:  # else left unset, as dataclasses leaves it
                body.append(f"_set(self, {name!r}, {value})")
            continue
        (keywords if f.kw_only else given).append(f"{name}={default}" if default else name)
        if default == "_FACTORY":
            body.append(f"_set(self, {name!r}, {value} if {name} is _FACTORY else {name})")
        else:
            body.append(f"_set(self, {name!r}, {name})")
    if hasattr(owner, "__post_init__"):
        body.append("self.__post_init__()")
    params = ", ".join(["self", *given, *(["*", *keywords] if keywords else [])])
    lines = "".join(f"    {line}\n" for line in body or ["pass"])
    exec(f"def __init__({params}) -> None:\n{lines}", space)  # noqa: S102  (our own source)
    init: Callable[..., None] = space["__init__"]
    init.__qualname__ = f"{owner.__qualname__}.__init__"
    return init


class _Factory:
    """The default of a field with a default factory: not given, so made by its factory."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


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

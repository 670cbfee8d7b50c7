"""The core's dataclasses take equality, hashing and repr from `Value` (src/wellcheck/core/value.py:
fewer methods compiled at import, for the start-up figures in the README's Performance section);
they must behave exactly as the ones `@dataclass` would have written."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from wellcheck.core.value import FrozenValue, Value, value_class


@dataclass(frozen=True)
class Written:
    day: str
    text: str = ""
    lines: tuple[str, ...] = ()
    hidden: int = field(default=0, repr=False, compare=False)


@dataclass(frozen=True, eq=False, repr=False)
class Inherited(FrozenValue):
    day: str
    text: str = ""
    lines: tuple[str, ...] = ()
    hidden: int = field(default=0, repr=False, compare=False)


@dataclass
class MutableWritten:
    items: list[str]


@dataclass(eq=False, repr=False)
class MutableInherited(Value):
    items: list[str]


SAMPLES = [("Mon", "", ()), ("Mon", "help", ("a", "b")), ("Tue", "it's", ("[x]",))]


@pytest.mark.parametrize("args", SAMPLES)
def test_repr_is_the_dataclass_repr(args: tuple[str, str, tuple[str, ...]]) -> None:
    assert repr(Inherited(*args, hidden=3)) == repr(Written(*args, hidden=3)).replace(
        "Written", "Inherited"
    )


@pytest.mark.parametrize("a", SAMPLES)
@pytest.mark.parametrize("b", SAMPLES)
def test_equality_and_hash_are_by_compared_fields(
    a: tuple[str, str, tuple[str, ...]], b: tuple[str, str, tuple[str, ...]]
) -> None:
    assert (Inherited(*a, hidden=1) == Inherited(*b, hidden=2)) == (Written(*a) == Written(*b))
    if a == b:
        assert hash(Inherited(*a, hidden=1)) == hash(Inherited(*b, hidden=2))


def test_another_class_is_never_equal() -> None:
    assert Inherited("Mon") != Written("Mon")
    assert Inherited("Mon") != ("Mon", "", ())


def test_mutable_values_compare_but_cannot_be_hashed_as_a_dataclass() -> None:
    assert MutableInherited(["a"]) == MutableInherited(["a"])
    assert MutableInherited(["a"]) != MutableInherited(["b"])
    assert repr(MutableInherited(["a"])) == repr(MutableWritten(["a"])).replace(
        "Written", "Inherited"
    )
    with pytest.raises(TypeError):
        hash(MutableInherited(["a"]))
    with pytest.raises(TypeError):
        hash(MutableWritten(["a"]))


def test_a_frozen_value_still_refuses_changes_and_pickles() -> None:
    value = Inherited("Mon", "help", ("a",))
    with pytest.raises(AttributeError):
        value.text = "other"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(value)) == value


@value_class(frozen=True)
class Built(FrozenValue):
    """Every kind of field `@value_class` writes an `__init__` for."""

    day: str
    text: str = ""
    tags: list[str] = field(default_factory=list)
    noted: int = field(default=0, init=False)
    late: bool = field(default=False, kw_only=True)


@value_class
class Counted(Value):
    items: list[str]
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.seen.append("post")


@dataclass(frozen=True)
class BuiltByDataclass:
    day: str
    text: str = ""
    tags: list[str] = field(default_factory=list)
    noted: int = field(default=0, init=False)
    late: bool = field(default=False, kw_only=True)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("Mon",), {}), (("Mon", "help"), {}), (("Mon",), {"tags": ["a"], "late": True}),
     ((), {"day": "Tue", "text": "x"})],
)  # fmt: skip
def test_its_init_takes_what_the_dataclass_one_takes_and_sets_the_same(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    ours, theirs = Built(*args, **kwargs), BuiltByDataclass(*args, **kwargs)  # type: ignore[arg-type]
    names = ("day", "text", "tags", "noted", "late")
    assert [getattr(ours, n) for n in names] == [getattr(theirs, n) for n in names]
    with pytest.raises(FrozenInstanceError):
        ours.day = "Wed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Built("Mon", "help", [], True)  # type: ignore[misc]  # `late` is keyword only
    with pytest.raises(TypeError):
        Built()  # type: ignore[call-arg]


def test_a_default_factory_makes_a_new_value_each_time_and_post_init_runs() -> None:
    one, two = Counted(["a"]), Counted(["b"])
    assert one.seen == ["post"] and two.seen == ["post"] and one.seen is not two.seen
    assert Counted(["a"], seen=["given"]).seen == ["given", "post"]

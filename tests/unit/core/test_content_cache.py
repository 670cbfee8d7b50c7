"""The cache of validated content: an ordinary start needs no pydantic, and any change to a
content file is validated again."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from wellcheck import paths
from wellcheck.core import content_cache
from wellcheck.core.content_loader import load_dirs

PROBE = """
import sys
from wellcheck.session.context import build_context
build_context(None, "2026-11-23")
print("pydantic" in sys.modules)
"""


def start() -> str:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_the_second_start_validates_nothing_and_imports_no_pydantic() -> None:
    assert start() == "True"  # first start: validated, and cached
    assert paths.cache_file().exists()
    assert paths.cache_file().stat().st_mode & 0o777 == 0o600
    assert start() == "False"


def test_a_changed_content_file_is_validated_again(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    mine = folder / "mine.toml"
    mine.write_text(
        'id = "mine"\ntitle = "Mine"\ncadence = "daily"\n[[items]]\nid = "a"\n'
        'kind = "check"\nprompt = "A?"\n'
    )
    cache = tmp_path / "cache" / "content.pickle"
    assert load_dirs([folder], cache).get("mine").title == "Mine"
    mine.write_text(mine.read_text().replace('prompt = "A?"', 'prompt = ""'))
    content = load_dirs([folder], cache)
    assert "mine" not in content.instruments
    assert [p for p in content.problems if "prompt: must not be empty" in p]


def test_a_new_file_is_picked_up(tmp_path: Path) -> None:
    cache = tmp_path / "content.pickle"
    builtin = paths.builtin_content_dir()
    assert "mine" not in load_dirs([builtin, tmp_path / "user"], cache).instruments
    (tmp_path / "user").mkdir()
    (tmp_path / "user" / "m.toml").write_text(
        'id = "mine"\ntitle = "Mine"\ncadence = "daily"\n[[items]]\nid = "a"\nkind = "check"\n'
        'prompt = "A?"\n'
    )
    assert "mine" in load_dirs([builtin, tmp_path / "user"], cache).instruments


def test_a_broken_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "content.pickle"
    builtin = paths.builtin_content_dir()
    load_dirs([builtin], cache)
    cache.write_bytes(b"not a pickle")
    assert load_dirs([builtin], cache).get("daily").title == "Daily wellbeing checklist"


@pytest.mark.parametrize(("mode", "used"), [(0o600, True), (0o666, False)])
def test_a_cache_others_could_write_is_never_read(tmp_path: Path, mode: int, used: bool) -> None:
    cache = tmp_path / "content.pickle"
    builtin = paths.builtin_content_dir()
    content = load_dirs([builtin], cache)
    daily = content.get("daily")
    tampered = dict(content.instruments, daily=replace(daily, title="Tampered"))
    key = content_cache.key_of(sorted(builtin.glob("*.toml")))
    cache.unlink()
    content_cache.write(cache, key, (tampered, content.origins))
    os.chmod(cache, mode)
    assert (load_dirs([builtin], cache).get("daily").title == "Tampered") is used


APART = """
import sys
from wellcheck.session.context import build_context
ctx = build_context(None, "2026-11-23", content_apart=True)
shown = sorted({"daily", "monthly", "plan"} & set(ctx.content.instruments))
print("pydantic" in sys.modules, shown, ctx.content.problems)
"""


def start_apart() -> str:
    argv = [sys.executable, "-c", APART]
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()


def test_the_command_s_first_start_validates_apart_and_imports_no_pydantic() -> None:
    """As `wellcheck` starts: content that changed is validated in a process of its own, which
    caches it; the app's own process only reads the cache (its first start's peak memory)."""
    assert not paths.cache_file().exists()
    assert start_apart() == "False ['daily', 'monthly', 'plan'] []"
    assert paths.cache_file().exists()


def test_a_content_file_with_a_problem_is_still_named_when_validated_apart() -> None:
    mine = paths.user_content_dir()
    mine.mkdir(parents=True)
    (mine / "broken.toml").write_text('id = "broken"\ntitle = 3\n')
    shown = start_apart()
    assert shown.startswith("True ")  # never cached: validated here, to name the problem
    assert "broken.toml" in shown
    assert not paths.cache_file().exists()


def test_the_cache_is_kept_on_an_account_with_no_cache_folder_yet(tmp_path: Path) -> None:
    """Found trying the wheel on a fresh account: with no `~/.cache` (XDG_CACHE_HOME) yet, the
    cache was never written, and every start validated the content again."""
    home = tmp_path / "home"
    home.mkdir()
    cache = home / ".cache" / "wellcheck" / "content.pickle"
    content_cache.write(cache, ("key",), {"value": 1})
    assert content_cache.read(cache, ("key",)) == {"value": 1}
    assert (cache.parent.stat().st_mode & 0o777) == 0o700
    assert (cache.parent.parent.stat().st_mode & 0o777) == 0o700

"""Every location wellcheck reads or writes, as functions so tests and users can redirect them.

`WELLCHECK_DATA_DIR` and `WELLCHECK_CONFIG_DIR` override the platform folders; `--data-dir`
on the command line overrides the data folder in turn (the CLI passes it down explicitly).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "wellcheck"


def data_dir() -> Path:
    """Where answers are kept: the platform user data folder unless overridden."""
    env = os.environ.get("WELLCHECK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def data_root(override: Path | None = None, reading: bool = False) -> Path:
    """The data folder in use (`--data-dir`, else `data_dir()`); an error if it is a file.

    `reading`: for a command that only reads (a summary, the history, doctor), a folder that
    was named (by `--data-dir` or `WELLCHECK_DATA_DIR`) and is not there is an error, not an
    empty week: a mistyped name had printed "Nothing was written down this week". The usual
    folder not there yet is a new user's, and reads as empty."""
    root = override or data_dir()
    if root.exists() and not root.is_dir():
        from wellcheck.core.errors import WellcheckError

        raise WellcheckError(f"{root}: the data folder is a file, not a folder")
    named = "--data-dir" if override else "WELLCHECK_DATA_DIR" if _named_by_env() else ""
    if reading and named and not root.exists():
        from wellcheck.core.errors import WellcheckError

        raise WellcheckError(f"{root}: there is no data folder here (is {named} right?)")
    return root


def _named_by_env() -> bool:
    return bool(os.environ.get("WELLCHECK_DATA_DIR"))


def config_dir() -> Path:
    """Where settings and the user's own content live."""
    env = os.environ.get("WELLCHECK_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def cache_file() -> Path:
    """The cache of validated content (safe to delete at any time)."""
    env = os.environ.get("WELLCHECK_CACHE_DIR")
    if env:
        return Path(env).expanduser() / "content.pickle"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "content.pickle"


def styles_cache_file() -> Path:
    """The cache of Textual's parsed stylesheets, beside the content's (safe to delete)."""
    return cache_file().with_name("styles.pickle")


def config_file() -> Path:
    """The settings file (day-start hour, working days)."""
    return config_dir() / "config.toml"


def user_content_dir() -> Path:
    """TOML instruments of the user's own, which add to or override the built-in ones."""
    return config_dir() / "content"


def builtin_content_dir() -> Path:
    """Built-in instruments: inside the package when installed, else the repo's content/."""
    here = Path(__file__).resolve().parent
    shipped = here / "content"
    if shipped.is_dir():
        return shipped
    return here.parent.parent / "content"

"""The core knows no screen and the report no Textual, checked for every module each package has
(found by walking it, so a module added or renamed is checked too); and the quick commands stay
quick. Each import is checked in a fresh interpreter."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest


def modules_of(package_name: str) -> list[str]:
    """The package and every module under it, subpackages included, as they are at collection."""
    package = importlib.import_module(package_name)

    def cannot_look_inside(name: str) -> None:
        raise ImportError(f"{name} cannot be imported, so its modules cannot be listed")

    found = [package_name] + [
        module.name
        for module in pkgutil.walk_packages(
            package.__path__, prefix=f"{package_name}.", onerror=cannot_look_inside
        )
    ]
    assert len(found) > 1, f"{package_name} has no modules"
    return sorted(found)


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", modules_of("wellcheck.core"))
def test_core_never_imports_textual_or_rich(module: str) -> None:
    modules = loaded_after(f"import {module}")
    assert not {m for m in modules if m.split(".")[0] in {"textual", "rich"}}


@pytest.mark.parametrize("module", modules_of("wellcheck.session"))
def test_the_session_layer_never_imports_textual_or_rich(module: str) -> None:
    modules = loaded_after(f"import {module}")
    assert not {m for m in modules if m.split(".")[0] in {"textual", "rich"}}


@pytest.mark.parametrize("module", modules_of("wellcheck.report"))
def test_report_never_imports_textual(module: str) -> None:
    modules = loaded_after(f"import {module}")
    assert not {m for m in modules if m.split(".")[0] == "textual"}  # rich it may use


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["paths"], ["content", "check"]], ids=" ".join
)
def test_quick_commands_do_not_import_textual(argv: list[str]) -> None:
    code = f"from wellcheck.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
    modules = loaded_after(code)
    assert "textual" not in modules


def test_reading_answers_does_not_import_pydantic() -> None:
    modules = loaded_after("import wellcheck.core.store")
    assert "pydantic" not in modules


def test_unlocking_and_opening_a_sealed_file_load_no_second_openssl() -> None:
    """`cryptography` brings its own OpenSSL; `hashlib` (or `hmac`, which imports it) would load
    the system's as well: 4 MiB more of peak memory and 6 ms more of every encrypted start."""
    code = (
        "import os\n"
        "from wellcheck.core import crypto_kdf, crypto_keys\n"
        "params = crypto_kdf.KdfParams(os.urandom(16), crypto_kdf.FLOOR_ITERATIONS)\n"
        "recovery = crypto_keys.new_recovery_key()\n"
        "doc, _ = crypto_keys.create_key_file('a passphrase', recovery, params)\n"
        "crypto_keys.check_key_file(doc)\n"
        "key = crypto_keys.unlock(doc, passphrase='a passphrase')\n"
        "assert key.open('goals.json', key.seal('goals.json', b'{}')) == b'{}'"
    )
    modules = loaded_after(code)
    assert "cryptography" in modules
    assert not modules & {"hashlib", "_hashlib", "hmac"}

"""Each key derivation a wellcheck process makes, noted for run.py: the encrypted rows leave the
one-off unlock out of the times they compare, and report it on a row of its own.

    python benchmarks/kdf_timing.py [wellcheck arguments]

runs wellcheck's command line as the installed `wellcheck` script does (`wellcheck.cli.main`),
with the hook installed; first_paint.py installs the same hook before it runs the app.

With WELLCHECK_BENCH_KDF_LOG naming a file, every Argon2id derivation
(`crypto_kdf.KdfParams.derive`) appends one line to it: its wall seconds, its CPU seconds, and by
how much it raised the process's peak memory (KiB). What is left out is the derivation alone:
`cryptography`'s module for it is imported before the clock starts, so the imports, reading and
checking the key file, unwrapping the data key and every file's decryption still count against the
encrypted store. Without the variable the hook is not installed and nothing is changed. Installed,
it imports `wellcheck.core.crypto_kdf` (and `crypto`) a moment before wellcheck would (outside
wellcheck's collector pause): if that costs anything, it counts against the run it is installed in.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

LOG_VAR = "WELLCHECK_BENCH_KDF_LOG"


@dataclass(frozen=True)
class Derivation:
    """One key derivation, as noted by the process that made it."""

    wall: float
    cpu: float
    peak_rise_kib: int


def install() -> None:
    """Note each key derivation in the file named by WELLCHECK_BENCH_KDF_LOG, if it is set."""
    log = os.environ.get(LOG_VAR)
    if not log:
        return
    from wellcheck.core import crypto_kdf

    derive = crypto_kdf.KdfParams.derive

    def noted(params: crypto_kdf.KdfParams, passphrase: str) -> bytes:
        import cryptography.hazmat.primitives.kdf.argon2  # noqa: F401  (as derive would, untimed)

        peak, wall, cpu = _peak_kib(), time.perf_counter(), time.process_time()
        try:
            return derive(params, passphrase)
        finally:
            took, cpu_took = time.perf_counter() - wall, time.process_time() - cpu
            with open(log, "a", encoding="ascii") as out:
                out.write(f"{took:.6f} {cpu_took:.6f} {_peak_kib() - peak}\n")

    crypto_kdf.KdfParams.derive = noted  # type: ignore[method-assign]


def read_log(path: Path) -> list[Derivation]:
    """The derivations noted in `path` (none if the run made none, or never wrote it)."""
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except FileNotFoundError:
        return []
    found = []
    for line in lines:
        wall, cpu, rise = line.split()
        found.append(Derivation(float(wall), float(cpu), int(rise)))
    return found


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # Linux: KiB


def main(argv: list[str]) -> int:
    install()
    from wellcheck.cli import main as wellcheck

    return wellcheck(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

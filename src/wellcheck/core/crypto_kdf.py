"""Encryption at rest, deriving a key from the passphrase: Argon2id's parameters, at or above
OWASP's floor, calibrated to take about half a second here. Everything cryptographic is
`cryptography`'s, imported only when a key is derived.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from wellcheck.core.crypto import KEY_SIZE, SALT_SIZE

FLOOR_MEMORY_KIB = 19 * 1024
"""OWASP's floor for Argon2id: 19 MiB of memory, two passes, one lane."""
FLOOR_ITERATIONS = 2


@dataclass(frozen=True)
class KdfParams:
    """How a key is derived from the passphrase: Argon2id's salt, passes, memory and lanes."""

    salt: bytes
    iterations: int
    memory_kib: int = FLOOR_MEMORY_KIB
    lanes: int = 1

    def derive(self, passphrase: str) -> bytes:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        kdf = Argon2id(
            salt=self.salt,
            length=KEY_SIZE,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


def calibrate(target_seconds: float = 0.5, salt: bytes | None = None) -> KdfParams:
    """Argon2id parameters at or above OWASP's floor taking about `target_seconds` here.

    A derivation costs a part that does not grow with its passes (taking and filling its
    memory) and the passes. So it is timed at the floor's passes and at more, once a derivation
    not timed has imported `cryptography`'s Argon2id: timing only the first derivation, that
    import and the fixed part counted as passes, and the unlock took half its target. Timed by
    CPU time where the clock is fine enough: on a busy machine, the turns other programs take
    on the CPU are not the derivation's, and would make it settle on too few passes."""
    salt = salt or os.urandom(SALT_SIZE)
    floor = KdfParams(salt, FLOOR_ITERATIONS)
    _seconds(floor)  # not timed: the first one imports cryptography's Argon2id
    base = _seconds(floor)
    if base >= target_seconds:
        return floor
    naive = round(target_seconds * FLOOR_ITERATIONS / base)  # the fixed part as passes: too few
    probe = max(FLOOR_ITERATIONS + 1, naive // 2)
    per_pass = (_seconds(KdfParams(salt, probe)) - base) / (probe - FLOOR_ITERATIONS)
    fixed = base - FLOOR_ITERATIONS * per_pass
    fitted = round((target_seconds - fixed) / per_pass) if per_pass > 0 else naive
    # Never fewer passes than the naive guess, nor far more, whatever one noisy timing says.
    return KdfParams(salt, min(max(fitted, naive), 3 * naive))


def _seconds(params: KdfParams) -> float:
    clock = time.process_time
    if time.get_clock_info("process_time").resolution > 1e-3:  # Windows: 15.6 ms
        clock = time.perf_counter
    start = clock()
    params.derive("calibration")
    return clock() - start

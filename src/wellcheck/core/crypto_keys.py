"""Encryption at rest, the key file's format: a random data key, wrapped by a key derived from
the passphrase (`crypto_kdf`, Argon2id) and by a recovery key. Everything cryptographic is
`cryptography`'s, imported only when the key file is made, checked or opened.

The key file (`wellcheck.key`, JSON) holds the KDF's parameters and salt, the key id, and the
data key wrapped twice (passphrase, recovery key), with a SHA-256 of its own fields so that a
damaged key file is told apart from a wrong passphrase. `encryption` reads and writes it.
"""

from __future__ import annotations

import json
import os
from typing import Any

from wellcheck.core.crypto import KEY_ID_SIZE, KEY_SIZE, NONCE_SIZE, CryptoError, DataKey
from wellcheck.core.crypto_kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams

KEY_FORMAT = 1
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


class WrongPassphrase(CryptoError):
    def __init__(self) -> None:
        super().__init__("that passphrase (or recovery key) does not open this store")


class DamagedKeyFile(CryptoError):
    def __init__(self, why: str) -> None:
        super().__init__(
            f"the key file is damaged ({why}); put back a copy of it from a backup "
            "(the recovery key opens only a key file that is whole)"
        )


def new_recovery_key() -> str:
    """A recovery key to write down: 200 random bits as eight groups of five letters and
    digits, from an alphabet without look-alikes."""
    number = int.from_bytes(os.urandom(25), "big")
    symbols = "".join(RECOVERY_ALPHABET[(number >> (5 * i)) & 31] for i in range(40))
    return "-".join(symbols[i : i + 5] for i in range(0, 40, 5))


def _recovery_secret(recovery: str) -> bytes:
    """The wrapping key from a recovery key as typed (case, spaces and dashes do not matter):
    200 random bits need no slow KDF, only HKDF to make a key of them."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    cleaned = "".join(c for c in recovery.upper() if c.isalnum()).encode("ascii", "replace")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=b"wellcheck recovery")
    return hkdf.derive(cleaned)


def create_key_file(
    passphrase: str, recovery: str, params: KdfParams
) -> tuple[dict[str, Any], DataKey]:
    """A new data key, and the key file that keeps it wrapped by both secrets."""
    key, key_id = os.urandom(KEY_SIZE), os.urandom(KEY_ID_SIZE)
    doc: dict[str, Any] = {
        "format": KEY_FORMAT,
        "key_id": key_id.hex(),
        "kdf": {
            "name": "argon2id",
            "salt": _b64(params.salt),
            "iterations": params.iterations,
            "memory_kib": params.memory_kib,
            "lanes": params.lanes,
        },
        "passphrase": _wrap(params.derive(passphrase), key, key_id, "passphrase"),
        "recovery": _wrap(_recovery_secret(recovery), key, key_id, "recovery"),
    }
    doc["check"] = _check(doc)
    return doc, DataKey(key, key_id)


def unlock(doc: Any, passphrase: str | None = None, recovery: str | None = None) -> DataKey:
    """The data key from the key file's contents and one of the two secrets."""
    params, key_id = _read_key_file(doc)
    if passphrase is not None:
        secret, slot = params.derive(passphrase), "passphrase"
    elif recovery is not None:
        secret, slot = _recovery_secret(recovery), "recovery"
    else:
        raise WrongPassphrase
    return DataKey(_unwrap(secret, doc[slot], key_id, slot), key_id)


def rewrap(doc: dict[str, Any], key: DataKey, passphrase: str, params: KdfParams) -> dict[str, Any]:
    """The key file with the data key wrapped by a new passphrase: one small file, no store."""
    new = {**doc, "kdf": {**doc["kdf"], "salt": _b64(params.salt), "iterations": params.iterations}}
    new["passphrase"] = _wrap(params.derive(passphrase), key._key, key.key_id, "passphrase")
    new["check"] = _check(new)
    return new


def rewrap_recovery(doc: dict[str, Any], key: DataKey, recovery: str) -> dict[str, Any]:
    """The key file with a new recovery key: the old one opens nothing from now on."""
    new = {**doc, "recovery": _wrap(_recovery_secret(recovery), key._key, key.key_id, "recovery")}
    new["check"] = _check(new)
    return new


def check_key_file(doc: Any) -> KdfParams:
    """The key file's KDF parameters, or DamagedKeyFile: checked without any secret."""
    return _read_key_file(doc)[0]


def looks_like_recovery_key(text: str) -> bool:
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    return len(cleaned) == 40 and all(c in RECOVERY_ALPHABET for c in cleaned)


def _read_key_file(doc: Any) -> tuple[KdfParams, bytes]:
    if not isinstance(doc, dict):
        raise DamagedKeyFile("not a key file")
    if doc.get("check") != _check(doc):
        raise DamagedKeyFile("its contents do not match their checksum")
    if doc.get("format") != KEY_FORMAT:
        raise DamagedKeyFile(f"format {doc.get('format')!r} is not one this wellcheck reads")
    try:
        kdf = doc["kdf"]
        params = KdfParams(
            _unb64(kdf["salt"]), int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"])
        )
        key_id = bytes.fromhex(doc["key_id"])
    except (KeyError, TypeError, ValueError):
        raise DamagedKeyFile("a field is missing or malformed") from None
    if params.iterations < FLOOR_ITERATIONS or params.memory_kib < FLOOR_MEMORY_KIB:
        raise DamagedKeyFile("its key derivation is below the floor wellcheck accepts")
    return params, key_id


def _wrap(secret: bytes, key: bytes, key_id: bytes, slot: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    sealed = AESGCM(secret).encrypt(nonce, key, b"wellcheck key\x00" + key_id + slot.encode())
    return {"nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _unwrap(secret: bytes, slot_doc: Any, key_id: bytes, slot: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        nonce, sealed = _unb64(slot_doc["nonce"]), _unb64(slot_doc["wrapped"])
    except (KeyError, TypeError, ValueError):
        raise DamagedKeyFile("a wrapped key is malformed") from None
    try:
        return AESGCM(secret).decrypt(nonce, sealed, b"wellcheck key\x00" + key_id + slot.encode())
    except InvalidTag:
        raise WrongPassphrase from None


def _check(doc: dict[str, Any]) -> str:
    """The SHA-256 of the key file's other fields, by `cryptography` (which unlocking loads in
    any case), not `hashlib`: that would load a second OpenSSL, 4 MiB of peak memory."""
    from cryptography.hazmat.primitives import hashes

    fields = {k: v for k, v in doc.items() if k != "check"}
    digest = hashes.Hash(hashes.SHA256())
    digest.update(json.dumps(fields, sort_keys=True).encode())
    return digest.finalize().hex()


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    import base64

    return base64.b64decode(text, validate=True)

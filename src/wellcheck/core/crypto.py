"""Encryption at rest, the format: each data file sealed with AES-256-GCM under the store's data
key, its place in the store bound in as associated data; and each way a file cannot be opened.
Everything cryptographic is `cryptography`'s.

The store seals and opens files with a `DataKey`; `crypto_keys` keeps the data key wrapped in
the key file (by a key `crypto_kdf` derives from the passphrase, and by a recovery key), and
`encryption_convert` turns encryption on and off. Importing this module loads no OpenSSL: a
readable store never pays for it.

A sealed data file:

    b"WCENC" 0x01 | key id (8 bytes) | nonce (12 bytes) | ciphertext and GCM tag

with the associated data `header + place` (the file's path under the data folder, as
`daily/2026/2026-11-23.json`), so a file moved to another day or instrument does not open.
"""

from __future__ import annotations

import os

from wellcheck.core.errors import WellcheckError

MAGIC = b"WCENC\x01"
KEY_ID_SIZE, NONCE_SIZE, KEY_SIZE, SALT_SIZE = 8, 12, 32, 16
HEADER_SIZE = len(MAGIC) + KEY_ID_SIZE + NONCE_SIZE


class CryptoError(WellcheckError):
    """One of the ways an encrypted store cannot be read, each with its own words."""


class DamagedFile(CryptoError):
    def __init__(self) -> None:
        super().__init__(
            "cannot be decrypted: it was damaged, or moved here from another day or instrument"
        )


class OtherKey(CryptoError):
    def __init__(self) -> None:
        super().__init__("was encrypted with another key (from another store, or an old one)")


class NotEncrypted(CryptoError):
    def __init__(self) -> None:
        super().__init__(
            "is readable (not encrypted) inside an encrypted store, as a sync tool's copy"
        )


class DataKey:
    """The store's data key, in memory only: never in a repr, an error or a log."""

    __slots__ = ("_key", "key_id")

    def __init__(self, key: bytes, key_id: bytes) -> None:
        self._key, self.key_id = key, key_id

    def __repr__(self) -> str:
        return f"DataKey(id={self.key_id.hex()})"

    def seal(self, place: str, plaintext: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        header = MAGIC + self.key_id + os.urandom(NONCE_SIZE)
        return header + AESGCM(self._key).encrypt(
            header[-NONCE_SIZE:], plaintext, _aad(header, place)
        )

    def open(self, place: str, data: bytes) -> bytes:
        """The plaintext of a sealed file, or the CryptoError that says what is wrong."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not data.startswith(MAGIC):
            if data.lstrip()[:1] == b"{":
                raise NotEncrypted
            raise DamagedFile
        header = data[:HEADER_SIZE]
        if len(data) < HEADER_SIZE + 16:
            raise DamagedFile
        # The key id is no secret (it is in clear in the key file and in every header), so a
        # plain comparison: `hmac` would load OpenSSL's hashlib besides cryptography's own.
        if header[len(MAGIC) : len(MAGIC) + KEY_ID_SIZE] != self.key_id:
            raise OtherKey
        try:
            return AESGCM(self._key).decrypt(
                header[-NONCE_SIZE:], data[HEADER_SIZE:], _aad(header, place)
            )
        except InvalidTag:
            raise DamagedFile from None


def _aad(header: bytes, place: str) -> bytes:
    return header + place.encode("utf-8")


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)

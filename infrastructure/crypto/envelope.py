"""Envelope encryption (AES-256-GCM).

The master key wraps one data key per tenant. Field ciphertexts carry associated data that binds
tenant, table, column and row id, so a ciphertext copied into another row (or tenant) fails to
decrypt. Rotating the master key re-wraps data keys only; rows are never touched.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"\x01"
_NONCE = 12


class DecryptionError(Exception):
    """A ciphertext does not belong where it was found, or its key is gone."""


def derive_key(secret: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"parley/{purpose}".encode()).derive(secret)


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"parley/master-key-id" + key).hexdigest()[:16]


class MasterKeyring:
    """The current master key plus retired ones still able to unwrap (during rotation)."""

    def __init__(self, current: bytes, retired: tuple[bytes, ...] = ()) -> None:
        self.current_id = key_id(current)
        self._keys = {key_id(k): AESGCM(k) for k in (*retired, current)}

    def wrap(self, data_key: bytes, tenant_id: UUID) -> tuple[bytes, str]:
        nonce = os.urandom(_NONCE)
        wrapped = nonce + self._keys[self.current_id].encrypt(nonce, data_key, _wrap_aad(tenant_id))
        return wrapped, self.current_id

    def unwrap(self, wrapped: bytes, master_key_id: str, tenant_id: UUID) -> bytes:
        aead = self._keys.get(master_key_id)
        if aead is None:
            raise DecryptionError(f"data key of tenant {tenant_id} is wrapped by unknown master key {master_key_id}")
        try:
            return aead.decrypt(wrapped[:_NONCE], wrapped[_NONCE:], _wrap_aad(tenant_id))
        except InvalidTag:
            raise DecryptionError(f"data key of tenant {tenant_id} failed to unwrap") from None


def _wrap_aad(tenant_id: UUID) -> bytes:
    return b"parley/data-key/" + tenant_id.bytes


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


class FieldCipher:
    """Encrypts one tenant's fields with its data key."""

    def __init__(self, tenant_id: UUID, data_key: bytes) -> None:
        self.tenant_id = tenant_id
        self._aead = AESGCM(data_key)

    def _aad(self, table: str, column: str, row_id: UUID) -> bytes:
        return b"|".join((self.tenant_id.bytes, table.encode(), column.encode(), row_id.bytes))

    def encrypt(self, plaintext: str, table: str, column: str, row_id: UUID) -> bytes:
        return self.encrypt_bytes(plaintext.encode(), table, column, row_id)

    def decrypt(self, blob: bytes, table: str, column: str, row_id: UUID) -> str:
        return self.decrypt_bytes(blob, table, column, row_id).decode()

    def encrypt_bytes(self, plaintext: bytes, table: str, column: str, row_id: UUID) -> bytes:
        nonce = os.urandom(_NONCE)
        return _VERSION + nonce + self._aead.encrypt(nonce, plaintext, self._aad(table, column, row_id))

    def decrypt_bytes(self, blob: bytes, table: str, column: str, row_id: UUID) -> bytes:
        if not blob or blob[:1] != _VERSION:
            raise DecryptionError(f"{table}.{column} of {row_id}: unknown ciphertext format")
        try:
            return self._aead.decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], self._aad(table, column, row_id))
        except InvalidTag:
            raise DecryptionError(f"{table}.{column} of {row_id}: ciphertext does not belong to this row") from None


class BlindIndex:
    """Keyed hash for equality lookups on encrypted values (e.g. login by email)."""

    def __init__(self, secret: bytes, purpose: str) -> None:
        self._key = derive_key(secret, f"blind-index/{purpose}")

    def __call__(self, value: str) -> bytes:
        return hmac.new(self._key, value.strip().lower().encode(), hashlib.sha256).digest()

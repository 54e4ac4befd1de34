"""Data upgrades that SQL cannot do: a migration's rows re-written with the tenants' data keys. Each runs
right after its migration's SQL, in the same transaction, as the owner (so RLS does not apply)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from uuid import UUID

import asyncpg

from infrastructure.crypto.envelope import FieldCipher, MasterKeyring

_PAGE = 1000


class _Ciphers:
    """Each tenant's field cipher, unwrapped once."""

    def __init__(self, conn: asyncpg.Connection, keyring: MasterKeyring | None) -> None:
        self.conn, self.keyring = conn, keyring
        self._ciphers: dict[UUID, FieldCipher] = {}

    async def __call__(self, tenant_id: UUID) -> FieldCipher:
        if tenant_id not in self._ciphers:
            if self.keyring is None:
                raise RuntimeError("sealing existing rows needs the master key: run `parley migrate` with PARLEY_MASTER_KEY set")
            row = await self.conn.fetchrow("SELECT wrapped_key, master_key_id FROM tenant_keys WHERE tenant_id = $1", tenant_id)
            self._ciphers[tenant_id] = FieldCipher(tenant_id, self.keyring.unwrap(row["wrapped_key"], row["master_key_id"], tenant_id))
        return self._ciphers[tenant_id]


async def seal_memory_and_message_data(conn: asyncpg.Connection, keyring: MasterKeyring | None) -> None:
    """0008: seal chat_sessions.context and chat_messages.data (stored as JSON text), then drop them."""
    cipher = _Ciphers(conn, keyring)
    for table, plain, sealed in (("chat_sessions", "context", "context_ciphertext"), ("chat_messages", "data", "data_ciphertext")):
        # every receipt and status event has data: read in pages rather than the whole table at once
        rows = conn.cursor(f"SELECT id, tenant_id, {plain}::text AS value FROM {table} WHERE {plain} <> '{{}}'::jsonb")
        page: list[tuple[UUID, bytes]] = []
        async for r in rows:
            page.append((r["id"], (await cipher(r["tenant_id"])).encrypt(r["value"], table, plain, r["id"])))
            if len(page) == _PAGE:
                await conn.executemany(f"UPDATE {table} SET {sealed} = $2 WHERE id = $1", page)
                page = []
        await conn.executemany(f"UPDATE {table} SET {sealed} = $2 WHERE id = $1", page)
        await conn.execute(f"ALTER TABLE {table} DROP COLUMN {plain}")


# migration version → its data upgrade
UPGRADES: dict[str, Callable[[asyncpg.Connection, MasterKeyring | None], Awaitable[None]]] = {
    "0008_sealed_memory_and_reply_sweep": seal_memory_and_message_data,
}

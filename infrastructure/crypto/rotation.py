"""Master-key rotation: re-wrap every tenant data key; rows encrypted under those keys stay as they are."""

from __future__ import annotations

import asyncpg

from infrastructure.crypto.envelope import MasterKeyring


async def rotate_master_key(owner_url: str, current: bytes, retired: tuple[bytes, ...]) -> int:
    keyring = MasterKeyring(current, retired)
    conn = await asyncpg.connect(owner_url)
    try:
        async with conn.transaction():
            rows = await conn.fetch(
                "SELECT tenant_id, wrapped_key, master_key_id FROM tenant_keys WHERE master_key_id <> $1 FOR UPDATE",
                keyring.current_id,
            )
            for row in rows:
                data_key = keyring.unwrap(row["wrapped_key"], row["master_key_id"], row["tenant_id"])
                wrapped, key_id = keyring.wrap(data_key, row["tenant_id"])
                await conn.execute(
                    "UPDATE tenant_keys SET wrapped_key = $2, master_key_id = $3, rotated_at = now() WHERE tenant_id = $1",
                    row["tenant_id"],
                    wrapped,
                    key_id,
                )
        return len(rows)
    finally:
        await conn.close()

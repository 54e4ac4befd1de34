"""Rows written in clear before 0008 (the assistant's memory of a session, a message's data) are sealed
by `parley migrate`, and the plaintext columns are gone."""

from __future__ import annotations

import json
import os
import shutil

import asyncpg
import pytest

from domain.ids import new_id
from infrastructure.crypto.envelope import MasterKeyring, new_data_key
from infrastructure.db.database import Database, create_pool
from infrastructure.db.migrate import available_migrations, migrate
from tests.integration.databases import fresh_database

MEMORY = {"memory": {"facts": {"name": "Marguerite Okonkwo", "email": "mo@example.org"}, "summary": "Visitor: my parcel"}}
SENDER = {"sender_name": "Zebulon", "sender_avatar_url": "https://cdn.example.com/zebulon.png"}


async def test_migrate_seals_memory_and_message_data_written_in_clear(services, tmp_path):
    url = await fresh_database(services.owner_url)
    before = tmp_path / "migrations"
    before.mkdir()
    for m in available_migrations():
        if m.version < "0008":
            shutil.copy(m.path, before)
    await migrate(url, folder=before)
    keyring = MasterKeyring(os.urandom(32))
    tenant, bot, visitor, session, message, receipt = (new_id() for _ in range(6))
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("INSERT INTO tenants (id, name) VALUES ($1, 'Acme')", tenant)
        wrapped, key_id = keyring.wrap(new_data_key(), tenant)
        await conn.execute("INSERT INTO tenant_keys (tenant_id, wrapped_key, master_key_id) VALUES ($1, $2, $3)", tenant, wrapped, key_id)
        await conn.execute("INSERT INTO chatbots (id, tenant_id, public_id, name) VALUES ($1, $2, 'cb_x', 'Bot')", bot, tenant)
        await conn.execute("INSERT INTO visitors (id, tenant_id, chatbot_id) VALUES ($1, $2, $3)", visitor, tenant, bot)
        await conn.execute("""INSERT INTO chat_sessions (id, tenant_id, chatbot_id, visitor_id, last_seq, context)
                              VALUES ($1, $2, $3, $4, 2, $5::jsonb)""", session, tenant, bot, visitor, json.dumps(MEMORY))
        await conn.execute("""INSERT INTO chat_messages (id, tenant_id, session_id, seq, sender, data)
                              VALUES ($1, $2, $3, 1, 'human', $4::jsonb), ($5, $2, $3, 2, 'customer', '{}')""",
                           message, tenant, session, json.dumps(SENDER), receipt)

        with pytest.raises(RuntimeError, match="needs the master key"):  # rows to seal, no key: nothing applied
            await migrate(url)
        assert (await migrate(url, keyring))[0] == "0008_sealed_memory_and_reply_sweep"

        dump = "".join([r[0] for r in await conn.fetch("SELECT row_to_json(s)::text FROM chat_sessions s")]
                       + [r[0] for r in await conn.fetch("SELECT row_to_json(m)::text FROM chat_messages m")])
        assert "Marguerite" not in dump and "Zebulon" not in dump and '"context"' not in dump and '"data"' not in dump
        assert await conn.fetchval("SELECT data_ciphertext FROM chat_messages WHERE id = $1", receipt) is None
    finally:
        await conn.close()

    db = Database(await create_pool(url, as_app_role=False, size=1), keyring, os.urandom(32))
    try:
        async with db.unit_of_work(tenant) as uow:
            assert (await uow.chat_sessions.get(session)).context == MEMORY
            assert [e.data for e in await uow.chat_messages.after(session, 0, 10)] == [SENDER, {}]
    finally:
        await db.pool.close()

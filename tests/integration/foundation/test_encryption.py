"""Encryption at rest: nothing sensitive in a pg_dump, ciphertexts bound to their row,
master-key rotation without touching rows, tenant deletion shreds the key."""

import os
import shutil
import subprocess
import uuid
from dataclasses import replace
from pathlib import Path

import asyncpg
import pytest

from infrastructure.container import Container
from infrastructure.crypto.envelope import DecryptionError, FieldCipher, MasterKeyring, new_data_key
from infrastructure.crypto.rotation import rotate_master_key
from tests.conftest import sign_up, unique_email


def _pg_dump() -> str:
    """pgserver's own pg_dump matches its server version; a system one may be older."""
    import pgserver

    bundled = Path(pgserver.__file__).parent / "pginstall" / "bin" / "pg_dump"
    return str(bundled) if bundled.exists() else shutil.which("pg_dump") or "pg_dump"


async def test_pg_dump_holds_no_plaintext_secret_or_pii(client, services):
    owner = await sign_up(client)
    secret = "sk-ant-test-" + uuid.uuid4().hex
    invitee = unique_email("invitee")
    bot = await client.post(
        "/v1/chatbots",
        headers=owner.headers,
        json={"name": "Dump bot", "ai_settings": {"provider": "anthropic", "api_key": secret}},
    )
    assert bot.status_code == 201 and bot.json()["ai_settings"]["has_api_key"] is True
    assert secret not in bot.text
    await client.post("/v1/invitations", headers=owner.headers, json={"email": invitee, "role": "admin"})
    me = (await client.get("/v1/me", headers=owner.headers)).json()
    assert me["email"] == owner.email  # readable through the API...

    dump = subprocess.run(
        [_pg_dump(), "--data-only", "--dbname", services.owner_url], capture_output=True, text=True, check=True
    ).stdout
    assert "Dump bot" in dump  # ...the dump is real and has this tenant's rows
    for plaintext in (secret, owner.email, invitee, "Ada Owner"):
        assert plaintext not in dump, f"{plaintext!r} found in pg_dump"
        assert plaintext.lower() not in dump.lower()


def test_a_ciphertext_moved_to_another_row_or_tenant_fails_to_decrypt():
    tenant, other = uuid.uuid4(), uuid.uuid4()
    key = new_data_key()
    cipher = FieldCipher(tenant, key)
    row, other_row = uuid.uuid4(), uuid.uuid4()
    sealed = cipher.encrypt("ada@example.com", "users", "email", row)
    assert cipher.decrypt(sealed, "users", "email", row) == "ada@example.com"
    for args in (("users", "email", other_row), ("users", "name", row), ("visitors", "email", row)):
        with pytest.raises(DecryptionError):
            cipher.decrypt(sealed, *args)
    with pytest.raises(DecryptionError):
        FieldCipher(other, key).decrypt(sealed, "users", "email", row)


async def test_copied_ciphertext_in_the_database_does_not_decrypt(client, container, services):
    owner = await sign_up(client)
    conn = await asyncpg.connect(services.owner_url)
    try:
        # Copy the owner's encrypted email onto an invitation row of the same tenant.
        inv = (await client.post("/v1/invitations", headers=owner.headers, json={"email": unique_email(), "role": "operator"})).json()
        await conn.execute(
            "UPDATE invitations SET email_ciphertext = (SELECT email_ciphertext FROM users WHERE id = $1) WHERE id = $2",
            uuid.UUID(owner.user_id),
            uuid.UUID(inv["invitation"]["id"]),
        )
    finally:
        await conn.close()
    with pytest.raises(DecryptionError):
        async with container.db.unit_of_work(uuid.UUID(owner.id)) as uow:
            await uow.invitations.list(10, None)


async def test_master_key_rotation_rewraps_keys_and_leaves_rows_alone(client, container, settings, services):
    owner = await sign_up(client)
    conn = await asyncpg.connect(services.owner_url)
    try:
        before = await conn.fetchval("SELECT email_ciphertext FROM users WHERE id = $1", uuid.UUID(owner.user_id))
        old_wrap = await conn.fetchval("SELECT wrapped_key FROM tenant_keys WHERE tenant_id = $1", uuid.UUID(owner.id))
        new_master = os.urandom(32)
        try:
            rewrapped = await rotate_master_key(services.owner_url, new_master, (settings.master_key,))
            assert rewrapped >= 1
            assert await conn.fetchval("SELECT email_ciphertext FROM users WHERE id = $1", uuid.UUID(owner.user_id)) == before
            assert await conn.fetchval("SELECT wrapped_key FROM tenant_keys WHERE tenant_id = $1", uuid.UUID(owner.id)) != old_wrap
            assert await conn.fetchval(
                "SELECT count(DISTINCT master_key_id) FROM tenant_keys"
            ) == 1
            # A process holding only the new master key reads the data.
            rotated = await Container.start(replace(settings, master_key=new_master, old_master_keys=()))
            try:
                async with rotated.db.unit_of_work(uuid.UUID(owner.id)) as uow:
                    assert (await uow.users.get(uuid.UUID(owner.user_id))).email == owner.email
            finally:
                await rotated.close()
            # The old key alone no longer unwraps anything.
            stale = MasterKeyring(settings.master_key)
            row = await conn.fetchrow("SELECT wrapped_key, master_key_id FROM tenant_keys WHERE tenant_id = $1", uuid.UUID(owner.id))
            with pytest.raises(DecryptionError):
                stale.unwrap(row["wrapped_key"], row["master_key_id"], uuid.UUID(owner.id))
        finally:
            # Rotate back so the rest of the session's container keeps working.
            await rotate_master_key(services.owner_url, settings.master_key, (new_master,))
    finally:
        await conn.close()


async def test_deleting_a_tenant_destroys_its_key_and_data(client, container, services):
    owner = await sign_up(client)
    await client.post("/v1/chatbots", headers=owner.headers, json={"name": "Doomed"})
    wrong = await client.delete("/v1/tenant", headers=owner.headers, params={"confirm_name": "not it"})
    assert wrong.status_code == 422
    gone = await client.delete("/v1/tenant", headers=owner.headers, params={"confirm_name": owner.company})
    assert gone.status_code == 204, gone.text
    # Its access token authenticates nobody any more: 401 (not a 404 for a workspace that is gone).
    after = await client.get("/v1/chatbots", headers=owner.headers)
    assert after.status_code == 401 and after.headers["content-type"].startswith("application/problem+json")
    conn = await asyncpg.connect(services.owner_url)
    try:
        tid = uuid.UUID(owner.id)
        for table in ("tenant_keys", "users", "chatbots", "refresh_tokens"):
            assert await conn.fetchval(f"SELECT count(*) FROM {table} WHERE tenant_id = $1", tid) == 0
    finally:
        await conn.close()
    with pytest.raises(DecryptionError):
        async with container.db.unit_of_work(uuid.UUID(owner.id)) as uow:
            await uow.cipher()
    login = await client.post("/v1/auth/login", json={"email": owner.email, "password": owner.password})
    assert login.status_code == 401

"""Connecting Stripe: a restricted key checked with a live call to the (local) Stripe, both secrets sealed
at rest and never returned, disconnect, status; bad input is problem+json."""

from __future__ import annotations

import uuid

from tests.integration.conversations.helpers import make_chatbot
from tests.integration.payments.conftest import connect


async def test_connect_checks_the_key_live_and_never_returns_secrets(client, container, tenant, stripe_base):
    bot = await make_chatbot(client, tenant)
    key, secret = stripe_base.key(), "whsec_" + uuid.uuid4().hex
    r = await connect(client, tenant, bot, key, secret)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["active"] is True and body["chatbot_id"] == bot.id and body["type"] == "stripe"
    assert body["key_hint"] == f"{key[:8]}…{key[-4:]}" and body["webhook_path"] == f"/v1/integrations/stripe/{body['id']}/webhook"
    assert key not in r.text and secret not in r.text
    got = await client.get(f"/v1/integrations/stripe/{body['id']}", headers=tenant.headers)
    assert got.status_code == 200 and key not in got.text and secret not in got.text
    listed = await client.get("/v1/integrations/stripe", headers=tenant.headers, params={"chatbot_id": bot.id})
    assert [i["id"] for i in listed.json()["items"]] == [body["id"]]

    # sealed at rest: neither secret appears in the row in clear
    async with container.db.unit_of_work(uuid.UUID(tenant.id)) as uow:
        row = await uow.conn.fetchrow("SELECT * FROM payment_integrations WHERE id = $1", uuid.UUID(body["id"]))
    raw = b"".join(v if isinstance(v, bytes) else str(v).encode() for v in row.values())
    assert key.encode() not in raw and secret.encode() not in raw and row["secret_key_ciphertext"]

    # disconnect: secrets erased, status shown, past rows stay
    gone = await client.delete(f"/v1/integrations/stripe/{body['id']}", headers=tenant.headers)
    assert gone.status_code == 204
    status = (await client.get(f"/v1/integrations/stripe/{body['id']}", headers=tenant.headers)).json()
    assert status["active"] is False
    async with container.db.unit_of_work(uuid.UUID(tenant.id)) as uow:
        row = await uow.conn.fetchrow("SELECT * FROM payment_integrations WHERE id = $1", uuid.UUID(body["id"]))
    assert row["secret_key_ciphertext"] is None and row["webhook_secret_ciphertext"] is None
    # reconnecting reuses the integration (one per chatbot)
    again = await connect(client, tenant, bot, key, secret)
    assert again.status_code == 201 and again.json()["id"] == body["id"] and again.json()["active"] is True


async def test_bad_keys_and_secrets_are_422_and_an_outage_is_503(client, tenant, stripe_base):
    bot = await make_chatbot(client, tenant)
    secret = "whsec_" + uuid.uuid4().hex
    cases = [
        ("sk_test_" + uuid.uuid4().hex, secret, "secret_key"),  # the account's full key: refused
        ("pk_test_abc", secret, "secret_key"),
        ("rk_live_short", secret, "secret_key"),
        (stripe_base.key(), "nope", "webhook_secret"),
        ("rk_test_" + "x" * 8 + "\u00e9", secret, "secret_key"),
    ]
    for key, hook_secret, field in cases:
        r = await connect(client, tenant, bot, key, hook_secret)
        assert r.status_code == 422, (key, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["errors"][0]["field"] == field
    # Stripe refuses the key on the live call (the peer knows only rk_test_… keys of 8+ characters after the prefix)
    r = await connect(client, tenant, bot, "rk_live_" + uuid.uuid4().hex, secret)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "secret_key", r.text
    # no such chatbot
    r = await client.post("/v1/integrations/stripe", headers=tenant.headers,
                          json={"chatbot_id": str(uuid.uuid4()), "secret_key": stripe_base.key(), "webhook_secret": secret})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "chatbot_id"
    # malformed body
    r = await client.post("/v1/integrations/stripe", headers=tenant.headers, json={"chatbot_id": "x"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("application/problem+json")
    # Stripe down: 503 problem, nothing saved
    await stripe_base.control("/_config/test/outage", "on")
    try:
        r = await connect(client, tenant, bot, stripe_base.key(), secret)
    finally:
        await stripe_base.control("/_config/test/outage", "off")
    assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json"), r.text
    listed = await client.get("/v1/integrations/stripe", headers=tenant.headers, params={"chatbot_id": bot.id})
    assert listed.json()["items"] == []


async def test_operators_see_but_cannot_connect(client, tenant, stripe_base):
    r = await client.post("/v1/integrations/stripe", json={})
    assert r.status_code == 401

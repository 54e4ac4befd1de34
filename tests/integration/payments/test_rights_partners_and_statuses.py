"""Who may do what (refunds need `payments:refund`; operators send requests but do not refund or connect),
partners receive `payment.*` webhooks, and Stripe's failure and dispute events move a request."""

from __future__ import annotations

import uuid

from tests.conftest import unique_email
from tests.integration.payments.conftest import conversation, eventually
from tests.integration.webhooks.conftest import (  # noqa: F401 - fixtures
    private_urls,  # noqa: F401 - fixture
    receiver,
    worker,
)


async def _operator(client, owner) -> dict:
    invited = await client.post("/v1/invitations", headers=owner.headers, json={"email": unique_email("op"), "role": "operator"})
    assert invited.status_code == 201, invited.text
    accepted = await client.post("/v1/invitations/accept",
                                 json={"token": invited.json()["token"], "name": "Olga Operator", "password": "operator password"})
    assert accepted.status_code == 201, accepted.text
    return {"Authorization": f"Bearer {accepted.json()['tokens']['access_token']}"}


async def _paid(client, tenant, shop, stripe_base) -> dict:
    session_id = await conversation(client, shop)
    r = await client.post("/v1/payments", headers=tenant.headers,
                          json={"conversation_id": session_id, "price_id": shop.price["id"], "description": "Annual plan"})
    assert r.status_code == 201, r.text
    payment = r.json()
    await stripe_base.control(f"/_config/test/checkout/sessions/{payment['stripe_session_id']}/complete")

    async def paid():
        p = (await client.get(f"/v1/payments/{payment['id']}", headers=tenant.headers)).json()
        return p if p["status"] == "paid" else None

    return await eventually(paid)


async def test_operators_request_but_refunds_need_the_refund_permission(client, tenant, shop, stripe_base):
    operator = await _operator(client, tenant)
    session_id = await conversation(client, shop)
    r = await client.post("/v1/payments", headers=operator,
                          json={"conversation_id": session_id, "amount": 1000, "currency": "eur", "description": "Fee"})
    assert r.status_code == 201, r.text
    assert (await client.get("/v1/payments", headers=operator)).status_code == 200
    payment = await _paid(client, tenant, shop, stripe_base)
    r = await client.post(f"/v1/payments/{payment['id']}/refunds", headers=operator, json={"reason": "duplicate"})
    assert r.status_code == 403 and "payments:refund" in r.json()["detail"]
    r = await client.put(f"/v1/integrations/stripe/{shop.integration['id']}/catalogue", headers=operator, json={})
    assert r.status_code == 403
    r = await client.delete(f"/v1/integrations/stripe/{shop.integration['id']}", headers=operator)
    assert r.status_code == 403
    # an API key scoped to payments:refund can refund
    key = await client.post("/v1/api-keys", headers=tenant.headers,
                            json={"name": "billing", "scopes": ["payments:read", "payments:refund"]})
    assert key.status_code == 201, key.text
    headers = {"Authorization": f"Bearer {key.json()['secret']}"}
    r = await client.post(f"/v1/payments/{payment['id']}/refunds", headers=headers, json={"reason": "requested_by_customer"})
    assert r.status_code == 201 and r.json()["amount_refunded"] == 1500, r.text
    assert (await client.get("/v1/payments/" + str(uuid.uuid4()), headers=tenant.headers)).status_code == 404


async def test_partners_receive_payment_events(client, tenant, shop, stripe_base, receiver, worker):  # noqa: F811
    r = await client.post("/v1/webhooks", headers=tenant.headers,
                          json={"url": receiver.url("/payments"), "event_types": ["payment.*"]})
    assert r.status_code == 201, r.text
    receiver.secrets["/payments"] = [r.json()["secret"]]
    payment = await _paid(client, tenant, shop, stripe_base)

    def types():
        return {x.payload["type"]: x.payload for x in receiver.received if x.path == "/payments"}

    got = await eventually(lambda: {"payment.requested", "payment.paid"} <= set(types()), timeout=20)
    assert got and receiver.refused == []
    data = types()["payment.paid"]["data"]
    assert data["payment_request_id"] == payment["id"] and data["amount"] == 1500 and data["currency"] == "eur"
    assert data["conversation_id"] == payment["conversation_id"] and "tenant_id" not in data


async def test_failed_and_disputed(client, tenant, shop, stripe_base):
    session_id = await conversation(client, shop)
    r = await client.post("/v1/payments", headers=tenant.headers,
                          json={"conversation_id": session_id, "amount": 900, "currency": "eur", "description": "Bank transfer"})
    failing = r.json()
    await stripe_base.control(f"/_config/test/checkout/sessions/{failing['stripe_session_id']}/fail")

    async def status_of(pid, status):
        p = (await client.get(f"/v1/payments/{pid}", headers=tenant.headers)).json()
        return p if p["status"] == status else None

    await eventually(lambda: status_of(failing["id"], "failed"))
    payment = await _paid(client, tenant, shop, stripe_base)
    await stripe_base.control(f"/_config/test/checkout/sessions/{payment['stripe_session_id']}/dispute")
    await eventually(lambda: status_of(payment["id"], "disputed"))
    # a disputed payment is not refunded through Parley (the dispute decides)
    r = await client.post(f"/v1/payments/{payment['id']}/refunds", headers=tenant.headers, json={"reason": "duplicate"})
    assert r.status_code == 409


async def test_a_closed_conversation_takes_no_new_request_but_its_payment_still_ends_paid(client, tenant, shop, stripe_base):
    session_id = await conversation(client, shop)
    r = await client.post("/v1/payments", headers=tenant.headers,
                          json={"conversation_id": session_id, "amount": 1000, "currency": "eur", "description": "Fee"})
    payment = r.json()
    assert (await client.post(f"/v1/conversations/{session_id}/close", headers=tenant.headers)).status_code == 200
    r = await client.post("/v1/payments", headers=tenant.headers,
                          json={"conversation_id": session_id, "amount": 1000, "currency": "eur", "description": "Fee"})
    assert r.status_code == 409 and r.headers["content-type"].startswith("application/problem+json")
    await stripe_base.control(f"/_config/test/checkout/sessions/{payment['stripe_session_id']}/complete")

    async def paid():
        return (await client.get(f"/v1/payments/{payment['id']}", headers=tenant.headers)).json()["status"] == "paid"

    await eventually(paid)

"""Invoices from a conversation: created, finalised and sent by Stripe (the local peer) to the visitor's
e-mail; hosted page and PDF in the chat; listed; paid through Stripe's webhook; catalogue rules apply."""

from __future__ import annotations

import httpx

from tests.integration.payments.conftest import conversation, eventually


async def _invoice_cards(client, tenant, session_id):
    r = await client.get(f"/v1/conversations/{session_id}/messages", headers=tenant.headers)
    return [e["data"]["invoice"] for e in r.json()["events"] if (e.get("data") or {}).get("invoice")]


async def test_an_invoice_is_sent_shown_in_the_chat_and_paid(client, tenant, shop, stripe_base):
    session_id = await conversation(client, shop)
    r = await client.post("/v1/invoices", headers=tenant.headers, json={
        "conversation_id": session_id, "email": "ada@example.org", "days_until_due": 7,
        "lines": [{"price_id": shop.price["id"], "description": "Annual plan"},
                  {"amount": 2500, "currency": "eur", "description": "Setup"}],
    })
    assert r.status_code == 201, r.text
    invoice = r.json()
    assert invoice["amount_due"] == 4000 and invoice["currency"] == "eur" and invoice["status"] == "open"
    assert invoice["hosted_invoice_url"].startswith("https://") and invoice["invoice_pdf"].startswith("https://")
    async with httpx.AsyncClient(base_url=stripe_base.url) as peer:
        assert invoice["stripe_invoice_id"] in (await peer.get("/_config/test/invoices/sent")).json()["sent"]
    stripe_invoice = await stripe_base.sdk(shop.key).v1.invoices.retrieve_async(invoice["stripe_invoice_id"])
    assert stripe_invoice.collection_method == "send_invoice" and stripe_invoice.metadata["parley_conversation"] == session_id
    cards = await eventually(lambda: _invoice_cards(client, tenant, session_id))
    assert cards[0]["url"] == invoice["hosted_invoice_url"] and cards[0]["pdf"] == invoice["invoice_pdf"]
    listed = await client.get("/v1/invoices", headers=tenant.headers, params={"conversation_id": session_id})
    assert [i["id"] for i in listed.json()["items"]] == [invoice["id"]]
    await stripe_base.control(f"/_config/test/invoices/{invoice['stripe_invoice_id']}/pay")

    async def paid():
        items = (await client.get("/v1/invoices", headers=tenant.headers, params={"conversation_id": session_id})).json()["items"]
        return items[0]["status"] == "paid"

    await eventually(paid)
    await eventually(lambda: _paid_card(client, tenant, session_id))


async def _paid_card(client, tenant, session_id):
    return [c for c in await _invoice_cards(client, tenant, session_id) if c["status"] == "paid"]


async def test_invoice_bad_input(client, tenant, shop):
    session_id = await conversation(client, shop)
    line = {"amount": 2500, "currency": "eur", "description": "Setup"}
    for body, status, field in [
        ({"email": "not-an-email", "lines": [line]}, 422, "email"),
        ({"email": "a@example.org", "lines": []}, 422, "lines"),
        ({"email": "a@example.org", "lines": [{**line, "amount": 1}]}, 422, "lines[0].amount"),
        ({"email": "a@example.org", "lines": [{"price_id": "price_nope", "description": "x"}]}, 422, "lines[0].price_id"),
        ({"email": "a@example.org", "lines": [line], "days_until_due": 0}, 422, "days_until_due"),
        ({"email": "a@example.org", "lines": [{**line, "currency": "usd"}]}, 422, "lines[0].currency"),
        ({"email": "a@example.org", "lines": [{**line, "amount": "x"}]}, 400, None),
    ]:
        r = await client.post("/v1/invoices", headers=tenant.headers, json={"conversation_id": session_id, **body})
        assert r.status_code == status, (body, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
        if field:
            assert r.json()["errors"][0]["field"] == field

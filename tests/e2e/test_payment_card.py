"""The payment card in the widget, in Chromium: an operator sends a payment request, the visitor sees the
amount and a Pay button opening Stripe's hosted page in a new tab, and the card turns to "Paid" when the
local Stripe peer posts `checkout.session.completed`."""

from __future__ import annotations

import uuid

import httpx

from tests.e2e.test_widget import new_page, open_widget, send, widget
from tests.integration.payments.conftest import start_peer_once


async def test_the_card_goes_from_proposal_to_paid(owner, site, browser, artifacts, api_server):
    peer = start_peer_once()
    bot = owner.chatbot(allowed_origins=[site.origin])
    secret = "whsec_" + uuid.uuid4().hex
    r = httpx.post(f"{owner.api}/v1/integrations/stripe", headers=owner.headers,
                   json={"chatbot_id": bot["id"], "secret_key": "rk_test_" + uuid.uuid4().hex, "webhook_secret": secret})
    assert r.status_code == 201, r.text
    integration = r.json()
    httpx.post(f"{peer.url}/_config/webhooks/{integration['id']}", data={"url": api_server + integration["webhook_path"], "secret": secret})
    r = httpx.put(f"{owner.api}/v1/integrations/stripe/{integration['id']}/catalogue", headers=owner.headers,
                  json={"ad_hoc": [{"currency": "eur", "min_amount": 100, "max_amount": 50000}]})
    assert r.status_code == 200, r.text
    context, page, errors = await new_page(browser)
    try:
        await page.goto(site.page(owner.embed(bot["id"])["snippet"]))
        await page.wait_for_function("() => window.Parley")
        await open_widget(page)
        await send(page, "Can I pay the repair here?")
        [session] = owner.conversations(bot["id"])
        r = httpx.post(f"{owner.api}/v1/payments", headers=owner.headers,
                       json={"conversation_id": session["id"], "amount": 4250, "currency": "eur", "description": "Screen repair"})
        assert r.status_code == 201, r.text
        payment = r.json()
        card = widget(page).locator(".msg.payment").first
        button = card.locator("a.pay-btn")
        await button.wait_for(timeout=15000)
        assert "42.50" in await card.locator(".pay-amount").inner_text()
        assert "Screen repair" in await card.inner_text()
        assert await button.get_attribute("href") == payment["payment_url"]
        assert await button.get_attribute("target") == "_blank"
        await page.screenshot(path=str(artifacts / "widget-payment-card.png"))
        httpx.post(f"{peer.url}/_config/test/checkout/sessions/{payment['stripe_session_id']}/complete")
        await widget(page).locator(".msg.payment[data-payment-status=paid] .pay-status", has_text="Paid").first.wait_for(timeout=15000)
        await card.locator("a.pay-btn").wait_for(state="detached", timeout=5000)  # the first card no longer offers Pay
        assert await card.get_attribute("data-payment-status") == "paid"
        await page.screenshot(path=str(artifacts / "widget-payment-paid.png"))
        assert errors == []
    finally:
        await context.close()

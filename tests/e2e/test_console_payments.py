"""Payments in the operator console, in Chromium against a real API process and the local Stripe peer: an operator
requests a payment in a conversation they took (a JPY amount, zero-decimal, is refused with the API's problem detail
when it breaks the catalogue), the visitor's card appears, the peer completes the Checkout Session, the console shows
"paid"; the operator has no Refund button (and the API's 403 is shown should one appear), an owner refunds part
of it (a too-large amount shows the API's problem detail) and the console shows "refunded". A catalogue price can be
chosen instead of an ad-hoc amount."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import httpx

from domain.payments.model import ZERO_DECIMAL
from tests.e2e.conftest import eventually
from tests.integration.payments.conftest import start_peer_once

ORIGIN = "https://shop.example.com"
CONSOLE_MONEY = Path(__file__).resolve().parents[2] / "console" / "src" / "money.ts"


def test_the_console_converts_with_the_same_zero_decimal_currencies_as_the_api():
    found = re.search(r"const ZERO_DECIMAL = new Set\((\[[^\]]*\])\)", CONSOLE_MONEY.read_text())
    assert found and set(json.loads(found.group(1))) == ZERO_DECIMAL


async def _login(browser, api: str, email: str, password: str, claim_role: str | None = None):
    context = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await context.new_page()
    if claim_role:  # the page believes the member has this role (the API still decides)
        async def fake_role(route):
            response = await route.fetch()
            await route.fulfill(response=response, json=(await response.json()) | {"role": claim_role})
        await page.route(f"{api}/v1/me", fake_role)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))  # script errors (refused requests are expected here)
    await page.goto(f"{api}/console")
    await page.fill("#email", email)
    await page.fill("#password", password)
    await page.click("#login button[type=submit]")
    await page.locator("#workspace").wait_for(timeout=10_000)
    return context, page, errors


async def test_an_operator_requests_a_payment_and_an_owner_refunds_it_in_the_console(owner, api_server, browser, artifacts):
    api, peer = api_server, start_peer_once()
    bot = owner.chatbot(allowed_origins=[ORIGIN])
    key, secret = peer.key(), "whsec_" + uuid.uuid4().hex
    product = await peer.sdk(key).v1.products.create_async({"name": "Annual plan"})
    price = await peer.sdk(key).v1.prices.create_async({"product": product.id, "unit_amount": 1500, "currency": "eur"})
    r = httpx.post(f"{api}/v1/integrations/stripe", headers=owner.headers,
                   json={"chatbot_id": bot["id"], "secret_key": key, "webhook_secret": secret})
    assert r.status_code == 201, r.text
    integration = r.json()
    httpx.post(f"{peer.url}/_config/webhooks/{integration['id']}", data={"url": api + integration["webhook_path"], "secret": secret})
    r = httpx.put(f"{api}/v1/integrations/stripe/{integration['id']}/catalogue", headers=owner.headers,
                  json={"price_ids": [price.id], "ad_hoc": [{"currency": "eur", "min_amount": 100, "max_amount": 50000},
                                   {"currency": "jpy", "min_amount": 100, "max_amount": 20000}]})
    assert r.status_code == 200, r.text
    assert httpx.put(f"{api}/v1/handoff/settings/{bot['id']}", headers=owner.headers, json={}).status_code == 200
    op_email = f"grace-{uuid.uuid4().hex[:8]}@example.com"
    invite = httpx.post(f"{api}/v1/invitations", headers=owner.headers, json={"email": op_email, "role": "operator"}).json()
    joined = httpx.post(f"{api}/v1/invitations/accept", json={"token": invite["token"], "name": "Grace Hopper", "password": "operator password"})
    operator = {"Authorization": f"Bearer {joined.json()['tokens']['access_token']}"}
    assert httpx.patch(f"{api}/v1/handoff/operators/me", headers=operator, json={"capacity": 0}).status_code == 200
    owner_email = httpx.get(f"{api}/v1/me", headers=owner.headers).json()["email"]

    entry = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions", json={"name": "Ada Lovelace"}, headers={"Origin": ORIGIN}).json()
    session_id, visitor = entry["session"]["id"], {"Origin": ORIGIN, "X-Visitor-Token": entry["visitor_token"]}
    r = httpx.post(f"{api}/v1/widget/{bot['public_id']}/sessions/{session_id}/messages", headers=visitor,
                   json={"content": "I would like to talk to a person please", "client_id": uuid.uuid4().hex})
    assert r.status_code == 200, r.text
    eventually(lambda: httpx.get(f"{api}/v1/conversations/{session_id}", headers=owner.headers).json()["status"] == "queued")

    def payments() -> list[dict]:
        return httpx.get(f"{api}/v1/payments", headers=owner.headers, params={"conversation_id": session_id}).json()["items"]

    context, page, errors = await _login(browser, api, op_email, "operator password")
    try:
        await page.locator(f"#queue button[data-conversation='{session_id}']").click()
        await page.locator("#take").click()
        await page.locator(f"#mine button[data-conversation='{session_id}']").wait_for(timeout=10_000)
        await page.locator("#payments-panel").wait_for(timeout=10_000)
        # zero-decimal: 25000 JPY is 25000 minor units, above the catalogue's 20000, so the API's 422 detail shows
        await page.fill("#pay-currency", "jpy")
        await page.fill("#pay-amount", "25000")
        await page.fill("#pay-description", "Too much")
        await page.click("#pay-form button[type=submit]")
        await page.wait_for_selector("#pay-error:not(:empty)", timeout=10_000)
        problem = httpx.post(f"{api}/v1/payments", headers=operator, json={"conversation_id": session_id, "amount": 25000,
                                                                          "currency": "jpy", "description": "Too much"}).json()
        assert await page.text_content("#pay-error") == problem["detail"]
        assert payments() == []
        await page.fill("#pay-amount", "1,5")  # JPY has no decimals: refused in the page
        await page.click("#pay-form button[type=submit]")
        await page.wait_for_selector("#pay-error:has-text('JPY has no decimals')", timeout=5_000)
        await page.fill("#pay-amount", "1500")
        await page.fill("#pay-description", "Cable")
        await page.click("#pay-form button[type=submit]")
        await page.wait_for_selector("#payments li[data-status=pending]:has-text('1500 JPY')", timeout=10_000)
        # and a two-decimal currency: 42.5 EUR is 4250 cents
        await page.fill("#pay-currency", "eur")
        await page.fill("#pay-amount", "42.5")
        await page.fill("#pay-description", "Screen repair")
        await page.click("#pay-form button[type=submit]")
        await page.wait_for_selector("#payments li[data-status=pending]:has-text('42.50 EUR')", timeout=10_000)
        # a catalogue price: its amount and currency are Stripe's, not typed
        await page.select_option("#pay-price", label="Annual plan · 15.00 EUR")
        assert await page.is_disabled("#pay-amount")
        await page.fill("#pay-description", "Annual plan")
        await page.click("#pay-form button[type=submit]")
        await page.wait_for_selector("#payments li[data-status=pending]:has-text('15.00 EUR')", timeout=10_000)
        await page.select_option("#pay-price", "")
        by_description = {p["description"]: p for p in payments()}
        assert (by_description["Annual plan"]["amount"], by_description["Annual plan"]["price_id"]) == (1500, price.id)
        assert (by_description["Cable"]["amount"], by_description["Cable"]["currency"]) == (1500, "jpy")
        payment = by_description["Screen repair"]
        assert (payment["amount"], payment["currency"]) == (4250, "eur")
        # the visitor's card is in the conversation
        eventually(lambda: any(((e.get("data") or {}).get("payment") or {}).get("id") == payment["id"]
                                for e in owner.transcript(session_id)))
        await page.screenshot(path=str(artifacts / "console-payments-1-requested.png"))
        httpx.post(f"{peer.url}/_config/test/checkout/sessions/{payment['stripe_session_id']}/complete")
        paid = page.locator(f"#payments li[data-payment='{payment['id']}'][data-status=paid]")
        await paid.wait_for(timeout=15_000)  # the console polls
        assert await paid.locator("button.refund").count() == 0  # an operator may not refund
        await page.screenshot(path=str(artifacts / "console-payments-2-paid.png"))
        assert errors == []
    finally:
        await context.close()

    # an operator whose page wrongly offers Refund gets the API's 403, shown in the panel; nothing is refunded
    context, page, errors = await _login(browser, api, op_email, "operator password", claim_role="admin")
    try:
        await page.locator(f"#mine button[data-conversation='{session_id}']").click()
        await page.locator(f"#payments li[data-payment='{payment['id']}'] button.refund").click()
        await page.fill("#refund-amount", "10")
        await page.click("#refund-form button[type=submit]")
        await page.wait_for_selector("#pay-error:not(:empty)", timeout=10_000)
        forbidden = httpx.post(f"{api}/v1/payments/{payment['id']}/refunds", headers=operator, json={"reason": "duplicate"})
        assert forbidden.status_code == 403
        assert await page.text_content("#pay-error") == forbidden.json()["detail"]
        assert httpx.get(f"{api}/v1/payments/{payment['id']}", headers=owner.headers).json()["amount_refunded"] == 0
        assert errors == []
    finally:
        await context.close()

    context, page, errors = await _login(browser, api, owner_email, "a long passphrase")
    try:
        await page.locator(f"#assigned button[data-conversation='{session_id}']").click()
        row = page.locator(f"#payments li[data-payment='{payment['id']}']")
        await row.locator("button.refund").click()
        await page.fill("#refund-amount", "100")  # more than was paid: the API's problem detail is shown
        await page.click("#refund-form button[type=submit]")
        await page.wait_for_selector("#pay-error:not(:empty)", timeout=10_000)
        assert "is left to refund" in (await page.text_content("#pay-error") or "")
        assert await page.is_visible("#refund-form")
        await page.fill("#refund-amount", "10")
        await page.select_option("#refund-reason", "requested_by_customer")
        await page.click("#refund-form button[type=submit]")
        await page.locator(f"#payments li[data-payment='{payment['id']}'][data-status=refunded]:has-text('refunded 10.00 EUR')").wait_for(timeout=15_000)
        assert await page.is_hidden("#refund-form")
        done = httpx.get(f"{api}/v1/payments/{payment['id']}", headers=owner.headers).json()
        assert (done["status"], done["amount_refunded"], [f["amount"] for f in done["refunds"]]) == ("refunded", 1000, [1000])
        await row.locator("button.refund").wait_for(timeout=5_000)  # 32.50 EUR is left to refund
        await page.screenshot(path=str(artifacts / "console-payments-3-refunded.png"))
        assert errors == []
    finally:
        await context.close()

"""Payments fixtures: the local Stripe peer (localstripe + tests/integration/payments/stripe_peer.py) as a
subprocess, the Parley API on a real port (the peer posts its signed webhooks there), and a connected
chatbot with a catalogue."""

from __future__ import annotations

import atexit
import functools
import socket
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import stripe

from api.app import create_app
from tests.integration import polling
from tests.integration.conversations.helpers import Bot, make_chatbot, start_server, stop_server, visitor

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class StripePeer:
    url: str
    process: subprocess.Popen

    def key(self) -> str:
        """A fresh restricted key: the peer accepts any `rk_test_…`; each test's account looks separate."""
        return "rk_test_" + uuid.uuid4().hex

    def sdk(self, key: str) -> stripe.StripeClient:
        return stripe.StripeClient(key, base_addresses={"api": self.url}, http_client=stripe.HTTPXClient())

    async def control(self, path: str, body: str = "") -> None:
        async with httpx.AsyncClient(base_url=self.url) as c:
            r = await c.post(path, content=body)
            assert r.status_code == 200, r.text

    async def register_webhook(self, name: str, url: str, secret: str) -> None:
        async with httpx.AsyncClient(base_url=self.url) as c:
            r = await c.post(f"/_config/webhooks/{name}", data={"url": url, "secret": secret})
            assert r.status_code == 200, r.text


def start_peer() -> StripePeer:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.payments.stripe_peer", "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert b"ready" in line, "the local Stripe peer did not start"
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url + "/v1/products", timeout=1)
            break
        except httpx.HTTPError:
            import time

            time.sleep(0.05)
    return StripePeer(url, process)


_peer: list[StripePeer] = []


def start_peer_once() -> StripePeer:
    """One peer per test run (the isolation test may need it before the payments tests do)."""
    if not _peer:
        _peer.append(start_peer())
        atexit.register(_stop, _peer[0])
    return _peer[0]


def _stop(peer: StripePeer) -> None:
    peer.process.terminate()
    peer.process.wait(10)


@pytest.fixture(scope="session")
def stripe_peer():
    return start_peer_once()


@pytest.fixture(scope="session")
async def api_base(container) -> str:
    """The API on a real port, so the peer can post webhooks to it."""
    server, task, port = await start_server(create_app(container=container))
    yield f"http://127.0.0.1:{port}"
    await stop_server(server, task)


@pytest.fixture
def stripe_base(container, stripe_peer):
    """Point the payments context's Stripe client at the peer."""
    gateway = container.stripe_gateway
    old = gateway.api_base
    gateway.api_base = stripe_peer.url
    yield stripe_peer
    gateway.api_base = old


@dataclass
class Shop:
    bot: Bot
    key: str
    webhook_secret: str
    integration: dict
    price: dict
    prices: list = field(default_factory=list)


async def connect(client, tenant, bot: Bot, key: str, secret: str) -> httpx.Response:
    return await client.post("/v1/integrations/stripe", headers=tenant.headers,
                             json={"chatbot_id": bot.id, "secret_key": key, "webhook_secret": secret})


@pytest.fixture
async def shop(client, tenant, stripe_base, api_base) -> Shop:
    """A chatbot connected to its own Stripe account, with one product price (15.00 EUR) and ad-hoc EUR
    amounts from 5.00 to 200.00 in its catalogue; the peer posts its events to the integration's webhook."""
    return await make_shop(client, tenant, stripe_base, api_base, await make_chatbot(client, tenant))


async def make_shop(client, tenant, peer: StripePeer, api_base: str, bot: Bot) -> Shop:
    key, secret = peer.key(), "whsec_" + uuid.uuid4().hex
    sdk = peer.sdk(key)
    product = await sdk.v1.products.create_async({"name": "Annual plan"})
    price = await sdk.v1.prices.create_async({"product": product.id, "unit_amount": 1500, "currency": "eur"})
    r = await connect(client, tenant, bot, key, secret)
    assert r.status_code == 201, r.text
    integration = r.json()
    await peer.register_webhook(integration["id"], api_base + integration["webhook_path"], secret)
    r = await client.put(f"/v1/integrations/stripe/{integration['id']}/catalogue", headers=tenant.headers, json={
        "price_ids": [price.id], "ad_hoc": [{"currency": "eur", "min_amount": 500, "max_amount": 20000}],
    })
    assert r.status_code == 200, r.text
    return Shop(bot, key, secret, integration, {"id": price.id, "unit_amount": 1500, "currency": "eur"})


async def conversation(client, shop: Shop) -> str:
    entry = await visitor(client, shop.bot)
    return entry["session"]["id"]


eventually = functools.partial(polling.eventually, timeout=10.0)

"""Assistant fixtures: replies switched on for the test, a chatbot with English and French knowledge,
and helpers to talk to it as a visitor and read the conversation as the owner."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import pytest

from tests.integration.conversations.conftest import ws_base  # noqa: F401  (a live server for WebSocket tests)
from tests.integration.conversations.helpers import ORIGIN, Bot, cid, make_chatbot, visitor

REFUNDS_EN = """# Refund policy
Refunds are available within 30 days of purchase. To request a refund, email billing@acme.test with your order number.
Refunds are paid back to the original payment method within 5 business days."""
REFUNDS_FR = """# Politique de remboursement
Les remboursements sont possibles dans les 30 jours suivant l'achat. Pour demander un remboursement, écrivez à billing@acme.test avec votre numéro de commande.
Le remboursement est versé sur le moyen de paiement d'origine sous 5 jours ouvrés."""
SHIPPING_EN = """# Shipping
We ship to every country in the European Union. Standard delivery takes 3 to 5 business days.
Express delivery arrives the next business day and costs 15 euros."""


@pytest.fixture
async def replies(container):
    """Visitor messages get AI replies during this test."""
    runner = container.assistant_runner
    runner.enabled = True
    yield runner
    await runner.drain()
    runner.enabled = False


async def add_text(client, container, tenant, bot_id: str, name: str, text: str, language: str | None = None) -> dict:
    body = {"kind": "text", "name": name, "text": text}
    if language:
        body["language"] = language
    r = await client.post(f"/v1/chatbots/{bot_id}/knowledge/sources", json=body, headers=tenant.headers)
    assert r.status_code == 202, r.text
    await container.knowledge.ingest(UUID(tenant.id), UUID(r.json()["id"]))
    return r.json()


@pytest.fixture
async def kb_bot(client, container, tenant) -> Bot:
    bot = await make_chatbot(client, tenant, languages=["en", "fr"])
    await add_text(client, container, tenant, bot.id, "Refund policy", REFUNDS_EN, "en")
    await add_text(client, container, tenant, bot.id, "Politique de remboursement", REFUNDS_FR, "fr")
    await add_text(client, container, tenant, bot.id, "Shipping", SHIPPING_EN, "en")
    return bot


@dataclass
class Chat:
    client: object
    bot: Bot
    entry: dict

    @property
    def session_id(self) -> str:
        return self.entry["session"]["id"]

    async def say(self, text: str, runner=None) -> dict:
        r = await self.client.post(
            f"/v1/widget/{self.bot.public_id}/sessions/{self.session_id}/messages",
            json={"content": text, "client_id": cid()},
            headers={"Origin": ORIGIN, "X-Visitor-Token": self.entry["visitor_token"]},
        )
        assert r.status_code == 200, r.text
        if runner is not None:
            await runner.drain()
        return r.json()

    async def events(self) -> list[dict]:
        r = await self.client.get(f"/v1/conversations/{self.session_id}/messages", headers=self.bot.tenant.headers)
        assert r.status_code == 200, r.text
        return r.json()["events"]

    async def replies(self) -> list[dict]:
        return [e for e in await self.events() if e["kind"] == "message" and e["sender"] == "ai"]

    async def last_reply(self) -> dict:
        replies = await self.replies()
        assert replies, "no AI reply was stored"
        return replies[-1]

    async def session(self) -> dict:
        r = await self.client.get(f"/v1/conversations/{self.session_id}", headers=self.bot.tenant.headers)
        assert r.status_code == 200, r.text
        return r.json()


async def chat(client, bot: Bot, **body) -> Chat:
    return Chat(client, bot, await visitor(client, bot, **body))

"""Seeding conversations for analytics tests through the public API and the conversations service."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from domain.conversations.model import Sender, SessionStatus
from domain.conversations.services import Actor
from tests.integration.conversations.helpers import Bot, visitor


class Chat:
    """One visitor conversation, driven through the conversations service as the widget, the assistant and an
    operator would."""

    def __init__(self, container, bot: Bot, entry: dict) -> None:
        self.container = container
        self.bot = bot
        self.bot_id = UUID(bot.id)
        self.tenant_id = UUID(bot.tenant.id)
        self.id = UUID(entry["session"]["id"])
        self.visitor_id = UUID(entry["visitor_id"])

    @classmethod
    async def start(cls, client, container, bot: Bot, **body) -> Chat:
        return cls(container, bot, await visitor(client, bot, **body))

    @property
    def visitor(self) -> Actor:
        return Actor(sender=Sender.customer, visitor_id=self.visitor_id)

    async def say(self, text: str) -> None:
        await self.container.conversations.post_message(self.tenant_id, self.id, self.visitor, text)

    async def ai(self, text: str, **data: Any) -> None:
        await self.container.conversations.post_message(self.tenant_id, self.id, Actor(sender=Sender.ai), text, data=data)

    async def human(self, text: str, user_id: str) -> None:
        await self.container.conversations.post_message(self.tenant_id, self.id, Actor(sender=Sender.human, user_id=UUID(user_id)), text)

    async def hand_off(self) -> None:
        await self.container.conversations.change_status(self.tenant_id, self.id, self.visitor_ai, SessionStatus.queued)

    @property
    def visitor_ai(self) -> Actor:
        return Actor(sender=Sender.ai)

    async def rate(self, rating: int) -> None:
        await self.container.conversations.rate(self.tenant_id, self.id, self.visitor, rating, None)

    async def close(self) -> None:
        await self.container.conversations.change_status(self.tenant_id, self.id, self.visitor, SessionStatus.closed)


def analysis(intent: str, sentiment: float = 0.0, language: str = "en") -> dict[str, Any]:
    return {"intent": intent, "sentiment": sentiment, "language": language, "intent_confidence": 0.9}

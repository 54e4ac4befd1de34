from __future__ import annotations

from typing import Protocol
from uuid import UUID

from domain.chatbots.model import Chatbot
from domain.ports import UnitOfWork


class ChatbotRepository(Protocol):
    async def add(self, chatbot: Chatbot) -> None: ...
    async def get(self, chatbot_id: UUID) -> Chatbot | None: ...
    async def get_by_public_id(self, public_id: str) -> Chatbot | None: ...
    async def list(self, limit: int, before: UUID | None, status: str | None = None) -> list[Chatbot]: ...
    async def update(self, chatbot: Chatbot, provider_api_key_changed: bool) -> None: ...
    async def delete(self, chatbot_id: UUID) -> bool: ...


class OutboundUrls(Protocol):
    """The SSRF guard for URLs the server will call (a model's base URL)."""

    async def refusal(self, url: str) -> str | None:
        """Why the server must not call `url`, or None when it may."""


class ChatbotsUnitOfWork(UnitOfWork, Protocol):
    chatbots: ChatbotRepository

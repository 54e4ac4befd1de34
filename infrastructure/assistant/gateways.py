"""The assistant's view of conversations and knowledge, over their services, and
the realtime sink that streams reply deltas to the session's followers."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from domain.conversations import frames as fr
from domain.conversations.model import Sender, SessionStatus
from domain.conversations.services import Actor, ConversationService
from domain.errors import Conflict
from domain.knowledge.model import Passage
from domain.knowledge.services import KnowledgeService
from infrastructure.realtime.events import session_channel

AI = Actor(sender=Sender.ai)


class ConversationsGateway:
    def __init__(self, conversations: ConversationService) -> None:
        self.service = conversations

    async def post_reply(self, tenant_id: UUID, session_id: UUID, content: str, data: dict[str, Any], client_id: str) -> int:
        result = await self.service.post_message(tenant_id, session_id, AI, content, [], client_id, data=data)
        return result.event.seq

    async def queue_for_human(self, tenant_id: UUID, session_id: UUID) -> bool:
        try:
            await self.service.change_status(tenant_id, session_id, AI, SessionStatus.queued)
            return True
        except Conflict:
            return False


class KnowledgeRetriever:
    def __init__(self, knowledge: KnowledgeService) -> None:
        self.knowledge = knowledge

    async def retrieve(
        self, tenant_id: UUID, chatbot_id: UUID, query: str, k: int, language: str | None = None
    ) -> list[Passage]:
        return await self.knowledge.retrieve(tenant_id, chatbot_id, query, k, language=language)


class HashingQueryEmbedder:
    """FAQ-cache vectors: the hashing embedder (local, deterministic, language-agnostic features)."""

    def __init__(self, dims: int = 384) -> None:
        from infrastructure.embeddings.hashing import HashingEmbedder

        self._embedder = HashingEmbedder(dims)

    def embed(self, text: str) -> list[float]:
        return self._embedder.vector(text)


class RealtimeReplySink:
    """Ephemeral frames on the session channel (the same fan-out as typing): `ai_typing` when a reply
    starts, `ai_delta` per chunk (`index` orders them), `ai_done` when it is stored. The stored message
    arrives as a normal `message` event with the same `reply_id` in its data."""

    def __init__(self, publisher) -> None:
        self.publisher = publisher

    async def _send(self, session_id: UUID, frame: fr.AiTyping | fr.AiDelta | fr.AiDone) -> None:
        await self.publisher.publish_frame(session_channel(session_id), frame, session_id)

    async def started(self, tenant_id: UUID, session_id: UUID, reply_id: UUID) -> None:
        await self._send(session_id, fr.AiTyping(session_id, reply_id))

    async def delta(self, tenant_id: UUID, session_id: UUID, reply_id: UUID, index: int, text: str) -> None:
        await self._send(session_id, fr.AiDelta(session_id, reply_id, index, text))

    async def finished(self, tenant_id: UUID, session_id: UUID, reply_id: UUID, ok: bool) -> None:
        await self._send(session_id, fr.AiDone(session_id, reply_id, ok))

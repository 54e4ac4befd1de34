"""The assistant's view of conversations and knowledge, over their services and repositories, and
the realtime sink that streams reply deltas to the session's followers."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from domain.assistant.ports import ChatbotView, HistoryItem, SessionView
from domain.conversations.model import Sender, SessionStatus
from domain.conversations.services import Actor, ConversationService
from domain.errors import Conflict, NotFound
from domain.knowledge.model import Passage
from domain.knowledge.services import KnowledgeService
from infrastructure.realtime.events import session_channel

AI = Actor(sender=Sender.ai)


class ConversationsGateway:
    def __init__(self, db, conversations: ConversationService) -> None:
        self.db = db
        self.service = conversations

    async def load(self, tenant_id: UUID, session_id: UUID, history: int) -> tuple[SessionView, ChatbotView, list[HistoryItem]]:
        async with self.db.unit_of_work(tenant_id) as uow:
            session = await uow.chat_sessions.get(session_id)
            if session is None:
                raise NotFound("conversation not found")
            bot = await uow.chatbots.get(session.chatbot_id)
            if bot is None:
                raise NotFound("chatbot not found")
            window = history * 2
            events = await uow.chat_messages.after(session_id, max(0, session.last_seq - window), window, ("message",))
        ai = bot.ai_settings
        return (
            SessionView(session.id, session.chatbot_id, session.visitor_id, session.status.value, session.language, session.context),
            ChatbotView(
                id=bot.id, name=bot.name, persona=bot.persona, instructions=bot.instructions,
                company=bot.company_profile.name, languages=list(bot.languages), provider=ai.provider, model=ai.model,
                base_url=ai.base_url, api_key=bot.provider_api_key, temperature=ai.temperature, max_tokens=ai.max_tokens,
                status=bot.status,
            ),
            [HistoryItem(seq=e.seq, id=e.id, sender=e.sender.value, content=e.content or "", kind=e.kind.value, data=e.data,
                         files=len(e.attachments))
             for e in events],
        )

    async def past_sessions(self, tenant_id: UUID, visitor_id: UUID, exclude: UUID, limit: int) -> list[HistoryItem]:
        async with self.db.unit_of_work(tenant_id) as uow:
            events = await uow.chat_messages.recent_for_visitor(visitor_id, limit * 2)
        return [HistoryItem(seq=e.seq, id=e.id, sender=e.sender.value, content=e.content or "")
                for e in events if e.session_id != exclude][-limit:]

    async def post_reply(self, tenant_id: UUID, session_id: UUID, content: str, data: dict[str, Any], client_id: str) -> int:
        result = await self.service.post_message(tenant_id, session_id, AI, content, [], client_id, data=data)
        return result.event.seq

    async def queue_for_human(self, tenant_id: UUID, session_id: UUID) -> bool:
        try:
            await self.service.change_status(tenant_id, session_id, AI, SessionStatus.queued)
            return True
        except Conflict:
            return False

    async def set_context(self, tenant_id: UUID, session_id: UUID, context: dict[str, Any]) -> None:
        await self.service.set_context(tenant_id, session_id, context)


class KnowledgeRetriever:
    def __init__(self, knowledge: KnowledgeService) -> None:
        self.knowledge = knowledge

    async def retrieve(self, tenant_id: UUID, chatbot_id: UUID, query: str, k: int) -> list[Passage]:
        return await self.knowledge.retrieve(tenant_id, chatbot_id, query, k)


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

    async def _send(self, session_id: UUID, frame: dict[str, Any]) -> None:
        await self.publisher.publish_frame(session_channel(session_id), frame, session_id)

    async def started(self, tenant_id: UUID, session_id: UUID, reply_id: UUID) -> None:
        await self._send(session_id, {"type": "ai_typing", "session_id": str(session_id), "reply_id": str(reply_id)})

    async def delta(self, tenant_id: UUID, session_id: UUID, reply_id: UUID, index: int, text: str) -> None:
        await self._send(session_id, {"type": "ai_delta", "session_id": str(session_id), "reply_id": str(reply_id),
                                      "index": index, "delta": text})

    async def finished(self, tenant_id: UUID, session_id: UUID, reply_id: UUID, ok: bool) -> None:
        await self._send(session_id, {"type": "ai_done", "session_id": str(session_id), "reply_id": str(reply_id), "ok": ok})

"""SQL adapter of the assistant's store: config, turn claims, FAQ cache, knowledge gaps, leads, credits.
A reply reads in one tenant unit of work (`reading`) and writes in one (`writing`); the other calls open
their own. RLS applies; visitor-written text is sealed. Sessions, messages and chatbots are read and
written through the conversations and chatbots services, never their tables."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import msgspec

from domain.assistant.events import LeadCaptured
from domain.assistant.model import AssistantConfig, CustomIntent
from domain.assistant.ports import ChatbotView, HistoryItem, Lead, SessionView, TurnClaim, UnansweredMessage
from domain.chatbots.model import Chatbot
from domain.chatbots.services import ChatbotService
from domain.conversations.services import ConversationService
from domain.errors import NotFound
from domain.ids import new_id
from domain.knowledge.services import knowledge_version
from domain.tenancy.services import TenancyService
from infrastructure.db.repository import open_optional, seal_optional


def _vector(values: list[float]) -> str:
    return "[" + ",".join(f"{v:.6g}" for v in values) + "]"


class SqlAssistantStore:
    def __init__(self, db, conversations: ConversationService, chatbots: ChatbotService) -> None:
        self.db = db
        self.conversations = conversations
        self.chatbots = chatbots

    @asynccontextmanager
    async def reading(self, tenant_id: UUID) -> AsyncIterator[ReplyReads]:
        async with self.db.unit_of_work(tenant_id) as uow:
            yield ReplyReads(uow, self.conversations, self.chatbots)

    @asynccontextmanager
    async def writing(self, tenant_id: UUID) -> AsyncIterator[ReplyWrites]:
        async with self.db.unit_of_work(tenant_id) as uow:
            yield ReplyWrites(uow, self.conversations)

    # --- config -------------------------------------------------------------------------------------

    async def chatbot_languages(self, tenant_id: UUID, chatbot_id: UUID) -> list[str] | None:
        bot = await self.chatbot(tenant_id, chatbot_id)
        return bot.languages if bot else None

    async def chatbot(self, tenant_id: UUID, chatbot_id: UUID) -> ChatbotView | None:
        async with self.db.unit_of_work(tenant_id) as uow:
            bot = await self.chatbots.find(uow, chatbot_id)
        return _chatbot_view(bot) if bot else None

    async def get_config(self, tenant_id: UUID, chatbot_id: UUID) -> AssistantConfig:
        async with self.reading(tenant_id) as reads:
            return await reads.config(chatbot_id)

    async def put_config(self, tenant_id: UUID, chatbot_id: UUID, config: AssistantConfig) -> None:
        async with self.db.unit_of_work(tenant_id) as uow:
            await uow.conn.execute(
                """INSERT INTO assistant_configs (chatbot_id, tenant_id, config) VALUES ($1, $2, $3)
                   ON CONFLICT (chatbot_id) DO UPDATE SET config = EXCLUDED.config, updated_at = now()""",
                chatbot_id, tenant_id, asdict(config),
            )

    # --- turns --------------------------------------------------------------------------------------

    async def claim_turn(self, tenant_id: UUID, message_id: UUID, session_id: UUID, chatbot_id: UUID | None,
                         lease_seconds: float, max_attempts: int, worker: bool) -> TurnClaim:
        """In process: the first claim wins. A worker: claims a turn nobody started, or takes over a
        running one whose lease expired (its process died), while attempts remain."""
        async with self.db.unit_of_work(tenant_id) as uow:
            attempt = await uow.conn.fetchval(
                """INSERT INTO assistant_turns (message_id, tenant_id, session_id, lease_until)
                   VALUES ($1, $2, $3, now() + make_interval(secs => $4)) ON CONFLICT (message_id) DO NOTHING
                   RETURNING attempts""",
                message_id, tenant_id, session_id, lease_seconds,
            )
            if attempt is not None:
                return TurnClaim(attempt=attempt, claimed=True)
            if not worker:
                return TurnClaim(attempt=0, claimed=False)
            attempt = await uow.conn.fetchval(
                """UPDATE assistant_turns SET attempts = attempts + 1, lease_until = now() + make_interval(secs => $2),
                          updated_at = now()
                   WHERE message_id = $1 AND status = 'running' AND lease_until < now() AND attempts < $3
                   RETURNING attempts""",
                message_id, lease_seconds, max_attempts,
            )
        return TurnClaim(attempt=attempt or 0, claimed=attempt is not None)

    async def finish_turn(self, tenant_id: UUID, message_id: UUID, status: str, analysis: dict[str, Any],
                          reply_seq: int | None, error: str | None) -> None:
        async with self.writing(tenant_id) as writes:
            await writes.finish_turn(message_id, status, analysis, reply_seq, error)

    async def turn(self, tenant_id: UUID, message_id: UUID) -> dict[str, Any] | None:
        async with self.db.unit_of_work(tenant_id) as uow:
            row = await uow.conn.fetchrow(
                "SELECT status, attempts, analysis, reply_seq, error FROM assistant_turns WHERE message_id = $1", message_id
            )
        return dict(row) if row else None

    async def unanswered_messages(self, after: UUID, before: UUID, max_attempts: int, limit: int) -> list[UnansweredMessage]:
        rows = await self.db.pool.fetch(
            "SELECT tenant_id, session_id, message_id, attempts FROM parley_unanswered_visitor_messages($1, $2, $3, $4)",
            after, before, max_attempts, limit,
        )
        return [UnansweredMessage(**dict(r)) for r in rows]

    async def session_analysis(self, tenant_id: UUID, session_id: UUID) -> dict[UUID, dict[str, Any]]:
        """Per visitor message of a session: its language, sentiment and intent."""
        async with self.db.unit_of_work(tenant_id) as uow:
            rows = await uow.conn.fetch(
                "SELECT message_id, analysis FROM assistant_turns WHERE session_id = $1", session_id
            )
        return {r["message_id"]: r["analysis"] for r in rows}

    # --- knowledge gaps and leads -----------------------------------------------------------------------

    async def record_gap(self, tenant_id: UUID, chatbot_id: UUID, session_id: UUID | None, question: str,
                         language: str, reason: str) -> None:
        async with self.writing(tenant_id) as writes:
            await writes.record_gap(chatbot_id, session_id, question, language, reason)

    async def list_gaps(self, tenant_id: UUID, chatbot_id: UUID, limit: int, before: UUID | None = None) -> list[dict[str, Any]]:
        async with self.db.unit_of_work(tenant_id) as uow:
            rows = await uow.conn.fetch(
                """SELECT id, session_id, question_ciphertext, language, reason, created_at FROM assistant_knowledge_gaps
                   WHERE chatbot_id = $1 AND ($3::uuid IS NULL OR id < $3) ORDER BY id DESC LIMIT $2""",
                chatbot_id, limit, before,
            )
            if not rows:
                return []
            c = await uow.cipher()
            return [
                {"id": r["id"], "session_id": r["session_id"], "language": r["language"], "reason": r["reason"],
                 "created_at": r["created_at"],
                 "question": c.decrypt(r["question_ciphertext"], "assistant_knowledge_gaps", "question", r["id"])}
                for r in rows
            ]

    async def add_lead(self, tenant_id: UUID, lead: Lead) -> UUID:
        lead_id = new_id()
        async with self.db.unit_of_work(tenant_id) as uow:
            c = await uow.cipher()

            def seal(value: str | None, column: str) -> bytes | None:
                return seal_optional(c, value, "assistant_leads", column, lead_id)

            await uow.conn.execute(
                """INSERT INTO assistant_leads (id, tenant_id, chatbot_id, session_id, name_ciphertext, email_ciphertext,
                       phone_ciphertext, note_ciphertext) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""",
                lead_id, tenant_id, lead.chatbot_id, lead.session_id, seal(lead.name, "name"), seal(lead.email, "email"),
                seal(lead.phone, "phone"), seal(lead.note, "note"),
            )
            uow.record(LeadCaptured(
                tenant_id=tenant_id, lead_id=lead_id, chatbot_id=lead.chatbot_id, conversation_id=lead.session_id,
                contact_name=lead.name, email=lead.email, phone=lead.phone, note=lead.note,
            ))
        return lead_id

    async def list_leads(self, tenant_id: UUID, chatbot_id: UUID, limit: int, before: UUID | None = None) -> list[dict[str, Any]]:
        async with self.db.unit_of_work(tenant_id) as uow:
            rows = await uow.conn.fetch(
                "SELECT * FROM assistant_leads WHERE chatbot_id = $1 AND ($3::uuid IS NULL OR id < $3) ORDER BY id DESC LIMIT $2",
                chatbot_id, limit, before,
            )
            if not rows:
                return []
            c = await uow.cipher()
            out = []
            for r in rows:
                def opened(column: str, row=r) -> str | None:
                    return open_optional(c, row[f"{column}_ciphertext"], "assistant_leads", column, row["id"])

                out.append({"id": r["id"], "session_id": r["session_id"], "name": opened("name"), "email": opened("email"),
                            "phone": opened("phone"), "note": opened("note"), "created_at": r["created_at"]})
            return out

    # --- credits ------------------------------------------------------------------------------------------

    async def charge(self, tenant_id: UUID, chatbot_id: UUID, message_id: UUID | None, provider: str, model: str,
                     input_tokens: int, output_tokens: int, credits: int) -> None:
        async with self.writing(tenant_id) as writes:
            await writes.charge(chatbot_id, message_id, provider, model, input_tokens, output_tokens, credits)

    async def credits_used(self, tenant_id: UUID, since: datetime) -> int:
        async with self.db.unit_of_work(tenant_id) as uow:
            used = await uow.conn.fetchval(
                "SELECT coalesce(sum(credits), 0) FROM assistant_credit_ledger WHERE created_at >= $1", since
            )
        return int(used)

    async def usage(self, tenant_id: UUID) -> dict[str, int]:
        async with self.db.unit_of_work(tenant_id) as uow:
            row = await uow.conn.fetchrow(
                """SELECT count(*) AS calls, coalesce(sum(input_tokens), 0) AS input_tokens,
                          coalesce(sum(output_tokens), 0) AS output_tokens, coalesce(sum(credits), 0) AS credits
                   FROM assistant_credit_ledger"""
            )
        return {k: int(v) for k, v in dict(row).items()}


def _chatbot_view(bot: Chatbot) -> ChatbotView:
    """The chatbot as the assistant sees it (with its decrypted provider key)."""
    ai = bot.ai_settings
    return ChatbotView(
        id=bot.id, name=bot.name, persona=bot.persona, instructions=bot.instructions, company=bot.company_profile.name,
        languages=list(bot.languages), provider=ai.provider, model=ai.model, base_url=ai.base_url,
        api_key=bot.provider_api_key, temperature=ai.temperature, max_tokens=ai.max_tokens, status=bot.status,
    )


class ReplyReads:
    """What a reply reads before its model call, all in one unit of work."""

    def __init__(self, uow, conversations: ConversationService, chatbots: ChatbotService) -> None:
        self.uow = uow
        self.conversations = conversations
        self.chatbots = chatbots

    async def conversation(self, session_id: UUID, history: int) -> tuple[SessionView, ChatbotView, list[HistoryItem]]:
        session, events = await self.conversations.recent_messages(self.uow, session_id, history * 2)
        bot = await self.chatbots.find(self.uow, session.chatbot_id)
        if bot is None:
            raise NotFound("chatbot not found")
        visitor = await self.conversations.find_visitor(self.uow, session.visitor_id)
        tz = (visitor.metadata or {}).get("time_zone") if visitor is not None else None
        return (
            SessionView(session.id, session.chatbot_id, session.visitor_id, session.status.value, session.language, session.context,
                        tz if isinstance(tz, str) else None),
            _chatbot_view(bot),
            [HistoryItem(seq=e.seq, id=e.id, sender=e.sender.value, content=e.content or "", kind=e.kind.value, data=e.data,
                         files=len(e.attachments))
             for e in events],
        )

    async def past_sessions(self, visitor_id: UUID, exclude: UUID, limit: int) -> list[HistoryItem]:
        events = await self.conversations.visitor_messages(self.uow, visitor_id, limit * 2)
        return [HistoryItem(seq=e.seq, id=e.id, sender=e.sender.value, content=e.content or "")
                for e in events if e.session_id != exclude][-limit:]

    async def config(self, chatbot_id: UUID) -> AssistantConfig:
        raw = await self.uow.conn.fetchval("SELECT config FROM assistant_configs WHERE chatbot_id = $1", chatbot_id)
        if not raw:
            return AssistantConfig()
        raw = dict(raw)
        intents = [CustomIntent(**ci) for ci in raw.pop("custom_intents", [])]
        known = {k: v for k, v in raw.items() if k in AssistantConfig.__dataclass_fields__}
        return AssistantConfig(**known, custom_intents=intents)

    async def knowledge_version(self, chatbot_id: UUID) -> str:
        return await knowledge_version(self.uow, chatbot_id)

    async def faq_lookup(self, chatbot_id: UUID, language: str, version: str, vector: list[float],
                         threshold: float) -> dict[str, Any] | None:
        if not any(vector):
            return None
        row = await self.uow.conn.fetchrow(
            """SELECT id, answer, citations, 1 - (embedding <=> $5::text::vector) AS similarity
               FROM assistant_faq_cache
               WHERE chatbot_id = $1 AND language = $2 AND knowledge_version = $3 AND vector_dims(embedding) = $4
               ORDER BY embedding <=> $5::text::vector LIMIT 1""",
            chatbot_id, language, version, len(vector), _vector(vector),
        )
        if row is None or row["similarity"] is None or math.isnan(row["similarity"]) or row["similarity"] < threshold:
            return None
        await self.uow.conn.execute("UPDATE assistant_faq_cache SET hits = hits + 1 WHERE id = $1", row["id"])
        return {"answer": row["answer"], "citations": row["citations"], "similarity": float(row["similarity"])}

    async def credits_left(self) -> int:
        month = datetime.now(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        allowance = await TenancyService.credit_allowance(self.uow)
        used = await self.uow.conn.fetchval(
            "SELECT coalesce(sum(credits), 0) FROM assistant_credit_ledger WHERE created_at >= $1", month
        )
        return allowance - int(used)


class ReplyWrites:
    """What a reply writes once its message is posted, all in one unit of work."""

    def __init__(self, uow, conversations: ConversationService) -> None:
        self.uow = uow
        self.conversations = conversations

    async def set_context(self, session_id: UUID, context: dict[str, Any]) -> None:
        await self.conversations.set_context(self.uow, session_id, context)

    async def finish_turn(self, message_id: UUID, status: str, analysis: dict[str, Any], reply_seq: int | None,
                          error: str | None) -> None:
        await self.uow.conn.execute(
            """UPDATE assistant_turns SET status = $2, analysis = $3, reply_seq = $4, error = $5, updated_at = now()
               WHERE message_id = $1""",
            message_id, status, analysis, reply_seq, error,
        )

    async def charge(self, chatbot_id: UUID, message_id: UUID | None, provider: str, model: str, input_tokens: int,
                     output_tokens: int, credits: int) -> None:
        await self.uow.conn.execute(
            """INSERT INTO assistant_credit_ledger (id, tenant_id, chatbot_id, message_id, provider, model,
                   input_tokens, output_tokens, credits) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""",
            new_id(), self.uow.tenant_id, chatbot_id, message_id, provider, model or "", input_tokens, output_tokens, credits,
        )

    async def record_gap(self, chatbot_id: UUID, session_id: UUID | None, question: str, language: str, reason: str) -> None:
        gap_id = new_id()
        c = await self.uow.cipher()
        await self.uow.conn.execute(
            """INSERT INTO assistant_knowledge_gaps (id, tenant_id, chatbot_id, session_id, question_ciphertext,
                   language, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)""",
            gap_id, self.uow.tenant_id, chatbot_id, session_id,
            c.encrypt(question[:2000], "assistant_knowledge_gaps", "question", gap_id), language, reason,
        )

    async def faq_store(self, chatbot_id: UUID, language: str, version: str, question: str, vector: list[float],
                        answer: str, citations: list[dict[str, Any]]) -> None:
        if not any(vector):
            return
        await self.uow.conn.execute(
            "DELETE FROM assistant_faq_cache WHERE chatbot_id = $1 AND knowledge_version <> $2", chatbot_id, version
        )
        await self.uow.conn.execute(
            """INSERT INTO assistant_faq_cache (id, tenant_id, chatbot_id, language, knowledge_version, embedding,
                   answer, citations) VALUES ($1, $2, $3, $4, $5, $6::text::vector, $7, $8)""",
            new_id(), self.uow.tenant_id, chatbot_id, language, version, _vector(vector), answer, citations,
        )


_ = msgspec  # jsonb codec is registered on the pool (msgspec)

"""The assistant context: the reply pipeline (offline NLP, the chatbot's model, tools) and its triggers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from uuid import UUID

from arq import cron

from domain.assistant.services import AssistantPolicy, AssistantService
from infrastructure.assistant.gateways import ConversationsGateway, HashingQueryEmbedder, KnowledgeRetriever, RealtimeReplySink
from infrastructure.assistant.runner import ArqReplyScheduler, ReplyRunner
from infrastructure.assistant.store import SqlAssistantStore
from infrastructure.contexts import Context
from infrastructure.llm.factory import LanguageModelFactory
from infrastructure.nlp.intents import ExampleIntentClassifier
from infrastructure.nlp.language import LinguaDetector
from infrastructure.nlp.sentiment import MultilingualSentiment

if TYPE_CHECKING:
    from infrastructure.container import Container


async def wire(container: Container) -> None:
    """The reply pipeline, and its trigger on every stored visitor message."""
    s = container.settings
    store = SqlAssistantStore(container.db, container.conversations, container.chatbots)
    assistant = AssistantService(
        conversations=ConversationsGateway(container.conversations),
        store=store,
        models=LanguageModelFactory(container.outbound, s.anthropic_api_key, s.openai_api_key, timeout=s.llm_timeout_seconds),
        detector=LinguaDetector(),
        sentiment=MultilingualSentiment(),
        intents=ExampleIntentClassifier(),
        retriever=KnowledgeRetriever(container.knowledge),
        embedder=HashingQueryEmbedder(),
        sink=RealtimeReplySink(container.publisher),
        scheduler=ArqReplyScheduler(container.redis),
        policy=AssistantPolicy(orphan_after_seconds=s.assistant_orphan_after_seconds),
    )
    runner = ReplyRunner(assistant)
    runner.enabled = s.assistant_autoreply
    container.conversations.on_visitor_message(runner.on_visitor_message)
    container.provide("assistant", assistant)
    container.provide("assistant_store", store)
    container.provide("assistant_runner", runner)


async def close(container: Container) -> None:
    await container.assistant_runner.drain(5.0)  # replies in flight finish (the worker regenerates any cut off)


async def sweep_unanswered_messages(ctx: dict) -> int:
    """Queue a reply for every visitor message left unanswered by a process that died (see ARCHITECTURE.md)."""
    container: Container = ctx["container"]
    if not container.settings.assistant_autoreply:
        return 0
    return await container.assistant.sweep_unanswered(datetime.now(UTC))


async def assistant_reply(ctx: dict, tenant_id: str, session_id: str, message_id: str) -> str:
    """A visitor message's reply, regenerated: nothing if another attempt owns or finished its turn."""
    container: Container = ctx["container"]
    data = await container.assistant.reply(UUID(tenant_id), UUID(session_id), UUID(message_id), worker=True)
    return "regenerated" if data is not None else "skipped"


CONTEXT = Context(
    name="assistant",
    wire=wire,
    close=close,
    jobs=(assistant_reply,),
    # at start-up too: what a crash left unanswered is answered as soon as a worker is back
    cron_jobs=(cron(sweep_unanswered_messages, second={0, 20, 40}, run_at_startup=True),),
)

"""The knowledge context: sources (files, web pages, Q&A), their chunks and embeddings, and search."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from arq import cron

from domain.knowledge.services import KnowledgeService
from infrastructure.contexts import Context
from infrastructure.embeddings.factory import Embedders
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.knowledge.extraction import FileExtractor
from infrastructure.knowledge.repositories import ChunkRepo, DocumentRepo, KnowledgeSettingsRepo, SourceRepo
from infrastructure.knowledge.web import WebLoader

if TYPE_CHECKING:
    from infrastructure.container import Container


async def wire(container: Container) -> None:
    container.provide(
        "knowledge",
        KnowledgeService(
            uow=container.db.unit_of_work,
            embedders=Embedders(
                transport=container.outbound.transport(), local_threads=container.settings.local_model_threads or None
            ),
            extractor=FileExtractor(),
            web=WebLoader(policy=container.outbound, delay_seconds=container.settings.crawl_delay_seconds),
            jobs=ArqJobQueue(container.redis),
        ),
    )


async def ingest_source(ctx: dict, tenant_id: str, source_id: str) -> str | None:
    """Load, extract, chunk and embed one knowledge source (new, re-synced or scheduled)."""
    container: Container = ctx["container"]
    source = await container.knowledge.ingest(UUID(tenant_id), UUID(source_id))
    return source.status if source else None


async def reembed_chatbot(ctx: dict, tenant_id: str, chatbot_id: str) -> int:
    """Re-embed a chatbot's chunks after its embedder changed."""
    container: Container = ctx["container"]
    return await container.knowledge.reembed(UUID(tenant_id), UUID(chatbot_id))


async def resync_due_knowledge(ctx: dict) -> int:
    """Queue every knowledge source whose scheduled re-sync interval has passed."""
    container: Container = ctx["container"]
    return await container.knowledge.enqueue_due_resyncs(container.db)


CONTEXT = Context(
    name="knowledge",
    repositories={
        "knowledge_settings": KnowledgeSettingsRepo,
        "knowledge_sources": SourceRepo,
        "knowledge_documents": DocumentRepo,
        "knowledge_chunks": ChunkRepo,
    },
    wire=wire,
    jobs=(ingest_source, reembed_chatbot, resync_due_knowledge),
    cron_jobs=(cron(resync_due_knowledge, minute=set(range(0, 60, 5)), run_at_startup=False),),
)

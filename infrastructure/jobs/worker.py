"""arq worker: a driving adapter. Jobs load the container and call the same services as the API."""

from __future__ import annotations

from uuid import UUID

from arq import cron
from arq.connections import RedisSettings

from infrastructure.container import Container
from infrastructure.jobs.queue import WORKER_MAX_JOBS
from infrastructure.logging import configure_logging
from infrastructure.settings import load_settings

_settings = load_settings()


async def startup(ctx: dict) -> None:
    configure_logging(_settings.log_level)
    ctx["container"] = await Container.start(_settings)


async def shutdown(ctx: dict) -> None:
    await ctx["container"].close()


async def purge_expired_credentials(ctx: dict) -> int:
    """Delete refresh tokens and invitations that expired more than a week ago."""
    container: Container = ctx["container"]
    return await container.db.pool.fetchval("SELECT parley_purge_expired_credentials()")


async def sweep_outbox(ctx: dict) -> int:
    """Dispatch outbox rows whose unit of work committed but never dispatched them (its process died)."""
    container: Container = ctx["container"]
    return await container.db.outbox.sweep()  # type: ignore[union-attr]


async def purge_dispatched_outbox(ctx: dict) -> int:
    container: Container = ctx["container"]
    return await container.db.outbox.purge()  # type: ignore[union-attr]


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


async def assistant_reply(ctx: dict, tenant_id: str, session_id: str, message_id: str) -> str:
    """Fallback for a visitor message's reply: nothing if it was answered, else regenerate it (once)."""
    from infrastructure.assistant.runner import run_fallback

    container: Container = ctx["container"]
    return await run_fallback(container.assistant, container.assistant_store, UUID(tenant_id), UUID(session_id), UUID(message_id))


class WorkerSettings:
    functions = [purge_expired_credentials, ingest_source, reembed_chatbot, resync_due_knowledge, assistant_reply]
    cron_jobs = [
        cron(purge_expired_credentials, minute=17, run_at_startup=False),
        cron(sweep_outbox, second={0, 15, 30, 45}, run_at_startup=True),
        cron(purge_dispatched_outbox, minute=41, run_at_startup=False),
        cron(resync_due_knowledge, minute=set(range(0, 60, 5)), run_at_startup=False),
    ]
    max_jobs = WORKER_MAX_JOBS
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(_settings.redis_url) if _settings.redis_url else RedisSettings()

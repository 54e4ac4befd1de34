"""arq worker: a driving adapter. Jobs load the container and call the same services as the API.

Run it with `python -m infrastructure.jobs.worker` (what `parley up` does): that worker waits Redis
outages out. `arq infrastructure.jobs.worker.WorkerSettings` runs the same jobs on arq's stock worker."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from uuid import UUID

import structlog
from arq import cron, func
from arq.connections import ArqRedis, RedisSettings
from arq.worker import Worker, get_kwargs

from infrastructure.container import Container
from infrastructure.jobs.queue import WORKER_MAX_JOBS
from infrastructure.logging import configure_logging
from infrastructure.redis_client import REDIS_UNAVAILABLE, Backoff, connect
from infrastructure.settings import load_settings

_settings = load_settings()
log = structlog.get_logger(__name__)


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


async def email_transcript(ctx: dict, tenant_id: str, session_id: str, address: str) -> None:
    """Send a visitor the transcript they asked for (over the configured SMTP server)."""
    container: Container = ctx["container"]
    await container.transcript_emails.send(UUID(tenant_id), UUID(session_id), address)


async def deliver_webhook(ctx: dict, tenant_id: str, delivery_id: str, endpoint_id: str) -> str:
    """One attempt of a webhook delivery; the next one (if any) is scheduled by the attempt itself."""
    container: Container = ctx["container"]
    return await container.webhook_deliverer.deliver(UUID(tenant_id), UUID(delivery_id), UUID(endpoint_id))


class WorkerSettings:
    functions = [
        purge_expired_credentials, ingest_source, reembed_chatbot, resync_due_knowledge, assistant_reply,
        func(email_transcript, keep_result=0),  # its arguments hold an e-mail address: keep no result record
        func(deliver_webhook, keep_result=0, timeout=60),  # a worker killed mid-post: arq runs it again after the timeout
    ]
    cron_jobs = [
        cron(purge_expired_credentials, minute=17, run_at_startup=False),
        cron(sweep_outbox, second={0, 15, 30, 45}, run_at_startup=True),
        cron(purge_dispatched_outbox, minute=41, run_at_startup=False),
        cron(resync_due_knowledge, minute=set(range(0, 60, 5)), run_at_startup=False),
        # at start-up too: what a crash left unanswered is answered as soon as a worker is back
        cron(sweep_unanswered_messages, second={0, 20, 40}, run_at_startup=True),
    ]
    max_jobs = WORKER_MAX_JOBS
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(_settings.redis_url) if _settings.redis_url else RedisSettings()


class ResilientWorker(Worker):
    """arq's worker ends on the first Redis error of its poll loop (arq retries only while connecting
    at start-up), which took every queued job down with Redis. This one logs, backs off and polls
    again; jobs in flight carry on, and arq re-runs any whose result it could not record."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._redis_backoff = Backoff(cap=10.0)
        self._redis_away = False

    async def _poll_iteration(self) -> None:
        try:
            await super()._poll_iteration()
        except REDIS_UNAVAILABLE as exc:
            delay = self._redis_backoff.next_delay()
            log.warning("worker waiting for redis", error=type(exc).__name__, retry_in=round(delay, 2))
            self._redis_away = True
            await asyncio.sleep(delay)
            return
        if self._redis_away:
            log.info("worker reconnected to redis")
            self._redis_away = False
            self._redis_backoff.reset()


def main() -> None:
    # The app's Redis client (socket timeouts, reconnects) instead of arq's pool without read timeouts.
    pool = ArqRedis(pool_or_conn=connect(_settings.redis_url).connection_pool) if _settings.redis_url else None
    ResilientWorker(**get_kwargs(WorkerSettings), redis_pool=pool).run()


if __name__ == "__main__":
    main()

"""Runs replies: when a visitor message is stored, the reply starts at once in this process (lowest
latency, streamed), and a worker job is queued to run a little later; the job does nothing if the reply
happened, and regenerates it (once) if this process died mid-reply."""

from __future__ import annotations

import asyncio
import logging
from uuid import UUID

from arq.connections import ArqRedis

from domain.assistant.services import AssistantService
from domain.conversations.model import EventKind, Sender, SessionEvent

log = logging.getLogger("parley.assistant")


class ArqReplyScheduler:
    def __init__(self, redis) -> None:
        self._arq = ArqRedis(pool_or_conn=redis.connection_pool)

    async def schedule_fallback(self, tenant_id: UUID, session_id: UUID, message_id: UUID, delay_seconds: float) -> None:
        await self._arq.enqueue_job(
            "assistant_reply", tenant_id=str(tenant_id), session_id=str(session_id), message_id=str(message_id),
            _job_id=f"reply:{message_id}", _defer_by=delay_seconds,
        )


class ReplyRunner:
    def __init__(self, service: AssistantService, scheduler: ArqReplyScheduler | None) -> None:
        self.service = service
        self.scheduler = scheduler
        self.enabled = True
        self.tasks: set[asyncio.Task] = set()

    async def on_visitor_message(self, tenant_id: UUID, event: SessionEvent) -> None:
        """The conversations hook: called after a new visitor message is durable and published."""
        if not self.enabled or event.sender is not Sender.customer or event.kind is not EventKind.message:
            return
        if event.attachments and not (event.content or "").strip():  # only files: nothing for the AI to read
            return
        # Nothing awaited here: the visitor's ack must not wait for the reply machinery.
        task = asyncio.create_task(self._run(tenant_id, event))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _run(self, tenant_id: UUID, event: SessionEvent) -> None:
        if self.scheduler is not None:
            try:
                await self.scheduler.schedule_fallback(
                    tenant_id, event.session_id, event.id, self.service.policy.fallback_delay_seconds
                )
            except Exception as exc:  # noqa: BLE001 - the in-process reply still runs
                log.warning("could not queue the reply fallback", extra={"session_id": str(event.session_id), "error": repr(exc)})
        await self.service.reply(tenant_id, event.session_id, event.id)

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait for replies in flight (tests, graceful shutdown)."""
        if self.tasks:
            await asyncio.wait(list(self.tasks), timeout=timeout)


async def run_fallback(service: AssistantService, store, tenant_id: UUID, session_id: UUID, message_id: UUID) -> str:
    """The worker's side: nothing to do if the reply is done; wait out a live lease; else regenerate."""
    state = await store.turn_state(tenant_id, message_id)
    if state is not None and state[0] != "running":
        return state[0]
    if state is not None and state[1] > 0:
        from arq import Retry

        raise Retry(defer=state[1] + 1)
    data = await service.reply(tenant_id, session_id, message_id, worker=True)
    return "regenerated" if data is not None else "skipped"

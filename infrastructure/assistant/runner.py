"""Runs replies: when a visitor message is stored, the reply starts at once in this process (lowest
latency, streamed). A process can die between the ack and the reply, or mid-reply; the worker's sweep
(`AssistantService.sweep_unanswered`) then finds the message in PostgreSQL and queues an `assistant_reply`
job through ArqReplyScheduler."""

from __future__ import annotations

import asyncio
from uuid import UUID

from arq.connections import ArqRedis

from domain.assistant.ports import UnansweredMessage
from domain.assistant.services import AssistantService
from domain.background import drain_tasks
from domain.conversations.model import EventKind, Sender, SessionEvent


class ArqReplyScheduler:
    def __init__(self, redis) -> None:
        self._arq = ArqRedis(pool_or_conn=redis.connection_pool)

    async def schedule_reply(self, message: UnansweredMessage) -> None:
        # One job id per attempt: a sweep that finds the message again before the job ran queues nothing more
        # (arq keeps the id while the job waits and its result for an hour after).
        await self._arq.enqueue_job(
            "assistant_reply", tenant_id=str(message.tenant_id), session_id=str(message.session_id),
            message_id=str(message.message_id), _job_id=f"reply:{message.message_id}:{message.attempts}",
        )


class ReplyRunner:
    def __init__(self, service: AssistantService) -> None:
        self.service = service
        self.enabled = True
        self.tasks: set[asyncio.Task] = set()

    async def on_visitor_message(self, tenant_id: UUID, event: SessionEvent) -> None:
        """The conversations hook: called after a new visitor message is durable and published."""
        if not self.enabled or event.sender is not Sender.customer or event.kind is not EventKind.message:
            return
        # Nothing awaited here: the visitor's ack must not wait for the reply machinery.
        task = asyncio.create_task(self.service.reply(tenant_id, event.session_id, event.id))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait for replies in flight (tests, graceful shutdown)."""
        await drain_tasks(self.tasks, timeout)

"""The outbox subscriber that folds events into analytics.

Chat messages (message.created) are the bulk: the dispatcher delivers them one by one right after the chat
batch's commit, before the senders are acknowledged, so a database write per message would lengthen every
ack. They are queued in the process instead and folded shortly after, a workspace's queue in one transaction.
A process that dies with messages queued loses their live counts until the conversation ends: its close (or the
quiet sweep, or the backfill) rebuilds the conversation from its stored log. Every other event is folded
before the subscriber returns (a failure leaves it to the outbox sweeper: at least once, deduplicated by id)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from uuid import UUID

import structlog
from prometheus_client import Counter, Gauge

from domain.analytics.folding import HANDLERS
from domain.conversations.events import MessageCreated
from domain.events import DomainEvent, event_class
from infrastructure.outbox.bus import EventBus

log = structlog.get_logger(__name__)

Record = Callable[[UUID, list[DomainEvent]], Awaitable[int]]

FOLDED = Counter("parley_analytics_events_folded", "Domain events folded into analytics (new ones; repeats not counted)")
FAILED = Counter("parley_analytics_fold_failures", "Batches of chat-message events analytics gave up on (rebuilt at close)")
QUEUED = Gauge("parley_analytics_queued_messages", "Chat-message events waiting in this process to be folded")


class AnalyticsSubscriber:
    def __init__(self, record: Record, delay: float = 0.05, retries: int = 3) -> None:
        self.record = record
        self.delay = delay  # lets the rest of a burst join the queue
        self.retries = retries
        self._pending: dict[UUID, list[DomainEvent]] = {}
        self._task: asyncio.Task[None] | None = None
        self.subscribed: list[str] = []
        self.message_events = True  # ask the conversations service to record chat messages as events

    async def wants(self, _tenant_id: UUID, name: str) -> bool:
        """The conversations service's question: does anything listen to `name` events in this workspace?"""
        return self.message_events and name == MessageCreated.name

    def subscribe_to(self, bus: EventBus) -> None:
        """Every event type analytics has a handler for and this process knows (contexts added later, such as
        payments and scheduling, are picked up when their event classes exist)."""
        for name in sorted(HANDLERS):
            event_type = event_class(name, 1)
            if event_type is not None:
                bus.subscribe(event_type, self)
                self.subscribed.append(name)

    async def __call__(self, event: DomainEvent) -> None:
        if event.name == MessageCreated.name:
            self._pending.setdefault(event.tenant_id, []).append(event)
            QUEUED.inc()
            if self._task is None or self._task.done():
                self._task = asyncio.create_task(self._drain())
            return
        await self.flush(event.tenant_id)  # the workspace's queued messages first: they happened before
        FOLDED.inc(await self.record(event.tenant_id, [event]))

    async def _drain(self) -> None:
        await asyncio.sleep(self.delay)
        while self._pending:
            tenant_id = next(iter(self._pending))
            await self._fold(tenant_id, self._pending.pop(tenant_id))

    async def _fold(self, tenant_id: UUID, events: list[DomainEvent]) -> None:
        QUEUED.dec(len(events))
        for attempt in range(1, self.retries + 1):
            try:
                FOLDED.inc(await self.record(tenant_id, events))
                return
            except Exception:
                if attempt == self.retries:
                    FAILED.inc()
                    log.exception("analytics.fold_failed", tenant_id=str(tenant_id), events=len(events))
                    return
                await asyncio.sleep(0.1 * 2**attempt)

    async def flush(self, tenant_id: UUID | None = None) -> None:
        """Fold what is queued now (one workspace's, or all), and wait for a fold already under way."""
        tenants = [tenant_id] if tenant_id is not None else list(self._pending)
        for t in tenants:
            events = self._pending.pop(t, None)
            if events:
                await self._fold(t, events)
        task = self._task
        if task is not None and not task.done() and task is not asyncio.current_task():
            with contextlib.suppress(Exception):
                await asyncio.shield(task)

    async def close(self) -> None:
        await self.flush()
        if self._task is not None:
            with contextlib.suppress(Exception):
                await self._task

"""The outbox subscriber that turns each catalogue event into deliveries: one row per matching endpoint (unique by
endpoint and event id, so a redelivered event adds none), made by one INSERT ... SELECT over the workspace's enabled
endpoints, which wakes their delivery loops at commit (NOTIFY). Nothing goes through arq.

Events dispatched at the same time for one workspace share that statement (group commit): each call waits for the
batch holding its event to commit, so the outbox marks an event dispatched only once its deliveries exist."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING
from uuid import UUID

import structlog

from domain.events import DomainEvent
from domain.webhooks.catalogue import CATALOGUE, WebhookTest, webhook_body
from infrastructure.outbox.bus import EventBus
from infrastructure.webhooks.subscriptions import SubscriptionCache

if TYPE_CHECKING:
    from infrastructure.db.database import Database

log = structlog.get_logger(__name__)

MAX_BATCH = 500  # events per statement

_Item = tuple[UUID, str, UUID | None, bytes]


class WebhookFanOut:
    def __init__(self, db: Database, subscriptions: SubscriptionCache) -> None:
        self.db = db
        self.subscriptions = subscriptions
        self._waiting: dict[UUID, list[tuple[_Item, asyncio.Future[None]]]] = {}
        self._writers: dict[UUID, asyncio.Task[None]] = {}

    def subscribe_to(self, bus: EventBus) -> None:
        for event_type in CATALOGUE.values():
            if event_type is not WebhookTest:  # sent to one endpoint by the service itself
                bus.subscribe(event_type, self)

    async def __call__(self, event: DomainEvent) -> None:
        if not await self.subscriptions.wants(event.tenant_id, event.name):
            return
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        item = (event.id, event.name, getattr(event, "chatbot_id", None), webhook_body(event))
        self._waiting.setdefault(event.tenant_id, []).append((item, done))
        if event.tenant_id not in self._writers:
            writer = asyncio.create_task(self._write(event.tenant_id))
            self._writers[event.tenant_id] = writer
        await asyncio.shield(done)  # a cancelled caller does not fail the others' batch

    async def _write(self, tenant_id: UUID) -> None:
        """Writes the workspace's waiting events, batch after batch, until none wait."""
        try:
            while waiting := self._waiting.pop(tenant_id, None):
                if len(waiting) > MAX_BATCH:
                    waiting, rest = waiting[:MAX_BATCH], waiting[MAX_BATCH:]
                    self._waiting[tenant_id] = rest + self._waiting.get(tenant_id, [])
                try:
                    async with self.db.unit_of_work(tenant_id) as uow:
                        await uow.webhooks.fan_out([item for item, _ in waiting])
                except BaseException as exc:
                    for _, done in waiting:
                        if not done.done():
                            done.set_exception(exc if isinstance(exc, Exception) else RuntimeError("fan-out cancelled"))
                    if not isinstance(exc, Exception):
                        raise
                else:
                    for _, done in waiting:
                        if not done.done():
                            done.set_result(None)
        finally:
            self._writers.pop(tenant_id, None)
            for _, done in self._waiting.pop(tenant_id, []):  # only if the writer itself was cancelled
                if not done.done():
                    done.set_exception(RuntimeError("fan-out stopped"))

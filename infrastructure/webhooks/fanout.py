"""The outbox subscriber that turns each catalogue event into deliveries: one row per matching endpoint
(unique by endpoint and event id, so a redelivered event adds none) and one delivery job per row."""

from __future__ import annotations

from typing import TYPE_CHECKING

import structlog

from domain.events import DomainEvent
from domain.webhooks.catalogue import CATALOGUE, WebhookTest, webhook_body
from domain.webhooks.services import delivery_job, delivery_job_id
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.outbox.bus import EventBus
from infrastructure.webhooks.subscriptions import SubscriptionCache

if TYPE_CHECKING:
    from infrastructure.db.database import Database

log = structlog.get_logger(__name__)


class WebhookFanOut:
    def __init__(self, db: Database, queue: ArqJobQueue, subscriptions: SubscriptionCache) -> None:
        self.db = db
        self.queue = queue
        self.subscriptions = subscriptions

    def subscribe_to(self, bus: EventBus) -> None:
        for event_type in CATALOGUE.values():
            if event_type is not WebhookTest:  # sent to one endpoint by the service itself
                bus.subscribe(event_type, self)

    async def __call__(self, event: DomainEvent) -> None:
        if not await self.subscriptions.wants(event.tenant_id, event.name):
            return
        chatbot_id = getattr(event, "chatbot_id", None)
        async with self.db.unit_of_work(event.tenant_id) as uow:
            endpoints = [e.id for e in await uow.webhooks.enabled() if e.wants(event.name, chatbot_id)]
            if not endpoints:
                return
            waiting = await uow.webhooks.add_deliveries(event.id, event.name, webhook_body(event), endpoints)
        # Straight to arq, not through the outbox: this runs after the event's commit and raises if Redis
        # fails, so the event stays undispatched and the sweeper brings it back; arq drops a repeated job id.
        for delivery_id, endpoint_id in waiting:
            await self.queue.enqueue(*delivery_job(event.tenant_id, delivery_id, endpoint_id), job_id=delivery_job_id(delivery_id, 0))

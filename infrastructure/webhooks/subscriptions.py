"""Which event types each workspace's enabled endpoints listen to, cached per process for a few seconds.

Chat messages become events only for workspaces whose webhooks want them, and this answer is asked once
per group-committed batch: a workspace without webhooks costs one query per TTL, not one per batch.
Changes made in this process are seen at once (`forget`); other processes see them within the TTL."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING
from uuid import UUID

from domain.webhooks.model import WebhookEndpoint

if TYPE_CHECKING:
    from infrastructure.db.database import Database

TTL_SECONDS = 5.0


class SubscriptionCache:
    def __init__(self, db: Database, ttl: float = TTL_SECONDS, capacity: int = 10_000) -> None:
        self.db = db
        self.ttl = ttl
        self.capacity = capacity
        self._cache: dict[UUID, tuple[float, list[WebhookEndpoint]]] = {}

    async def endpoints(self, tenant_id: UUID) -> list[WebhookEndpoint]:
        cached = self._cache.get(tenant_id)
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        async with self.db.unit_of_work(tenant_id) as uow:
            endpoints = await uow.webhooks.enabled()
        if len(self._cache) >= self.capacity:
            self._cache.clear()
        self._cache[tenant_id] = (time.monotonic() + self.ttl, endpoints)
        return endpoints

    async def wants(self, tenant_id: UUID, event_type: str) -> bool:
        return any(e.wants(event_type, None) for e in await self.endpoints(tenant_id))

    def forget(self, tenant_id: UUID) -> None:
        self._cache.pop(tenant_id, None)

"""Enqueue arq jobs from services (the knowledge context's JobQueue port), on the app's Redis."""

from __future__ import annotations

import redis.asyncio as aioredis
from arq.connections import ArqRedis


class ArqJobQueue:
    def __init__(self, redis: aioredis.Redis) -> None:
        self._arq = ArqRedis(pool_or_conn=redis.connection_pool)

    async def enqueue(self, function: str, *, job_id: str | None = None, **kwargs: object) -> None:
        await self._arq.enqueue_job(function, _job_id=job_id, **kwargs)

    async def queued(self) -> list:
        """Jobs waiting in the queue (for operations and tests)."""
        return await self._arq.queued_jobs()

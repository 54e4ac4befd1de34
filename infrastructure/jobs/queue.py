"""Enqueue arq jobs from services (the knowledge context's JobQueue port), on the app's Redis."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import redis.asyncio as aioredis
from arq.connections import ArqRedis

# Jobs one worker process runs at once. Ingestion waits on PostgreSQL about two thirds of its time,
# so several jobs in flight keep both the worker's and the database's CPU busy.
WORKER_MAX_JOBS = 10


class ArqJobQueue:
    def __init__(self, redis: aioredis.Redis) -> None:
        self._arq = ArqRedis(pool_or_conn=redis.connection_pool)

    async def enqueue(
        self, function: str, *args: object, job_id: str | None = None, defer_until: datetime | None = None, **kwargs: object
    ) -> None:
        options: dict[str, Any] = kwargs  # the job's own keyword arguments, passed through to it
        await self._arq.enqueue_job(function, *args, _job_id=job_id, _defer_until=defer_until, **options)

    async def queued(self) -> list:
        """Jobs waiting in the queue (for operations and tests)."""
        return await self._arq.queued_jobs()

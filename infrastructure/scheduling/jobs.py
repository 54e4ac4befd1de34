"""Takes deferred arq jobs (a booking's reminders) off the queue when the booking is cancelled or moved.
(The reminder job also checks the booking itself: a job already taken by a worker finds it cancelled.)"""

from __future__ import annotations

from collections.abc import Sequence

import redis.asyncio as aioredis
from arq.constants import default_queue_name, job_key_prefix


class ArqJobCanceller:
    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def cancel(self, job_ids: Sequence[str]) -> None:
        if not job_ids:
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zrem(default_queue_name, *job_ids)
            pipe.delete(*(job_key_prefix + j for j in job_ids))
            await pipe.execute()

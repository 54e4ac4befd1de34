"""A Redis connection lost while arq claims a job (its WATCH) must not cost the worker a job slot:
arq took the slot first and gave it back only on the outcomes it expected, so each such error left
the worker able to run one job fewer, until it ran none."""

from __future__ import annotations

import asyncio
import base64
import os
import uuid

from arq.connections import ArqRedis
from arq.worker import func
from redis.exceptions import ConnectionError as RedisConnectionError


async def test_a_connection_lost_while_claiming_a_job_gives_its_slot_back(services, monkeypatch):
    # The worker module reads the install's settings when imported.
    monkeypatch.setenv("PARLEY_SECRET_KEY", base64.b64encode(os.urandom(32)).decode())
    monkeypatch.setenv("PARLEY_MASTER_KEY", base64.b64encode(os.urandom(32)).decode())
    from infrastructure.jobs.worker import ResilientWorker

    ran: list[str] = []

    async def remember(ctx, value: str) -> None:
        ran.append(value)

    pool = ArqRedis.from_url(services.redis_url)
    queue = f"slots-{uuid.uuid4().hex}"
    worker = ResilientWorker(functions=[func(remember, name="remember")], redis_pool=pool, queue_name=queue,
                             max_jobs=2, poll_delay=0.01, handle_signals=False)
    real_pipeline = pool.pipeline
    failures = {"left": 0}

    def pipeline_losing_its_connection(*args, **kwargs):
        pipe = real_pipeline(*args, **kwargs)
        if failures["left"] > 0:
            failures["left"] -= 1

            async def watch(*keys):
                raise RedisConnectionError("connection lost during WATCH")

            pipe.watch = watch
        return pipe

    pool.pipeline = pipeline_losing_its_connection  # type: ignore[method-assign]
    try:
        await pool.enqueue_job("remember", "first", _queue_name=queue)
        await pool.enqueue_job("remember", "second", _queue_name=queue)
        failures["left"] = 5  # the worker's next five claims lose their connection
        free_slots = worker.sem._value
        running = asyncio.create_task(worker.async_run())
        for _ in range(400):
            if len(ran) == 2:
                break
            await asyncio.sleep(0.025)
        assert failures["left"] == 0  # every injected loss happened
        assert sorted(ran) == ["first", "second"]
        # Both slots are free again: none was kept by the failed claims.
        await asyncio.sleep(0.1)
        assert worker.job_counter == 0
        assert worker.sem._value == free_slots
        running.cancel()
    finally:
        await worker.close()
        await pool.aclose()

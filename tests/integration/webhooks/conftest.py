"""Webhook fixtures: a partner's receiver on 127.0.0.1, private addresses allowed for it, and an arq
worker running in this process (the deliveries are arq jobs, as `./just up` runs them)."""

from __future__ import annotations

import asyncio
import importlib
import sys
from contextlib import suppress

import pytest
from arq.connections import ArqRedis
from arq.worker import Worker

from infrastructure.settings import generate_key
from tests.integration.webhooks.receiver import Receiver


@pytest.fixture(scope="module")
async def receiver():
    r = await Receiver().start()
    yield r
    await r.stop()


@pytest.fixture
def private_urls(container):
    container.outbound.allow_private = True  # the receiver is on 127.0.0.1
    yield
    container.outbound.allow_private = False


@pytest.fixture
async def worker(container, monkeypatch, private_urls):
    monkeypatch.setenv("PARLEY_SECRET_KEY", generate_key())
    monkeypatch.setenv("PARLEY_MASTER_KEY", generate_key())
    sys.modules.pop("infrastructure.jobs.worker", None)
    module = importlib.import_module("infrastructure.jobs.worker")
    await container.redis.delete("arq:queue")  # other tests' jobs are theirs to run
    w = Worker(
        functions=module.WorkerSettings.functions,
        redis_pool=ArqRedis(pool_or_conn=container.redis.connection_pool),
        ctx={"container": container},
        poll_delay=0.02,
        handle_signals=False,
        max_jobs=module.WorkerSettings.max_jobs,
    )
    task = asyncio.create_task(w.main())
    yield w
    task.cancel()
    with suppress(asyncio.CancelledError, Exception):
        await task


async def eventually(check, timeout: float = 15.0, interval: float = 0.05):
    """Waits until `check()` is truthy (and returns it) or fails after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not true within {timeout} s")
        await asyncio.sleep(interval)

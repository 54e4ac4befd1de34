"""Webhook fixtures: a partner's receiver on 127.0.0.1, private addresses allowed for it, and an arq
worker running in this process (the deliveries are arq jobs, as `./just up` runs them)."""

from __future__ import annotations

import asyncio

import pytest

from tests.integration.inprocess_worker import in_process_worker
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
    async with in_process_worker(container, monkeypatch) as w:
        yield w


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

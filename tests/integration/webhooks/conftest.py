"""Webhook fixtures: a partner's receiver on 127.0.0.1, private addresses allowed for it, and an arq
worker running in this process (the deliveries are arq jobs, as `./just up` runs them)."""

from __future__ import annotations

import pytest

from tests.integration.inprocess_worker import in_process_worker
from tests.integration.polling import eventually  # noqa: F401 - the webhook tests import it from here
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



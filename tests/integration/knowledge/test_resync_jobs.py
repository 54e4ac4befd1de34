"""Re-syncs go through the arq queue as `./just up` runs them: each one must reach the worker."""

from __future__ import annotations

import importlib
import sys

from arq.connections import ArqRedis
from arq.worker import Worker

from infrastructure.settings import generate_key
from tests.integration.knowledge.conftest import kb


async def run_queued_jobs(container, worker_module) -> None:
    """An arq worker in burst mode on the app's Redis: runs what is queued, then stops."""
    worker = Worker(
        functions=worker_module.WorkerSettings.functions,
        redis_pool=ArqRedis(pool_or_conn=container.redis.connection_pool),
        ctx={"container": container},
        burst=True,
        poll_delay=0.05,
        handle_signals=False,
    )
    await worker.main()


async def test_two_consecutive_resyncs_both_complete(client, container, tenant, chatbot, monkeypatch):
    monkeypatch.setenv("PARLEY_SECRET_KEY", generate_key())
    monkeypatch.setenv("PARLEY_MASTER_KEY", generate_key())
    sys.modules.pop("infrastructure.jobs.worker", None)
    worker_module = importlib.import_module("infrastructure.jobs.worker")
    # Other tests queue jobs they run by hand; this worker runs only this test's.
    await container.redis.delete("arq:queue")

    created = await client.post(
        f"{kb(chatbot)}/sources", json={"kind": "text", "name": "Hours", "text": "The shop opens at nine every weekday."},
        headers=tenant.headers,
    )
    assert created.status_code == 202, created.text
    source_url = f"{kb(chatbot)}/sources/{created.json()['id']}"

    async def status() -> str:
        return (await client.get(source_url, headers=tenant.headers)).json()["status"]

    await run_queued_jobs(container, worker_module)
    assert await status() == "ready"
    for attempt in (1, 2):
        resynced = await client.post(f"{source_url}/resync", headers=tenant.headers)
        assert resynced.status_code == 202, (attempt, resynced.text)
        await run_queued_jobs(container, worker_module)
        assert await status() == "ready", f"re-sync {attempt} never ran"

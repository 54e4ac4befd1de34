"""Re-syncs and re-embeddings go through the arq queue as `./just up` runs them: each one must reach the worker."""

from __future__ import annotations

import importlib
import sys
from uuid import UUID

import pytest
from arq.connections import ArqRedis
from arq.worker import Worker

from domain.knowledge.model import EmbedderChoice
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


@pytest.fixture
async def worker_module(container, monkeypatch):
    monkeypatch.setenv("PARLEY_SECRET_KEY", generate_key())
    monkeypatch.setenv("PARLEY_MASTER_KEY", generate_key())
    sys.modules.pop("infrastructure.jobs.worker", None)
    # Other tests queue jobs they run by hand; this worker runs only this test's.
    await container.redis.delete("arq:queue")
    return importlib.import_module("infrastructure.jobs.worker")


async def test_two_consecutive_resyncs_both_complete(client, container, tenant, chatbot, worker_module):

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


async def test_switching_the_embedder_there_and_back_reembeds_both_times(client, container, tenant, chatbot, site, worker_module):
    created = await client.post(
        f"{kb(chatbot)}/sources", json={"kind": "text", "name": "Lockers", "text": "Lockers are on floor two."},
        headers=tenant.headers,
    )
    assert created.status_code == 202, created.text
    await run_queued_jobs(container, worker_module)

    async def chunk_embedders() -> set[str]:
        async with container.db.unit_of_work(UUID(tenant.id)) as uow:
            rows = await uow.conn.fetch("SELECT embedding_model FROM knowledge_chunks WHERE chatbot_id = $1", UUID(chatbot["id"]))
        return {r["embedding_model"].split(":")[0].split("-")[0] for r in rows}  # "openai:…", "hashing-v2-…"

    remote = {"embedder": "openai", "model": "text-embedding-3-small", "base_url": site.url("/v1"), "api_key": "sk-test"}
    for choice, expected in ((remote, "openai"), ({"embedder": "hashing"}, "hashing")):
        changed = await client.put(f"{kb(chatbot)}/embedder", json=choice, headers=tenant.headers)
        assert changed.status_code == 200, changed.text
        await run_queued_jobs(container, worker_module)
        assert await chunk_embedders() == {expected}


async def test_a_reembedding_stops_when_the_embedder_changes_under_it(client, container, tenant, chatbot, site, monkeypatch):
    """With a job per change, an older job still running must not undo the newer choice."""
    for n in range(3):
        created = await client.post(
            f"{kb(chatbot)}/sources", json={"kind": "text", "name": f"Doc {n}", "text": f"Fact number {n} about lockers."},
            headers=tenant.headers,
        )
        await container.knowledge.ingest(UUID(tenant.id), UUID(created.json()["id"]))
    remote = {"embedder": "openai", "model": "text-embedding-3-small", "base_url": site.url("/v1"), "api_key": "sk-test"}
    assert (await client.put(f"{kb(chatbot)}/embedder", json=remote, headers=tenant.headers)).status_code == 200
    embedder = container.knowledge.embedders.for_choice(EmbedderChoice(**remote))
    embed_documents = embedder.embed_documents

    async def owner_switches_back_meanwhile(texts):
        back = await client.put(f"{kb(chatbot)}/embedder", json={"embedder": "hashing"}, headers=tenant.headers)
        assert back.status_code == 200
        return await embed_documents(texts)

    monkeypatch.setattr(embedder, "embed_documents", owner_switches_back_meanwhile)
    assert await container.knowledge.reembed(UUID(tenant.id), UUID(chatbot["id"]), batch=1) == 1  # then it stopped

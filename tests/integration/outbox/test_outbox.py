"""Side effects leave through the unit of work: what it records is written to the outbox in its
transaction and dispatched after its commit (jobs to arq, events to subscribers); a rolled-back unit of
work emits nothing; a process killed between commit and dispatch loses nothing (the sweeper dispatches
it, once, even with several sweepers at work)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections import Counter
from uuid import UUID, uuid4

import pytest

from domain.events import DomainEvent
from domain.ids import new_id
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.outbox.bus import EventBus
from infrastructure.outbox.dispatcher import OutboxDispatcher
from tests.contract.conftest import ROOT, server_env
from tests.integration.outbox.crash_after_commit import Probe


class Delivered:
    """Counts deliveries per event id (a subscriber's observable effect)."""

    def __init__(self) -> None:
        self.counts: Counter[UUID] = Counter()

    async def __call__(self, event: DomainEvent) -> None:
        await asyncio.sleep(0.005)  # a subscriber that does some I/O: sweeps overlap
        self.counts[event.id] += 1


@pytest.fixture(scope="module")
def delivered(container) -> Delivered:
    subscriber = Delivered()
    container.events.subscribe(Probe, subscriber)
    return subscriber


async def _row(container, tenant_id: UUID, entry_id: UUID):
    async with container.db.unit_of_work(tenant_id) as uow:
        return await uow.conn.fetchrow("SELECT kind, name, payload, dispatched_at FROM outbox WHERE id = $1", entry_id)


async def _queued_job_ids(container) -> Counter[str]:
    return Counter(job.job_id for job in await container.knowledge.jobs.queued())


async def test_a_rolled_back_unit_of_work_emits_nothing(container, tenant, delivered):
    tenant_id, event_id, job_id = UUID(tenant.id), new_id(), f"probe:{uuid4()}"
    with pytest.raises(RuntimeError):
        async with container.db.unit_of_work(tenant_id) as uow:
            uow.record(Probe(tenant_id=tenant_id, id=event_id))
            uow.enqueue("reembed_chatbot", job_id=job_id, tenant_id=tenant.id, chatbot_id=str(UUID(int=0)))
            raise RuntimeError("the use case fails after recording")
    assert await _row(container, tenant_id, event_id) is None
    await container.db.outbox.sweep(older_than=0)
    assert delivered.counts[event_id] == 0
    assert job_id not in await _queued_job_ids(container)


async def test_a_committed_unit_of_work_dispatches_after_its_commit(container, tenant, delivered):
    tenant_id, event_id, job_id = UUID(tenant.id), new_id(), f"probe:{uuid4()}"
    async with container.db.unit_of_work(tenant_id) as uow:
        uow.record(Probe(tenant_id=tenant_id, id=event_id, note="Ada's secret note"))
        uow.enqueue("reembed_chatbot", job_id=job_id, tenant_id=tenant.id, chatbot_id=str(UUID(int=0)))
        assert delivered.counts[event_id] == 0  # nothing leaves before the commit
    assert delivered.counts[event_id] == 1
    assert (await _queued_job_ids(container))[job_id] == 1
    row = await _row(container, tenant_id, event_id)
    assert row["kind"] == "event" and row["name"] == "test.probe" and row["dispatched_at"] is not None
    assert b"secret note" not in row["payload"]  # sealed with the tenant's key
    await container.db.outbox.sweep(older_than=0)  # dispatched rows are not swept again
    assert delivered.counts[event_id] == 1


async def test_a_process_killed_between_commit_and_dispatch_loses_nothing(container, settings, services, tenant, delivered):
    tenant_id, event_id, job_id = UUID(tenant.id), new_id(), f"probe:{uuid4()}"
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "tests.integration.outbox.crash_after_commit", tenant.id, str(event_id), job_id],
        cwd=ROOT, env=server_env(settings, services), capture_output=True, timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    row = await _row(container, tenant_id, event_id)
    assert row is not None and row["dispatched_at"] is None  # committed, never dispatched
    assert delivered.counts[event_id] == 0 and job_id not in await _queued_job_ids(container)

    assert await container.db.outbox.sweep(older_than=0) >= 2
    assert delivered.counts[event_id] == 1
    assert (await _queued_job_ids(container))[job_id] == 1
    assert (await _row(container, tenant_id, event_id))["dispatched_at"] is not None
    await container.db.outbox.sweep(older_than=0)  # once: a second sweep finds nothing of it
    assert delivered.counts[event_id] == 1


async def test_concurrent_sweepers_dispatch_each_row_once(container, tenant):
    tenant_id = UUID(tenant.id)
    dispatcher, container.db.outbox = container.db.outbox, None  # as if every writer died before dispatching
    try:
        async with container.db.unit_of_work(tenant_id) as uow:
            events = [Probe(tenant_id=tenant_id) for _ in range(60)]
            for event in events:
                uow.record(event)
    finally:
        container.db.outbox = dispatcher

    counted = Delivered()
    sweepers = []
    for _ in range(3):
        bus = EventBus()
        bus.subscribe(Probe, counted)
        sweepers.append(OutboxDispatcher(container.db, ArqJobQueue(container.redis), bus))

    async def drain(sweeper: OutboxDispatcher) -> None:
        while await sweeper.sweep(older_than=0, limit=4):
            pass

    await asyncio.gather(*(drain(s) for s in sweepers))
    assert {counted.counts[e.id] for e in events} == {1}


async def test_switching_embedder_queues_the_reembed_job_through_the_outbox(client, container, tenant):
    created = await client.post("/v1/chatbots", json={"name": "Helpdesk"}, headers=tenant.headers)
    chatbot_id = created.json()["id"]
    changed = await client.put(f"/v1/chatbots/{chatbot_id}/knowledge/embedder", json={"embedder": "hashing"}, headers=tenant.headers)
    assert changed.status_code == 200, changed.text
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        rows = await uow.conn.fetch("SELECT kind, name, dispatched_at FROM outbox WHERE name = 'reembed_chatbot'")
    assert [(r["kind"], r["dispatched_at"] is not None) for r in rows] == [("job", True)]
    reembeds = [job_id for job_id in await _queued_job_ids(container) if job_id.startswith(f"reembed:{chatbot_id}:")]
    assert len(reembeds) == 1


async def test_the_worker_sweeps_often_and_purges_rows_dispatched_a_day_ago(container, services, tenant, monkeypatch):
    import importlib

    import asyncpg

    from infrastructure.settings import generate_key

    monkeypatch.setenv("PARLEY_SECRET_KEY", generate_key())
    monkeypatch.setenv("PARLEY_MASTER_KEY", generate_key())
    sys.modules.pop("infrastructure.jobs.worker", None)
    worker = importlib.import_module("infrastructure.jobs.worker")
    crons = {job.coroutine.__name__: job for job in worker.WorkerSettings.cron_jobs}
    assert crons["sweep_outbox"].run_at_startup and len(crons["sweep_outbox"].second) >= 4
    assert "purge_dispatched_outbox" in crons

    tenant_id, old, recent = UUID(tenant.id), new_id(), new_id()
    async with container.db.unit_of_work(tenant_id) as uow:
        uow.record(Probe(tenant_id=tenant_id, id=old))
        uow.record(Probe(tenant_id=tenant_id, id=recent))
    owner = await asyncpg.connect(services.owner_url)
    try:
        await owner.execute("UPDATE outbox SET dispatched_at = now() - interval '25 hours' WHERE id = $1", old)
    finally:
        await owner.close()
    assert await worker.purge_dispatched_outbox({"container": container}) >= 1
    assert await _row(container, tenant_id, old) is None
    assert await _row(container, tenant_id, recent) is not None
    assert isinstance(await worker.sweep_outbox({"container": container}), int)


async def test_what_a_person_waits_to_see_goes_out_at_commit_before_the_subscribers_run(container, tenant, delivered):
    """A status frame registered with after_commit reaches people before slow subscribers (analytics folding,
    routing) have run; never when the unit of work rolls back, and the events are dispatched even if it fails."""
    tenant_id, order = UUID(tenant.id), []

    async def frame() -> None:
        order.append(("frame", delivered.counts[event_id]))

    event_id = new_id()
    async with container.db.unit_of_work(tenant_id) as uow:
        uow.record(Probe(tenant_id=tenant_id, id=event_id))
        uow.after_commit(frame)
    assert order == [("frame", 0)] and delivered.counts[event_id] == 1  # the frame went before the subscriber ran

    with pytest.raises(RuntimeError):
        async with container.db.unit_of_work(tenant_id) as uow:
            uow.after_commit(frame)
            raise RuntimeError("rolled back")
    assert len(order) == 1

    async def broken() -> None:
        raise ConnectionError("redis went away")

    event_id = new_id()
    with pytest.raises(ConnectionError):
        async with container.db.unit_of_work(tenant_id) as uow:
            uow.record(Probe(tenant_id=tenant_id, id=event_id))
            uow.after_commit(broken)
    assert delivered.counts[event_id] == 1 and (await _row(container, tenant_id, event_id))["dispatched_at"] is not None

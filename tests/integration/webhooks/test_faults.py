"""Crash faults, black-box: the API and the worker are real processes (`parley serve`, the arq worker) on the
test database and Redis, and a partner's receiver on 127.0.0.1 verifies each delivery with `standardwebhooks`.

- The worker is SIGKILLed while its POSTs are in flight (the receiver holds them unanswered).
- The API is SIGKILLed right after a commit, before it dispatched the commit's event (the fan-out is held up
  by a lock on the endpoint's row, taken by the test).
- The API is SIGKILLed in the middle of a transaction that changes a conversation (it waits on a row lock the
  test holds): that change rolls back.

Then every event the database committed arrives at least once (deduplicated by `webhook-id`, exactly once
per id, each time the same body), and nothing arrives for the rolled-back change."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from uuid import UUID

import asyncpg
import httpx
import pytest
import redis.asyncio as aioredis

from tests.conftest import sign_up
from tests.contract.conftest import ROOT, free_port, server_env, start_server
from tests.integration.conversations.helpers import make_chatbot, visitor
from tests.integration.webhooks.conftest import eventually
from tests.integration.webhooks.receiver import Receiver

FAULT_ENV = {
    "PARLEY_ALLOW_PRIVATE_URLS": "true",  # the receiver is on 127.0.0.1
    "PARLEY_WEBHOOK_TIMEOUT_SECONDS": "2",  # an attempt's lease is then 9 s: a killed worker's deliveries are due again after it
}


def start_worker(env: dict[str, str], log_path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "infrastructure.jobs.worker"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=open(log_path, "ab"),  # noqa: SIM115 - the child owns it
    )


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)


@pytest.fixture
async def receiver():
    r = await Receiver().start()
    yield r
    r.release.set()
    await r.stop()


async def test_every_committed_event_arrives_after_sigkills_and_none_for_a_rollback(settings, services, receiver, tmp_path):
    env = server_env(settings, services) | FAULT_ENV
    redis = aioredis.from_url(services.redis_url)
    await redis.delete("arq:queue")  # other tests' jobs are not this worker's to run
    owner = await asyncpg.connect(services.owner_url)
    processes: list[subprocess.Popen] = []

    # Starting and killing processes waits: in a thread, so the receiver (on this event loop) keeps answering
    # meanwhile, as a partner's server would (else a resend times out only because the test held its partner up).
    async def api() -> tuple[subprocess.Popen, httpx.AsyncClient]:
        port = free_port()
        process = await asyncio.to_thread(start_server, env, port)
        processes.append(process)
        return process, httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30)

    def worker() -> subprocess.Popen:
        processes.append(start_worker(env, tmp_path / "worker.log"))
        return processes[-1]

    try:
        api_process, client = await api()
        tenant = await sign_up(client)
        created = await client.post("/v1/webhooks", headers=tenant.headers,
                                    json={"url": receiver.url("/partner"), "event_types": ["conversation.*"]})
        assert created.status_code == 201, created.text
        receiver.secrets["/partner"] = [created.json()["secret"]]
        bot = await make_chatbot(client, tenant)

        # 1. The worker dies with POSTs in flight: the receiver got them (and processes them once we let it),
        #    the worker never saw an answer.
        receiver.held.add("/partner")
        first_worker = worker()
        entries = await asyncio.gather(*(visitor(client, bot) for _ in range(3)))
        await eventually(lambda: receiver.waiting >= 1, timeout=30)
        await asyncio.sleep(0.3)  # well inside the 2 s POST deadline: still in flight
        await asyncio.to_thread(kill, first_worker)
        in_flight_at_kill = receiver.waiting
        receiver.release.set()
        await eventually(lambda: len(receiver.received) >= in_flight_at_kill)
        killed_ids = receiver.ids("/partner")  # processed by the partner, unanswered to the dead worker
        assert killed_ids
        worker()

        # 2. The API dies right after a commit: the conversation is closed in the database, but its event
        #    (its fan-out held up by our lock on the endpoint's row) was never dispatched.
        closed_id = entries[0]["session"]["id"]
        blocker = await asyncpg.connect(services.owner_url)
        await blocker.execute("BEGIN")  # the fan-out's insert checks its endpoint row (foreign key): it waits on us
        await blocker.execute("SELECT 1 FROM webhook_endpoints WHERE id = $1 FOR UPDATE", UUID(created.json()["id"]))
        closing = asyncio.create_task(client.post(f"/v1/conversations/{closed_id}/close", headers=tenant.headers))

        async def committed() -> bool:
            return await owner.fetchval("SELECT status FROM chat_sessions WHERE id = $1", UUID(closed_id)) == "closed"

        await eventually(committed, timeout=20)
        await asyncio.to_thread(kill, api_process)
        await blocker.execute("ROLLBACK")
        await blocker.close()
        with pytest.raises(httpx.TransportError):
            await closing

        # 3. The API dies in the middle of a change: the close waits on a row lock we hold, and rolls back.
        api_process, client = await api()
        rolled_back_id = entries[1]["session"]["id"]
        row_lock = await asyncpg.connect(services.owner_url)
        await row_lock.execute("BEGIN")
        await row_lock.execute("SELECT 1 FROM chat_sessions WHERE id = $1 FOR UPDATE", UUID(rolled_back_id))
        doomed = asyncio.create_task(client.post(f"/v1/conversations/{rolled_back_id}/close", headers=tenant.headers))

        async def waiting_on_our_lock() -> bool:
            return bool(await owner.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%chat_sessions%'"
            ))

        await eventually(waiting_on_our_lock, timeout=20)
        await asyncio.to_thread(kill, api_process)
        await row_lock.execute("ROLLBACK")
        await row_lock.close()
        with pytest.raises(httpx.TransportError):
            await doomed
        api_process, client = await api()

        # Every event the database committed for the workspace arrives, at least once.
        async def committed_events() -> set[str]:
            rows = await owner.fetch(
                "SELECT id FROM outbox WHERE tenant_id = $1 AND kind = 'event' AND name LIKE 'conversation.%'", UUID(tenant.id)
            )
            return {str(r["id"]) for r in rows}

        expected = await committed_events()
        assert len(expected) == 4  # three conversations started, one closed
        try:
            await eventually(lambda: expected <= receiver.ids("/partner"), timeout=120)
        except AssertionError:
            missing = expected - receiver.ids("/partner")
            rows = await owner.fetch("SELECT id, name, dispatched_at, attempts, claimed_until, created_at FROM outbox "
                                     "WHERE dispatched_at IS NULL ORDER BY created_at LIMIT 20")
            deliveries = await owner.fetch("SELECT event_id, event_type, status, attempts, next_attempt_at FROM webhook_deliveries "
                                           "WHERE tenant_id = $1", UUID(tenant.id))
            raise AssertionError(f"missing {missing}; undispatched {[dict(r) for r in rows]}; "
                                 f"deliveries {[dict(d) for d in deliveries]}") from None
        await asyncio.sleep(2)  # room for anything that should not come

        got = [r for r in receiver.received if r.path == "/partner"]
        assert receiver.refused == []
        assert receiver.ids("/partner") == expected == await committed_events()  # nothing else, nothing rolled back
        by_id: dict[str, dict] = {}
        for r in got:  # deduplicated by webhook-id, exactly one message per id
            assert by_id.setdefault(r.msg_id, r.payload) == r.payload
        for msg_id in killed_ids:  # sent again by the next worker: at least once, not at most once
            assert sum(r.msg_id == msg_id for r in got) >= 2, msg_id
        assert "webhooks.lost_attempts_retried" in (tmp_path / "worker.log").read_text()  # taken over from the dead worker
        types = sorted((p["type"], p["data"]["conversation_id"]) for p in by_id.values())
        assert types.count(("conversation.closed", closed_id)) == 1
        assert ("conversation.closed", rolled_back_id) not in types
        assert await owner.fetchval("SELECT status FROM chat_sessions WHERE id = $1", UUID(rolled_back_id)) != "closed"

        # The log shows the story: the killed attempts were never recorded; the new worker delivered them. (Under load an
        # answer may miss the 2 s deadline although the partner got it: then a retry 5 s later succeeds.)
        async def all_succeeded():
            log = await client.get(f"/v1/webhooks/{created.json()['id']}/deliveries", headers=tenant.headers)
            assert log.status_code == 200
            items = log.json()["items"]
            return items if len(items) == 4 and all(d["status"] == "succeeded" for d in items) else None

        try:
            await eventually(all_succeeded, timeout=30)
        except AssertionError:
            log = await client.get(f"/v1/webhooks/{created.json()['id']}/deliveries", headers=tenant.headers)
            raise AssertionError(f"deliveries not all succeeded: {log.json()['items']}") from None
    finally:
        for process in processes:
            if process.poll() is None:
                kill(process)
        await owner.close()
        await redis.aclose()

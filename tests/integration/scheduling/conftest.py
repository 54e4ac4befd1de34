"""Scheduling fixtures: Radicale as the real CalDAV server (one per test module), private addresses allowed
for it (it listens on 127.0.0.1)."""

from __future__ import annotations

import pytest

from tests.integration.scheduling.radicale import Radicale


@pytest.fixture(scope="module")
def radicale(tmp_path_factory):
    server = Radicale(tmp_path_factory.mktemp("radicale")).start()
    yield server
    server.stop()


ALWAYS = {d: [["00:00", "24:00"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


@pytest.fixture
def private_urls(container):
    container.outbound.allow_private = True  # Radicale and dead ports are on 127.0.0.1
    yield
    container.outbound.allow_private = False


async def make_chatbot(client, tenant) -> str:
    r = await client.post("/v1/chatbots", headers=tenant.headers, json={"name": "Bookings bot"})
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def connect(client, tenant, radicale, calendar_url: str | None = None) -> str:
    url = calendar_url or radicale.new_calendar()
    r = await client.post("/v1/calendars", headers=tenant.headers,
                          json={"url": url, "username": "alice", "password": "wonderland", "name": "Work"})
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def make_schedule(client, tenant, chatbot_id: str, calendar_ids=(), **rules) -> dict:
    body = {"chatbot_id": chatbot_id, "name": "Demo call", "calendar_ids": list(calendar_ids),
            "rules": {"weekly": ALWAYS, "min_notice_minutes": 0, "time_zone": "Europe/Berlin"} | rules}
    r = await client.post("/v1/schedules", headers=tenant.headers, json=body)
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture
async def worker(container, monkeypatch, private_urls):
    """An arq worker in this process running the registered jobs (as `./just up` runs them)."""
    import asyncio
    import importlib
    import sys
    from contextlib import suppress

    from arq.connections import ArqRedis
    from arq.worker import Worker

    from infrastructure.settings import generate_key

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


@pytest.fixture
def inbox(container):
    """aiosmtpd as the real SMTP peer; the scheduling service mails through it during the test."""
    from infrastructure.mail import SmtpSettings
    from infrastructure.scheduling.mail import BookingMailer
    from tests.mail_inbox import running_inbox

    with running_inbox() as box:
        before = container.scheduling.mailer
        container.scheduling.mailer = BookingMailer(SmtpSettings(host="127.0.0.1", port=box.port, sender="bookings@acme.example"))
        yield box
        container.scheduling.mailer = before


class ShiftedClock:
    """The clock port, moved: `now()` is the real time plus `offset` (the test moves time to a reminder)."""

    def __init__(self, offset):
        self.offset = offset

    def now(self):
        from datetime import UTC, datetime

        return datetime.now(UTC) + self.offset


@pytest.fixture
def clock(container):
    from datetime import timedelta

    before = container.scheduling.clock
    shifted = ShiftedClock(timedelta(0))
    container.scheduling.clock = shifted
    yield shifted
    container.scheduling.clock = before

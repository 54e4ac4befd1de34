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

"""Microsoft 365, end to end against a local peer speaking Graph's REST shapes and the identity platform's token
endpoint: consent and code exchange, busy time from calendarView (paged, times in UTC on request), a booking
written with the Teams link Graph gives back and Graph's own event id kept, a rotated refresh token saved after a
401, moves and deletions followed through the delta link, a refused token told in chat with nothing booked."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from uuid import UUID

import httpx
import pytest

from tests.integration.scheduling.conftest import make_chatbot, make_schedule
from tests.integration.scheduling.providers import GraphPeer, follow_consent
from tests.integration.scheduling.test_google import _credentials
from tests.integration.scheduling.test_tools import ctx


@pytest.fixture
async def graph(container, private_urls):
    peer = await GraphPeer().start()
    provider = container.scheduling.gateways["microsoft"].provider
    saved = dict(vars(provider))
    peer.point(provider)
    yield peer
    vars(provider).update(saved)
    await peer.stop()


async def connect_microsoft(client, tenant, peer) -> dict:
    r = await client.post("/v1/calendars/oauth", headers=tenant.headers, json={"kind": "microsoft", "name": "Outlook"})
    assert r.status_code == 200, r.text
    consent = r.json()["authorize_url"]
    assert consent.startswith(peer.base + "/common/oauth2/v2.0/authorize")
    assert "offline_access" in parse_qs(urlsplit(consent).query)["scope"][0]
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(consent)
    path, params = follow_consent(answer.headers["location"])
    done = await client.get(path, params=params)
    assert done.status_code == 200, done.text
    listed = (await client.get("/v1/calendars", headers=tenant.headers)).json()["items"]
    return next(c for c in listed if c["kind"] == "microsoft")


async def test_microsoft_365_from_consent_to_delta_sync(client, tenant, container, graph):
    calendar = await connect_microsoft(client, tenant, graph)
    assert calendar["username"] == graph.account
    bot = await make_chatbot(client, tenant)
    schedule = await make_schedule(client, tenant, bot, [calendar["id"]])
    day = (datetime.now(UTC) + timedelta(days=3)).replace(hour=0, minute=0, second=0, microsecond=0)
    for hour in (8, 9, 10):  # three events: two pages of calendarView
        graph.add_busy(day.replace(hour=hour), day.replace(hour=hour, minute=30))
    slots = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers, params={
        "start": day.replace(hour=7).isoformat(), "end": day.replace(hour=12).isoformat()})
    assert slots.status_code == 200, slots.text
    free = {datetime.fromisoformat(s).astimezone(UTC) for s in slots.json()["slots"]}
    assert {day.replace(hour=h) for h in (8, 9, 10)}.isdisjoint(free)
    assert day.replace(hour=8, minute=30) in free and day.replace(hour=11) in free

    booked = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": day.replace(hour=11).isoformat(), "name": "Ada", "email": "ada@example.com"})
    assert booked.status_code == 201, booked.text
    booking = booked.json()
    assert booking["meeting_url"].startswith("https://teams.microsoft.com/")
    uid = booking["calendar_event_uid"]
    assert uid.startswith("AAMk")  # Graph's id, kept for updates
    event = graph.calendar().events[uid]
    assert event.body["attendees"][0]["emailAddress"]["address"] == "ada@example.com"
    assert event.body["transactionId"] == f"parley-{booking['id']}"

    before = json.loads((await _credentials(container, tenant, calendar["id"])).password)["refresh_token"]
    graph.expire_tokens()
    moved = await client.post(f"/v1/bookings/{booking['id']}/reschedule", headers=tenant.headers,
                              json={"start": day.replace(hour=13).isoformat()})
    assert moved.status_code == 200, moved.text
    assert event.start == day.replace(hour=13)
    after = json.loads((await _credentials(container, tenant, calendar["id"])).password)["refresh_token"]
    assert after != before and graph.refresh.get(after)  # Microsoft's rotated refresh token is the one kept

    second = (await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": day.replace(hour=15).isoformat(), "name": "Bo", "email": "bo@example.com"})).json()
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 0, "cancelled": 0}  # the first delta link
    graph.move(uid, day.replace(hour=16))
    graph.delete(second["calendar_event_uid"])
    for hour in (18, 19, 20):
        graph.add_busy(day.replace(hour=hour), day.replace(hour=hour, minute=15))  # the delta pages through them
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 1, "cancelled": 1}
    first = (await client.get(f"/v1/bookings/{booking['id']}", headers=tenant.headers)).json()
    assert datetime.fromisoformat(first["start"]) == day.replace(hour=16)
    assert (await client.get(f"/v1/bookings/{second['id']}", headers=tenant.headers)).json()["status"] == "cancelled"
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 0, "cancelled": 0}

    cancelled = await client.post(f"/v1/bookings/{booking['id']}/cancel", headers=tenant.headers)
    assert cancelled.status_code == 200 and graph.calendar().events[uid].deleted

    graph.revoke_grants()
    c = ctx(tenant, bot)
    found = await container.assistant.tools.get("find_slots").run(c, {"time_zone": "Europe/Berlin"})
    assert found.is_error and "calendar cannot be read" in found.content
    slot = day.replace(hour=11).isoformat()
    refused = await container.assistant.tools.get("book_meeting").run(
        c, {"slot": slot, "name": "Cy", "email": "cy@example.com", "confirmed": True})
    assert refused.is_error and "nothing was booked" in refused.content
    items = (await client.get(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers)).json()["items"]
    assert {i["name"] for i in items} == {"Ada", "Bo"}

    assert (await client.delete(f"/v1/calendars/{calendar['id']}", headers=tenant.headers)).status_code == 204

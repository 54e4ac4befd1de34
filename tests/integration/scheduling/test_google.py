"""Google Calendar, end to end against a local peer speaking its REST shapes and OAuth endpoints: consent with a
signed state and PKCE, the code exchanged at the callback, busy time from freeBusy, a booking written with a Meet
link, tokens refreshed before expiry and after a 401 (and saved), moved and deleted events followed through sync
tokens (a 410 starts over), a revoked grant told to the visitor and the owner with nothing booked, and the grant
revoked on disconnect."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from uuid import UUID

import asyncpg
import httpx
import pytest

from tests.integration.scheduling.conftest import make_chatbot, make_schedule
from tests.integration.scheduling.providers import GooglePeer, follow_consent
from tests.integration.scheduling.test_tools import ctx


@pytest.fixture
async def google(container, private_urls):
    peer = await GooglePeer().start()
    provider = container.scheduling.gateways["google"].provider
    saved = dict(vars(provider))
    peer.point(provider)
    yield peer
    vars(provider).update(saved)
    await peer.stop()


async def connect_google(client, tenant, peer, name="Work") -> dict:
    r = await client.post("/v1/calendars/oauth", headers=tenant.headers, json={"kind": "google", "name": name})
    assert r.status_code == 200, r.text
    consent = r.json()["authorize_url"]
    query = parse_qs(urlsplit(consent).query)
    assert consent.startswith(peer.base + "/o/oauth2/v2/auth")
    assert query["access_type"] == ["offline"] and query["code_challenge_method"] == ["S256"] and query["state"]
    async with httpx.AsyncClient() as browser:  # the owner's browser at Google's consent page
        answer = await browser.get(consent)
    assert answer.status_code == 302
    path, params = follow_consent(answer.headers["location"])
    assert path == "/v1/calendars/oauth/google/callback"
    done = await client.get(path, params=params)
    assert done.status_code == 200 and "connected" in done.text, done.text
    listed = (await client.get("/v1/calendars", headers=tenant.headers)).json()["items"]
    return next(c for c in listed if c["kind"] == "google" and c["name"] == name)


async def stored_secret(services, calendar_id: str) -> bytes:
    conn = await asyncpg.connect(services.owner_url)
    try:
        return await conn.fetchval("SELECT password_ciphertext FROM calendar_connections WHERE id = $1", UUID(calendar_id))
    finally:
        await conn.close()


async def test_google_calendar_from_consent_to_sync(client, tenant, container, services, google):
    calendar = await connect_google(client, tenant, google)
    assert calendar["username"] == google.account and calendar["url"] == "primary"
    sealed = await stored_secret(services, calendar["id"])
    assert b"access_token" not in sealed and b"rt-" not in sealed  # sealed with the tenant key

    bot = await make_chatbot(client, tenant)
    schedule = await make_schedule(client, tenant, bot, [calendar["id"]])
    day = (datetime.now(UTC) + timedelta(days=3)).replace(hour=0, minute=0, second=0, microsecond=0)
    google.add_busy(day.replace(hour=9), day.replace(hour=10))
    slots = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers, params={
        "start": day.replace(hour=8).isoformat(), "end": day.replace(hour=12).isoformat()})
    assert slots.status_code == 200, slots.text
    free = {datetime.fromisoformat(s).astimezone(UTC) for s in slots.json()["slots"]}
    assert day.replace(hour=8) in free and day.replace(hour=10) in free
    assert day.replace(hour=9) not in free and day.replace(hour=9, minute=30) not in free  # busy at Google

    booked = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": day.replace(hour=11).isoformat(), "name": "Ada", "email": "ada@example.com"})
    assert booked.status_code == 201, booked.text
    booking = booked.json()
    assert booking["meeting_url"].startswith("https://meet.google.com/")  # the conference Google created
    event = google.calendar().events[booking["calendar_event_uid"]]
    assert event.start == day.replace(hour=11) and event.body["attendees"][0]["email"] == "ada@example.com"
    assert event.body["conferenceData"]["createRequest"]["conferenceSolutionKey"]["type"] == "hangoutsMeet"

    # the access token stops working: one 401, a refresh, the call repeated, the new token saved
    google.expire_tokens()
    failures = google.auth_failures
    moved = await client.post(f"/v1/bookings/{booking['id']}/reschedule", headers=tenant.headers,
                              json={"start": day.replace(hour=14).isoformat()})
    assert moved.status_code == 200, moved.text
    assert google.auth_failures == failures + 1 and event.start == day.replace(hour=14)
    assert event.meeting and moved.json()["meeting_url"] == booking["meeting_url"]  # PATCH kept the conference
    assert await stored_secret(services, calendar["id"]) != sealed
    creds = await _credentials(container, tenant, calendar["id"])
    assert json.loads(creds.password)["access_token"] in google.access  # the token Google issued last

    # about to expire: refreshed before the call (no 401 at all)
    google.token_lifetime = 60  # less than the adapter's leeway
    google.expire_tokens()
    container.scheduling.gateways["google"].api._tokens.clear()
    stored = json.loads((await _credentials(container, tenant, calendar["id"])).password)
    await _store(container, tenant, calendar["id"], json.dumps(stored | {"expires_at": int(datetime.now(UTC).timestamp()) + 30}))
    google.token_lifetime = 3600
    failures = google.auth_failures
    r = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers)
    assert r.status_code == 200 and google.auth_failures == failures

    # sync: the owner moves one meeting and deletes another in Google Calendar
    second = (await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": day.replace(hour=16).isoformat(), "name": "Bo", "email": "bo@example.com"})).json()
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 0, "cancelled": 0}  # first token
    google.move(booking["calendar_event_uid"], day.replace(hour=17))
    google.delete(second["calendar_event_uid"])
    google.add_busy(day.replace(hour=20), day.replace(hour=21))  # someone else's event: changes nothing of ours
    listed_before = sum(1 for m, p in google.calls if m == "GET" and p.endswith("/events"))
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 1, "cancelled": 1}
    assert sum(1 for m, p in google.calls if m == "GET" and p.endswith("/events")) > listed_before  # read by sync token
    first = (await client.get(f"/v1/bookings/{booking['id']}", headers=tenant.headers)).json()
    assert datetime.fromisoformat(first["start"]) == day.replace(hour=17)
    assert (await client.get(f"/v1/bookings/{second['id']}", headers=tenant.headers)).json()["status"] == "cancelled"
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 0, "cancelled": 0}  # nothing new

    # Google expires the sync token (410): a full listing for a new one, then changes are seen again
    google.oldest_valid_seq = google.seq + 1
    google.move(booking["calendar_event_uid"], day.replace(hour=18))
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 1, "cancelled": 0}

    # cancelled here: the event is deleted at Google
    assert (await client.post(f"/v1/bookings/{booking['id']}/cancel", headers=tenant.headers)).status_code == 200
    assert google.calendar().events[booking["calendar_event_uid"]].deleted

    # a calendar we may read but not write: the booking is refused and rolled back, nothing half-booked
    google.read_only = True
    c = ctx(tenant, bot)
    refused = await container.assistant.tools.get("book_meeting").run(c, {
        "slot": day.replace(hour=12).isoformat(), "name": "Cy", "email": "cy@example.com", "confirmed": True})
    assert refused.is_error and "nothing was booked" in refused.content
    items = (await client.get(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers)).json()["items"]
    assert "Cy" not in {i["name"] for i in items}
    free = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers, params={
        "start": day.replace(hour=12).isoformat(), "end": day.replace(hour=13).isoformat()})
    assert day.replace(hour=12) in {datetime.fromisoformat(s).astimezone(UTC) for s in free.json()["slots"]}
    google.read_only = False

    # the owner disconnects: the grant is revoked at Google
    refresh_tokens = [t for t, ok in google.refresh.items() if ok]
    assert (await client.delete(f"/v1/calendars/{calendar['id']}", headers=tenant.headers)).status_code == 204
    assert google.revoked and google.revoked[-1] in refresh_tokens


async def test_a_revoked_google_grant_is_a_chat_message_and_nothing_is_booked(client, tenant, container, services, google):
    calendar = await connect_google(client, tenant, google)
    bot = await make_chatbot(client, tenant)
    schedule = await make_schedule(client, tenant, bot, [calendar["id"]])
    google.revoke_grants()  # the owner removed Parley's access in their Google account
    c = ctx(tenant, bot)
    found = await container.assistant.tools.get("find_slots").run(c, {"time_zone": "Europe/Berlin"})
    assert found.is_error and "calendar cannot be read" in found.content
    slot = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0).isoformat()
    booked = await container.assistant.tools.get("book_meeting").run(
        c, {"slot": slot, "name": "Ada", "email": "ada@example.com", "confirmed": True})
    assert booked.is_error and "nothing was booked" in booked.content
    r = await client.get(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers)
    assert r.json()["items"] == []
    api = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers)
    assert api.status_code == 503 and "refused" in api.json()["detail"] and "connect the calendar again" in api.json()["detail"]
    conn = await asyncpg.connect(services.owner_url)
    try:
        rows = await conn.fetch("SELECT name FROM outbox WHERE tenant_id = $1 AND kind = 'event' ORDER BY id",
                                UUID(tenant.id))
    finally:
        await conn.close()
    told = [r for r in rows if r["name"] == "calendar.unavailable"]
    assert len(told) == 1  # (the payload is sealed; the reason is the message above)
    assert not [e for e in google.calendar().events.values() if e.body.get("attendees")]  # no event written


async def test_consent_refused_or_forged_state_is_a_problem(client, tenant, google):
    r = await client.post("/v1/calendars/oauth", headers=tenant.headers, json={"kind": "google"})
    state = parse_qs(urlsplit(r.json()["authorize_url"]).query)["state"][0]
    forged = state[:-2] + ("AA" if not state.endswith("AA") else "BB")
    bad = await client.get("/v1/calendars/oauth/google/callback", params={"code": "x", "state": forged})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
    wrong_kind = await client.get("/v1/calendars/oauth/microsoft/callback", params={"code": "x", "state": state})
    assert wrong_kind.status_code == 422
    google.refuse_consent = True
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(r.json()["authorize_url"])
    path, params = follow_consent(answer.headers["location"])
    denied = await client.get(path, params=params)
    assert denied.status_code == 422 and "not granted" in denied.json()["detail"]
    stolen = await client.get(path, params={"code": "made-up", "state": state})  # a code Google never issued
    assert stolen.status_code == 503 and "refused" in stolen.json()["detail"]
    unknown = await client.post("/v1/calendars/oauth", headers=tenant.headers, json={"kind": "yahoo"})
    assert unknown.status_code == 404
    direct = await client.post("/v1/calendars", headers=tenant.headers,
                               json={"kind": "google", "url": "primary", "username": "x", "password": "y"})
    assert direct.status_code == 422
    listed = (await client.get("/v1/calendars", headers=tenant.headers)).json()["items"]
    assert listed == []


async def _credentials(container, tenant, calendar_id):
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        return await uow.scheduling.credentials(UUID(calendar_id))


async def _store(container, tenant, calendar_id, secret):
    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        await uow.scheduling.set_secret(UUID(calendar_id), secret)

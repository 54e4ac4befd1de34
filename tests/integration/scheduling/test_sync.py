"""Sync: a meeting moved or deleted on the calendar (by the owner, in their calendar app) is reflected in
the booking; an unchanged calendar (same ctag) is not read again; the cron's entry point finds the workspace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from infrastructure.scheduling.context import sync_calendars
from tests.integration.scheduling.conftest import connect, make_chatbot, make_schedule
from tests.integration.scheduling.radicale import vevent


async def test_moved_and_deleted_events_are_reflected(client, tenant, container, radicale, private_urls):
    bot = await make_chatbot(client, tenant)
    url = radicale.new_calendar()
    schedule = await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, url)])
    day = (datetime.now(UTC) + timedelta(days=2)).replace(hour=0, minute=0, second=0, microsecond=0)
    made = []
    for hour in (9, 11):
        r = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
            "start": day.replace(hour=hour).isoformat(), "name": "Ada", "email": "ada@example.com"})
        made.append(r.json())
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 0, "cancelled": 0}

    moved_uid, deleted_uid = made[0]["calendar_event_uid"], made[1]["calendar_event_uid"]
    new_start = day.replace(hour=13)
    radicale.put(url, f"{moved_uid}.ics", vevent(moved_uid, new_start.strftime("%Y%m%dT%H%M%SZ"),
                                                 (new_start + timedelta(minutes=30)).strftime("%Y%m%dT%H%M%SZ")))
    radicale.delete(url, f"{deleted_uid}.ics")

    assert await sync_calendars({"container": container}) >= 1  # the cron: every workspace with upcoming bookings
    first = (await client.get(f"/v1/bookings/{made[0]['id']}", headers=tenant.headers)).json()
    second = (await client.get(f"/v1/bookings/{made[1]['id']}", headers=tenant.headers)).json()
    assert datetime.fromisoformat(first["start"]) == new_start and first["status"] == "confirmed"
    assert second["status"] == "cancelled"
    # the old 09:00 time is free again, the 13:00 one is taken
    slots = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers, params={
        "start": day.isoformat(), "end": (day + timedelta(days=1)).isoformat()})
    free = {datetime.fromisoformat(s).astimezone(UTC) for s in slots.json()["slots"]}
    assert day.replace(hour=9) in free and new_start not in free
    # nothing changed since: the ctag says so, nothing is read or moved
    assert await container.scheduling.sync(UUID(tenant.id)) == {"moved": 0, "cancelled": 0}

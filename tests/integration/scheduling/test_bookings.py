"""Schedules, slots and bookings through the API, against Radicale as the owner's calendar: busy events are
honoured, a booking is an event a separate CalDAV client sees, twenty visitors racing for one slot make one
booking, a calendar that is down is a 503 with nothing booked, bad input is problem+json."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from tests.contract.conftest import free_port
from tests.integration.scheduling.conftest import connect, make_chatbot, make_schedule
from tests.integration.scheduling.radicale import vevent

PROBLEM = "application/problem+json"


def tomorrow_at(hour: int) -> datetime:
    return (datetime.now(UTC) + timedelta(days=2)).replace(hour=hour, minute=0, second=0, microsecond=0)


def ical(t: datetime) -> str:
    return t.strftime("%Y%m%dT%H%M%SZ")


async def test_busy_events_are_honoured_and_a_booking_lands_on_the_calendar(client, tenant, radicale, private_urls):
    bot = await make_chatbot(client, tenant)
    url = radicale.new_calendar()
    calendar_id = await connect(client, tenant, radicale, url)
    schedule = await make_schedule(client, tenant, bot, [calendar_id], buffer_after_minutes=15)
    day = tomorrow_at(0)
    radicale.put(url, "busy.ics", vevent("busy", ical(day.replace(hour=10)), ical(day.replace(hour=11))))

    r = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers, params={
        "start": day.isoformat(), "end": (day + timedelta(days=1)).isoformat(), "time_zone": "America/New_York"})
    assert r.status_code == 200, r.text
    slots = [datetime.fromisoformat(s) for s in r.json()["slots"]]
    assert r.json()["time_zone"] == "America/New_York" and all(s.utcoffset() in (timedelta(hours=-4), timedelta(hours=-5))
                                                               for s in slots)
    taken = {s.astimezone(UTC) for s in slots}
    assert day.replace(hour=10) not in taken and day.replace(hour=10, minute=30) not in taken
    assert day.replace(hour=9, minute=30) not in taken  # its 15-minute after-buffer reaches into the busy hour
    assert day.replace(hour=9) in taken and day.replace(hour=11) in taken

    start = day.replace(hour=11)
    r = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": start.isoformat(), "name": "Ada Visitor", "email": "ada@example.com", "notes": "pricing",
        "time_zone": "America/New_York"})
    assert r.status_code == 201, r.text
    booking = r.json()
    assert booking["status"] == "confirmed" and booking["meeting_url"].startswith("https://meet.jit.si/Parley-")
    seen = radicale.get(url, f"{booking['calendar_event_uid']}.ics")  # a separate CalDAV client
    assert seen.status_code == 200 and f"DTSTART:{ical(start)}" in seen.text and "ada@example.com" in seen.text

    again = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": start.isoformat(), "name": "Bo", "email": "bo@example.com"})
    assert again.status_code == 409 and again.headers["content-type"].startswith(PROBLEM)
    assert "free slots now" in again.json()["detail"]

    moved = await client.post(f"/v1/bookings/{booking['id']}/reschedule", headers=tenant.headers,
                              json={"start": day.replace(hour=14).isoformat()})
    assert moved.status_code == 200, moved.text
    assert f"DTSTART:{ical(day.replace(hour=14))}" in radicale.get(url, f"{booking['calendar_event_uid']}.ics").text

    cancelled = await client.post(f"/v1/bookings/{booking['id']}/cancel", headers=tenant.headers)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert radicale.get(url, f"{booking['calendar_event_uid']}.ics").status_code == 404
    # the freed time is bookable again
    r = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": day.replace(hour=14).isoformat(), "name": "Cy", "email": "cy@example.com"})
    assert r.status_code == 201, r.text


async def test_twenty_visitors_racing_for_one_slot_make_one_booking(client, tenant, radicale, private_urls):
    bot = await make_chatbot(client, tenant)
    url = radicale.new_calendar()
    schedule = await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, url)])
    start = tomorrow_at(15)

    async def book(i: int):
        return await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
            "start": start.isoformat(), "name": f"Visitor {i}", "email": f"v{i}@example.com"})

    answers = await asyncio.gather(*(book(i) for i in range(20)))
    codes = sorted(a.status_code for a in answers)
    assert codes == [201] + [409] * 19, [a.text for a in answers if a.status_code not in (201, 409)]
    assert all(a.headers["content-type"].startswith(PROBLEM) for a in answers if a.status_code == 409)
    listed = await client.get(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers)
    assert [b["status"] for b in listed.json()["items"]] == ["confirmed"]
    with radicale.client() as c:  # exactly one event on the calendar
        r = c.request("PROPFIND", url, headers={"Depth": "1"})
    assert r.text.count(".ics</") == 1


async def test_a_calendar_that_is_down_is_a_503_and_nothing_is_booked(client, tenant, radicale, private_urls):
    bot = await make_chatbot(client, tenant)
    dead = f"http://127.0.0.1:{free_port()}/alice/cal/"
    r = await client.post("/v1/calendars", headers=tenant.headers, json={"url": dead, "username": "a", "password": "b"})
    assert r.status_code == 503 and r.headers["content-type"].startswith(PROBLEM)
    r = await client.post("/v1/calendars", headers=tenant.headers,
                          json={"url": dead, "username": "a", "password": "b", "verify": False})
    assert r.status_code == 201
    schedule = await make_schedule(client, tenant, bot, [r.json()["id"]])
    slots = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers)
    assert slots.status_code == 503 and "could not be reached" in slots.json()["detail"]
    booked = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": tomorrow_at(9).isoformat(), "name": "Ada", "email": "ada@example.com"})
    assert booked.status_code == 503
    listed = await client.get(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers)
    assert listed.json()["items"] == []
    wrong = await client.post("/v1/calendars", headers=tenant.headers,
                              json={"url": radicale.new_calendar(), "username": "alice", "password": "nope"})
    assert wrong.status_code == 503 and "refused our credentials" in wrong.json()["detail"]


async def test_a_calendar_that_refuses_the_event_leaves_nothing_booked(client, tenant, radicale, private_urls):
    bot = await make_chatbot(client, tenant)
    url = radicale.new_calendar(read_only=True)  # alice may read it (busy time) but not write events
    schedule = await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, url)])
    start = tomorrow_at(16)
    assert (await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers)).status_code == 200
    r = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": start.isoformat(), "name": "Ada", "email": "ada@example.com"})
    assert r.status_code == 503 and "refused" in r.json()["detail"], r.text
    listed = await client.get(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers)
    assert listed.json()["items"] == []  # the booking rolled back with the event
    slots = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers, params={
        "start": start.isoformat(), "end": (start + timedelta(hours=1)).isoformat()})
    assert datetime.fromisoformat(slots.json()["slots"][0]).astimezone(UTC) == start  # still free


async def test_bad_input_is_problem_json(client, tenant, container):
    bot = await make_chatbot(client, tenant)
    bad = [
        ({"chatbot_id": bot, "name": "x", "rules": {"time_zone": "Mars/Olympus"}}, 422, "rules.time_zone"),
        ({"chatbot_id": bot, "name": "x", "rules": {"time_zone": "Europe/Berlin", "weekly": {"mon": [["18:00", "09:00"]]}}},
         422, "weekly.mon"),
        ({"chatbot_id": bot, "name": "x", "rules": {"slot_minutes": 1}}, 422, "slot_minutes"),
        ({"chatbot_id": bot, "name": "x", "reminder_offsets_minutes": [-5]}, 422, "reminder_offsets_minutes"),
        ({"chatbot_id": bot, "name": "x", "resource": "planet:mars"}, 422, "resource"),
        ({"chatbot_id": "00000000-0000-7000-8000-000000000000", "name": "x"}, 422, "chatbot_id"),
        ({"chatbot_id": bot, "name": "x", "rules": {"weekly": "always"}}, 400, None),
        ({"chatbot_id": bot, "name": "x", "surprise": 1}, 400, None),
    ]
    for body, status, field in bad:
        r = await client.post("/v1/schedules", headers=tenant.headers, json=body)
        assert r.status_code == status, (body, r.text)
        assert r.headers["content-type"].startswith(PROBLEM)
        if field:
            assert r.json()["errors"][0]["field"].endswith(field.split(".")[-1]), r.json()
    schedule = await make_schedule(client, tenant, bot)
    sid = schedule["id"]
    for params in ({"start": "2026-01-01T00:00:00"}, {"start": "2026-06-02T00:00:00Z", "end": "2026-06-01T00:00:00Z"},
                   {"start": "2026-01-01T00:00:00Z", "end": "2026-12-01T00:00:00Z"}, {"time_zone": "Nowhere/Land"},
                   {"duration_minutes": "0"}):
        r = await client.get(f"/v1/schedules/{sid}/slots", headers=tenant.headers, params=params)
        assert r.status_code in (400, 422) and r.headers["content-type"].startswith(PROBLEM), (params, r.text)
    start = tomorrow_at(9).isoformat()
    for body, status in [
        ({"start": start, "name": "Ada", "email": "not-an-email"}, 422),
        ({"start": start, "name": "Ada", "email": "ada@example.com", "time_zone": "CEST"}, 422),
        ({"start": start, "name": "", "email": "ada@example.com"}, 422),
        ({"start": "2026-06-01T09:00:00", "name": "Ada", "email": "ada@example.com"}, 400),
        ({"start": tomorrow_at(9).replace(minute=7).isoformat(), "name": "Ada", "email": "ada@example.com"}, 409),
        ({"start": (datetime.now(UTC) - timedelta(days=1)).replace(minute=0, second=0, microsecond=0).isoformat(),
          "name": "Ada", "email": "ada@example.com"}, 409),
        ({"start": start, "name": "Ada", "email": "ada@example.com", "duration_minutes": 9999}, 422),
    ]:
        r = await client.post(f"/v1/schedules/{sid}/bookings", headers=tenant.headers, json=body)
        assert r.status_code == status, (body, r.text)
        assert r.headers["content-type"].startswith(PROBLEM)
    for method, path in [("GET", "/v1/schedules/00000000-0000-7000-8000-000000000000"),
                         ("GET", "/v1/bookings/00000000-0000-7000-8000-000000000000"),
                         ("GET", "/v1/widget/bookings/forged.token"),
                         ("POST", "/v1/widget/bookings/AAAA.BBBB/cancel")]:
        r = await client.request(method, path, headers=tenant.headers)
        assert r.status_code == 404 and r.headers["content-type"].startswith(PROBLEM), (path, r.text)
    r = await client.post("/v1/calendars", headers=tenant.headers,
                          json={"url": "http://169.254.169.254/latest/", "username": "a", "password": "b"})
    assert r.status_code == 422  # a private address (the SSRF guard), refused when saved
    r = await client.post("/v1/calendars", headers=tenant.headers, json={"url": "ftp://x", "username": "a", "password": "b"})
    assert r.status_code == 422


async def test_schedules_crud_and_an_operator_cannot_change_them(client, tenant):
    bot = await make_chatbot(client, tenant)
    schedule = await make_schedule(client, tenant, bot, daily_cap=4, overrides={"2026-12-24": []})
    assert schedule["rules"]["daily_cap"] == 4 and schedule["rules"]["overrides"] == {"2026-12-24": []}
    assert schedule["reminder_offsets_minutes"] == [1440, 60]
    dup = await client.post("/v1/schedules", headers=tenant.headers, json={"chatbot_id": bot, "name": "again"})
    assert dup.status_code == 409
    r = await client.patch(f"/v1/schedules/{schedule['id']}", headers=tenant.headers,
                           json={"reminder_offsets_minutes": [30, 2880], "rules": {"time_zone": "America/New_York"}})
    assert r.status_code == 200 and r.json()["reminder_offsets_minutes"] == [2880, 30]
    assert r.json()["rules"]["time_zone"] == "America/New_York" and r.json()["rules"]["weekly"] == {}
    listed = await client.get("/v1/schedules", headers=tenant.headers)
    assert [s["id"] for s in listed.json()["items"]] == [schedule["id"]]
    assert (await client.delete(f"/v1/schedules/{schedule['id']}", headers=tenant.headers)).status_code == 204
    assert (await client.get(f"/v1/schedules/{schedule['id']}", headers=tenant.headers)).status_code == 404

"""Booking e-mails through aiosmtpd (the real SMTP peer) from an arq worker: the confirmation with its .ics
and signed links, a reminder at the owner's offset (the clock port moves time to it), never twice, none
after a cancellation; the public cancel and reschedule pages; booking.* events in the outbox."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from uuid import UUID

import asyncpg
from arq.constants import default_queue_name

from domain.scheduling.services import REMINDER, notification_job_id
from infrastructure.scheduling.notify import send_notification
from tests.integration.scheduling.conftest import connect, make_chatbot, make_schedule
from tests.integration.webhooks.conftest import eventually


def subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def mails(inbox, to: str, subject_part: str = "") -> list:
    return [m for m in inbox.messages if m["To"] == to and subject_part in subject(m)]


def body_of(message) -> str:
    part = message.get_body(("plain",)) if hasattr(message, "get_body") else None
    if part is None:
        for p in message.walk():
            if p.get_content_type() == "text/plain":
                return p.get_payload(decode=True).decode()
    return part.get_payload(decode=True).decode()


def link(text: str, label: str) -> str:
    found = re.search(label + r" (https?://\S+)", text)
    assert found, text
    return "/" + found.group(1).split("/", 3)[3]  # the path on this API


async def test_confirmation_reminder_once_and_cancel_by_link(client, tenant, container, services, radicale, worker, inbox, clock):
    bot = await make_chatbot(client, tenant)
    url = radicale.new_calendar()
    schedule = await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, url)])
    r = await client.patch(f"/v1/schedules/{schedule['id']}", headers=tenant.headers, json={"reminder_offsets_minutes": [1440, 60]})
    assert r.status_code == 200
    start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)
    clock.offset = (start - timedelta(minutes=60, seconds=4)) - datetime.now(UTC)  # 4 s before the 1-hour reminder

    r = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": start.isoformat(), "name": "Ada", "email": "ada@example.com", "time_zone": "Europe/Berlin"})
    assert r.status_code == 201, r.text
    booking = r.json()

    await eventually(lambda: mails(inbox, "ada@example.com", "Confirmed"))
    confirmation = mails(inbox, "ada@example.com", "Confirmed")[0]
    text = body_of(confirmation)
    local = start.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
    assert f"{local:%H:%M}" in subject(confirmation) and "Europe/Berlin" in subject(confirmation)
    assert booking["meeting_url"] in text
    ics = [p for p in confirmation.walk() if p.get_content_type() == "text/calendar"]
    assert ics and b"METHOD:REQUEST" in ics[0].get_payload(decode=True)
    assert f"DTSTART:{start:%Y%m%dT%H%M%SZ}".encode() in ics[0].get_payload(decode=True)

    # the 24-hour reminder's time had passed at booking (clock moved), the 1-hour one arrives when due
    reminder = await eventually(lambda: mails(inbox, "ada@example.com", "Reminder"), timeout=20)
    assert len(reminder) == 1 and "1 hour" in subject(reminder[0])
    # the job delivered again (a worker restart, a redelivered outbox row): nothing is sent twice
    again = await send_notification(container.scheduling, UUID(tenant.id), UUID(booking["id"]), REMINDER, 60, start)
    assert again.startswith("not due")
    time.sleep(0.5)
    assert len(mails(inbox, "ada@example.com", "Reminder")) == 1

    # a second booking, cancelled by the visitor through the signed link in its confirmation
    later = start + timedelta(hours=2)
    clock.offset = (later - timedelta(minutes=60, seconds=3)) - datetime.now(UTC)
    r = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": later.isoformat(), "name": "Bo", "email": "bo@example.com", "time_zone": "America/New_York"})
    second = r.json()
    await eventually(lambda: mails(inbox, "bo@example.com", "Confirmed"))
    job_id = notification_job_id(UUID(second["id"]), REMINDER, 60, later)
    assert await container.redis.zscore(default_queue_name, job_id) is not None  # the reminder waits in the queue
    text = body_of(mails(inbox, "bo@example.com", "Confirmed")[0])
    cancel = link(text, "Can't make it\\?")
    page = await client.get(cancel)
    assert page.status_code == 200 and "Cancel this meeting" in page.text and "America/New_York" in page.text
    forged = cancel[:-3] + ("AAA" if not cancel.endswith("AAA") else "BBB")
    assert (await client.post(forged + "/cancel")).status_code == 404
    reschedule_only = link(text, "Need another time\\?")
    assert (await client.post(reschedule_only + "/cancel")).status_code == 404  # that link cannot cancel
    done = await client.post(cancel + "/cancel")
    assert done.status_code == 200 and "cancelled" in done.text
    assert await container.redis.zscore(default_queue_name, job_id) is None  # taken off the queue
    assert radicale.get(url, f"{second['calendar_event_uid']}.ics").status_code == 404
    await eventually(lambda: mails(inbox, "bo@example.com", "Cancelled"))
    time.sleep(4)  # past the moment the cancelled reminder was due
    assert mails(inbox, "bo@example.com", "Reminder") == []

    conn = await asyncpg.connect(services.owner_url)
    try:
        names = [r["name"] for r in await conn.fetch(
            "SELECT name FROM outbox WHERE tenant_id = $1 AND kind = 'event' AND name LIKE 'booking.%' ORDER BY id", UUID(tenant.id))]
    finally:
        await conn.close()
    assert names == ["booking.created", "booking.created", "booking.cancelled"]


async def test_the_reschedule_link_moves_the_meeting(client, tenant, radicale, worker, inbox, clock):
    bot = await make_chatbot(client, tenant)
    url = radicale.new_calendar()
    schedule = await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, url)])
    start = (datetime.now(UTC) + timedelta(days=2)).replace(hour=9, minute=0, second=0, microsecond=0)
    r = await client.post(f"/v1/schedules/{schedule['id']}/bookings", headers=tenant.headers, json={
        "start": start.isoformat(), "name": "Cy", "email": "cy@example.com", "time_zone": "Europe/Berlin"})
    booking = r.json()
    await eventually(lambda: mails(inbox, "cy@example.com", "Confirmed"))
    move = link(body_of(mails(inbox, "cy@example.com", "Confirmed")[0]), "Need another time\\?")
    page = await client.get(move)
    assert page.status_code == 200 and 'name="start"' in page.text
    options = re.findall(r'name="start" value="([^"]+)"', page.text)
    target = options[-1]
    assert datetime.fromisoformat(target) != start
    assert (await client.post(move + "/cancel")).status_code == 404
    bad = await client.post(move + "/reschedule", data={"start": "tomorrow"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
    taken = await client.post(move + "/reschedule", data={"start": start.replace(minute=7).isoformat()})
    assert taken.status_code == 409
    moved = await client.post(move + "/reschedule", data={"start": target})
    assert moved.status_code == 200 and "has moved" in moved.text, moved.text
    new_start = datetime.fromisoformat(target).astimezone(UTC)
    assert f"DTSTART:{new_start:%Y%m%dT%H%M%SZ}" in radicale.get(url, f"{booking['calendar_event_uid']}.ics").text
    await eventually(lambda: mails(inbox, "cy@example.com", "Moved"))
    got = await client.get(f"/v1/bookings/{booking['id']}", headers=tenant.headers)
    assert datetime.fromisoformat(got.json()["start"]) == new_start

"""Calendly and Cal.com: the owner's scheduling link offered in chat, and their booking webhooks (signed as they
sign them, by local fake senders) turned into bookings: created, rescheduled, cancelled, once per their id;
forged, altered or stale deliveries refused with problem+json; the routes rate-limited per connection."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from tests.integration.scheduling.conftest import make_chatbot, make_schedule
from tests.integration.scheduling.test_tools import ctx

KEY = "whsec-" + "k" * 24


class CalendlySender:
    """Sends what Calendly sends: invitee.created / invitee.canceled, `Calendly-Webhook-Signature: t=..,v1=..`."""

    def __init__(self, client, url: str, key: str = KEY) -> None:
        self.client, self.url, self.key = client, url, key

    def invitee(self, start: datetime, minutes: int = 30, **extra) -> dict:
        event = f"https://api.calendly.com/scheduled_events/{uuid4().hex}"
        return {"uri": f"{event}/invitees/{uuid4().hex}", "email": "ada@example.com", "name": "Ada Lovelace",
                "timezone": "America/New_York", "rescheduled": False, "old_invitee": None, "new_invitee": None,
                "questions_and_answers": [{"question": "Topic", "answer": "Pricing"}],
                "scheduled_event": {"uri": event, "start_time": start.isoformat().replace("+00:00", "Z"),
                                    "end_time": (start + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z"),
                                    "location": {"type": "google_conference", "join_url": "https://meet.google.com/abc-defg-hij"}},
                **extra}

    async def send(self, event: str, payload: dict, *, at: float | None = None, key: str | None = None, tamper: bool = False):
        body = json.dumps({"event": event, "created_at": datetime.now(UTC).isoformat(), "payload": payload}).encode()
        t = str(int(at if at is not None else time.time()))
        v1 = hmac.new((key or self.key).encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
        if tamper:
            body = body.replace(b"Ada Lovelace", b"Eve Mallory")
        return await self.client.post(self.url, content=body, headers={
            "Content-Type": "application/json", "Calendly-Webhook-Signature": f"t={t},v1={v1}"})


class CalcomSender:
    """Sends what Cal.com sends: triggerEvent + payload, `X-Cal-Signature-256` = hex HMAC-SHA256 of the body."""

    def __init__(self, client, url: str, key: str = KEY) -> None:
        self.client, self.url, self.key = client, url, key

    async def send(self, trigger: str, uid: str, start: datetime, *, created: datetime | None = None, **extra):
        payload = {"type": "demo", "title": "Demo between Acme and Bruno", "uid": uid, "bookingId": 17,
                   "startTime": start.isoformat(), "endTime": (start + timedelta(minutes=45)).isoformat(),
                   "attendees": [{"email": "bruno@example.com", "name": "Bruno", "timeZone": "Europe/Rome",
                                  "language": {"locale": "it"}}],
                   "organizer": {"email": "owner@acme.example", "name": "Owner", "timeZone": "Europe/Berlin"},
                   "metadata": {"videoCallUrl": "https://app.cal.com/video/xyz"}, "additionalNotes": "Budget?", **extra}
        body = json.dumps({"triggerEvent": trigger, "createdAt": (created or datetime.now(UTC)).isoformat(),
                           "payload": payload}).encode()
        signature = hmac.new(self.key.encode(), body, hashlib.sha256).hexdigest()
        return await self.client.post(self.url, content=body, headers={"Content-Type": "application/json",
                                                                       "X-Cal-Signature-256": signature})


async def link_connection(client, tenant, kind: str, url: str) -> dict:
    r = await client.post("/v1/calendars", headers=tenant.headers,
                          json={"kind": kind, "url": url, "password": KEY, "name": kind})
    assert r.status_code == 201, r.text
    return r.json()


async def bookings(client, tenant, schedule_id) -> list[dict]:
    return (await client.get(f"/v1/schedules/{schedule_id}/bookings", headers=tenant.headers)).json()["items"]


async def test_calendly_link_in_chat_and_its_webhooks_make_bookings(client, tenant, container):
    calendly = await link_connection(client, tenant, "calendly", "https://calendly.com/acme/demo")
    assert calendly["webhook_url"].endswith(f"/v1/integrations/calendly/{calendly['id']}/webhook")
    bot = await make_chatbot(client, tenant)
    schedule = await make_schedule(client, tenant, bot, [calendly["id"]])

    c = ctx(tenant, bot)
    offered = await container.assistant.tools.get("find_slots").run(c, {})
    assert not offered.is_error and "https://calendly.com/acme/demo" in offered.content and "Calendly" in offered.content
    assert c.effects["scheduling_link"] == {"provider": "calendly", "url": "https://calendly.com/acme/demo"}
    book = await container.assistant.tools.get("book_meeting").run(c, {"slot": "x", "name": "A", "email": "a@b.co", "confirmed": True})
    assert "calendly.com/acme/demo" in book.content

    sender = CalendlySender(client, f"/v1/integrations/calendly/{calendly['id']}/webhook")
    start = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    invitee = sender.invitee(start)
    r = await sender.send("invitee.created", invitee)
    assert r.status_code == 200 and r.json()["outcome"] == "created", r.text
    again = await sender.send("invitee.created", invitee)  # Calendly retries: one booking
    assert again.json()["outcome"] == "duplicate"
    [made] = await bookings(client, tenant, schedule["id"])
    assert made["source"] == "calendly" and made["name"] == "Ada Lovelace" and made["time_zone"] == "America/New_York"
    assert datetime.fromisoformat(made["start"]) == start and made["meeting_url"] == "https://meet.google.com/abc-defg-hij"
    assert "Topic: Pricing" in made["notes"]
    # the time it took is not offered by our own slots any more
    free = await container.scheduling.slots_for(tenant_uuid(tenant), await _schedule(container, tenant, schedule),
                                                start - timedelta(hours=1), start + timedelta(hours=1), timedelta(minutes=30))
    assert start not in free and start - timedelta(hours=1) in free

    # rescheduled on Calendly: the old invitee is canceled (rescheduled) and a new one created
    moved_to = start + timedelta(hours=3)
    new_invitee = sender.invitee(moved_to, old_invitee=invitee["uri"])
    old_cancel = dict(invitee, rescheduled=True, new_invitee=new_invitee["uri"])
    assert (await sender.send("invitee.canceled", old_cancel)).json()["outcome"].startswith("ignored")
    assert (await sender.send("invitee.created", new_invitee)).json()["outcome"] == "rescheduled"
    [moved] = await bookings(client, tenant, schedule["id"])
    assert moved["id"] == made["id"] and datetime.fromisoformat(moved["start"]) == moved_to and moved["status"] == "confirmed"
    # a member cannot move or cancel it here: it belongs to Calendly
    refused = await client.post(f"/v1/bookings/{made['id']}/cancel", headers=tenant.headers)
    assert refused.status_code == 409 and "calendly" in refused.json()["detail"]

    assert (await sender.send("invitee.canceled", new_invitee)).json()["outcome"] == "cancelled"
    assert (await sender.send("invitee.canceled", new_invitee)).json()["outcome"] == "duplicate"
    [gone] = await bookings(client, tenant, schedule["id"])
    assert gone["status"] == "cancelled"

    # forged, altered, stale and unsigned deliveries
    fresh = sender.invitee(start + timedelta(days=1))
    for bad in (await sender.send("invitee.created", fresh, key="not-the-key-" * 3),
                await sender.send("invitee.created", fresh, tamper=True),
                await sender.send("invitee.created", fresh, at=time.time() - 600),
                await client.post(sender.url, content=b"{}", headers={"Content-Type": "application/json"})):
        assert bad.status_code == 400 and bad.headers["content-type"].startswith("application/problem+json"), bad.text
    assert len(await bookings(client, tenant, schedule["id"])) == 1
    unknown = await client.post(f"/v1/integrations/calendly/{uuid4()}/webhook", content=b"{}")
    assert unknown.status_code == 404 and unknown.headers["content-type"].startswith("application/problem+json")
    wrong_kind = await client.post(f"/v1/integrations/calcom/{calendly['id']}/webhook", content=b"{}")
    assert wrong_kind.status_code == 404


async def test_calcom_webhooks_make_bookings_once(client, tenant, container):
    calcom = await link_connection(client, tenant, "calcom", "https://cal.com/acme/demo")
    bot = await make_chatbot(client, tenant)
    schedule = await make_schedule(client, tenant, bot, [calcom["id"]])
    sender = CalcomSender(client, f"/v1/integrations/calcom/{calcom['id']}/webhook")
    start = (datetime.now(UTC) + timedelta(days=4)).replace(minute=0, second=0, microsecond=0)
    assert (await sender.send("BOOKING_CREATED", "cal-1", start)).json()["outcome"] == "created"
    assert (await sender.send("BOOKING_CREATED", "cal-1", start)).json()["outcome"] == "duplicate"
    [made] = await bookings(client, tenant, schedule["id"])
    assert made["source"] == "calcom" and made["language"] == "it" and made["time_zone"] == "Europe/Rome"
    assert made["meeting_url"] == "https://app.cal.com/video/xyz" and made["notes"] == "Budget?"
    later = start + timedelta(days=1)
    r = await sender.send("BOOKING_RESCHEDULED", "cal-2", later, rescheduleUid="cal-1")
    assert r.json()["outcome"] == "rescheduled"
    [moved] = await bookings(client, tenant, schedule["id"])
    assert moved["id"] == made["id"] and datetime.fromisoformat(moved["start"]) == later
    assert (await sender.send("BOOKING_CANCELLED", "cal-2", later)).json()["outcome"] == "cancelled"
    assert (await bookings(client, tenant, schedule["id"]))[0]["status"] == "cancelled"
    stale = await sender.send("BOOKING_CREATED", "cal-3", start, created=datetime.now(UTC) - timedelta(minutes=30))
    assert stale.status_code == 400 and "stale" in stale.json()["detail"]
    forged = await client.post(sender.url, content=b'{"triggerEvent":"BOOKING_CREATED"}',
                               headers={"X-Cal-Signature-256": "00" * 32})
    assert forged.status_code == 400
    assert (await sender.send("MEETING_ENDED", "cal-2", later)).json()["outcome"].startswith("ignored")
    short_key = await client.post("/v1/calendars", headers=tenant.headers,
                                  json={"kind": "calcom", "url": "https://cal.com/x", "password": "short"})
    assert short_key.status_code == 422
    plain = await client.post("/v1/calendars", headers=tenant.headers,
                              json={"kind": "calcom", "url": "http://cal.com/x", "password": KEY})
    assert plain.status_code == 422


async def test_provider_webhooks_are_rate_limited_per_connection(client, tenant, other_tenant):
    """Like Stripe's: every workspace's deliveries come from the provider's few addresses, so the limit is per
    connection (route path), not per caller IP: one connection's flood leaves another's budget alone."""
    import re

    first = await link_connection(client, tenant, "calendly", "https://calendly.com/a/x")
    second = await link_connection(client, other_tenant, "calendly", "https://calendly.com/b/y")

    def remaining(response) -> int:
        return int(re.search(r";r=(\d+)", response.headers["RateLimit"]).group(1))

    hits = [await client.post(f"/v1/integrations/calendly/{first['id']}/webhook", content=b"{}") for _ in range(3)]
    assert [h.status_code for h in hits] == [400, 400, 400]
    other = await client.post(f"/v1/integrations/calendly/{second['id']}/webhook", content=b"{}")  # same caller IP
    assert remaining(hits[0]) - remaining(hits[2]) == 2
    assert remaining(other) == remaining(hits[0])  # its own budget: untouched by the first connection's calls


def tenant_uuid(tenant):
    from uuid import UUID

    return UUID(tenant.id)


async def _schedule(container, tenant, schedule):
    from uuid import UUID

    async with container.db.unit_of_work(UUID(tenant.id)) as uow:
        return await uow.scheduling.get_schedule(UUID(schedule["id"]))

"""The assistant's booking tools, as the model calls them: registered on the assistant, 3-5 slots in the
visitor's time zone, no booking without the visitor's confirmation, a slot taken meanwhile answered with
fresh ones, a calendar that is down answered with a message (never an exception)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import asyncpg
import pytest

from domain.assistant.tools import ToolArgumentError, ToolContext
from tests.contract.conftest import free_port
from tests.integration.scheduling.conftest import connect, make_chatbot, make_schedule


def ctx(tenant, bot) -> ToolContext:
    return ToolContext(tenant_id=UUID(tenant.id), chatbot_id=UUID(bot), session_id=uuid4(), language="en", question="demo?")


async def test_the_ai_offers_slots_in_the_visitors_zone_and_books_only_after_confirmation(
        client, tenant, container, radicale, private_urls):
    tools = container.assistant.tools
    assert {"find_slots", "book_meeting"} <= set(tools.names())
    bot = await make_chatbot(client, tenant)
    c = ctx(tenant, bot)
    nothing = await tools.get("find_slots").run(c, {})
    assert nothing.is_error and "cannot be booked" in nothing.content  # no schedule for this chatbot yet

    url = radicale.new_calendar()
    weekdays = {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
    await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, url)], weekly=weekdays,
                        time_zone="Europe/Berlin", slot_minutes=30)
    start_day = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    end_day = (datetime.now(UTC) + timedelta(days=10)).date().isoformat()
    found = await tools.get("find_slots").run(c, {"range": {"start": start_day, "end": end_day}, "duration": 30,
                                                  "time_zone": "America/New_York"})
    assert not found.is_error, found.content
    offered = c.effects["slots"]
    assert 3 <= len(offered) <= 5
    for slot in offered:  # in the visitor's zone: Berlin's 09:00-17:00 is 03:00-11:00 (or 02:00/04:00 near DST) in New York
        t = datetime.fromisoformat(slot)
        assert t.utcoffset() in (timedelta(hours=-4), timedelta(hours=-5)) and f"slot={slot}" in found.content
    bad_zone = tools.get("find_slots").run(c, {"time_zone": "Eastern"})
    with pytest.raises(ToolArgumentError):
        await bad_zone

    with pytest.raises(ToolArgumentError, match="confirm"):
        await tools.get("book_meeting").run(c, {"slot": offered[0], "name": "Ada", "email": "ada@example.com"})
    booked = await tools.get("book_meeting").run(c, {"slot": offered[0], "name": "Ada", "email": "ada@example.com",
                                                     "notes": "demo", "time_zone": "America/New_York", "confirmed": True})
    assert not booked.is_error, booked.content
    assert "meet.jit.si" in booked.content and "America/New_York" in booked.content
    listed = await client.get(f"/v1/schedules/{(await client.get('/v1/schedules', headers=tenant.headers)).json()['items'][0]['id']}"
                              "/bookings", headers=tenant.headers)
    item = listed.json()["items"][0]
    assert item["conversation_id"] == str(c.session_id) and item["time_zone"] == "America/New_York"

    other = ctx(tenant, bot)
    taken = await tools.get("book_meeting").run(other, {"slot": offered[0], "name": "Bo", "email": "bo@example.com",
                                                        "time_zone": "America/New_York", "confirmed": True})
    assert taken.is_error and ("just taken" in taken.content or "not free" in taken.content)
    assert other.effects["slots"] and offered[0] not in other.effects["slots"]
    assert len(re.findall(r"slot=", taken.content)) >= 3

    with pytest.raises(ToolArgumentError):
        await tools.get("book_meeting").run(other, {"slot": offered[1], "name": "Bo", "email": "nope", "confirmed": True})


async def test_without_a_zone_from_the_model_the_visitors_browser_zone_is_used(client, tenant, container, radicale, private_urls):
    bot = await make_chatbot(client, tenant)
    url = radicale.new_calendar()
    weekdays = {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
    await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, url)], weekly=weekdays,
                        time_zone="Europe/Berlin", slot_minutes=30)
    find = container.assistant.tools.get("find_slots")
    tokyo = ctx(tenant, bot)
    tokyo.time_zone = "Asia/Tokyo"  # what the widget reported (visitor metadata time_zone)
    found = await find.run(tokyo, {"duration": 30})
    assert not found.is_error and "(Asia/Tokyo)" in found.content, found.content
    assert tokyo.effects["slots"] and all(datetime.fromisoformat(t).utcoffset() == timedelta(hours=9) for t in tokyo.effects["slots"])
    told = ctx(tenant, bot)
    told.time_zone = "Asia/Tokyo"
    await find.run(told, {"duration": 30, "time_zone": "America/New_York"})  # the model's zone wins
    assert all(datetime.fromisoformat(t).utcoffset() in (timedelta(hours=-4), timedelta(hours=-5)) for t in told.effects["slots"])
    bogus = ctx(tenant, bot)
    bogus.time_zone = "Mars/Olympus"  # not a zone: the schedule's own
    found = await find.run(bogus, {"duration": 30})
    assert not found.is_error and "(Europe/Berlin)" in found.content


async def test_the_assistant_reads_the_zone_the_widget_reported(client, tenant, container):
    bot = (await client.post("/v1/chatbots", headers=tenant.headers,
                             json={"name": "Zones", "allowed_origins": ["https://shop.example"]})).json()
    r = await client.post(f"/v1/widget/{bot['public_id']}/sessions", headers={"Origin": "https://shop.example"},
                          json={"metadata": {"time_zone": "Asia/Tokyo", "plan": "pro"}})
    assert r.status_code in (200, 201), r.text
    async with container.assistant.store.reading(UUID(tenant.id)) as reads:
        session, _, _ = await reads.conversation(UUID(r.json()["session"]["id"]), 5)
    assert session.time_zone == "Asia/Tokyo"  # handed to the tools as ToolContext.time_zone


async def test_a_calendar_that_is_down_is_a_message_to_the_model_and_the_owner_is_told(
        client, tenant, container, services, private_urls):
    bot = await make_chatbot(client, tenant)
    r = await client.post("/v1/calendars", headers=tenant.headers, json={
        "url": f"http://127.0.0.1:{free_port()}/x/", "username": "a", "password": "b", "verify": False})
    await make_schedule(client, tenant, bot, [r.json()["id"]])
    c = ctx(tenant, bot)
    found = await container.assistant.tools.get("find_slots").run(c, {"time_zone": "Europe/Berlin"})
    assert found.is_error and "calendar cannot be read" in found.content
    slot = (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0).isoformat()
    booked = await container.assistant.tools.get("book_meeting").run(
        c, {"slot": slot, "name": "Ada", "email": "ada@example.com", "confirmed": True})
    assert booked.is_error and "nothing was booked" in booked.content
    conn = await asyncpg.connect(services.owner_url)
    try:
        names = [r["name"] for r in await conn.fetch(
            "SELECT name FROM outbox WHERE tenant_id = $1 AND kind = 'event' ORDER BY id", UUID(tenant.id))]
    finally:
        await conn.close()
    assert names.count("calendar.unavailable") == 1  # told once, not once per visitor attempt

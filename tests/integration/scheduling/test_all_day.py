"""All-day events (and floating times) carry no zone: they are read in the calendar's zone (its CalDAV
`calendar-timezone`), or the schedule's when the calendar names none, never in UTC. Against Radicale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tests.integration.scheduling.conftest import connect, make_chatbot, make_schedule
from tests.integration.scheduling.radicale import vevent

NEW_YORK = """BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VTIMEZONE\r\nTZID:America/New_York\r
BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0400\r
TZOFFSETTO:-0500\r\nTZNAME:EST\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nEND:DAYLIGHT\r
END:VTIMEZONE\r\nEND:VCALENDAR\r\n"""


def set_zone(radicale, url: str) -> None:
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<d:propertyupdate xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>
<c:calendar-timezone>{NEW_YORK.replace("&", "&amp;").replace("<", "&lt;")}</c:calendar-timezone></d:prop></d:set></d:propertyupdate>"""
    with httpx.Client(auth=("alice", "wonderland"), timeout=10) as c:
        r = c.request("PROPPATCH", url, content=body.encode(), headers={"Content-Type": "application/xml"})
        assert r.status_code == 207, r.text


async def free(client, tenant, schedule, start: datetime, end: datetime) -> set[datetime]:
    r = await client.get(f"/v1/schedules/{schedule['id']}/slots", headers=tenant.headers,
                         params={"start": start.isoformat(), "end": end.isoformat(), "duration_minutes": 60})
    assert r.status_code == 200, r.text
    return {datetime.fromisoformat(s).astimezone(UTC) for s in r.json()["slots"]}


async def test_all_day_events_are_read_in_the_calendars_zone(client, tenant, radicale, private_urls):
    day = (datetime.now(UTC) + timedelta(days=4)).replace(hour=0, minute=0, second=0, microsecond=0)
    stamp = day.strftime("%Y%m%d")
    after = (day + timedelta(days=1)).strftime("%Y%m%d")
    bot = await make_chatbot(client, tenant)

    # a New York calendar: the day off is busy from 00:00 to 24:00 New York time (05:00Z to 05:00Z, in winter)
    ny = radicale.new_calendar()
    set_zone(radicale, ny)
    radicale.put(ny, "off.ics", vevent("off", "", "", extra="").replace("DTSTART:\r\nDTEND:\r\n",
                                                                        f"DTSTART;VALUE=DATE:{stamp}\r\nDTEND;VALUE=DATE:{after}\r\n"))
    offset = datetime.fromisoformat(f"{day.date()}T12:00:00").astimezone(__import__("zoneinfo").ZoneInfo("America/New_York"))
    hours = -int(offset.utcoffset().total_seconds() // 3600)  # 5 in winter, 4 in summer
    schedule = await make_schedule(client, tenant, bot, [await connect(client, tenant, radicale, ny)], time_zone="UTC",
                                   slot_minutes=60)
    found = await free(client, tenant, schedule, day - timedelta(hours=2), day + timedelta(days=1, hours=12))
    assert day + timedelta(hours=hours - 1) in found  # 23:00 the evening before, New York
    assert day + timedelta(hours=hours) not in found and day + timedelta(hours=12) not in found
    assert day + timedelta(days=1, hours=hours - 1) not in found  # 23:00 New York, still the day off
    assert day + timedelta(days=1, hours=hours) in found  # the next day, New York
    assert day + timedelta(days=1, hours=1) not in found  # (UTC would have freed this)

    # a calendar that names no zone: the schedule's (Europe/Berlin: the day off is 23:00Z the day before to 23:00Z)
    plain = radicale.new_calendar()
    radicale.put(plain, "off.ics", vevent("off2", "", "").replace("DTSTART:\r\nDTEND:\r\n",
                                                                  f"DTSTART;VALUE=DATE:{stamp}\r\n"))  # no DTEND: one day
    bot2 = await make_chatbot(client, tenant)
    berlin = await make_schedule(client, tenant, bot2, [await connect(client, tenant, radicale, plain)], time_zone="Europe/Berlin",
                                 slot_minutes=60)
    found = await free(client, tenant, berlin, day - timedelta(hours=3), day + timedelta(days=1, hours=3))
    assert day - timedelta(hours=2) in found and day - timedelta(hours=1) not in found
    assert day + timedelta(hours=22) not in found and day + timedelta(hours=23) in found

"""The CalDAV connector against Radicale: busy time (recurring, transparent and cancelled events), creating,
moving and deleting events seen through a separate client, and a server that is down or refuses us."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.scheduling.model import CalendarCredentials, Interval
from domain.scheduling.ports import CalendarEvent, CalendarUnavailable
from infrastructure.scheduling.caldav import CalDavGateway
from infrastructure.security.outbound import OutboundPolicy
from tests.contract.conftest import free_port
from tests.integration.scheduling.radicale import vevent

JUNE_1 = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture
def gateway():
    return CalDavGateway(OutboundPolicy(allow_private=True), timeout=5)


@pytest.fixture
def calendar(radicale):
    return CalendarCredentials(radicale.new_calendar(), "alice", "wonderland")


async def test_busy_time_includes_expanded_recurrences_and_skips_free_and_cancelled(radicale, gateway, calendar):
    radicale.put(calendar.url, "a.ics", vevent("a", "20260601T080000Z", "20260601T090000Z"))
    radicale.put(calendar.url, "weekly.ics", vevent("weekly", "20260602T120000Z", "20260602T123000Z",
                                                     extra="RRULE:FREQ=WEEKLY;COUNT=3\r\n"))
    radicale.put(calendar.url, "free.ics", vevent("free", "20260603T080000Z", "20260603T090000Z", extra="TRANSP:TRANSPARENT\r\n"))
    radicale.put(calendar.url, "off.ics", vevent("off", "20260604T080000Z", "20260604T090000Z", extra="STATUS:CANCELLED\r\n"))
    radicale.put(calendar.url, "later.ics", vevent("later", "20260801T080000Z", "20260801T090000Z"))
    radicale.put(calendar.url, "zoned.ics", vevent("zoned", "20260605T100000", "20260605T110000").replace(
        "DTSTART:20260605T100000", "DTSTART;TZID=Europe/Berlin:20260605T100000").replace(
        "DTEND:20260605T110000", "DTEND;TZID=Europe/Berlin:20260605T110000"))
    busy = await gateway.busy(calendar, JUNE_1, JUNE_1 + timedelta(days=30))
    assert busy == [
        Interval(datetime(2026, 6, 1, 8, tzinfo=UTC), datetime(2026, 6, 1, 9, tzinfo=UTC)),
        Interval(datetime(2026, 6, 2, 12, tzinfo=UTC), datetime(2026, 6, 2, 12, 30, tzinfo=UTC)),
        Interval(datetime(2026, 6, 5, 8, tzinfo=UTC), datetime(2026, 6, 5, 9, tzinfo=UTC)),  # 10:00 CEST
        Interval(datetime(2026, 6, 9, 12, tzinfo=UTC), datetime(2026, 6, 9, 12, 30, tzinfo=UTC)),
        Interval(datetime(2026, 6, 16, 12, tzinfo=UTC), datetime(2026, 6, 16, 12, 30, tzinfo=UTC)),
    ]


async def test_events_are_created_moved_and_deleted(radicale, gateway, calendar):
    await gateway.check(calendar)
    event = CalendarEvent(uid="booking-1", start=datetime(2026, 6, 1, 9, tzinfo=UTC), end=datetime(2026, 6, 1, 9, 30, tzinfo=UTC),
                          summary="Demo with Ada", location="https://meet.jit.si/parley-x", attendee_email="ada@example.com",
                          attendee_name="Ada")
    etag = await gateway.put_event(calendar, event, create=True)
    assert etag
    seen = radicale.get(calendar.url, "booking-1.ics")
    assert seen.status_code == 200 and "DTSTART:20260601T090000Z" in seen.text and "meet.jit.si/parley-x" in seen.text
    with pytest.raises(CalendarUnavailable):  # create never overwrites
        await gateway.put_event(calendar, event, create=True)
    moved = CalendarEvent(uid="booking-1", start=datetime(2026, 6, 2, 9, tzinfo=UTC), end=datetime(2026, 6, 2, 9, 30, tzinfo=UTC),
                          summary="Demo with Ada", sequence=1)
    await gateway.put_event(calendar, moved, create=False)
    assert "DTSTART:20260602T090000Z" in radicale.get(calendar.url, "booking-1.ics").text
    remote = await gateway.events(calendar, ["booking-1", "missing"])
    assert list(remote) == ["booking-1"] and remote["booking-1"].start == moved.start
    assert await gateway.ctag(calendar)
    await gateway.delete_event(calendar, "booking-1")
    assert radicale.get(calendar.url, "booking-1.ics").status_code == 404
    await gateway.delete_event(calendar, "booking-1")  # already gone: fine


async def test_wrong_password_down_server_and_private_address_are_unavailable(radicale, calendar):
    gateway = CalDavGateway(OutboundPolicy(allow_private=True), timeout=2)
    wrong = CalendarCredentials(calendar.url, "alice", "nope")
    with pytest.raises(CalendarUnavailable, match="refused our credentials"):
        await gateway.busy(wrong, JUNE_1, JUNE_1 + timedelta(days=1))
    down = CalendarCredentials(f"http://127.0.0.1:{free_port()}/alice/x/", "alice", "wonderland")
    with pytest.raises(CalendarUnavailable, match="could not be reached"):
        await gateway.busy(down, JUNE_1, JUNE_1 + timedelta(days=1))
    guarded = CalDavGateway(OutboundPolicy(allow_private=False), timeout=2)
    with pytest.raises(CalendarUnavailable, match="may not be called"):
        await guarded.busy(calendar, JUNE_1, JUNE_1 + timedelta(days=1))
    with pytest.raises(CalendarUnavailable, match="not a CalDAV calendar"):
        await gateway.check(CalendarCredentials(radicale.base + "/alice/", "alice", "wonderland"))

"""Signed booking links (forged, altered, other action, other key: refused) and the iCalendar the visitor and
the calendar get (read back by icalendar: UTC times, attendee, link; busy parsing skips free and cancelled)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from uuid import uuid4

from icalendar import Calendar

from domain.scheduling.ports import CalendarEvent
from infrastructure.scheduling.ics import busy_intervals, event_calendar
from infrastructure.scheduling.links import BookingLinkSigner


def test_links_verify_only_as_signed():
    signer, tenant, booking = BookingLinkSigner(os.urandom(32)), uuid4(), uuid4()
    cancel = signer.sign(tenant, booking, "cancel")
    assert signer.verify(cancel) == (tenant, booking, "cancel")
    assert signer.verify(signer.sign(tenant, booking, "reschedule"))[2] == "reschedule"
    body, mac = cancel.split(".")
    other = signer.sign(uuid4(), booking, "cancel").split(".")[0]
    for forged in (other + "." + mac, body + "." + mac[:-2] + ("AA" if not mac.endswith("AA") else "BB"), body, "",
                   "a.b.c", "%%%.%%%", body + "." + mac + "x" * 300):
        assert signer.verify(forged) is None, forged
    assert BookingLinkSigner(os.urandom(32)).verify(cancel) is None  # another installation's key


def test_the_invitation_reads_back():
    event = CalendarEvent(uid="parley-1", start=datetime(2026, 3, 29, 1, tzinfo=UTC), end=datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
                          summary="Demo: Ada", description="Join", location="https://meet.jit.si/Parley-x",
                          attendee_email="ada@example.com", attendee_name="Ada Lovelace")
    cal = Calendar.from_ical(event_calendar(event, method="REQUEST", organizer="bookings@acme.example"))
    assert cal["method"] == "REQUEST"
    ev = next(iter(cal.walk("VEVENT")))
    assert ev.decoded("dtstart") == event.start and ev.decoded("dtend") == event.end
    assert str(ev["attendee"]) == "mailto:ada@example.com" and ev["attendee"].params["cn"] == "Ada Lovelace"
    assert str(ev["location"]) == "https://meet.jit.si/Parley-x"
    assert busy_intervals(event_calendar(event))[0].start == event.start
    cancelled = Calendar.from_ical(event_calendar(event, method="CANCEL"))
    assert busy_intervals(cancelled.to_ical()) == []

"""iCalendar (RFC 5545) for bookings: the VEVENT put on the owner's calendar and the .ics sent to the
visitor, and reading busy time out of a server's calendar data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from icalendar import Calendar, Event, vCalAddress, vText

from domain.scheduling.model import Interval
from domain.scheduling.ports import CalendarEvent

PRODID = "-//Parley//Scheduling//EN"


def event_calendar(event: CalendarEvent, *, method: str | None = None, organizer: str | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    if method:
        cal.add("method", method)
    ev = Event()
    ev.add("uid", event.uid)
    ev.add("dtstamp", datetime.now(UTC))
    ev.add("dtstart", event.start.astimezone(UTC))
    ev.add("dtend", event.end.astimezone(UTC))
    ev.add("summary", event.summary)
    ev.add("sequence", event.sequence)
    ev.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    if event.description:
        ev.add("description", event.description)
    if event.location:
        ev.add("location", event.location)
        ev.add("url", event.location)
    if organizer:
        ev["organizer"] = vCalAddress(f"mailto:{organizer}")
    if event.attendee_email:
        attendee = vCalAddress(f"mailto:{event.attendee_email}")
        if event.attendee_name:
            attendee.params["cn"] = vText(event.attendee_name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        ev.add("attendee", attendee, encode=False)
    cal.add_component(ev)
    return cal.to_ical()


def _utc(value: object, tz: tzinfo = UTC) -> datetime | None:
    """A DTSTART/DTEND as UTC. Floating times and all-day dates carry no zone: they are wall-clock times in the
    calendar's zone (`tz`), so an all-day event in a New York calendar is busy from midnight to midnight there."""
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=tz).astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=tz).astimezone(UTC)
    return None


def event_times(component, tz: tzinfo = UTC) -> tuple[datetime | None, datetime | None]:
    start = _utc(component.decoded("dtstart", None), tz)
    if start is None:
        return None, None
    end = _utc(component.decoded("dtend", None), tz)
    if end is None:
        duration = component.decoded("duration", None)
        if isinstance(duration, timedelta):
            end = start + duration
        elif not isinstance(component.decoded("dtstart"), datetime):  # one day, in the calendar's zone
            day = component.decoded("dtstart")
            end = _utc(day + timedelta(days=1), tz)
        else:
            end = start
    return start, end


def busy_intervals(data: bytes | str, tz: tzinfo = UTC) -> list[Interval]:
    """The busy time in one calendar object (VEVENTs that are not transparent and not cancelled)."""
    found = []
    for component in Calendar.from_ical(data).walk("VEVENT"):
        if str(component.get("transp", "OPAQUE")).upper() == "TRANSPARENT":
            continue
        if str(component.get("status", "")).upper() == "CANCELLED":
            continue
        start, end = event_times(component, tz)
        if start is not None and end is not None and end > start:
            found.append(Interval(start, end))
    return found


def first_event(data: bytes | str):
    for component in Calendar.from_ical(data).walk("VEVENT"):
        return component
    return None


def calendar_zone(vtimezone: str | bytes | None) -> str | None:
    """The IANA name in a calendar's `calendar-timezone` (a VCALENDAR with one VTIMEZONE), when it has one."""
    if not vtimezone:
        return None
    try:
        for component in Calendar.from_ical(vtimezone).walk("VTIMEZONE"):
            name = str(component.get("tzid", "")).strip()
            return name or None
    except ValueError:
        return None
    return None

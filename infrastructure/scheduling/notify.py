"""The booking e-mails (confirmation, reminders, rescheduled, cancelled), sent by the worker. Each is
claimed in the database before it is handed to SMTP, so a worker restart or a redelivered job never sends
one twice; a mail the server refused gives its claim back and is tried again later."""

from __future__ import annotations

import smtplib
from datetime import datetime
from uuid import UUID

import structlog
from arq import Retry

from domain.scheduling.model import Booking, zone
from domain.scheduling.ports import CalendarEvent
from domain.scheduling.services import CANCELLATION, CONFIRMATION, REMINDER, RESCHEDULED, SchedulingService
from infrastructure.scheduling.ics import event_calendar

log = structlog.get_logger(__name__)


def when(booking: Booking) -> str:
    tz = zone(booking.time_zone)
    start, end = booking.start.astimezone(tz), booking.end.astimezone(tz)
    return f"{start:%A %d %B %Y, %H:%M}–{end:%H:%M} ({booking.time_zone})"


def compose(service: SchedulingService, booking: Booking, kind: str, offset: int) -> tuple[str, str]:
    moment = when(booking)
    manage = (
        f"\n\nNeed another time? {service.link(booking, 'reschedule')}\nCan't make it? {service.link(booking, 'cancel')}\n"
    )
    if kind == CANCELLATION:
        return f"Cancelled: your meeting on {moment}", f"Hello {booking.name},\n\nyour meeting on {moment} is cancelled.\n"
    if kind == REMINDER:
        hours = f"{offset // 60} hour{'s' if offset // 60 != 1 else ''}" if offset % 60 == 0 else f"{offset} minutes"
        subject = f"Reminder: your meeting in {hours}"
        intro = f"a reminder: your meeting is on {moment}."
    elif kind == RESCHEDULED:
        subject, intro = f"Moved: your meeting is now on {moment}", f"your meeting has moved to {moment}."
    else:
        subject, intro = f"Confirmed: your meeting on {moment}", f"your meeting is booked for {moment}."
    return subject, f"Hello {booking.name},\n\n{intro}\n\nJoin the video call: {booking.meeting_url}{manage}"


def invitation(booking: Booking, kind: str) -> bytes:
    event = CalendarEvent(
        uid=booking.calendar_event_uid or f"parley-{booking.id}", start=booking.start, end=booking.end, summary="Meeting",
        description=f"Join: {booking.meeting_url}", location=booking.meeting_url, attendee_email=booking.email,
        attendee_name=booking.name, sequence=int(booking.updated_at.timestamp()) if booking.updated_at else 0,
    )
    return event_calendar(event, method="CANCEL" if kind == CANCELLATION else "REQUEST")


async def send_notification(service: SchedulingService, tenant_id: UUID, booking_id: UUID, kind: str, offset: int,
                            start: datetime) -> str:
    if service.mailer is None:
        return "no SMTP server configured"
    booking = await service.notification(tenant_id, booking_id, kind, offset, start)
    if booking is None:
        return "not due (cancelled, moved or already sent)"
    subject, text = compose(service, booking, kind, offset)
    attachments = [("invite.ics", "text/calendar", invitation(booking, kind))] if kind in (CONFIRMATION, RESCHEDULED, CANCELLATION) \
        else []
    try:
        await service.mailer.send(booking.email, subject, text, attachments)
    except (OSError, smtplib.SMTPException) as exc:
        log.warning("booking mail not sent", booking_id=str(booking_id), kind=kind, error=type(exc).__name__)
        await service.release_notification(tenant_id, booking_id, kind, offset, start)
        raise Retry(defer=60) from None
    return "sent"

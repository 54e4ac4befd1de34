"""The booking e-mails (confirmation, reminders, rescheduled, cancelled), sent by the worker. Each is
claimed in the database before it is handed to SMTP, so a worker restart or a redelivered job never sends
one twice; a mail the server refused gives its claim back and is tried again later."""

from __future__ import annotations

import smtplib
from datetime import datetime
from uuid import UUID

import structlog
from arq import Retry

from domain.scheduling.dates import day_text
from domain.scheduling.model import Booking, zone
from domain.scheduling.ports import CalendarEvent
from domain.scheduling.services import CANCELLATION, CONFIRMATION, REMINDER, RESCHEDULED, SchedulingService
from infrastructure.scheduling.ics import event_calendar
from infrastructure.scheduling.mail_texts import span_text, texts

log = structlog.get_logger(__name__)


def when(booking: Booking) -> str:
    """The meeting's time in the visitor's zone and language: "Tuesday 08 December 2026, 10:00–10:30 (Europe/Berlin)"."""
    tz = zone(booking.time_zone)
    start, end = booking.start.astimezone(tz), booking.end.astimezone(tz)
    return f"{day_text(start, booking.language)}, {start:%H:%M}–{end:%H:%M} ({booking.time_zone})"


def compose(service: SchedulingService, booking: Booking, kind: str, offset: int) -> tuple[str, str]:
    """(subject, text) of one booking e-mail in the booking's language (the conversation's)."""
    t, moment = texts(booking.language), when(booking)
    hello = t["hello"].format(name=booking.name)
    if kind == CANCELLATION:
        return t["cancelled_subject"].format(when=moment), f"{hello}\n\n{t['cancelled'].format(when=moment)}\n"
    manage = (f"\n\n{t['another']} {service.link(booking, 'reschedule')}\n{t['cannot']} {service.link(booking, 'cancel')}\n")
    if kind == REMINDER:
        subject = t["reminder_subject"].format(span=span_text(offset, booking.language))
        intro = t["reminder"].format(when=moment)
    elif kind == RESCHEDULED:
        subject, intro = t["moved_subject"].format(when=moment), t["moved"].format(when=moment)
    else:
        subject, intro = t["confirmed_subject"].format(when=moment), t["confirmed"].format(when=moment)
    return subject, f"{hello}\n\n{intro}\n\n{t['join']} {booking.meeting_url}{manage}"


def invitation(booking: Booking, kind: str) -> bytes:
    event = CalendarEvent(
        uid=booking.calendar_event_uid or f"parley-{booking.id}", start=booking.start, end=booking.end, summary=texts(booking.language)["meeting"],
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

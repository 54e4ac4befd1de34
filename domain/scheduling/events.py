"""What the scheduling context publishes (through the outbox; partners subscribe to them as webhooks)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from domain.events import DomainEvent


class BookingCreated(DomainEvent, frozen=True, kw_only=True):
    name = "booking.created"
    booking_id: UUID
    schedule_id: UUID
    chatbot_id: UUID
    conversation_id: UUID | None
    start: datetime
    end: datetime
    time_zone: str  # the visitor's
    contact_name: str
    email: str
    meeting_url: str


class BookingRescheduled(DomainEvent, frozen=True, kw_only=True):
    name = "booking.rescheduled"
    booking_id: UUID
    schedule_id: UUID
    chatbot_id: UUID
    previous_start: datetime
    start: datetime
    end: datetime
    by: str  # 'visitor', 'member' or 'calendar'


class BookingCancelled(DomainEvent, frozen=True, kw_only=True):
    name = "booking.cancelled"
    booking_id: UUID
    schedule_id: UUID
    chatbot_id: UUID
    start: datetime
    by: str  # 'visitor', 'member' or 'calendar'


class CalendarUnreachable(DomainEvent, frozen=True, kw_only=True):
    """A visitor could not be offered or booked a meeting because a calendar of the schedule is down or refuses
    the stored credentials: the owner should look (at most one per schedule every 10 minutes)."""

    name = "calendar.unavailable"
    schedule_id: UUID
    chatbot_id: UUID
    reason: str

"""What the scheduling context needs: its storage (the unit of work's `scheduling`), calendars (one port
for every provider), links, mail and the job queue's cancellations."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from domain.errors import Unavailable
from domain.ports import UnitOfWork
from domain.scheduling.model import (
    Booking,
    CalendarConnection,
    CalendarCredentials,
    ExternalBooking,
    Interval,
    Schedule,
)


class CalendarUnavailable(Unavailable):
    """A calendar server is down, too slow, or refuses our credentials (503: nothing was booked)."""


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""  # the meeting link
    attendee_email: str | None = None
    attendee_name: str | None = None
    sequence: int = 0


@dataclass(frozen=True)
class RemoteEvent:
    """An event as the calendar has it now (for sync)."""

    uid: str
    etag: str
    start: datetime | None
    end: datetime | None
    cancelled: bool = False


@dataclass(frozen=True)
class WrittenEvent:
    """What a calendar made of an event we put: its id there (Graph chooses its own) and the video link the
    provider created for it (Google Meet, Teams), if any."""

    uid: str
    meeting_url: str = ""


@dataclass(frozen=True)
class OAuthGrant:
    """A finished OAuth consent: the workspace that started it and the sealed tokens for the connection."""

    tenant_id: UUID
    kind: str
    name: str
    calendar: str
    account: str
    secret: str


class CalendarGateway(Protocol):
    """One calendar provider (CalDAV, Google Calendar, Microsoft 365) behind one port."""

    async def busy(self, calendar: CalendarCredentials, start: datetime, end: datetime) -> list[Interval]: ...
    async def put_event(self, calendar: CalendarCredentials, event: CalendarEvent, *, create: bool) -> WrittenEvent: ...
    async def delete_event(self, calendar: CalendarCredentials, uid: str) -> None: ...
    async def events(self, calendar: CalendarCredentials, uids: Sequence[str]) -> dict[str, RemoteEvent]: ...
    async def check(self, calendar: CalendarCredentials) -> None: ...
    async def ctag(self, calendar: CalendarCredentials) -> str | None: ...  # changes whenever the calendar does


class IncrementalCalendar(Protocol):
    """A provider that says what changed since a token (Google's syncToken, Graph's delta link)."""

    async def changes(
        self, calendar: CalendarCredentials, token: str | None, uids: Sequence[str]
    ) -> tuple[dict[str, RemoteEvent], str | None]: ...


class BadSignature(Exception):
    """A Calendly / Cal.com webhook that is forged, altered, unsigned or stale (400)."""


class LinkWebhookReader(Protocol):
    """Checks a Calendly / Cal.com webhook's signature and reads the booking change in it (None: not one)."""

    def read(self, kind: str, body: bytes, signature: str | None, key: str, now: datetime) -> ExternalBooking | None: ...


class CalendarOAuth(Protocol):
    """The consent flow of OAuth calendar providers."""

    def kinds(self) -> tuple[str, ...]: ...  # the providers this server has a client registration for
    def start(self, kind: str, tenant_id: UUID, name: str, calendar: str) -> str: ...  # the consent URL
    def read_state(self, kind: str, state: str) -> dict[str, Any] | None: ...
    async def finish(self, kind: str, code: str, state: str) -> OAuthGrant: ...  # ValueError: a bad state
    async def revoke(self, kind: str, secret: str) -> bool: ...


class ScheduleRepository(Protocol):
    # schedules
    async def add_schedule(self, schedule: Schedule) -> None: ...
    async def get_schedule(self, schedule_id: UUID) -> Schedule | None: ...
    async def schedules(self, limit: int, before: UUID | None) -> builtins.list[Schedule]: ...
    async def schedule_for_chatbot(self, chatbot_id: UUID) -> Schedule | None: ...
    async def schedule_with_calendar(self, calendar_id: UUID) -> Schedule | None: ...
    async def update_schedule(self, schedule: Schedule) -> None: ...
    async def delete_schedule(self, schedule_id: UUID) -> bool: ...
    # calendars
    async def add_calendar(self, calendar: CalendarConnection, password: str) -> None: ...
    async def get_calendar(self, calendar_id: UUID) -> CalendarConnection | None: ...
    async def calendars(self, limit: int, before: UUID | None) -> builtins.list[CalendarConnection]: ...
    async def credentials(self, calendar_id: UUID) -> CalendarCredentials | None: ...
    async def delete_calendar(self, calendar_id: UUID) -> bool: ...
    async def set_secret(self, calendar_id: UUID, secret: str) -> None: ...
    async def calendar_tag(self, calendar_id: UUID) -> str | None: ...
    async def set_calendar_tag(self, calendar_id: UUID, ctag: str | None) -> None: ...
    # bookings
    async def add_booking(self, booking: Booking, lane: int) -> bool: ...  # False: the time is taken
    async def get_booking(self, booking_id: UUID, *, for_update: bool = False) -> Booking | None: ...
    async def bookings(self, schedule_id: UUID, limit: int, before: UUID | None) -> builtins.list[Booking]: ...
    async def booked(self, schedule_id: UUID, start: datetime, end: datetime) -> builtins.list[Interval]: ...
    async def move_booking(self, booking: Booking, lane: int) -> bool: ...  # False: the new time is taken
    async def set_status(self, booking_id: UUID, status: str) -> None: ...
    async def set_event(self, booking_id: UUID, uid: str | None, meeting_url: str) -> None: ...
    async def booking_by_external(self, source: str, external_id: str) -> Booking | None: ...
    async def set_external_id(self, booking_id: UUID, external_id: str) -> None: ...
    async def set_no_show(self, booking_id: UUID, no_show: bool) -> None: ...
    # figures: what happened to bookings, and conversations offered slots
    async def record_activity(self, booking_id: UUID, chatbot_id: UUID, kind: str) -> None: ...
    async def record_offer(self, session_id: UUID, chatbot_id: UUID) -> None: ...
    async def figures(self, since: datetime, until: datetime) -> builtins.list[dict[str, Any]]: ...
    async def confirmed_with_events(self, limit: int) -> builtins.list[Booking]: ...
    # notifications: (booking, kind, offset, start) claimed once, ever
    async def claim_notification(self, booking_id: UUID, kind: str, offset_minutes: int, start: datetime) -> bool: ...
    async def release_notification(self, booking_id: UUID, kind: str, offset_minutes: int, start: datetime) -> None: ...


class SchedulingUnitOfWork(UnitOfWork, Protocol):
    scheduling: ScheduleRepository


class LinkSigner(Protocol):
    def sign(self, tenant_id: UUID, booking_id: UUID, action: str) -> str: ...
    def verify(self, token: str) -> tuple[UUID, UUID, str] | None: ...


class Mailer(Protocol):
    async def send(
        self, to: str, subject: str, text: str, attachments: Sequence[tuple[str, str, bytes]] = ()
    ) -> None: ...


class JobCanceller(Protocol):
    """Takes deferred jobs (reminders) off the queue."""

    async def cancel(self, job_ids: Sequence[str]) -> None: ...

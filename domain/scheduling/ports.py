"""What the scheduling context needs: its storage (the unit of work's `scheduling`), calendars (one port
for every provider), links, mail and the job queue's cancellations."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from uuid import UUID

from domain.errors import Unavailable
from domain.ports import UnitOfWork
from domain.scheduling.model import Booking, CalendarConnection, CalendarCredentials, Interval, Schedule


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


class CalendarGateway(Protocol):
    """One calendar provider (CalDAV; Google and Microsoft later) behind one port."""

    async def busy(self, calendar: CalendarCredentials, start: datetime, end: datetime) -> list[Interval]: ...
    async def put_event(self, calendar: CalendarCredentials, event: CalendarEvent, *, create: bool) -> str: ...
    async def delete_event(self, calendar: CalendarCredentials, uid: str) -> None: ...
    async def events(self, calendar: CalendarCredentials, uids: Sequence[str]) -> dict[str, RemoteEvent]: ...
    async def check(self, calendar: CalendarCredentials) -> None: ...
    async def ctag(self, calendar: CalendarCredentials) -> str | None: ...  # changes whenever the calendar does


class ScheduleRepository(Protocol):
    # schedules
    async def add_schedule(self, schedule: Schedule) -> None: ...
    async def get_schedule(self, schedule_id: UUID) -> Schedule | None: ...
    async def schedules(self, limit: int, before: UUID | None) -> builtins.list[Schedule]: ...
    async def schedule_for_chatbot(self, chatbot_id: UUID) -> Schedule | None: ...
    async def update_schedule(self, schedule: Schedule) -> None: ...
    async def delete_schedule(self, schedule_id: UUID) -> bool: ...
    # calendars
    async def add_calendar(self, calendar: CalendarConnection, password: str) -> None: ...
    async def get_calendar(self, calendar_id: UUID) -> CalendarConnection | None: ...
    async def calendars(self, limit: int, before: UUID | None) -> builtins.list[CalendarConnection]: ...
    async def credentials(self, calendar_id: UUID) -> CalendarCredentials | None: ...
    async def delete_calendar(self, calendar_id: UUID) -> bool: ...
    async def calendar_tag(self, calendar_id: UUID) -> str | None: ...
    async def set_calendar_tag(self, calendar_id: UUID, ctag: str | None) -> None: ...
    # bookings
    async def add_booking(self, booking: Booking, lane: int) -> bool: ...  # False: the time is taken
    async def get_booking(self, booking_id: UUID, *, for_update: bool = False) -> Booking | None: ...
    async def bookings(self, schedule_id: UUID, limit: int, before: UUID | None) -> builtins.list[Booking]: ...
    async def booked(self, schedule_id: UUID, start: datetime, end: datetime) -> builtins.list[Interval]: ...
    async def move_booking(self, booking: Booking, lane: int) -> bool: ...  # False: the new time is taken
    async def set_status(self, booking_id: UUID, status: str) -> None: ...
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

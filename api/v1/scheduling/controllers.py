"""Calendars, schedules (availability rules), free slots and bookings."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated
from uuid import UUID

import msgspec
from litestar import Controller, Request, delete, get, patch, post
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.common import (
    BEARER,
    CREDENTIALS,
    CursorParam,
    LimitParam,
    Page,
    aware,
    decode_cursor,
    principal_of,
    requires,
    struct_changes,
    wire_page,
)
from api.v1.scheduling import schemas as s
from domain.errors import InvalidInput
from domain.scheduling.model import LINK_KINDS, Booking, CalendarConnection, Schedule, zone
from domain.scheduling.permissions import BOOKINGS_WRITE, SCHEDULING_READ, SCHEDULING_WRITE
from infrastructure.container import Container

READ, WRITE, BOOK = requires(SCHEDULING_READ), requires(SCHEDULING_WRITE), requires(BOOKINGS_WRITE)


def calendar_wire(c: CalendarConnection, public_url: str = "") -> s.Calendar:
    hook = f"{public_url.rstrip('/')}/v1/integrations/{c.kind}/{c.id}/webhook" if c.kind in LINK_KINDS else None
    return s.Calendar(id=c.id, kind=c.kind, name=c.name, url=c.url, username=c.username, created_at=c.created_at,
                      webhook_url=hook)


def schedule_wire(x: Schedule) -> s.Schedule:
    return s.Schedule(
        id=x.id, chatbot_id=x.chatbot_id, name=x.name, resource=x.resource, rules=msgspec.convert(x.rules.wire(), s.Rules),
        calendar_ids=x.calendar_ids, reminder_offsets_minutes=x.reminder_offsets_minutes, enabled=x.enabled,
        created_at=x.created_at,
    )


def booking_wire(b: Booking) -> s.Booking:
    return s.Booking(
        id=b.id, schedule_id=b.schedule_id, chatbot_id=b.chatbot_id, conversation_id=b.session_id, start=b.start, end=b.end,
        name=b.name, email=b.email, notes=b.notes, time_zone=b.time_zone, status=b.status, meeting_url=b.meeting_url,
        calendar_event_uid=b.calendar_event_uid, created_at=b.created_at, updated_at=b.updated_at, source=b.source,
        language=b.language, no_show=b.no_show,
    )


class CalendarController(Controller):
    path = "/v1/calendars"
    tags = ["scheduling"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 422, 503), opt={**WRITE, **CREDENTIALS},
          summary="Connect a CalDAV calendar (checked before it is saved; the password is stored encrypted) or a "
                  "Calendly / Cal.com scheduling link (with its webhook signing key)")
    async def connect_calendar(self, request: Request, container: Container, data: s.CalendarCreate) -> s.Calendar:
        return calendar_wire(await container.scheduling.connect_calendar(
            principal_of(request), data.kind, data.url, data.username, data.password, data.name, verify=data.verify
        ), container.settings.public_url)

    @post("/oauth", status_code=200, responses=problems(*AUTHED, 404, 422), opt=WRITE,
          summary="Start connecting a Google or Microsoft 365 calendar: the consent URL to send the owner to")
    async def start_oauth(self, request: Request, container: Container, data: s.OAuthStart) -> s.OAuthConsent:
        url = await container.scheduling.start_oauth(principal_of(request), data.kind, data.name, data.calendar)
        return s.OAuthConsent(authorize_url=url, redirect_uri=container.scheduling.oauth.redirect_uri(data.kind))

    @get("/", responses=problems(*AUTHED), opt=READ)
    async def list_calendars(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.Calendar]:
        page = await container.scheduling.list_calendars(principal_of(request), limit, decode_cursor(cursor))
        return wire_page(page, lambda c: calendar_wire(c, container.settings.public_url))

    @get("/{calendar_id:uuid}", responses=problems(*AUTHED, 404), opt=READ)
    async def get_calendar(self, request: Request, container: Container, calendar_id: UUID) -> s.Calendar:
        return calendar_wire(await container.scheduling.get_calendar(principal_of(request), calendar_id),
                             container.settings.public_url)

    @delete("/{calendar_id:uuid}", responses=problems(*AUTHED, 404), opt=WRITE)
    async def disconnect_calendar(self, request: Request, container: Container, calendar_id: UUID) -> None:
        await container.scheduling.disconnect_calendar(principal_of(request), calendar_id)


class ScheduleController(Controller):
    path = "/v1/schedules"
    tags = ["scheduling"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 409, 422), opt=WRITE,
          summary="Availability rules for a chatbot (or an operator or team it books for)")
    async def create_schedule(self, request: Request, container: Container, data: s.ScheduleCreate) -> s.Schedule:
        return schedule_wire(await container.scheduling.create_schedule(
            principal_of(request), data.chatbot_id, data.name, msgspec.to_builtins(data.rules), data.resource,
            data.calendar_ids, data.reminder_offsets_minutes, data.enabled,
        ))

    @get("/", responses=problems(*AUTHED), opt=READ)
    async def list_schedules(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.Schedule]:
        return wire_page(await container.scheduling.list_schedules(principal_of(request), limit, decode_cursor(cursor)), schedule_wire)

    @get("/{schedule_id:uuid}", responses=problems(*AUTHED, 404), opt=READ)
    async def get_schedule(self, request: Request, container: Container, schedule_id: UUID) -> s.Schedule:
        return schedule_wire(await container.scheduling.get_schedule(principal_of(request), schedule_id))

    @patch("/{schedule_id:uuid}", responses=problems(*AUTHED, 404, 422), opt=WRITE)
    async def update_schedule(self, request: Request, container: Container, schedule_id: UUID, data: s.ScheduleUpdate) -> s.Schedule:
        changes = struct_changes(data)
        if "rules" in changes:
            changes["rules"] = msgspec.to_builtins(data.rules)
        return schedule_wire(await container.scheduling.update_schedule(principal_of(request), schedule_id, changes))

    @delete("/{schedule_id:uuid}", responses=problems(*AUTHED, 404), opt=WRITE)
    async def delete_schedule(self, request: Request, container: Container, schedule_id: UUID) -> None:
        await container.scheduling.delete_schedule(principal_of(request), schedule_id)

    @get("/{schedule_id:uuid}/slots", responses=problems(*AUTHED, 404, 422, 503), opt=READ,
         summary="Free slots between start and end (busy time read from the schedule's calendars)")
    async def find_slots(
        self, request: Request, container: Container, schedule_id: UUID, start: datetime | None = None,
        end: datetime | None = None,
        duration_minutes: Annotated[int | None, Parameter(ge=5, le=480)] = None,
        time_zone: Annotated[str | None, Parameter(max_length=64, description="Show the slots in this IANA zone")] = None,
    ) -> s.Slots:
        principal = principal_of(request)
        schedule = await container.scheduling.get_schedule(principal, schedule_id)
        tz_name = time_zone or schedule.rules.time_zone
        tz = zone(tz_name)
        begin = aware("start", start) or container.scheduling.clock.now()
        until = aware("end", end) or begin + timedelta(days=7)
        found = await container.scheduling.find_slots(principal, schedule_id, begin, until, duration_minutes)
        return s.Slots(time_zone=tz_name, duration_minutes=duration_minutes or schedule.rules.slot_minutes,
                       slots=[t.astimezone(tz) for t in found])

    @post("/{schedule_id:uuid}/bookings", responses=problems(*AUTHED, 404, 409, 422, 503), opt=BOOK,
          summary="Book a free slot (409 with fresh slots when it was taken meanwhile)")
    async def create_booking(self, request: Request, container: Container, schedule_id: UUID, data: s.BookingCreate) -> s.Booking:
        return booking_wire(await container.scheduling.book(
            principal_of(request), schedule_id, data.start, name=data.name, email=data.email, notes=data.notes,
            time_zone=data.time_zone, duration_minutes=data.duration_minutes, session_id=data.conversation_id,
            language=data.language,
        ))

    @get("/{schedule_id:uuid}/bookings", responses=problems(*AUTHED, 404), opt=READ)
    async def list_bookings(
        self, request: Request, container: Container, schedule_id: UUID, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.Booking]:
        page = await container.scheduling.list_bookings(principal_of(request), schedule_id, limit, decode_cursor(cursor))
        return wire_page(page, booking_wire)


class BookingController(Controller):
    path = "/v1/bookings"
    tags = ["scheduling"]
    security = BEARER

    @get("/{booking_id:uuid}", responses=problems(*AUTHED, 404), opt=READ)
    async def get_booking(self, request: Request, container: Container, booking_id: UUID) -> s.Booking:
        return booking_wire(await container.scheduling.get_booking(principal_of(request), booking_id))

    @post("/{booking_id:uuid}/cancel", status_code=200, responses=problems(*AUTHED, 404, 503), opt=BOOK,
          summary="Cancel: the calendar event is deleted, reminders are called off, the visitor is told")
    async def cancel_booking(self, request: Request, container: Container, booking_id: UUID) -> s.Booking:
        return booking_wire(await container.scheduling.cancel(principal_of(request), booking_id))

    @post("/{booking_id:uuid}/no-show", status_code=200, responses=problems(*AUTHED, 404, 409), opt=BOOK,
          summary="Mark that the visitor did not turn up (or undo it); counted in the meeting figures")
    async def mark_no_show(self, request: Request, container: Container, booking_id: UUID, data: s.NoShow) -> s.Booking:
        return booking_wire(await container.scheduling.mark_no_show(principal_of(request), booking_id, data.no_show))

    @post("/{booking_id:uuid}/reschedule", status_code=200, responses=problems(*AUTHED, 404, 409, 422, 503), opt=BOOK)
    async def reschedule_booking(self, request: Request, container: Container, booking_id: UUID, data: s.Reschedule) -> s.Booking:
        return booking_wire(await container.scheduling.reschedule(principal_of(request), booking_id, data.start))


class SchedulingFiguresController(Controller):
    path = "/v1/scheduling"
    tags = ["scheduling"]
    security = BEARER

    @get("/figures", responses=problems(*AUTHED, 422), opt=READ,
         summary="Meetings booked, rescheduled, cancelled, no-shows and conversation→booking conversion by chatbot and day (UTC)")
    async def scheduling_figures(
        self, request: Request, container: Container,
        since: Annotated[datetime, Parameter(description="From (inclusive)")],
        until: Annotated[datetime, Parameter(description="To (exclusive)")],
    ) -> s.SchedulingFiguresList:
        since_, until_ = aware("since", since), aware("until", until)
        if since_ is None or until_ is None:
            raise InvalidInput("since and until are required", field="since")
        rows = await container.scheduling.figures(principal_of(request), since_, until_)
        return s.SchedulingFiguresList(msgspec.convert(rows, list[s.SchedulingFigures]))

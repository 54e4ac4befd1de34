"""Scheduling use cases: calendars, schedules (availability rules), free slots, bookings (book, move,
cancel), the public reschedule/cancel pages' actions, notifications and calendar sync.

No double booking: a slot is re-checked against the calendars' busy time just before booking, then the
booking is inserted (a database exclusion constraint per schedule refuses an overlap, also between two
transactions racing) and the calendar event is created in the same transaction: when the calendar refuses,
nothing is booked."""

from __future__ import annotations

import asyncio
import builtins
import dataclasses
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from domain.chatbots.ports import OutboundUrls
from domain.chatbots.services import ChatbotService
from domain.errors import Conflict, InvalidInput, NotFound
from domain.ids import new_id
from domain.pagination import page_of
from domain.ports import Clock, UnitOfWorkFactory
from domain.scheduling.availability import free_slots, spread
from domain.scheduling.events import BookingCancelled, BookingCreated, BookingRescheduled, CalendarUnreachable
from domain.scheduling.model import (
    DEFAULT_REMINDERS,
    LINK_KINDS,
    MAX_DURATION_MINUTES,
    MAX_RANGE_DAYS,
    OAUTH_KINDS,
    AvailabilityRules,
    Booking,
    BookingStatus,
    CalendarConnection,
    CalendarCredentials,
    ExternalBooking,
    Interval,
    Schedule,
    validate_email,
    validate_reminders,
    validate_resource,
    validate_text,
    zone,
)
from domain.scheduling.permissions import BOOKINGS_WRITE, SCHEDULING_READ, SCHEDULING_WRITE
from domain.scheduling.ports import (
    CalendarEvent,
    CalendarGateway,
    CalendarOAuth,
    CalendarUnavailable,
    IncrementalCalendar,
    JobCanceller,
    LinkSigner,
    LinkWebhookReader,
    Mailer,
    SchedulingUnitOfWork,
)
from domain.tenancy.model import Page, Principal

NOTIFY_JOB = "send_booking_notification"
CONFIRMATION, REMINDER, CANCELLATION, RESCHEDULED = "confirmation", "reminder", "cancellation", "rescheduled"


class SlotTaken(Conflict):
    """The slot is no longer free (409); `alternatives` are free ones now."""

    def __init__(self, detail: str, alternatives: Sequence[datetime], tz: str) -> None:
        shown = ", ".join(a.astimezone(zone(tz)).isoformat() for a in alternatives)
        super().__init__(f"{detail}; free slots now: {shown}" if alternatives else f"{detail}; no free slots nearby")
        self.alternatives = list(alternatives)


class _SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def notification_job_id(booking_id: UUID, kind: str, offset: int, start: datetime) -> str:
    return f"booking:{booking_id}:{kind}:{offset}:{int(start.timestamp())}"


def _aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InvalidInput(f"{name} must be a date-time with a time zone offset", field=name)
    return value.astimezone(UTC)


def _duration(minutes: int | None, rules: AvailabilityRules) -> timedelta:
    minutes = rules.slot_minutes if minutes is None else minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 5 <= minutes <= MAX_DURATION_MINUTES:
        raise InvalidInput(f"duration must be 5 to {MAX_DURATION_MINUTES} minutes", field="duration_minutes")
    return timedelta(minutes=minutes)


@dataclass
class SchedulingService:
    uow: UnitOfWorkFactory[SchedulingUnitOfWork]
    gateways: Mapping[str, CalendarGateway]  # calendar kind -> its adapter
    outbound: OutboundUrls
    links: LinkSigner
    public_url: str  # where the public booking pages are served (PARLEY_PUBLIC_URL)
    jobs: JobCanceller
    mailer: Mailer | None = None  # None: no SMTP server, nothing is e-mailed
    allow_http: bool = False  # plain-http calendar URLs only in development and tests
    clock: Clock = field(default_factory=_SystemClock)
    meeting_base: str = "https://meet.jit.si"
    oauth: CalendarOAuth | None = None  # Google / Microsoft consent (None: no client registration configured)
    link_webhooks: LinkWebhookReader | None = None  # Calendly / Cal.com webhook signatures and bodies
    _reported: dict[UUID, datetime] = field(default_factory=dict, repr=False)  # schedule -> last outage reported

    async def report_outage(self, tenant_id: UUID, schedule: Schedule, reason: str) -> bool:
        """Tells the owner (a `calendar.unavailable` event) that visitors cannot book on `schedule`; at most once
        per schedule every 10 minutes in this process. True when reported."""
        now = self.clock.now()
        last = self._reported.get(schedule.id)
        if last is not None and now - last < timedelta(minutes=10):
            return False
        self._reported[schedule.id] = now
        async with self.uow(tenant_id) as uow:
            uow.record(CalendarUnreachable(tenant_id=tenant_id, schedule_id=schedule.id, chatbot_id=schedule.chatbot_id,
                                           reason=reason[:300]))
        return True

    # --- calendars ------------------------------------------------------------------------------

    async def connect_calendar(
        self, principal: Principal, kind: str, url: str, username: str, password: str, name: str = "", *,
        verify: bool = True,
    ) -> CalendarConnection:
        """A calendar the workspace connects; checked (it must answer as a calendar) before it is saved."""
        principal.require(SCHEDULING_WRITE)
        if kind in OAUTH_KINDS:
            raise InvalidInput(f"{kind} calendars are connected by signing in: POST /v1/calendars/oauth/{kind}", field="kind")
        if kind in LINK_KINDS:
            return await self._connect_link(principal, kind, url, password, name)
        if kind not in self.gateways:
            raise InvalidInput(f"kind must be one of {', '.join(sorted([*self.gateways, *LINK_KINDS]))}", field="kind")
        url = validate_text(url, "url", 2000, required=True)
        if not (url.startswith("https://") or (self.allow_http and url.startswith("http://"))):
            raise InvalidInput("the calendar URL must start with https://", field="url")
        if (reason := await self.outbound.refusal(url)) is not None:
            raise InvalidInput(reason, field="url")
        username, name = validate_text(username, "username", 200, required=True), validate_text(name, "name", 200)
        password = validate_text(password, "password", 500, required=True)
        if verify:
            await self.gateways[kind].check(CalendarCredentials(url, username, password))
        calendar = CalendarConnection(id=new_id(), tenant_id=principal.tenant_id, kind=kind, url=url, username=username, name=name)
        async with self.uow(principal.tenant_id) as uow:
            await uow.scheduling.add_calendar(calendar, password)
        return calendar

    async def _connect_link(self, principal: Principal, kind: str, url: str, signing_key: str, name: str) -> CalendarConnection:
        """Calendly or Cal.com: the owner's booking page (offered in chat) and the webhook signing key their
        booking webhooks are checked with."""
        url = validate_text(url, "url", 2000, required=True)
        if not url.startswith("https://") or " " in url:
            raise InvalidInput("the scheduling link must be an https:// URL", field="url")
        signing_key = validate_text(signing_key, "password", 500, required=True)
        if len(signing_key) < 16:
            raise InvalidInput("the webhook signing key (password) must be at least 16 characters", field="password")
        calendar = CalendarConnection(id=new_id(), tenant_id=principal.tenant_id, kind=kind, url=url, username="",
                                      name=validate_text(name, "name", 200))
        async with self.uow(principal.tenant_id) as uow:
            await uow.scheduling.add_calendar(calendar, signing_key)
        return calendar

    # --- OAuth calendars (Google, Microsoft) ----------------------------------------------------

    def _oauth(self, kind: str) -> CalendarOAuth:
        if kind not in OAUTH_KINDS:
            raise NotFound(f"no OAuth calendar provider {kind!r}")
        if self.oauth is None or kind not in self.oauth.kinds():
            raise InvalidInput(f"this server has no {kind} client registration (see the PARLEY_{kind.upper()}_* settings)",
                               field="kind")
        return self.oauth

    async def start_oauth(self, principal: Principal, kind: str, name: str = "", calendar: str = "primary") -> str:
        """The provider's consent URL; the signed state names this workspace, the calendar and its name."""
        principal.require(SCHEDULING_WRITE)
        flows = self._oauth(kind)
        name = validate_text(name, "name", 200)
        calendar = validate_text(calendar, "calendar", 300) or "primary"
        return flows.start(kind, principal.tenant_id, name, calendar)

    async def finish_oauth(self, kind: str, code: str | None, state: str | None, error: str | None = None) -> CalendarConnection:
        """The provider's redirect back: the code exchanged for tokens (sealed), the calendar checked, saved.
        The signed state is the permission (the browser that comes back carries no credentials)."""
        flows = self._oauth(kind)
        if not state or flows.read_state(kind, state) is None:
            raise InvalidInput("the sign-in link expired or is not valid; start connecting the calendar again", field="state")
        if error:
            raise InvalidInput(f"the calendar access was not granted ({error[:100]})", field="error")
        if not code:
            raise InvalidInput("the provider sent no authorization code", field="code")
        try:
            grant = await flows.finish(kind, code, state)
        except ValueError:
            raise InvalidInput("the sign-in link expired or is not valid", field="state") from None
        calendar = CalendarConnection(id=new_id(), tenant_id=grant.tenant_id, kind=kind, url=grant.calendar,
                                      username=grant.account, name=grant.name)
        credentials = CalendarCredentials(grant.calendar, grant.account, grant.secret, calendar.id, grant.tenant_id)
        try:
            await self.gateways[kind].check(credentials)
        except CalendarUnavailable:
            await flows.revoke(kind, grant.secret)
            raise
        async with self.uow(grant.tenant_id) as uow:
            await uow.scheduling.add_calendar(calendar, grant.secret)
        return calendar

    async def save_secret(self, calendar: CalendarCredentials, secret: str) -> None:
        """A refreshed OAuth token, written back (sealed) for the next process."""
        if calendar.calendar_id is None or calendar.tenant_id is None:
            return
        async with self.uow(calendar.tenant_id) as uow:
            await uow.scheduling.set_secret(calendar.calendar_id, secret)

    async def list_calendars(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        principal.require(SCHEDULING_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(uow.scheduling.calendars, limit, before)

    async def get_calendar(self, principal: Principal, calendar_id: UUID) -> CalendarConnection:
        principal.require(SCHEDULING_READ)
        async with self.uow(principal.tenant_id) as uow:
            found = await uow.scheduling.get_calendar(calendar_id)
        if found is None:
            raise NotFound("no such calendar")
        return found

    async def disconnect_calendar(self, principal: Principal, calendar_id: UUID) -> None:
        principal.require(SCHEDULING_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            calendar = await uow.scheduling.get_calendar(calendar_id)
            credentials = await uow.scheduling.credentials(calendar_id) if calendar is not None else None
            if not await uow.scheduling.delete_calendar(calendar_id):
                raise NotFound("no such calendar")
        if calendar is not None and credentials is not None and calendar.kind in OAUTH_KINDS and self.oauth is not None:
            await self.oauth.revoke(calendar.kind, credentials.password)  # best effort: the tokens are gone here anyway

    # --- schedules ------------------------------------------------------------------------------

    async def _check_calendars(self, uow: SchedulingUnitOfWork, calendar_ids: list[UUID]) -> list[UUID]:
        if not isinstance(calendar_ids, list) or len(calendar_ids) > 10:
            raise InvalidInput("at most 10 calendars", field="calendar_ids")
        for cid in calendar_ids:
            if await uow.scheduling.get_calendar(cid) is None:
                raise InvalidInput(f"no such calendar {cid}", field="calendar_ids")
        return list(dict.fromkeys(calendar_ids))

    async def create_schedule(
        self, principal: Principal, chatbot_id: UUID, name: str, rules: dict[str, Any], resource: str = "chatbot",
        calendar_ids: list[UUID] | None = None, reminder_offsets_minutes: list[int] | None = None, enabled: bool = True,
    ) -> Schedule:
        principal.require(SCHEDULING_WRITE)
        schedule = Schedule(
            id=new_id(), tenant_id=principal.tenant_id, chatbot_id=chatbot_id, name=validate_text(name, "name", 200, required=True),
            resource=validate_resource(resource), rules=AvailabilityRules.parse(rules),
            reminder_offsets_minutes=validate_reminders(
                list(DEFAULT_REMINDERS) if reminder_offsets_minutes is None else reminder_offsets_minutes
            ),
            enabled=enabled,
        )
        async with self.uow(principal.tenant_id) as uow:
            if await ChatbotService.find(uow, chatbot_id) is None:
                raise InvalidInput("no such chatbot", field="chatbot_id")
            schedule.calendar_ids = await self._check_calendars(uow, calendar_ids or [])
            try:
                await uow.scheduling.add_schedule(schedule)
            except Exception as exc:  # the unique (chatbot, resource) pair
                if type(exc).__name__ == "UniqueViolationError":
                    raise Conflict("this chatbot already has a schedule for this resource") from None
                raise
        return schedule

    async def schedule_for_chatbot(self, tenant_id: UUID, chatbot_id: UUID) -> Schedule | None:
        """The chatbot's enabled schedule (its own before an operator's or team's), for the assistant's tools."""
        async with self.uow(tenant_id) as uow:
            return await uow.scheduling.schedule_for_chatbot(chatbot_id)

    async def list_schedules(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        principal.require(SCHEDULING_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(uow.scheduling.schedules, limit, before)

    async def get_schedule(self, principal: Principal, schedule_id: UUID) -> Schedule:
        principal.require(SCHEDULING_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await _schedule(uow, schedule_id)

    async def update_schedule(self, principal: Principal, schedule_id: UUID, changes: dict[str, Any]) -> Schedule:
        principal.require(SCHEDULING_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            schedule = await _schedule(uow, schedule_id)
            if "name" in changes:
                schedule.name = validate_text(changes["name"], "name", 200, required=True)
            if "resource" in changes:
                schedule.resource = validate_resource(changes["resource"])
            if "rules" in changes:
                schedule.rules = AvailabilityRules.parse(changes["rules"])
            if "reminder_offsets_minutes" in changes:
                schedule.reminder_offsets_minutes = validate_reminders(changes["reminder_offsets_minutes"])
            if "calendar_ids" in changes:
                schedule.calendar_ids = await self._check_calendars(uow, changes["calendar_ids"] or [])
            if "enabled" in changes and changes["enabled"] is not None:
                schedule.enabled = bool(changes["enabled"])
            await uow.scheduling.update_schedule(schedule)
        return schedule

    async def delete_schedule(self, principal: Principal, schedule_id: UUID) -> None:
        principal.require(SCHEDULING_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            if not await uow.scheduling.delete_schedule(schedule_id):
                raise NotFound("no such schedule")

    # --- slots ----------------------------------------------------------------------------------

    async def _busy(self, calendars: list[tuple[str, CalendarCredentials]], start: datetime, end: datetime) -> list[Interval]:
        gateways = []
        for kind, credentials in calendars:
            gateway = self.gateways.get(kind)
            if gateway is None:
                raise CalendarUnavailable(f"calendars of kind {kind} are not supported by this server")
            gateways.append((gateway, credentials))
        # the calendars are read at once (a month of three calendars takes as long as the slowest)
        found = await asyncio.gather(*(g.busy(c, start, end) for g, c in gateways))
        return [interval for intervals in found for interval in intervals]

    async def _calendars(self, uow: SchedulingUnitOfWork, schedule: Schedule) -> list[tuple[str, CalendarCredentials]]:
        found = []
        for cid in schedule.calendar_ids:
            calendar = await uow.scheduling.get_calendar(cid)
            if calendar is None or calendar.kind in LINK_KINDS:  # their bookings arrive by webhook (booked())
                continue
            credentials = await uow.scheduling.credentials(cid)
            if credentials is not None:
                found.append((calendar.kind, dataclasses.replace(credentials, time_zone=schedule.rules.time_zone)))
        return found

    async def scheduling_link(self, tenant_id: UUID, schedule: Schedule) -> tuple[str, str] | None:
        """(kind, URL) of the Calendly / Cal.com page visitors book on, when that is the schedule's first calendar."""
        if not schedule.calendar_ids:
            return None
        async with self.uow(tenant_id) as uow:
            calendar = await uow.scheduling.get_calendar(schedule.calendar_ids[0])
        if calendar is None or calendar.kind not in LINK_KINDS:
            return None
        return calendar.kind, calendar.url

    async def slots_for(
        self, tenant_id: UUID, schedule: Schedule, start: datetime, end: datetime, duration: timedelta
    ) -> list[datetime]:
        """Free slot starts (UTC) of `schedule` between `start` and `end`: its rules, its bookings and the
        busy time of its calendars (CalendarUnavailable when one cannot be read)."""
        if end <= start:
            raise InvalidInput("end must be after start", field="end")
        if end - start > timedelta(days=MAX_RANGE_DAYS):
            raise InvalidInput(f"the range may span at most {MAX_RANGE_DAYS} days", field="end")
        widen = timedelta(minutes=schedule.rules.buffer_before_minutes + schedule.rules.buffer_after_minutes) + duration
        async with self.uow(tenant_id) as uow:
            calendars = await self._calendars(uow, schedule)
            booked = await uow.scheduling.booked(schedule.id, start - timedelta(days=2), end + timedelta(days=2))
        busy = await self._busy(calendars, start - widen, end + widen)
        return free_slots(schedule.rules, start=start, end=end, duration=duration, now=self.clock.now(), busy=busy, booked=booked)

    async def find_slots(
        self, principal: Principal, schedule_id: UUID, start: datetime, end: datetime, duration_minutes: int | None = None,
    ) -> list[datetime]:
        principal.require(SCHEDULING_READ)
        async with self.uow(principal.tenant_id) as uow:
            schedule = await _schedule(uow, schedule_id)
        start, end = _aware(start, "start"), _aware(end, "end")
        return await self.slots_for(principal.tenant_id, schedule, start, end, _duration(duration_minutes, schedule.rules))

    # --- bookings -------------------------------------------------------------------------------

    async def _alternatives(self, tenant_id: UUID, schedule: Schedule, near: datetime, duration: timedelta) -> list[datetime]:
        try:
            found = await self.slots_for(tenant_id, schedule, near - timedelta(days=1), near + timedelta(days=7), duration)
        except CalendarUnavailable:
            return []
        return spread(found, schedule.rules.zone)

    def _event(self, booking: Booking, schedule: Schedule, sequence: int = 0) -> CalendarEvent:
        return CalendarEvent(
            uid=booking.calendar_event_uid or f"parley-{booking.id}", start=booking.start, end=booking.end,
            summary=f"{schedule.name}: {booking.name}",
            description="\n".join(
                line for line in (f"Booked by {booking.name} <{booking.email}>", booking.notes, f"Join: {booking.meeting_url}") if line
            ),
            location=booking.meeting_url, attendee_email=booking.email, attendee_name=booking.name, sequence=sequence,
        )

    def _schedule_notifications(self, uow: SchedulingUnitOfWork, booking: Booking, schedule: Schedule, first: str) -> list[str]:
        """Queues the confirmation (or rescheduled) mail now and each reminder at its offset; their job ids."""
        now = self.clock.now()
        ids = []
        uow.enqueue(NOTIFY_JOB, str(booking.tenant_id), str(booking.id), first, 0, booking.start.isoformat(),
                    job_id=notification_job_id(booking.id, first, 0, booking.start))
        for offset in schedule.reminder_offsets_minutes:
            due = booking.start - timedelta(minutes=offset)
            if due <= now:
                continue  # booked closer to the meeting than this reminder
            job_id = notification_job_id(booking.id, REMINDER, offset, booking.start)
            uow.enqueue(NOTIFY_JOB, str(booking.tenant_id), str(booking.id), REMINDER, offset, booking.start.isoformat(),
                        job_id=job_id, defer=due - now)
            ids.append(job_id)
        return ids

    def reminder_job_ids(self, booking: Booking, schedule: Schedule) -> list[str]:
        return [notification_job_id(booking.id, REMINDER, o, booking.start) for o in schedule.reminder_offsets_minutes]

    async def book_for(
        self, tenant_id: UUID, schedule: Schedule, start: datetime, duration: timedelta, *, name: str, email: str,
        notes: str, time_zone: str, session_id: UUID | None = None, language: str = "en",
    ) -> Booking:
        """Books `start` on `schedule` (the slot must be free now) and puts the event on its first calendar."""
        name, notes = validate_text(name, "name", 120, required=True), validate_text(notes, "notes", 2000)
        email = validate_email(email)
        zone(time_zone)
        if not schedule.enabled:
            raise Conflict("bookings are switched off for this schedule")
        start = _aware(start, "start")
        if start.second or start.microsecond:
            raise InvalidInput("a slot starts on a whole minute", field="start")
        free = await self.slots_for(tenant_id, schedule, start, start + timedelta(minutes=1), duration)
        if start not in free:
            raise SlotTaken("this slot is not free", await self._alternatives(tenant_id, schedule, start, duration), time_zone)
        booking = Booking(
            id=new_id(), tenant_id=tenant_id, schedule_id=schedule.id, chatbot_id=schedule.chatbot_id, start=start,
            end=start + duration, name=name, email=email, notes=notes, time_zone=time_zone, session_id=session_id,
            meeting_url=f"{self.meeting_base}/Parley-{secrets.token_hex(10)}", language=_language(language),
        )
        created_on: tuple[CalendarGateway, CalendarCredentials, str] | None = None
        try:
            async with self.uow(tenant_id) as uow:
                calendars = await self._calendars(uow, schedule)
                if calendars:
                    booking.calendar_id, booking.calendar_event_uid = calendars[0][1].calendar_id, f"parley-{booking.id}"
                if not await uow.scheduling.add_booking(booking, schedule.lane):
                    raise SlotTaken("this slot was just taken", [], time_zone)
                if calendars:
                    kind, credentials = calendars[0]
                    gateway = self.gateways[kind]
                    written = await gateway.put_event(credentials, self._event(booking, schedule), create=True)
                    created_on = (gateway, credentials, written.uid)
                    if written.uid != booking.calendar_event_uid or written.meeting_url:
                        booking.calendar_event_uid = written.uid
                        booking.meeting_url = written.meeting_url or booking.meeting_url  # the provider's Meet / Teams link
                        await uow.scheduling.set_event(booking.id, booking.calendar_event_uid, booking.meeting_url)
                await uow.scheduling.record_activity(booking.id, booking.chatbot_id, "booked")
                uow.record(BookingCreated(
                    tenant_id=tenant_id, booking_id=booking.id, schedule_id=schedule.id, chatbot_id=schedule.chatbot_id,
                    conversation_id=session_id, start=booking.start, end=booking.end, time_zone=time_zone,
                    contact_name=name, email=email, meeting_url=booking.meeting_url,
                ))
                self._schedule_notifications(uow, booking, schedule, CONFIRMATION)
        except SlotTaken as taken:
            if taken.alternatives:
                raise
            raise SlotTaken("this slot was just taken", await self._alternatives(tenant_id, schedule, start, duration),
                            time_zone) from None
        except BaseException:
            if created_on is not None:  # the event went out but the booking did not commit: take it back
                try:
                    await created_on[0].delete_event(created_on[1], created_on[2])
                except CalendarUnavailable:
                    pass
            raise
        return booking

    async def book(
        self, principal: Principal, schedule_id: UUID, start: datetime, *, name: str, email: str, notes: str = "",
        time_zone: str = "UTC", duration_minutes: int | None = None, session_id: UUID | None = None,
        language: str = "en",
    ) -> Booking:
        principal.require(BOOKINGS_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            schedule = await _schedule(uow, schedule_id)
        return await self.book_for(
            principal.tenant_id, schedule, start, _duration(duration_minutes, schedule.rules), name=name, email=email,
            notes=notes, time_zone=time_zone, session_id=session_id, language=language,
        )

    async def list_bookings(self, principal: Principal, schedule_id: UUID, limit: int, before: UUID | None) -> Page:
        principal.require(SCHEDULING_READ)
        async with self.uow(principal.tenant_id) as uow:
            await _schedule(uow, schedule_id)
            return await page_of(lambda n, b: uow.scheduling.bookings(schedule_id, n, b), limit, before)

    async def get_booking(self, principal: Principal, booking_id: UUID) -> Booking:
        principal.require(SCHEDULING_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await _booking(uow, booking_id)

    async def cancel_for(self, tenant_id: UUID, booking_id: UUID, by: str) -> Booking:
        async with self.uow(tenant_id) as uow:
            booking = await _booking(uow, booking_id, for_update=True)
            if booking.status == BookingStatus.CANCELLED:
                return booking
            schedule = await _schedule(uow, booking.schedule_id)
            if booking.calendar_id is not None and booking.calendar_event_uid and by != "calendar":
                calendar = await uow.scheduling.get_calendar(booking.calendar_id)
                credentials = await uow.scheduling.credentials(booking.calendar_id)
                if calendar is not None and credentials is not None:
                    await self.gateways[calendar.kind].delete_event(credentials, booking.calendar_event_uid)
            await uow.scheduling.set_status(booking.id, BookingStatus.CANCELLED)
            await uow.scheduling.record_activity(booking.id, booking.chatbot_id, "cancelled")
            booking.status = BookingStatus.CANCELLED
            uow.record(BookingCancelled(tenant_id=tenant_id, booking_id=booking.id, schedule_id=booking.schedule_id,
                                        chatbot_id=booking.chatbot_id, start=booking.start, by=by))
            if booking.source == "parley":  # Calendly and Cal.com write to their invitees themselves
                uow.enqueue(NOTIFY_JOB, str(tenant_id), str(booking.id), CANCELLATION, 0, booking.start.isoformat(),
                            job_id=notification_job_id(booking.id, CANCELLATION, 0, booking.start))
        await self.jobs.cancel(self.reminder_job_ids(booking, schedule))
        return booking

    async def cancel(self, principal: Principal, booking_id: UUID) -> Booking:
        principal.require(BOOKINGS_WRITE)
        await self._ours(principal.tenant_id, booking_id)
        return await self.cancel_for(principal.tenant_id, booking_id, "member")

    async def _ours(self, tenant_id: UUID, booking_id: UUID) -> None:
        async with self.uow(tenant_id) as uow:
            booking = await _booking(uow, booking_id)
        if booking.source != "parley":
            raise Conflict(f"this meeting was booked on {booking.source}; change it there (its webhook tells us)")

    async def reschedule_for(self, tenant_id: UUID, booking_id: UUID, start: datetime, by: str) -> Booking:
        start = _aware(start, "start")
        async with self.uow(tenant_id) as uow:
            booking = await _booking(uow, booking_id)
            schedule = await _schedule(uow, booking.schedule_id)
        if booking.status != BookingStatus.CONFIRMED:
            raise Conflict("this booking is cancelled")
        if start == booking.start:
            return booking
        duration = booking.end - booking.start
        if by != "calendar":
            free = await self.slots_for(tenant_id, schedule, start, start + timedelta(minutes=1), duration)
            if start not in free:
                raise SlotTaken("this slot is not free", await self._alternatives(tenant_id, schedule, start, duration),
                                booking.time_zone)
        previous = booking.start
        old_reminders = self.reminder_job_ids(booking, schedule)
        async with self.uow(tenant_id) as uow:
            booking = await _booking(uow, booking_id, for_update=True)
            if booking.status != BookingStatus.CONFIRMED:
                raise Conflict("this booking is cancelled")
            booking.start, booking.end = start, start + duration
            if not await uow.scheduling.move_booking(booking, schedule.lane):
                raise SlotTaken("this slot was just taken", [], booking.time_zone)
            if booking.calendar_id is not None and booking.calendar_event_uid and by != "calendar":
                calendar = await uow.scheduling.get_calendar(booking.calendar_id)
                credentials = await uow.scheduling.credentials(booking.calendar_id)
                if calendar is not None and credentials is not None:
                    sequence = int((self.clock.now() - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds())
                    await self.gateways[calendar.kind].put_event(credentials, self._event(booking, schedule, sequence), create=False)
            await uow.scheduling.record_activity(booking.id, booking.chatbot_id, "rescheduled")
            uow.record(BookingRescheduled(
                tenant_id=tenant_id, booking_id=booking.id, schedule_id=booking.schedule_id, chatbot_id=booking.chatbot_id,
                previous_start=previous, start=booking.start, end=booking.end, by=by,
            ))
            if booking.source == "parley":
                self._schedule_notifications(uow, booking, schedule, RESCHEDULED)
        await self.jobs.cancel(old_reminders)
        return booking

    async def reschedule(self, principal: Principal, booking_id: UUID, start: datetime) -> Booking:
        principal.require(BOOKINGS_WRITE)
        await self._ours(principal.tenant_id, booking_id)
        return await self.reschedule_for(principal.tenant_id, booking_id, start, "member")

    # --- the public pages (signed links) --------------------------------------------------------

    def link(self, booking: Booking, action: str) -> str:
        return f"{self.public_url.rstrip('/')}/v1/widget/bookings/{self.links.sign(booking.tenant_id, booking.id, action)}"

    def _verify(self, token: str, actions: tuple[str, ...]) -> tuple[UUID, UUID, str]:
        found = self.links.verify(token)
        if found is None or found[2] not in actions:
            raise NotFound("this link is not valid")
        return found

    async def public_booking(self, token: str) -> tuple[Booking, str, list[datetime]]:
        """The booking a signed link is for, its action, and (for a reschedule link) free slots to move to."""
        tenant_id, booking_id, action = self._verify(token, ("cancel", "reschedule"))
        async with self.uow(tenant_id) as uow:
            booking = await _booking(uow, booking_id)
            schedule = await _schedule(uow, booking.schedule_id)
        slots: list[datetime] = []
        if action == "reschedule" and booking.status == BookingStatus.CONFIRMED:
            now = self.clock.now()
            slots = await self.slots_for(tenant_id, schedule, now, now + timedelta(days=min(schedule.rules.horizon_days, 21)),
                                         booking.end - booking.start)
        return booking, action, slots[:40]

    async def public_cancel(self, token: str) -> Booking:
        tenant_id, booking_id, _ = self._verify(token, ("cancel",))
        return await self.cancel_for(tenant_id, booking_id, "visitor")

    async def public_reschedule(self, token: str, start: datetime) -> Booking:
        tenant_id, booking_id, _ = self._verify(token, ("reschedule",))
        return await self.reschedule_for(tenant_id, booking_id, start, "visitor")

    # --- Calendly and Cal.com: their bookings, told by webhook -----------------------------------

    async def handle_link_webhook(self, tenant_id: UUID, calendar_id: UUID, kind: str, body: bytes,
                                  signature: str | None) -> str:
        """A Calendly / Cal.com webhook for one connection: its signature checked with the connection's signing
        key (BadSignature), then the booking change applied. The outcome, in words."""
        async with self.uow(tenant_id) as uow:
            calendar = await uow.scheduling.get_calendar(calendar_id)
            credentials = await uow.scheduling.credentials(calendar_id) if calendar is not None else None
        if calendar is None or credentials is None or calendar.kind != kind or self.link_webhooks is None:
            raise NotFound(f"no such {kind} connection")
        change = self.link_webhooks.read(kind, body, signature, credentials.password, self.clock.now())
        if change is None:
            return "ignored: not a booking change"
        return await self.apply_external(tenant_id, calendar_id, change)

    async def apply_external(self, tenant_id: UUID, calendar_id: UUID, change: ExternalBooking) -> str:
        """A booking made, cancelled or moved on Calendly / Cal.com, recorded on the schedule that lists the
        connection; once per their id (a repeated delivery changes nothing). The outcome, in words."""
        async with self.uow(tenant_id) as uow:
            calendar = await uow.scheduling.get_calendar(calendar_id)
            if calendar is None or calendar.kind not in LINK_KINDS:
                raise NotFound("no such scheduling link connection")
            source = calendar.kind
            schedule = await uow.scheduling.schedule_with_calendar(calendar_id)
            if schedule is None:
                return "ignored: no schedule uses this connection"
            if change.action == "cancelled":
                booking = await uow.scheduling.booking_by_external(source, change.external_id)
                if booking is None:
                    return "ignored: unknown booking"
                if booking.status == BookingStatus.CANCELLED:
                    return "duplicate"
                booking_id = booking.id
            elif await uow.scheduling.booking_by_external(source, change.external_id) is not None:
                return "duplicate"
            else:
                previous = (await uow.scheduling.booking_by_external(source, change.previous_id)
                            if change.previous_id else None)
                if change.start is None or change.end is None or change.end <= change.start:
                    raise InvalidInput("the booking has no valid start and end", field="payload")
                try:
                    tz_name = change.time_zone if change.time_zone and zone(change.time_zone) else schedule.rules.time_zone
                except InvalidInput:
                    tz_name = schedule.rules.time_zone
                if previous is not None and previous.status == BookingStatus.CONFIRMED:
                    old_start = previous.start
                    previous.start, previous.end, previous.external_id = change.start, change.end, change.external_id
                    await uow.scheduling.move_booking(previous, schedule.lane)
                    await uow.scheduling.set_external_id(previous.id, change.external_id)
                    await uow.scheduling.record_activity(previous.id, previous.chatbot_id, "rescheduled")
                    uow.record(BookingRescheduled(
                        tenant_id=tenant_id, booking_id=previous.id, schedule_id=schedule.id, chatbot_id=schedule.chatbot_id,
                        previous_start=old_start, start=change.start, end=change.end, by=source,
                    ))
                    return "rescheduled"
                booking = Booking(
                    id=new_id(), tenant_id=tenant_id, schedule_id=schedule.id, chatbot_id=schedule.chatbot_id,
                    start=change.start, end=change.end, name=(change.name or change.email or "?")[:120],
                    email=change.email[:254], notes=change.notes[:2000], time_zone=tz_name, source=source,
                    external_id=change.external_id, meeting_url=change.meeting_url[:2000], language=_language(change.language),
                )
                await uow.scheduling.add_booking(booking, schedule.lane)
                await uow.scheduling.record_activity(booking.id, booking.chatbot_id, "booked")
                uow.record(BookingCreated(
                    tenant_id=tenant_id, booking_id=booking.id, schedule_id=schedule.id, chatbot_id=schedule.chatbot_id,
                    conversation_id=None, start=booking.start, end=booking.end, time_zone=tz_name,
                    contact_name=booking.name, email=booking.email, meeting_url=booking.meeting_url,
                ))
                return "created"
        await self.cancel_for(tenant_id, booking_id, source)
        return "cancelled"

    # --- no-shows and figures -------------------------------------------------------------------

    async def mark_no_show(self, principal: Principal, booking_id: UUID, no_show: bool = True) -> Booking:
        """An operator says the visitor did (not) turn up; only once the meeting has started."""
        principal.require(BOOKINGS_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            booking = await _booking(uow, booking_id, for_update=True)
            if booking.status != BookingStatus.CONFIRMED:
                raise Conflict("this booking is cancelled")
            if booking.start > self.clock.now():
                raise Conflict("the meeting has not started yet")
            if booking.no_show != no_show:
                await uow.scheduling.set_no_show(booking.id, no_show)
                if no_show:
                    await uow.scheduling.record_activity(booking.id, booking.chatbot_id, "no_show")
                booking.no_show = no_show
        return booking

    async def offered(self, tenant_id: UUID, session_id: UUID, chatbot_id: UUID) -> None:
        """The assistant offered slots in this conversation (the figures' conversion counts it once)."""
        async with self.uow(tenant_id) as uow:
            await uow.scheduling.record_offer(session_id, chatbot_id)

    async def figures(self, principal: Principal, since: datetime, until: datetime) -> builtins.list[dict[str, Any]]:
        """Per chatbot and day (UTC): meetings booked, rescheduled, cancelled, no-shows; conversations offered
        slots that day and how many of those booked (conversion = booked / offered)."""
        principal.require(SCHEDULING_READ)
        if until <= since:
            raise InvalidInput("until must be after since", field="until")
        if until - since > timedelta(days=366):
            raise InvalidInput("at most a year at a time", field="since")
        async with self.uow(principal.tenant_id) as uow:
            rows = await uow.scheduling.figures(since, until)
        for row in rows:
            row["conversion"] = round(row["conversations_booked"] / row["conversations_offered"], 4) \
                if row["conversations_offered"] else 0.0
        return rows

    # --- notifications (the worker) -------------------------------------------------------------

    async def notification(self, tenant_id: UUID, booking_id: UUID, kind: str, offset: int, start: datetime) -> Booking | None:
        """Claims the (booking, kind, offset, meeting time) notification, once ever: the booking to write
        about, or None when it is not due any more (cancelled, moved) or was claimed before."""
        async with self.uow(tenant_id) as uow:
            booking = await uow.scheduling.get_booking(booking_id)
            if booking is None:
                return None
            if kind != CANCELLATION and (booking.status != BookingStatus.CONFIRMED or booking.start != start):
                return None
            if not await uow.scheduling.claim_notification(booking_id, kind, offset, start):
                return None
        return booking

    async def release_notification(self, tenant_id: UUID, booking_id: UUID, kind: str, offset: int, start: datetime) -> None:
        """Gives a claim back after the mail could not be handed to the server (so a retry may send it)."""
        async with self.uow(tenant_id) as uow:
            await uow.scheduling.release_notification(booking_id, kind, offset, start)

    # --- sync: what changed on the calendar -----------------------------------------------------

    async def sync(self, tenant_id: UUID) -> dict[str, int]:
        """Upcoming bookings whose calendar event was moved or deleted on the calendar follow it."""
        moved = cancelled = 0
        async with self.uow(tenant_id) as uow:
            bookings = await uow.scheduling.confirmed_with_events(500)
            by_calendar: dict[UUID, list[Booking]] = {}
            for b in bookings:
                if b.calendar_id is not None:
                    by_calendar.setdefault(b.calendar_id, []).append(b)
            targets = []
            for cid, items in by_calendar.items():
                calendar, credentials = await uow.scheduling.get_calendar(cid), await uow.scheduling.credentials(cid)
                if calendar is not None and credentials is not None:
                    targets.append((cid, calendar, credentials, items, await uow.scheduling.calendar_tag(cid)))
        for cid, calendar, credentials, items, known_tag in targets:
            gateway = self.gateways.get(calendar.kind)
            if gateway is None:
                continue
            uids = [b.calendar_event_uid for b in items if b.calendar_event_uid]
            changes = getattr(gateway, "changes", None)
            if changes is not None:  # Google's sync token, Graph's delta link: only what changed
                incremental: IncrementalCalendar = gateway  # type: ignore[assignment]
                remote, tag = await incremental.changes(credentials, known_tag, uids)
                unchanged_missing = known_tag is not None  # an event not in the changes did not change
            else:
                tag = await gateway.ctag(credentials)
                if tag is not None and tag == known_tag:
                    continue  # nothing changed in the collection
                remote = await gateway.events(credentials, uids)
                unchanged_missing = False
            for b in items:
                event = remote.get(b.calendar_event_uid or "")
                if event is None and unchanged_missing:
                    continue
                if event is None or event.cancelled:
                    await self.cancel_for(tenant_id, b.id, "calendar")
                    cancelled += 1
                elif event.start is not None and event.end is not None and event.start != b.start:
                    try:
                        await self.reschedule_for(tenant_id, b.id, event.start, "calendar")
                        moved += 1
                    except Conflict:
                        continue  # moved onto another booking: left for a member
            async with self.uow(tenant_id) as uow:
                await uow.scheduling.set_calendar_tag(cid, tag)
        return {"moved": moved, "cancelled": cancelled}


LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl")  # the booking e-mails are written in these


def _language(code: str | None) -> str:
    """The e-mails' language for a conversation's language code ('de-AT' -> 'de'; others: English)."""
    base = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else "en"


async def _schedule(uow: SchedulingUnitOfWork, schedule_id: UUID) -> Schedule:
    found = await uow.scheduling.get_schedule(schedule_id)
    if found is None:
        raise NotFound("no such schedule")
    return found


async def _booking(uow: SchedulingUnitOfWork, booking_id: UUID, for_update: bool = False) -> Booking:
    found = await uow.scheduling.get_booking(booking_id, for_update=for_update)
    if found is None:
        raise NotFound("no such booking")
    return found


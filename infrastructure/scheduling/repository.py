"""Schedules, calendar connections, bookings and their notifications (0021_scheduling.sql), inside a tenant
unit of work (RLS). Calendar passwords and the visitor's name, email and notes are sealed with the tenant's
data key, bound to their row."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
import msgspec

from domain.scheduling.model import (
    AvailabilityRules,
    Booking,
    BookingStatus,
    CalendarConnection,
    CalendarCredentials,
    Interval,
    Schedule,
)
from infrastructure.db.repository import BoundRepository, before_cursor

LANE = 1 << 32


def span(lane: int, start: datetime, end: datetime) -> asyncpg.Range:
    """The booking's range in its schedule's lane, in whole minutes since the epoch (see the migration)."""
    return asyncpg.Range(lane * LANE + int(start.timestamp()) // 60, lane * LANE + -(-int(end.timestamp()) // 60))


_SCHEDULE = """id, tenant_id, chatbot_id, name, resource, rules, calendar_ids, reminder_offsets_minutes, enabled, lane,
    created_at"""
_CALENDAR = "id, tenant_id, kind, url, username, name, created_at"
_BOOKING = """id, tenant_id, schedule_id, chatbot_id, session_id, starts_at, ends_at, name_ciphertext, email_ciphertext,
    notes_ciphertext, time_zone, status, calendar_id, calendar_event_uid, meeting_url, created_at, updated_at, source,
    external_id, language, no_show"""


def _schedule(row: Any) -> Schedule:
    rules = row["rules"]
    if isinstance(rules, str | bytes):
        rules = msgspec.json.decode(rules)
    return Schedule(
        id=row["id"], tenant_id=row["tenant_id"], chatbot_id=row["chatbot_id"], name=row["name"], resource=row["resource"],
        rules=AvailabilityRules.parse(rules), calendar_ids=list(row["calendar_ids"]),
        reminder_offsets_minutes=list(row["reminder_offsets_minutes"]), enabled=row["enabled"], lane=row["lane"],
        created_at=row["created_at"],
    )


def _calendar(row: Any) -> CalendarConnection:
    return CalendarConnection(**{k: row[k] for k in CalendarConnection.__dataclass_fields__})


class ScheduleRepo(BoundRepository):
    # --- schedules ------------------------------------------------------------------------------

    async def add_schedule(self, schedule: Schedule) -> None:
        row = await self.conn.fetchrow(
            """INSERT INTO schedules (id, tenant_id, chatbot_id, name, resource, rules, calendar_ids, reminder_offsets_minutes, enabled)
               VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9) RETURNING lane, created_at""",
            schedule.id, schedule.tenant_id, schedule.chatbot_id, schedule.name, schedule.resource,
            msgspec.json.encode(schedule.rules.wire()).decode(), schedule.calendar_ids, schedule.reminder_offsets_minutes,
            schedule.enabled,
        )
        schedule.lane, schedule.created_at = row["lane"], row["created_at"]

    async def get_schedule(self, schedule_id: UUID) -> Schedule | None:
        row = await self.conn.fetchrow(f"SELECT {_SCHEDULE} FROM schedules WHERE id = $1", schedule_id)
        return _schedule(row) if row else None

    async def schedules(self, limit: int, before: UUID | None) -> builtins.list[Schedule]:
        rows = await self.conn.fetch(
            f"SELECT {_SCHEDULE} FROM schedules WHERE id < $1 ORDER BY id DESC LIMIT $2", before_cursor(before), limit
        )
        return [_schedule(r) for r in rows]

    async def schedule_for_chatbot(self, chatbot_id: UUID) -> Schedule | None:
        row = await self.conn.fetchrow(
            f"""SELECT {_SCHEDULE} FROM schedules WHERE chatbot_id = $1 AND enabled
                ORDER BY (resource = 'chatbot') DESC, id LIMIT 1""", chatbot_id,
        )
        return _schedule(row) if row else None

    async def schedule_with_calendar(self, calendar_id: UUID) -> Schedule | None:
        row = await self.conn.fetchrow(
            f"SELECT {_SCHEDULE} FROM schedules WHERE $1 = ANY(calendar_ids) ORDER BY enabled DESC, id LIMIT 1", calendar_id
        )
        return _schedule(row) if row else None

    async def update_schedule(self, schedule: Schedule) -> None:
        await self.conn.execute(
            """UPDATE schedules SET name = $2, resource = $3, rules = $4::text::jsonb, calendar_ids = $5,
                      reminder_offsets_minutes = $6, enabled = $7, updated_at = now() WHERE id = $1""",
            schedule.id, schedule.name, schedule.resource, msgspec.json.encode(schedule.rules.wire()).decode(),
            schedule.calendar_ids, schedule.reminder_offsets_minutes, schedule.enabled,
        )

    async def delete_schedule(self, schedule_id: UUID) -> bool:
        return await self.conn.fetchval("DELETE FROM schedules WHERE id = $1 RETURNING true", schedule_id) is not None

    # --- calendars ------------------------------------------------------------------------------

    async def add_calendar(self, calendar: CalendarConnection, password: str) -> None:
        cipher = await self.uow.cipher()
        calendar.created_at = await self.conn.fetchval(
            """INSERT INTO calendar_connections (id, tenant_id, kind, name, url, username, password_ciphertext)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING created_at""",
            calendar.id, calendar.tenant_id, calendar.kind, calendar.name, calendar.url, calendar.username,
            cipher.encrypt(password, "calendar_connections", "password", calendar.id),
        )

    async def get_calendar(self, calendar_id: UUID) -> CalendarConnection | None:
        row = await self.conn.fetchrow(f"SELECT {_CALENDAR} FROM calendar_connections WHERE id = $1", calendar_id)
        return _calendar(row) if row else None

    async def calendars(self, limit: int, before: UUID | None) -> builtins.list[CalendarConnection]:
        rows = await self.conn.fetch(
            f"SELECT {_CALENDAR} FROM calendar_connections WHERE id < $1 ORDER BY id DESC LIMIT $2", before_cursor(before), limit
        )
        return [_calendar(r) for r in rows]

    async def credentials(self, calendar_id: UUID) -> CalendarCredentials | None:
        row = await self.conn.fetchrow(
            "SELECT url, username, password_ciphertext FROM calendar_connections WHERE id = $1", calendar_id
        )
        if row is None:
            return None
        cipher = await self.uow.cipher()
        password = cipher.decrypt(row["password_ciphertext"], "calendar_connections", "password", calendar_id)
        return CalendarCredentials(row["url"], row["username"], password, calendar_id, self.uow.tenant_id)

    async def set_secret(self, calendar_id: UUID, secret: str) -> None:
        cipher = await self.uow.cipher()
        await self.conn.execute("UPDATE calendar_connections SET password_ciphertext = $2 WHERE id = $1", calendar_id,
                                cipher.encrypt(secret, "calendar_connections", "password", calendar_id))

    async def delete_calendar(self, calendar_id: UUID) -> bool:
        found = await self.conn.fetchval("DELETE FROM calendar_connections WHERE id = $1 RETURNING true", calendar_id)
        if found:
            await self.conn.execute(
                "UPDATE schedules SET calendar_ids = array_remove(calendar_ids, $1) WHERE $1 = ANY(calendar_ids)", calendar_id
            )
        return found is not None

    async def calendar_tag(self, calendar_id: UUID) -> str | None:
        return await self.conn.fetchval("SELECT ctag FROM calendar_connections WHERE id = $1", calendar_id)

    async def set_calendar_tag(self, calendar_id: UUID, ctag: str | None) -> None:
        await self.conn.execute("UPDATE calendar_connections SET ctag = $2 WHERE id = $1", calendar_id, ctag)

    # --- bookings -------------------------------------------------------------------------------

    async def _booking(self, row: Any) -> Booking:
        cipher = await self.uow.cipher()
        b = row["id"]
        return Booking(
            id=b, tenant_id=row["tenant_id"], schedule_id=row["schedule_id"], chatbot_id=row["chatbot_id"],
            session_id=row["session_id"], start=row["starts_at"], end=row["ends_at"],
            name=cipher.decrypt(row["name_ciphertext"], "bookings", "name", b),
            email=cipher.decrypt(row["email_ciphertext"], "bookings", "email", b),
            notes=cipher.decrypt(row["notes_ciphertext"], "bookings", "notes", b),
            time_zone=row["time_zone"], status=row["status"], calendar_id=row["calendar_id"],
            calendar_event_uid=row["calendar_event_uid"], meeting_url=row["meeting_url"], created_at=row["created_at"],
            updated_at=row["updated_at"], source=row["source"], external_id=row["external_id"], language=row["language"],
            no_show=row["no_show"],
        )

    async def add_booking(self, booking: Booking, lane: int) -> bool:
        """Inserts the booking; False when a confirmed booking of the same schedule overlaps it (the exclusion
        constraint: a concurrent insert waits for the other transaction and then fails)."""
        cipher = await self.uow.cipher()
        try:  # (the transaction is aborted after a refusal: the caller gives the unit of work up)
            row = await self.conn.fetchrow(
                """INSERT INTO bookings (id, tenant_id, schedule_id, chatbot_id, session_id, starts_at, ends_at, span,
                                         name_ciphertext, email_ciphertext, notes_ciphertext, time_zone, status,
                                         calendar_id, calendar_event_uid, meeting_url, source, external_id, language)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
                   RETURNING created_at, updated_at""",
                booking.id, booking.tenant_id, booking.schedule_id, booking.chatbot_id, booking.session_id, booking.start,
                booking.end, span(lane, booking.start, booking.end),
                cipher.encrypt(booking.name, "bookings", "name", booking.id),
                cipher.encrypt(booking.email, "bookings", "email", booking.id),
                cipher.encrypt(booking.notes, "bookings", "notes", booking.id),
                booking.time_zone, booking.status, booking.calendar_id, booking.calendar_event_uid, booking.meeting_url,
                booking.source, booking.external_id, booking.language,
                )
        except asyncpg.ExclusionViolationError:
            return False
        booking.created_at, booking.updated_at = row["created_at"], row["updated_at"]
        return True

    async def get_booking(self, booking_id: UUID, *, for_update: bool = False) -> Booking | None:
        row = await self.conn.fetchrow(
            f"SELECT {_BOOKING} FROM bookings WHERE id = $1{' FOR UPDATE' if for_update else ''}", booking_id
        )
        return await self._booking(row) if row else None

    async def bookings(self, schedule_id: UUID, limit: int, before: UUID | None) -> builtins.list[Booking]:
        rows = await self.conn.fetch(
            f"SELECT {_BOOKING} FROM bookings WHERE schedule_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3",
            schedule_id, before_cursor(before), limit,
        )
        return [await self._booking(r) for r in rows]

    async def booked(self, schedule_id: UUID, start: datetime, end: datetime) -> builtins.list[Interval]:
        rows = await self.conn.fetch(
            """SELECT starts_at, ends_at FROM bookings WHERE schedule_id = $1 AND status = 'confirmed'
                  AND starts_at < $3 AND ends_at > $2 ORDER BY starts_at""",
            schedule_id, start, end,
        )
        return [Interval(r["starts_at"], r["ends_at"]) for r in rows]

    async def move_booking(self, booking: Booking, lane: int) -> bool:
        try:
            booking.updated_at = await self.conn.fetchval(
                """UPDATE bookings SET starts_at = $2, ends_at = $3, span = $4, calendar_event_uid = $5, updated_at = now()
                   WHERE id = $1 RETURNING updated_at""",
                booking.id, booking.start, booking.end, span(lane, booking.start, booking.end), booking.calendar_event_uid,
                )
        except asyncpg.ExclusionViolationError:
            return False
        return True

    async def set_status(self, booking_id: UUID, status: str) -> None:
        await self.conn.execute("UPDATE bookings SET status = $2, updated_at = now() WHERE id = $1", booking_id, status)

    async def confirmed_with_events(self, limit: int) -> builtins.list[Booking]:
        rows = await self.conn.fetch(
            f"""SELECT {_BOOKING} FROM bookings WHERE status = $1 AND calendar_event_uid IS NOT NULL AND ends_at > now()
                ORDER BY starts_at LIMIT $2""",
            BookingStatus.CONFIRMED, limit,
        )
        return [await self._booking(r) for r in rows]

    async def claim_notification(self, booking_id: UUID, kind: str, offset_minutes: int, start: datetime) -> bool:
        """True the first time ever for (booking, kind, offset, meeting time); False after."""
        return await self.conn.fetchval(
            """INSERT INTO booking_notifications (tenant_id, booking_id, kind, offset_minutes, starts_at)
               VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING true""",
            self.uow.tenant_id, booking_id, kind, offset_minutes, start,
        ) is not None

    async def release_notification(self, booking_id: UUID, kind: str, offset_minutes: int, start: datetime) -> None:
        await self.conn.execute(
            """DELETE FROM booking_notifications WHERE booking_id = $1 AND kind = $2 AND offset_minutes = $3 AND starts_at = $4""",
            booking_id, kind, offset_minutes, start,
        )

    # --- what the providers set, no-shows, figures ----------------------------------------------

    async def set_event(self, booking_id: UUID, uid: str | None, meeting_url: str) -> None:
        await self.conn.execute("UPDATE bookings SET calendar_event_uid = $2, meeting_url = $3 WHERE id = $1",
                                booking_id, uid, meeting_url)

    async def booking_by_external(self, source: str, external_id: str) -> Booking | None:
        row = await self.conn.fetchrow(
            f"SELECT {_BOOKING} FROM bookings WHERE source = $1 AND external_id = $2 FOR UPDATE", source, external_id
        )
        return await self._booking(row) if row else None

    async def set_external_id(self, booking_id: UUID, external_id: str) -> None:
        await self.conn.execute("UPDATE bookings SET external_id = $2 WHERE id = $1", booking_id, external_id)

    async def set_no_show(self, booking_id: UUID, no_show: bool) -> None:
        await self.conn.execute("UPDATE bookings SET no_show = $2, updated_at = now() WHERE id = $1", booking_id, no_show)

    async def record_activity(self, booking_id: UUID, chatbot_id: UUID, kind: str) -> None:
        await self.conn.execute(
            "INSERT INTO booking_activity (tenant_id, booking_id, chatbot_id, kind) VALUES ($1, $2, $3, $4)",
            self.uow.tenant_id, booking_id, chatbot_id, kind,
        )

    async def record_offer(self, session_id: UUID, chatbot_id: UUID) -> None:
        await self.conn.execute(
            """INSERT INTO booking_offers (tenant_id, session_id, chatbot_id) VALUES ($1, $2, $3)
               ON CONFLICT DO NOTHING""", self.uow.tenant_id, session_id, chatbot_id,
        )

    async def figures(self, since: datetime, until: datetime) -> builtins.list[dict[str, Any]]:
        """Per chatbot and UTC day: activity counts, and conversations first offered slots that day with how
        many of them booked (then or later)."""
        rows = await self.conn.fetch(
            """WITH acts AS (
                 SELECT chatbot_id, (at AT TIME ZONE 'UTC')::date AS day,
                        count(*) FILTER (WHERE kind = 'booked') AS booked,
                        count(*) FILTER (WHERE kind = 'rescheduled') AS rescheduled,
                        count(*) FILTER (WHERE kind = 'cancelled') AS cancelled,
                        count(*) FILTER (WHERE kind = 'no_show') AS no_shows
                   FROM booking_activity WHERE at >= $1 AND at < $2 GROUP BY 1, 2),
               offers AS (
                 SELECT o.chatbot_id, (o.offered_at AT TIME ZONE 'UTC')::date AS day, count(*) AS offered,
                        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM bookings b
                                                        WHERE b.tenant_id = o.tenant_id AND b.session_id = o.session_id)) AS won
                   FROM booking_offers o WHERE o.offered_at >= $1 AND o.offered_at < $2 GROUP BY 1, 2)
               SELECT coalesce(a.chatbot_id, o.chatbot_id) AS chatbot_id, coalesce(a.day, o.day) AS day,
                      coalesce(a.booked, 0) AS booked, coalesce(a.rescheduled, 0) AS rescheduled,
                      coalesce(a.cancelled, 0) AS cancelled, coalesce(a.no_shows, 0) AS no_shows,
                      coalesce(o.offered, 0) AS conversations_offered, coalesce(o.won, 0) AS conversations_booked
                 FROM acts a FULL JOIN offers o ON a.chatbot_id = o.chatbot_id AND a.day = o.day
                ORDER BY 2, 1""",
            since, until,
        )
        return [dict(r) for r in rows]

"""Scheduling: availability rules, calendars, bookings. Times are aware datetimes in UTC inside the domain;
wall-clock rules (weekly hours, overrides) are read in the rules' IANA zone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.errors import InvalidInput

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$|^24:00$")
_RESOURCE = re.compile(r"^(chatbot|operator|team):[A-Za-z0-9_.:-]{1,80}$|^chatbot$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[A-Za-z]{2,}$")

MAX_DURATION_MINUTES = 8 * 60
MAX_RANGE_DAYS = 62
DEFAULT_REMINDERS = (24 * 60, 60)


def zone(name: str, field_name: str = "time_zone") -> ZoneInfo:
    """The IANA zone called `name`, or InvalidInput (422)."""
    if not isinstance(name, str) or not name or len(name) > 64 or name.startswith("/") or ".." in name:
        raise InvalidInput(f"{name!r} is not an IANA time zone (like Europe/Berlin)", field=field_name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(f"{name!r} is not an IANA time zone (like Europe/Berlin)", field=field_name) from None


def _clock(value: str, field_name: str) -> time | None:
    """A wall-clock "HH:MM" (None for 24:00, the end of the day)."""
    if not isinstance(value, str) or not _HHMM.match(value):
        raise InvalidInput(f"{value!r} is not a time of day HH:MM", field=field_name)
    if value == "24:00":
        return None
    return time(int(value[:2]), int(value[3:]))


@dataclass(frozen=True)
class Window:
    """Opening hours on one day, wall clock: start < end (end None: midnight at the end of the day)."""

    start: time
    end: time | None

    @classmethod
    def parse(cls, pair: list[str] | tuple[str, str], field_name: str) -> Window:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise InvalidInput("a window is [\"HH:MM\", \"HH:MM\"]", field=field_name)
        start, end = _clock(pair[0], field_name), _clock(pair[1], field_name)
        if start is None or (end is not None and end <= start):
            raise InvalidInput(f"the window {pair[0]}-{pair[1]} must start before it ends", field=field_name)
        return cls(start, end)

    def wire(self) -> list[str]:
        return [self.start.strftime("%H:%M"), self.end.strftime("%H:%M") if self.end else "24:00"]


def _windows(pairs: object, field_name: str) -> tuple[Window, ...]:
    if not isinstance(pairs, list | tuple):
        raise InvalidInput("expected a list of [\"HH:MM\", \"HH:MM\"] windows", field=field_name)
    windows = sorted((Window.parse(p, field_name) for p in pairs), key=lambda w: w.start)
    for a, b in zip(windows, windows[1:]):
        if a.end is None or a.end > b.start:
            raise InvalidInput("windows on one day must not overlap", field=field_name)
    return tuple(windows)


@dataclass(frozen=True)
class AvailabilityRules:
    time_zone: str = "UTC"
    weekly: dict[str, tuple[Window, ...]] = field(default_factory=dict)  # "mon".. -> windows
    overrides: dict[date, tuple[Window, ...]] = field(default_factory=dict)  # a date -> windows (empty: closed)
    slot_minutes: int = 30
    buffer_before_minutes: int = 0
    buffer_after_minutes: int = 0
    min_notice_minutes: int = 60
    horizon_days: int = 30
    daily_cap: int | None = None  # bookings per local day

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> AvailabilityRules:
        """Rules from their wire form (validated; InvalidInput names the field)."""
        zone(raw.get("time_zone", "UTC"))
        weekly_raw = raw.get("weekly") or {}
        if not isinstance(weekly_raw, dict):
            raise InvalidInput("weekly maps mon..sun to windows", field="weekly")
        weekly = {}
        for day, pairs in weekly_raw.items():
            if day not in WEEKDAYS:
                raise InvalidInput(f"{day!r} is not one of {', '.join(WEEKDAYS)}", field="weekly")
            weekly[day] = _windows(pairs, f"weekly.{day}")
        overrides_raw = raw.get("overrides") or {}
        if not isinstance(overrides_raw, dict):
            raise InvalidInput("overrides maps YYYY-MM-DD to windows ([] for closed)", field="overrides")
        overrides = {}
        for key, pairs in overrides_raw.items():
            try:
                day = date.fromisoformat(key) if isinstance(key, str) else key
            except ValueError:
                raise InvalidInput(f"{key!r} is not a date YYYY-MM-DD", field="overrides") from None
            overrides[day] = _windows(pairs, f"overrides.{key}")

        def minutes(name: str, default: int, low: int, high: int) -> int:
            value = raw.get(name, default)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise InvalidInput(f"{name} must be a whole number from {low} to {high}", field=name)
            return value

        cap = raw.get("daily_cap")
        if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or not 1 <= cap <= 500):
            raise InvalidInput("daily_cap must be a whole number from 1 to 500 (or null)", field="daily_cap")
        return cls(
            time_zone=raw.get("time_zone", "UTC"),
            weekly=weekly,
            overrides=overrides,
            slot_minutes=minutes("slot_minutes", 30, 5, MAX_DURATION_MINUTES),
            buffer_before_minutes=minutes("buffer_before_minutes", 0, 0, 240),
            buffer_after_minutes=minutes("buffer_after_minutes", 0, 0, 240),
            min_notice_minutes=minutes("min_notice_minutes", 60, 0, 60 * 24 * 60),
            horizon_days=minutes("horizon_days", 30, 1, 365),
            daily_cap=cap,
        )

    def wire(self) -> dict[str, Any]:
        return {
            "time_zone": self.time_zone,
            "weekly": {d: [w.wire() for w in ws] for d, ws in self.weekly.items()},
            "overrides": {d.isoformat(): [w.wire() for w in ws] for d, ws in sorted(self.overrides.items())},
            "slot_minutes": self.slot_minutes,
            "buffer_before_minutes": self.buffer_before_minutes,
            "buffer_after_minutes": self.buffer_after_minutes,
            "min_notice_minutes": self.min_notice_minutes,
            "horizon_days": self.horizon_days,
            "daily_cap": self.daily_cap,
        }


def validate_resource(resource: str) -> str:
    if not isinstance(resource, str) or not _RESOURCE.match(resource):
        raise InvalidInput("resource is 'chatbot', 'operator:<id>' or 'team:<id>'", field="resource")
    return resource


def validate_reminders(offsets: list[int]) -> list[int]:
    if not isinstance(offsets, list) or len(offsets) > 5:
        raise InvalidInput("at most 5 reminder offsets", field="reminder_offsets_minutes")
    for o in offsets:
        if not isinstance(o, int) or isinstance(o, bool) or not 1 <= o <= 60 * 24 * 14:
            raise InvalidInput("a reminder offset is 1 to 20160 minutes before the meeting", field="reminder_offsets_minutes")
    return sorted(set(offsets), reverse=True)


def validate_email(email: str) -> str:
    email = email.strip() if isinstance(email, str) else ""
    if not _EMAIL.match(email) or len(email) > 254:
        raise InvalidInput(f"{email!r} is not a valid email address", field="email")
    return email


def validate_text(value: str | None, name: str, limit: int, required: bool = False) -> str:
    if value is not None and not isinstance(value, str):
        raise InvalidInput(f"{name} must be a text", field=name)
    value = (value or "").strip()
    if len(value) > limit or (required and not value):
        raise InvalidInput(f"{name} must be {'a non-empty' if required else 'a'} text of at most {limit} characters", field=name)
    return value


@dataclass
class Schedule:
    id: UUID
    tenant_id: UUID
    chatbot_id: UUID
    name: str
    resource: str  # 'chatbot', 'operator:<id>' or 'team:<id>': opaque to this context
    rules: AvailabilityRules
    calendar_ids: list[UUID] = field(default_factory=list)  # busy time read from each; events written to the first
    reminder_offsets_minutes: list[int] = field(default_factory=lambda: list(DEFAULT_REMINDERS))
    enabled: bool = True
    lane: int = 0  # the database's number for this resource (the exclusion constraint's range lives in it)
    created_at: datetime | None = None


class CalendarKind:
    CALDAV = "caldav"
    GOOGLE = "google"  # OAuth 2
    MICROSOFT = "microsoft"  # OAuth 2 (Microsoft 365 / Outlook through Graph)
    CALENDLY = "calendly"  # a scheduling link; its bookings arrive by webhook
    CALCOM = "calcom"


OAUTH_KINDS = (CalendarKind.GOOGLE, CalendarKind.MICROSOFT)
LINK_KINDS = (CalendarKind.CALENDLY, CalendarKind.CALCOM)  # no busy time read; they book on their own pages


@dataclass
class CalendarConnection:
    id: UUID
    tenant_id: UUID
    kind: str
    url: str  # CalDAV: the collection; Google/Microsoft: the calendar's id there; Calendly/Cal.com: the booking page
    username: str  # CalDAV: the user; Google/Microsoft: the signed-in account
    name: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class CalendarCredentials:
    """What an adapter needs to speak to one calendar (the password only in memory)."""

    url: str
    username: str
    password: str  # CalDAV: the password; OAuth: the sealed token JSON; Calendly/Cal.com: the webhook signing key
    calendar_id: UUID | None = None  # (OAuth adapters save refreshed tokens on it)
    tenant_id: UUID | None = None
    time_zone: str | None = None  # the schedule's zone: all-day events of a calendar that names none are read in it


class BookingStatus:
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


@dataclass
class Booking:
    id: UUID
    tenant_id: UUID
    schedule_id: UUID
    chatbot_id: UUID
    start: datetime
    end: datetime
    name: str
    email: str
    notes: str
    time_zone: str  # the visitor's
    session_id: UUID | None = None
    status: str = BookingStatus.CONFIRMED
    calendar_id: UUID | None = None
    calendar_event_uid: str | None = None
    meeting_url: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    source: str = "parley"  # or 'calendly' / 'calcom': booked on their page, told by webhook
    external_id: str | None = None
    language: str = "en"  # the conversation's: the e-mails are written in it
    no_show: bool = False


@dataclass(frozen=True)
class Interval:
    start: datetime
    end: datetime

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end

    def widened(self, before: timedelta, after: timedelta) -> Interval:
        return Interval(self.start - before, self.end + after)


@dataclass(frozen=True)
class ExternalBooking:
    """A booking Calendly or Cal.com made, cancelled or moved, as their (verified) webhook said."""

    action: str  # 'created', 'cancelled', 'rescheduled'
    external_id: str  # their id of this booking (Calendly: the invitee URI; Cal.com: the booking uid)
    previous_id: str | None = None  # a reschedule: their id of the booking it replaces
    start: datetime | None = None
    end: datetime | None = None
    name: str = ""
    email: str = ""
    notes: str = ""
    time_zone: str = ""
    language: str = ""
    meeting_url: str = ""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from uuid import UUID

import msgspec
from msgspec import UNSET, UnsetType

from api.v1.common import AwareDatetime

# Limits and formats are checked by the domain (422 naming the field), not the schema (400).
Windows = Annotated[
    list[list[str]], msgspec.Meta(description='Opening windows on a day, wall clock: [["09:00", "12:00"], ["13:00", "17:00"]]')
]
TimeZone = Annotated[str, msgspec.Meta(description="An IANA time zone", examples=["Europe/Berlin"])]


class Rules(msgspec.Struct, forbid_unknown_fields=True):
    time_zone: TimeZone = "UTC"
    weekly: Annotated[dict[str, Windows], msgspec.Meta(description="mon..sun -> windows (a missing day is closed)")] = \
        msgspec.field(default_factory=dict)
    overrides: Annotated[dict[str, Windows], msgspec.Meta(description="YYYY-MM-DD -> windows ([] closes the day: a holiday)")] = \
        msgspec.field(default_factory=dict)
    slot_minutes: int = 30
    buffer_before_minutes: int = 0
    buffer_after_minutes: int = 0
    min_notice_minutes: int = 60
    horizon_days: int = 30
    daily_cap: int | None = None


class CalendarCreate(msgspec.Struct, forbid_unknown_fields=True):
    url: Annotated[str, msgspec.Meta(description="CalDAV: the calendar collection URL; calendly / calcom: the owner's "
                                                 "scheduling link offered in chat")]
    password: Annotated[str, msgspec.Meta(description="CalDAV: the password; calendly / calcom: the webhook signing key")]
    username: str = ""
    kind: Annotated[str, msgspec.Meta(description="caldav, calendly or calcom (google and microsoft: the OAuth flow)")] = "caldav"
    name: str = ""
    verify: Annotated[bool, msgspec.Meta(description="Check the calendar answers before saving (503 when it does not)")] = True


class Calendar(msgspec.Struct):
    id: UUID
    kind: str
    name: str
    url: str
    username: str
    created_at: datetime | None
    webhook_url: str | None = None  # calendly / calcom: where their booking webhooks go


class OAuthStart(msgspec.Struct, forbid_unknown_fields=True):
    kind: Annotated[str, msgspec.Meta(description="google or microsoft")]
    name: str = ""
    calendar: Annotated[str, msgspec.Meta(description="The calendar's id at the provider ('primary': the main one)")] = "primary"


class OAuthConsent(msgspec.Struct):
    authorize_url: Annotated[str, msgspec.Meta(description="Send the owner's browser here to grant access")]
    redirect_uri: str


class NoShow(msgspec.Struct, forbid_unknown_fields=True):
    no_show: bool = True


class SchedulingFigures(msgspec.Struct):
    chatbot_id: UUID
    day: date
    booked: int
    rescheduled: int
    cancelled: int
    no_shows: int
    conversations_offered: int
    conversations_booked: int
    conversion: float


class SchedulingFiguresList(msgspec.Struct):
    items: list[SchedulingFigures]


class ScheduleCreate(msgspec.Struct, forbid_unknown_fields=True):
    chatbot_id: UUID
    name: str
    rules: Rules = msgspec.field(default_factory=Rules)
    resource: Annotated[str, msgspec.Meta(description="'chatbot', 'operator:<id>' or 'team:<id>'")] = "chatbot"
    calendar_ids: Annotated[list[UUID], msgspec.Meta(description="Busy time is read from each; events go to the first")] = \
        msgspec.field(default_factory=list)
    reminder_offsets_minutes: Annotated[list[int], msgspec.Meta(description="Reminder e-mails, minutes before")] = \
        msgspec.field(default_factory=lambda: [1440, 60])
    enabled: bool = True


class ScheduleUpdate(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: str | UnsetType = UNSET
    rules: Rules | UnsetType = UNSET
    resource: str | UnsetType = UNSET
    calendar_ids: list[UUID] | UnsetType = UNSET
    reminder_offsets_minutes: list[int] | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET


class Schedule(msgspec.Struct):
    id: UUID
    chatbot_id: UUID
    name: str
    resource: str
    rules: Rules
    calendar_ids: list[UUID]
    reminder_offsets_minutes: list[int]
    enabled: bool
    created_at: datetime | None


class Slots(msgspec.Struct):
    time_zone: str
    duration_minutes: int
    slots: list[datetime]


class BookingCreate(msgspec.Struct, forbid_unknown_fields=True):
    start: AwareDatetime
    name: str
    email: str
    notes: str = ""
    time_zone: TimeZone = "UTC"
    duration_minutes: int | None = None
    conversation_id: UUID | None = None
    language: Annotated[str, msgspec.Meta(description="The e-mails' language (en, de, es, fr, it, pt, nl)")] = "en"


class Reschedule(msgspec.Struct, forbid_unknown_fields=True):
    start: AwareDatetime


class Booking(msgspec.Struct):
    id: UUID
    schedule_id: UUID
    chatbot_id: UUID
    conversation_id: UUID | None
    start: datetime
    end: datetime
    name: str
    email: str
    notes: str
    time_zone: str
    status: str
    meeting_url: str
    calendar_event_uid: str | None
    created_at: datetime | None
    updated_at: datetime | None
    source: str = "parley"
    language: str = "en"
    no_show: bool = False

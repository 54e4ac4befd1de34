"""The assistant's booking tools: `find_slots(range, duration)` offers 3-5 free slots in the visitor's time
zone; `book_meeting(slot, name, email, notes)` books one the visitor confirmed. Registered on the assistant's
tool registry by the scheduling context."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol
from uuid import UUID

from domain.assistant.model import ToolSpec
from domain.assistant.tools import FunctionTool, ToolArgumentError, ToolContext, ToolRegistry, ToolResult
from domain.errors import InvalidInput
from domain.scheduling.availability import spread
from domain.scheduling.dates import slot_text
from domain.scheduling.model import Schedule, zone
from domain.scheduling.ports import CalendarUnavailable
from domain.scheduling.services import SchedulingService, SlotTaken

FIND_SLOTS = ToolSpec(
    name="find_slots",
    description="Find free meeting times on the company's calendar (for a demo, a call or an appointment). "
    "Returns 3 to 5 slots in the visitor's time zone. Offer them to the visitor and ask which one they want.",
    input_schema={
        "type": "object",
        "properties": {
            "range": {
                "type": "object",
                "description": "Dates to search, YYYY-MM-DD (or date-times) in the visitor's time zone; default the next 7 days",
                "properties": {"start": {"type": "string"}, "end": {"type": "string"}},
            },
            "duration": {"type": "integer", "description": "Meeting length in minutes; default the usual length"},
            "time_zone": {"type": "string", "description": "The visitor's IANA time zone, like Europe/Berlin; "
                          "default the zone of the visitor's browser"},
        },
    },
)
BOOK_MEETING = ToolSpec(
    name="book_meeting",
    description="Book one slot returned by find_slots. Only call this after the visitor has explicitly confirmed "
    "that exact slot, their name and their email address; then set confirmed to true.",
    input_schema={
        "type": "object",
        "properties": {
            "slot": {"type": "string", "description": "The slot exactly as find_slots returned it"},
            "name": {"type": "string"},
            "email": {"type": "string"},
            "notes": {"type": "string", "description": "What the visitor wants to talk about"},
            "duration": {"type": "integer"},
            "time_zone": {"type": "string", "description": "The visitor's IANA time zone"},
            "confirmed": {"type": "boolean", "description": "True only when the visitor confirmed this slot"},
        },
        "required": ["slot", "name", "email", "confirmed"],
    },
)


class ScheduleFinder(Protocol):
    async def schedule_for_chatbot(self, tenant_id: UUID, chatbot_id: UUID) -> Schedule | None: ...


def _zone_name(args: dict[str, Any], schedule: Schedule, visitor_zone: str | None = None) -> str:
    """The model's zone; else the visitor's browser's (when it is a real IANA zone); else the schedule's."""
    if not args.get("time_zone") and visitor_zone:
        try:
            zone(visitor_zone)
            return visitor_zone
        except InvalidInput:
            pass
    name = args.get("time_zone") or schedule.rules.time_zone
    try:
        zone(name)
    except InvalidInput as exc:
        raise ToolArgumentError(exc.detail) from None
    return name


def _moment(text: Any, tz_name: str, name: str, end_of_day: bool = False) -> datetime:
    if not isinstance(text, str):
        raise ToolArgumentError(f"{name} must be a date YYYY-MM-DD or an ISO date-time")
    tz = zone(tz_name)
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day + timedelta(days=1) if end_of_day else day, time(), tzinfo=tz).astimezone(UTC)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ToolArgumentError(f"{text!r} is not a date YYYY-MM-DD or an ISO date-time") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=tz)).astimezone(UTC)


PROVIDER_TITLES = {"calendly": "Calendly", "calcom": "Cal.com"}


def slot_data(slots: list[datetime], tz_name: str, duration: timedelta) -> dict[str, Any]:
    """The offered slots as the widget shows them (buttons): in the visitor's zone, each with the value
    `book_meeting` takes and a short label."""
    tz = zone(tz_name)
    return {
        "time_zone": tz_name,
        "duration_minutes": int(duration.total_seconds() // 60),
        "slots": [{"start": s.astimezone(tz).isoformat(), "end": (s + duration).astimezone(tz).isoformat(),
                   "label": f"{s.astimezone(tz):%a %d %b, %H:%M}"} for s in slots],
    }


def _listing(slots: list[datetime], tz_name: str, language: str) -> str:
    """The offered times in the visitor's language and zone, each with the exact value book_meeting takes."""
    tz = zone(tz_name)
    return "\n".join(f"- {slot_text(s.astimezone(tz), language)} (slot={s.astimezone(tz).isoformat()})" for s in slots)


@dataclass
class BookingTools:
    service: SchedulingService
    finder: ScheduleFinder

    def register(self, registry: ToolRegistry) -> None:
        registry.register(FunctionTool(FIND_SLOTS, self.find_slots))
        registry.register(FunctionTool(BOOK_MEETING, self.book_meeting))

    async def _schedule(self, ctx: ToolContext) -> Schedule | None:
        return await self.finder.schedule_for_chatbot(ctx.tenant_id, ctx.chatbot_id)

    def _duration(self, args: dict[str, Any], schedule: Schedule) -> timedelta:
        minutes = args.get("duration") or schedule.rules.slot_minutes
        if not isinstance(minutes, int) or not 5 <= minutes <= 480:
            raise ToolArgumentError("duration must be a whole number of minutes from 5 to 480")
        return timedelta(minutes=minutes)

    async def _link(self, ctx: ToolContext, schedule: Schedule) -> ToolResult | None:
        """When the schedule books through Calendly / Cal.com: their page, for the visitor to pick a time on."""
        found = await self.service.scheduling_link(ctx.tenant_id, schedule)
        if found is None:
            return None
        kind, url = found
        ctx.effects["scheduling_link"] = {"provider": kind, "url": url}
        ctx.effects.setdefault("data", {})["scheduling_link"] = ctx.effects["scheduling_link"]  # the reply's data
        return ToolResult(f"Meetings are booked on the company's {PROVIDER_TITLES.get(kind, kind)} page: {url}\n"
                          "Give the visitor this link so they can pick a time there; do not offer times yourself.")

    async def find_slots(self, ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
        schedule = await self._schedule(ctx)
        if schedule is None:
            return ToolResult("Meetings cannot be booked here. Offer to take the visitor's contact details instead.", is_error=True)
        if (link := await self._link(ctx, schedule)) is not None:
            return link
        tz_name = _zone_name(args, schedule, ctx.time_zone)
        raw_range = args.get("range")
        window: dict[str, Any] = raw_range if isinstance(raw_range, dict) else {}
        now = self.service.clock.now()
        start = _moment(window["start"], tz_name, "range.start") if window.get("start") else now
        end = _moment(window["end"], tz_name, "range.end", end_of_day=True) if window.get("end") else start + timedelta(days=7)
        start, end = max(start, now), min(end, start + timedelta(days=31))
        if end <= start:
            raise ToolArgumentError("the range must end after it starts (and not in the past)")
        duration = self._duration(args, schedule)
        try:
            found = await self.service.slots_for(ctx.tenant_id, schedule, start, end, duration)
        except CalendarUnavailable as exc:
            await self.service.report_outage(ctx.tenant_id, schedule, exc.detail)
            return ToolResult("The calendar cannot be read right now, so no times can be offered. Apologise and offer "
                              "to take the visitor's contact details or hand over to a human.", is_error=True)
        except InvalidInput as exc:
            raise ToolArgumentError(exc.detail) from None
        offered = spread(found, zone(tz_name))
        ctx.effects["slots"] = [s.astimezone(zone(tz_name)).isoformat() for s in offered]
        ctx.effects["slot_offer"] = slot_data(offered, tz_name, duration)
        if offered:  # the reply's data carries them: the widget shows them as buttons
            ctx.effects.setdefault("data", {})["slots"] = ctx.effects["slot_offer"]
            await self.service.offered(ctx.tenant_id, ctx.session_id, ctx.chatbot_id)
        if not offered:
            return ToolResult("No free times in that range. Ask the visitor for other dates.")
        return ToolResult(f"Free slots in the visitor's time zone ({tz_name}):\n{_listing(offered, tz_name, ctx.language)}\n"
                          "Offer these, ask which one suits, and book only after the visitor confirms one.")

    async def book_meeting(self, ctx: ToolContext, args: dict[str, Any]) -> ToolResult:
        schedule = await self._schedule(ctx)
        if schedule is None:
            return ToolResult("Meetings cannot be booked here.", is_error=True)
        if (link := await self._link(ctx, schedule)) is not None:
            return link
        if args.get("confirmed") is not True:
            raise ToolArgumentError("ask the visitor to confirm the slot first, then call again with confirmed=true")
        tz_name = _zone_name(args, schedule, ctx.time_zone)
        slot = _moment(args.get("slot"), tz_name, "slot")
        try:
            booking = await self.service.book_for(
                ctx.tenant_id, schedule, slot, self._duration(args, schedule), name=args.get("name") or "",
                email=args.get("email") or "", notes=args.get("notes") or "", time_zone=tz_name, session_id=ctx.session_id,
                language=ctx.language,
            )
        except SlotTaken as taken:
            offered = taken.alternatives
            ctx.effects["slots"] = [s.astimezone(zone(tz_name)).isoformat() for s in offered]
            ctx.effects["slot_offer"] = slot_data(offered, tz_name, self._duration(args, schedule))
            ctx.effects.setdefault("data", {})["slots"] = ctx.effects["slot_offer"]
            return ToolResult("That slot was just taken. Free slots now:\n" + _listing(offered, tz_name, ctx.language)
                              + "\nApologise and ask the visitor to pick another.", is_error=True)
        except CalendarUnavailable as exc:
            await self.service.report_outage(ctx.tenant_id, schedule, exc.detail)
            return ToolResult("The calendar is unavailable right now; nothing was booked. Apologise and offer to try "
                              "again later or hand over to a human.", is_error=True)
        except InvalidInput as exc:
            raise ToolArgumentError(exc.detail) from None
        ctx.effects["booking_id"] = booking.id
        ctx.effects.setdefault("data", {}).pop("slots", None)  # booked: no buttons under the confirmation
        ctx.effects["data"]["booking"] = {"id": str(booking.id), "start": booking.start.astimezone(zone(tz_name)).isoformat(),
                                          "time_zone": tz_name, "meeting_url": booking.meeting_url}
        tz = zone(tz_name)
        return ToolResult(
            f"Booked for {slot_text(booking.start.astimezone(tz), ctx.language)} ({tz_name}). Video link: {booking.meeting_url}. "
            f"A confirmation with a calendar invitation goes to {booking.email}. Tell the visitor."
        )

"""Google Calendar (REST v3) behind the calendar port: busy time from `freeBusy.query`, events inserted with a
Meet link requested through `conferenceData`, patched and deleted by the id we chose (the UID in hex: Google's
ids are base32hex), and sync through the events list's `syncToken` (410 Gone: a full listing for a new one)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from domain.scheduling.model import CalendarCredentials, Interval
from domain.scheduling.ports import CalendarEvent, CalendarUnavailable, RemoteEvent, WrittenEvent
from infrastructure.scheduling.oauth import OAuthApi, OAuthProvider, SaveSecret
from infrastructure.security.outbound import OutboundPolicy


def event_id(uid: str) -> str:
    """Google's event id for our UID: lowercase hex is inside base32hex (a-v, 0-9), 5-1024 characters."""
    return uid.encode().hex()


def _when(value: Any, tz: ZoneInfo) -> datetime | None:
    """A Google EventDateTime: `dateTime` (RFC 3339 with offset) or an all-day `date`, read in the calendar's zone."""
    if not isinstance(value, dict):
        return None
    try:
        if value.get("dateTime"):
            moment = datetime.fromisoformat(str(value["dateTime"]).replace("Z", "+00:00"))
            return (moment if moment.tzinfo else moment.replace(tzinfo=tz)).astimezone(UTC)
        if value.get("date"):
            return datetime.combine(date.fromisoformat(value["date"]), time(), tzinfo=tz).astimezone(UTC)
    except ValueError:
        return None
    return None


def _zone(name: Any) -> ZoneInfo:
    try:
        return ZoneInfo(str(name)) if name else ZoneInfo("UTC")
    except (ValueError, KeyError, OSError):
        return ZoneInfo("UTC")


class GoogleCalendarGateway:
    kind = "google"

    def __init__(self, provider: OAuthProvider, outbound: OutboundPolicy, save: SaveSecret | None = None,
                 timeout: float = 10.0) -> None:
        self.provider = provider
        self.api = OAuthApi(provider, outbound, save, timeout)

    def _calendar(self, calendar: CalendarCredentials) -> str:
        return f"{self.provider.api_url}/calendar/v3/calendars/{quote(calendar.url or 'primary', safe='')}"

    async def account(self, access_token: str) -> str:
        """The signed-in account (the primary calendar's id is the account's e-mail address)."""
        found = await self.api.with_token(access_token, "GET", f"{self.provider.api_url}/calendar/v3/calendars/primary")
        return str(found.get("id") or "")

    async def check(self, calendar: CalendarCredentials) -> None:
        await self.api.call(calendar, "GET", self._calendar(calendar))

    async def ctag(self, calendar: CalendarCredentials) -> str | None:
        return None  # sync goes through `changes`

    async def busy(self, calendar: CalendarCredentials, start: datetime, end: datetime) -> list[Interval]:
        cal = calendar.url or "primary"
        body = {"timeMin": start.astimezone(UTC).isoformat(), "timeMax": end.astimezone(UTC).isoformat(), "items": [{"id": cal}]}
        found = self.api.json(await self.api.call(calendar, "POST", f"{self.provider.api_url}/calendar/v3/freeBusy", json=body))
        entry = (found.get("calendars") or {}).get(cal)
        if not isinstance(entry, dict):
            raise CalendarUnavailable("Google Calendar did not answer for this calendar")
        if entry.get("errors"):
            reason = (entry["errors"][0] or {}).get("reason", "error")
            raise CalendarUnavailable(f"Google Calendar cannot read this calendar's busy time ({reason})")
        intervals = []
        for b in entry.get("busy") or []:
            s, e = _when({"dateTime": b.get("start")}, ZoneInfo("UTC")), _when({"dateTime": b.get("end")}, ZoneInfo("UTC"))
            if s is not None and e is not None and e > s:
                intervals.append(Interval(s, e))
        return sorted(intervals, key=lambda i: i.start)

    def _body(self, event: CalendarEvent) -> dict[str, Any]:
        body: dict[str, Any] = {
            "summary": event.summary, "description": event.description, "location": event.location,
            "start": {"dateTime": event.start.astimezone(UTC).isoformat(), "timeZone": "UTC"},
            "end": {"dateTime": event.end.astimezone(UTC).isoformat(), "timeZone": "UTC"},
            "sequence": event.sequence,
        }
        if event.attendee_email:
            body["attendees"] = [{"email": event.attendee_email, "displayName": event.attendee_name or ""}]
        return body

    async def put_event(self, calendar: CalendarCredentials, event: CalendarEvent, *, create: bool) -> WrittenEvent:
        eid = event.uid if not create else event_id(event.uid)
        if create:
            body = self._body(event) | {
                "id": eid, "iCalUID": f"{event.uid}@parley",
                "conferenceData": {"createRequest": {"requestId": eid[:64], "conferenceSolutionKey": {"type": "hangoutsMeet"}}},
            }
            response = await self.api.call(calendar, "POST", f"{self._calendar(calendar)}/events",
                                           params={"conferenceDataVersion": "1", "sendUpdates": "none"}, json=body, ok=(200, 201))
        else:  # PATCH keeps the conference the event already has
            response = await self.api.call(calendar, "PATCH", f"{self._calendar(calendar)}/events/{quote(eid, safe='')}",
                                           params={"sendUpdates": "none"}, json=self._body(event))
        found = self.api.json(response)
        link = str(found.get("hangoutLink") or "")
        for point in (found.get("conferenceData") or {}).get("entryPoints") or []:
            if isinstance(point, dict) and point.get("entryPointType") == "video" and point.get("uri"):
                link = str(point["uri"])
        return WrittenEvent(uid=str(found.get("id") or eid), meeting_url=link)

    async def delete_event(self, calendar: CalendarCredentials, uid: str) -> None:
        await self.api.call(calendar, "DELETE", f"{self._calendar(calendar)}/events/{quote(uid, safe='')}",
                            params={"sendUpdates": "none"}, ok=(200, 204, 404, 410))

    def _remote(self, item: dict[str, Any], tz: ZoneInfo) -> RemoteEvent:
        return RemoteEvent(uid=str(item.get("id")), etag=str(item.get("etag") or ""), start=_when(item.get("start"), tz),
                           end=_when(item.get("end"), tz), cancelled=item.get("status") == "cancelled")

    async def events(self, calendar: CalendarCredentials, uids: Sequence[str]) -> dict[str, RemoteEvent]:
        found: dict[str, RemoteEvent] = {}
        for uid in uids:
            response = await self.api.call(calendar, "GET", f"{self._calendar(calendar)}/events/{quote(uid, safe='')}",
                                           ok=(200, 404, 410))
            if response.status_code == 200:
                found[uid] = self._remote(self.api.json(response), ZoneInfo("UTC"))
        return found

    async def changes(
        self, calendar: CalendarCredentials, token: str | None, uids: Sequence[str]
    ) -> tuple[dict[str, RemoteEvent], str | None]:
        """Our events changed since `token` (moved or deleted ones), and the next token. Without a token (or
        with one Google expired: 410) the calendar is listed once for a new token and our events are read one
        by one."""
        wanted = set(uids)
        if token:
            changed: dict[str, RemoteEvent] = {}
            params: dict[str, str] = {"syncToken": token, "maxResults": "250"}
            while True:
                response = await self.api.call(calendar, "GET", f"{self._calendar(calendar)}/events", params=params, ok=(200, 410))
                if response.status_code == 410:
                    break  # the token expired: start over
                page = self.api.json(response)
                tz = _zone(page.get("timeZone"))
                for item in page.get("items") or []:
                    if isinstance(item, dict) and item.get("id") in wanted:
                        changed[str(item["id"])] = self._remote(item, tz)
                if page.get("nextPageToken"):
                    params = {"syncToken": token, "pageToken": str(page["nextPageToken"]), "maxResults": "250"}
                    continue
                return changed, str(page.get("nextSyncToken") or token)
        params = {"maxResults": "250"}
        next_token: str | None = None
        for _ in range(100):  # pages
            page = self.api.json(await self.api.call(calendar, "GET", f"{self._calendar(calendar)}/events", params=params))
            if page.get("nextPageToken"):
                params = {**params, "pageToken": str(page["nextPageToken"])}
                continue
            next_token = str(page.get("nextSyncToken") or "") or None
            break
        return await self.events(calendar, uids), next_token

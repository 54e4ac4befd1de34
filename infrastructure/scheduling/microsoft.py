"""Microsoft 365 (Graph v1.0) behind the calendar port: busy time from the calendar's `calendarView` (every
event not shown as free, not cancelled), events created with a Teams link requested (`isOnlineMeeting`; the
`onlineMeeting.joinUrl` Graph gives back is the meeting link), patched and deleted by Graph's own id, and sync
through `calendarView/delta` (the delta link is the token; removed events come as `@removed`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from domain.scheduling.model import CalendarCredentials, Interval
from domain.scheduling.ports import CalendarEvent, RemoteEvent, WrittenEvent
from infrastructure.scheduling.oauth import OAuthApi, OAuthProvider, SaveSecret
from infrastructure.security.outbound import OutboundPolicy

UTC_PREFERRED = {"Prefer": 'outlook.timezone="UTC"'}
MAX_PAGES = 50


def _when(value: Any) -> datetime | None:
    """A Graph dateTimeTimeZone: a wall time (up to 7 decimals) in a named zone (UTC when we asked for it)."""
    if not isinstance(value, dict) or not value.get("dateTime"):
        return None
    text = str(value["dateTime"])
    if "." in text:
        head, _, frac = text.partition(".")
        text = f"{head}.{frac[:6]}"
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        tz = ZoneInfo(str(value.get("timeZone") or "UTC"))
    except (ValueError, KeyError, OSError):
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=tz)).astimezone(UTC)


def _wall(t: datetime) -> dict[str, str]:
    return {"dateTime": t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}


class MicrosoftCalendarGateway:
    kind = "microsoft"

    def __init__(self, provider: OAuthProvider, outbound: OutboundPolicy, save: SaveSecret | None = None,
                 timeout: float = 10.0, online_meetings: bool = True) -> None:
        self.provider = provider
        self.api = OAuthApi(provider, outbound, save, timeout)
        self.online_meetings = online_meetings

    def _calendar(self, calendar: CalendarCredentials) -> str:
        ref = calendar.url
        if not ref or ref in ("primary", "default"):
            return f"{self.provider.api_url}/me/calendar"
        return f"{self.provider.api_url}/me/calendars/{quote(ref, safe='')}"

    def _event(self, uid: str) -> str:
        return f"{self.provider.api_url}/me/events/{quote(uid, safe='')}"

    async def account(self, access_token: str) -> str:
        found = await self.api.with_token(access_token, "GET", f"{self.provider.api_url}/me")
        return str(found.get("mail") or found.get("userPrincipalName") or "")

    async def check(self, calendar: CalendarCredentials) -> None:
        await self.api.call(calendar, "GET", self._calendar(calendar))

    async def ctag(self, calendar: CalendarCredentials) -> str | None:
        return None  # sync goes through `changes`

    async def _pages(self, calendar: CalendarCredentials, url: str, params: dict[str, str] | None) -> tuple[list[dict], str | None]:
        """Every page of a Graph collection; the delta link when the collection is a delta query."""
        items: list[dict] = []
        for _ in range(MAX_PAGES):
            page = self.api.json(await self.api.call(calendar, "GET", url, params=params, headers=UTC_PREFERRED))
            items.extend(i for i in page.get("value") or [] if isinstance(i, dict))
            if page.get("@odata.nextLink"):
                url, params = str(page["@odata.nextLink"]), None  # the link carries its query
                continue
            return items, (str(page["@odata.deltaLink"]) if page.get("@odata.deltaLink") else None)
        return items, None

    async def busy(self, calendar: CalendarCredentials, start: datetime, end: datetime) -> list[Interval]:
        items, _ = await self._pages(calendar, f"{self._calendar(calendar)}/calendarView", {
            "startDateTime": start.astimezone(UTC).isoformat(), "endDateTime": end.astimezone(UTC).isoformat(),
            "$select": "showAs,start,end,isCancelled,isAllDay", "$top": "500",
        })
        found = []
        for item in items:
            if item.get("isCancelled") or str(item.get("showAs", "busy")).lower() == "free":
                continue
            s, e = _when(item.get("start")), _when(item.get("end"))
            if s is not None and e is not None and e > s:
                found.append(Interval(s, e))
        return sorted(found, key=lambda i: i.start)

    def _body(self, event: CalendarEvent) -> dict[str, Any]:
        body: dict[str, Any] = {
            "subject": event.summary, "body": {"contentType": "text", "content": event.description},
            "start": _wall(event.start), "end": _wall(event.end), "location": {"displayName": event.location},
        }
        if event.attendee_email:
            body["attendees"] = [{"emailAddress": {"address": event.attendee_email, "name": event.attendee_name or ""},
                                  "type": "required"}]
        return body

    async def put_event(self, calendar: CalendarCredentials, event: CalendarEvent, *, create: bool) -> WrittenEvent:
        if create:
            body = self._body(event) | {"transactionId": event.uid}
            if self.online_meetings:
                body |= {"isOnlineMeeting": True, "onlineMeetingProvider": "teamsForBusiness"}
            response = await self.api.call(calendar, "POST", f"{self._calendar(calendar)}/events", json=body, ok=(200, 201))
        else:
            response = await self.api.call(calendar, "PATCH", self._event(event.uid), json=self._body(event))
        found = self.api.json(response)
        meeting = found.get("onlineMeeting")
        link = str(meeting.get("joinUrl") or "") if isinstance(meeting, dict) else ""
        return WrittenEvent(uid=str(found.get("id") or event.uid), meeting_url=link)

    async def delete_event(self, calendar: CalendarCredentials, uid: str) -> None:
        await self.api.call(calendar, "DELETE", self._event(uid), ok=(200, 204, 404, 410))

    @staticmethod
    def _remote(item: dict[str, Any]) -> RemoteEvent:
        if "@removed" in item:
            return RemoteEvent(uid=str(item.get("id")), etag="", start=None, end=None, cancelled=True)
        return RemoteEvent(uid=str(item.get("id")), etag=str(item.get("@odata.etag") or ""), start=_when(item.get("start")),
                           end=_when(item.get("end")), cancelled=bool(item.get("isCancelled")))

    async def events(self, calendar: CalendarCredentials, uids: Sequence[str]) -> dict[str, RemoteEvent]:
        found: dict[str, RemoteEvent] = {}
        for uid in uids:
            response = await self.api.call(calendar, "GET", self._event(uid), ok=(200, 404, 410), headers=UTC_PREFERRED)
            if response.status_code == 200:
                found[uid] = self._remote(self.api.json(response))
        return found

    async def changes(
        self, calendar: CalendarCredentials, token: str | None, uids: Sequence[str]
    ) -> tuple[dict[str, RemoteEvent], str | None]:
        """Our events changed since the delta link `token` (and the next delta link). Without one, a delta
        round over the coming year gives the first link and our events are read one by one."""
        wanted = set(uids)
        if token and token.startswith(self.provider.api_url + "/"):
            items, link = await self._pages(calendar, token, None)
            return {str(i["id"]): self._remote(i) for i in items if i.get("id") in wanted}, link or token
        now = datetime.now(UTC)
        _, link = await self._pages(calendar, f"{self._calendar(calendar)}/calendarView/delta", {
            "startDateTime": (now - timedelta(days=1)).isoformat(), "endDateTime": (now + timedelta(days=400)).isoformat(),
        })
        return await self.events(calendar, uids), link

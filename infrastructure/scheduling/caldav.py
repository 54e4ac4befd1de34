"""CalDAV (RFC 4791) over httpx, through the vetted outbound transport (a tenant chooses the calendar URL):
calendar-query REPORTs with expanded recurrences for busy time, PUT and DELETE of VEVENT resources,
calendar-multiget for sync. Works with Radicale, Nextcloud, Fastmail, iCloud (their collection URLs)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from urllib.parse import quote, urljoin
from zoneinfo import ZoneInfo

import httpx
from lxml import etree

from domain.scheduling.model import CalendarCredentials, Interval
from domain.scheduling.ports import CalendarEvent, CalendarUnavailable, RemoteEvent, WrittenEvent
from infrastructure.scheduling.ics import busy_intervals, calendar_zone, event_calendar, event_times, first_event
from infrastructure.security.outbound import OutboundPolicy, OutboundRefused

NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav", "cs": "http://calendarserver.org/ns/"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _stamp(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _query(start: datetime, end: datetime) -> bytes:
    s, e = _stamp(start), _stamp(end)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:getetag/><c:calendar-data><c:expand start="{s}" end="{e}"/></c:calendar-data></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="{s}" end="{e}"/>
  </c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>""".encode()


def _multiget(hrefs: Sequence[str]) -> bytes:
    refs = "".join(f"<d:href>{h}</d:href>" for h in hrefs)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:getetag/><c:calendar-data/></d:prop>{refs}
</c:calendar-multiget>""".encode()


_ZONE = b"""<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-timezone/><c:calendar-timezone-id/>
</d:prop></d:propfind>"""

_CTAG = b"""<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:prop><cs:getctag/><d:resourcetype/></d:prop></d:propfind>"""


class CalDavGateway:
    def __init__(self, outbound: OutboundPolicy, timeout: float = 10.0) -> None:
        self.outbound = outbound
        self.timeout = timeout
        self._zones: dict[str, tuple[float, ZoneInfo | None]] = {}  # collection URL -> (read at, its zone)

    async def zone(self, calendar: CalendarCredentials) -> tzinfo:
        """The zone the calendar's floating times and all-day dates are in: its `calendar-timezone-id` (RFC 7809)
        or `calendar-timezone` VTIMEZONE; without one, the schedule's zone (else UTC). Cached for 10 minutes."""
        url = self._collection(calendar)
        cached = self._zones.get(url)
        if cached is None or time.monotonic() - cached[0] > 600:
            response = await self._send(calendar, "PROPFIND", url, ok=(207,),
                                        headers={"Depth": "0", "Content-Type": "application/xml"}, content=_ZONE)
            name = None
            for r in self._multistatus(response.content):
                name = (r.findtext(".//c:calendar-timezone-id", default="", namespaces=NS) or "").strip() or \
                    calendar_zone(r.findtext(".//c:calendar-timezone", default="", namespaces=NS))
                if name:
                    break
            found: ZoneInfo | None = None
            if name:
                try:
                    found = ZoneInfo(name)
                except (ValueError, KeyError, OSError):
                    found = None
            cached = self._zones[url] = (time.monotonic(), found)
        if cached[1] is not None:
            return cached[1]
        try:
            return ZoneInfo(calendar.time_zone) if calendar.time_zone else UTC
        except (ValueError, KeyError, OSError):
            return UTC

    def _client(self, calendar: CalendarCredentials) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            transport=self.outbound.transport(), timeout=self.timeout, auth=httpx.BasicAuth(calendar.username, calendar.password),
            follow_redirects=False,
        )

    @staticmethod
    def _collection(calendar: CalendarCredentials) -> str:
        return calendar.url if calendar.url.endswith("/") else calendar.url + "/"

    def _href(self, calendar: CalendarCredentials, uid: str) -> str:
        return urljoin(self._collection(calendar), quote(uid, safe="") + ".ics")

    async def _send(self, calendar: CalendarCredentials, method: str, url: str, *, ok: tuple[int, ...], **kw) -> httpx.Response:
        try:
            async with self._client(calendar) as client:
                response = await client.request(method, url, **kw)
        except OutboundRefused as exc:
            raise CalendarUnavailable(f"the calendar server may not be called: {exc.reason}") from None
        except httpx.TimeoutException:
            raise CalendarUnavailable("the calendar server did not answer in time") from None
        except httpx.HTTPError as exc:
            raise CalendarUnavailable(f"the calendar server could not be reached ({type(exc).__name__})") from None
        if response.status_code in (401, 403):
            raise CalendarUnavailable("the calendar server refused our credentials")
        if response.status_code not in ok:
            raise CalendarUnavailable(f"the calendar server answered {response.status_code} to {method}")
        return response

    def _multistatus(self, body: bytes) -> list:
        try:
            root = etree.fromstring(body, _PARSER)
        except etree.XMLSyntaxError:
            raise CalendarUnavailable("the calendar server sent a malformed answer") from None
        return root.findall("d:response", NS)

    async def check(self, calendar: CalendarCredentials) -> None:
        """Raises CalendarUnavailable unless the URL is a calendar collection we may read."""
        response = await self._send(calendar, "PROPFIND", self._collection(calendar), ok=(207,),
                                    headers={"Depth": "0", "Content-Type": "application/xml"}, content=_CTAG)
        for r in self._multistatus(response.content):
            if r.find(".//d:resourcetype/c:calendar", NS) is not None:
                return
        raise CalendarUnavailable("the URL is not a CalDAV calendar collection")

    async def ctag(self, calendar: CalendarCredentials) -> str | None:
        response = await self._send(calendar, "PROPFIND", self._collection(calendar), ok=(207,),
                                    headers={"Depth": "0", "Content-Type": "application/xml"}, content=_CTAG)
        for r in self._multistatus(response.content):
            tag = r.find(".//cs:getctag", NS)
            if tag is not None and tag.text:
                return tag.text
        return None

    async def busy(self, calendar: CalendarCredentials, start: datetime, end: datetime) -> list[Interval]:
        tz = await self.zone(calendar)
        response = await self._send(calendar, "REPORT", self._collection(calendar), ok=(207,),
                                    headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
                                    content=_query(start, end))
        found: list[Interval] = []
        for r in self._multistatus(response.content):
            data = r.find(".//c:calendar-data", NS)
            if data is None or not data.text:
                continue
            try:
                found.extend(i for i in busy_intervals(data.text, tz) if i.overlaps(start, end))
            except ValueError:
                continue  # one unreadable object must not hide the others
        return sorted(found, key=lambda i: i.start)

    async def put_event(self, calendar: CalendarCredentials, event: CalendarEvent, *, create: bool) -> WrittenEvent:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if create:
            headers["If-None-Match"] = "*"
        await self._send(calendar, "PUT", self._href(calendar, event.uid), ok=(200, 201, 204),
                         headers=headers, content=event_calendar(event))
        return WrittenEvent(uid=event.uid)

    async def delete_event(self, calendar: CalendarCredentials, uid: str) -> None:
        await self._send(calendar, "DELETE", self._href(calendar, uid), ok=(200, 204, 404, 410))

    async def events(self, calendar: CalendarCredentials, uids: Sequence[str]) -> dict[str, RemoteEvent]:
        """The events with these UIDs as the calendar has them now (missing: deleted on the calendar)."""
        if not uids:
            return {}
        by_href = {self._href(calendar, uid): uid for uid in uids}
        paths = {httpx.URL(h).raw_path.decode(): uid for h, uid in by_href.items()}
        response = await self._send(calendar, "REPORT", self._collection(calendar), ok=(207,),
                                    headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
                                    content=_multiget(list(paths)))
        found: dict[str, RemoteEvent] = {}
        tz = await self.zone(calendar)
        for r in self._multistatus(response.content):
            href = (r.findtext("d:href", default="", namespaces=NS) or "").strip()
            uid = paths.get(href) or paths.get(httpx.URL(urljoin(self._collection(calendar), href)).raw_path.decode())
            data = r.find(".//c:calendar-data", NS)
            if uid is None or data is None or not data.text:
                continue
            component = first_event(data.text)
            if component is None:
                continue
            start, end = event_times(component, tz)
            found[uid] = RemoteEvent(
                uid=uid, etag=r.findtext(".//d:getetag", default="", namespaces=NS) or "", start=start, end=end,
                cancelled=str(component.get("status", "")).upper() == "CANCELLED",
            )
        return found

"""Local peers that speak Google Calendar's and Microsoft Graph's REST shapes and their OAuth 2 endpoints
(authorization code with PKCE S256, refresh, RFC 7009 revocation at Google), on 127.0.0.1 under uvicorn. The
adapters are pointed at them by base URL. What the tests control: the consent (auto-approved, or refused), token
lifetimes, revoked grants, and the owner's own changes to events (moved, deleted), which feed Google's sync tokens
and Graph's delta links the way the real services do (410 for an expired sync token)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit
from zoneinfo import ZoneInfo

import uvicorn


@dataclass
class Event:
    id: str
    start: datetime | None  # None with `day`: an all-day event
    end: datetime | None
    summary: str = "Busy"
    day: date | None = None  # all-day (read in the calendar's zone)
    transparent: bool = False
    deleted: bool = False
    body: dict = field(default_factory=dict)
    seq: int = 0  # the change counter when it last changed
    meeting: str = ""


@dataclass
class Calendar:
    id: str
    time_zone: str = "Europe/Berlin"
    events: dict[str, Event] = field(default_factory=dict)


def _parse_time(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class OAuthPeer:
    """The OAuth side both providers share, and a tiny ASGI server."""

    prefix = ""
    account = "owner@example.com"

    def __init__(self) -> None:
        self.client_id = "parley-test-client"
        self.client_secret = "s3cret-" + secrets.token_hex(8)
        self.codes: dict[str, dict] = {}
        self.access: dict[str, float] = {}  # access token -> expires (unix)
        self.refresh: dict[str, bool] = {}  # refresh token -> still valid
        self.revoked: list[str] = []
        self.token_lifetime = 3600
        self.refuse_consent = False
        self.read_only = False  # the calendar was shared with the account read-only: writes are 403
        self.calendars: dict[str, Calendar] = {"primary": Calendar("primary")}
        self.seq = 0
        self.oldest_valid_seq = 0  # sync tokens older than this are 410 Gone
        self.calls: list[tuple[str, str]] = []
        self.auth_failures = 0
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.prefix}"

    # --- test controls ------------------------------------------------------------------------

    def calendar(self, cid: str = "primary") -> Calendar:
        return self.calendars.setdefault(cid, Calendar(cid))

    def bump(self) -> int:
        self.seq += 1
        return self.seq

    def add_busy(self, start: datetime, end: datetime, cid: str = "primary", summary: str = "Busy") -> Event:
        ev = Event(id=secrets.token_hex(8), start=start, end=end, summary=summary, seq=self.bump())
        self.calendar(cid).events[ev.id] = ev
        return ev

    def add_all_day(self, day: date, cid: str = "primary") -> Event:
        ev = Event(id=secrets.token_hex(8), start=None, end=None, day=day, seq=self.bump())
        self.calendar(cid).events[ev.id] = ev
        return ev

    def move(self, eid: str, start: datetime, cid: str = "primary") -> None:
        ev = self.calendar(cid).events[eid]
        assert ev.start is not None and ev.end is not None
        ev.end, ev.start = start + (ev.end - ev.start), start
        ev.seq = self.bump()

    def delete(self, eid: str, cid: str = "primary") -> None:
        ev = self.calendar(cid).events[eid]
        ev.deleted, ev.seq = True, self.bump()

    def expire_tokens(self) -> None:
        """Every access token handed out stops working (as if they had expired early)."""
        self.access = {t: 0 for t in self.access}

    def revoke_grants(self) -> None:
        """The owner removed our access in their account: refresh tokens are refused (invalid_grant)."""
        self.refresh = {t: False for t in self.refresh}
        self.access = {t: 0 for t in self.access}

    def times(self, ev: Event, tz: ZoneInfo) -> tuple[datetime, datetime]:
        if ev.day is not None:
            s = datetime.combine(ev.day, dtime(), tzinfo=tz)
            return s.astimezone(UTC), (s + timedelta(days=1)).astimezone(UTC)
        assert ev.start is not None and ev.end is not None
        return ev.start, ev.end

    # --- OAuth --------------------------------------------------------------------------------

    def authorize(self, query: dict[str, str]) -> tuple[int, dict, bytes]:
        """The consent page, approved at once: back to redirect_uri with a code (or error=access_denied)."""
        assert query["client_id"] == self.client_id and query["response_type"] == "code"
        assert query.get("code_challenge_method") == "S256" and query.get("code_challenge")
        target = query["redirect_uri"]
        if self.refuse_consent:
            params = {"error": "access_denied", "state": query.get("state", "")}
        else:
            code = secrets.token_urlsafe(16)
            self.codes[code] = {"challenge": query["code_challenge"], "redirect_uri": target, "scope": query.get("scope", "")}
            params = {"code": code, "state": query.get("state", "")}
        return 302, {"location": f"{target}?{urlencode(params)}"}, b""

    def _issue(self, refresh: str | None = None) -> dict:
        access = "at-" + secrets.token_urlsafe(12)
        self.access[access] = time.time() + self.token_lifetime
        token = {"access_token": access, "token_type": "Bearer", "expires_in": self.token_lifetime}
        if refresh is None or self.rotates_refresh:
            refresh = "rt-" + secrets.token_urlsafe(12)
            self.refresh[refresh] = True
            token["refresh_token"] = refresh
        return token

    rotates_refresh = False

    def token(self, form: dict[str, str]) -> tuple[int, dict]:
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client"}
        if form.get("grant_type") == "authorization_code":
            grant = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
            if grant is None or grant["challenge"] != challenge or grant["redirect_uri"] != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant"}
            return 200, self._issue()
        if form.get("grant_type") == "refresh_token":
            refresh = form.get("refresh_token", "")
            if not self.refresh.get(refresh):
                return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
            return 200, self._issue(refresh)
        return 400, {"error": "unsupported_grant_type"}

    def authorized(self, headers: dict[str, str]) -> bool:
        token = headers.get("authorization", "").removeprefix("Bearer ")
        ok = self.access.get(token, 0) > time.time()
        if not ok:
            self.auth_failures += 1
        return ok

    # --- the server ---------------------------------------------------------------------------

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        path = scope["path"].removeprefix(self.prefix)
        query = {k: v[-1] for k, v in parse_qs(scope["query_string"].decode()).items()}
        self.calls.append((scope["method"], path))
        status, extra, payload = await self.route(scope["method"], path, query, headers, body)
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        hdrs = [(b"content-type", b"application/json")] + [(k.encode(), v.encode()) for k, v in extra.items()]
        await send({"type": "http.response.start", "status": status, "headers": hdrs})
        await send({"type": "http.response.body", "body": raw})

    async def route(self, method, path, query, headers, body) -> tuple[int, dict, Any]:
        raise NotImplementedError

    async def start(self) -> OAuthPeer:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._server = uvicorn.Server(uvicorn.Config(self, log_level="warning", lifespan="off", timeout_graceful_shutdown=0))
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            await asyncio.sleep(0.01)
        return self

    async def stop(self) -> None:
        assert self._server is not None and self._task is not None
        self._server.should_exit = self._server.force_exit = True
        done, _ = await asyncio.wait({self._task}, timeout=5)
        if not done:
            self._task.cancel()


def _form(body: bytes) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(body.decode()).items()}


class GooglePeer(OAuthPeer):
    """accounts.google.com, oauth2.googleapis.com and www.googleapis.com/calendar/v3 in one."""

    def point(self, provider) -> None:
        provider.client_id, provider.client_secret = self.client_id, self.client_secret
        provider.authorize_url = f"{self.base}/o/oauth2/v2/auth"
        provider.token_url, provider.revoke_url, provider.api_url = f"{self.base}/token", f"{self.base}/revoke", self.base

    def _dt(self, ev: Event, which: str) -> dict:
        if ev.day is not None:
            return {"date": (ev.day + timedelta(days=1 if which == "end" else 0)).isoformat()}
        t = ev.start if which == "start" else ev.end
        assert t is not None
        return {"dateTime": t.isoformat(), "timeZone": "UTC"}

    def _resource(self, ev: Event) -> dict:
        item = {"kind": "calendar#event", "id": ev.id, "etag": f'"{ev.seq}"', "status": "cancelled" if ev.deleted else "confirmed",
                "summary": ev.summary, "start": self._dt(ev, "start"), "end": self._dt(ev, "end")}
        if ev.meeting:
            item["hangoutLink"] = ev.meeting
            item["conferenceData"] = {"entryPoints": [{"entryPointType": "video", "uri": ev.meeting}],
                                      "conferenceSolution": {"key": {"type": "hangoutsMeet"}}}
        return item | {k: v for k, v in ev.body.items() if k in ("description", "location", "attendees", "iCalUID")}

    async def route(self, method, path, query, headers, body):
        if path == "/o/oauth2/v2/auth" and method == "GET":
            return self.authorize(query)
        if path == "/token" and method == "POST":
            status, payload = self.token(_form(body))
            return status, {}, payload
        if path == "/revoke" and method == "POST":
            token = _form(body).get("token", "")
            if token in self.refresh or token in self.access:
                self.refresh.pop(token, None)
                self.access.pop(token, None)
                self.revoked.append(token)
                return 200, {}, {}
            return 400, {}, {"error": "invalid_token"}
        if not path.startswith("/calendar/v3/"):
            return 404, {}, {"error": {"code": 404, "message": "Not Found"}}
        if not self.authorized(headers):
            return 401, {}, {"error": {"code": 401, "message": "Request had invalid authentication credentials.",
                                       "status": "UNAUTHENTICATED"}}
        parts = path.removeprefix("/calendar/v3/").split("/")
        if parts == ["freeBusy"] and method == "POST":
            request = json.loads(body)
            lo, hi = _parse_time(request["timeMin"]), _parse_time(request["timeMax"])
            out = {}
            for item in request["items"]:
                cal = self.calendars.get(item["id"])
                if cal is None:
                    out[item["id"]] = {"errors": [{"domain": "global", "reason": "notFound"}], "busy": []}
                    continue
                busy = []
                for ev in cal.events.values():
                    s, e = self.times(ev, ZoneInfo(cal.time_zone))
                    if not ev.deleted and not ev.transparent and s < hi and e > lo:
                        busy.append({"start": max(s, lo).isoformat().replace("+00:00", "Z"),
                                     "end": min(e, hi).isoformat().replace("+00:00", "Z")})
                out[item["id"]] = {"busy": sorted(busy, key=lambda b: b["start"])}
            return 200, {}, {"kind": "calendar#freeBusy", "timeMin": request["timeMin"], "timeMax": request["timeMax"],
                             "calendars": out}
        if parts[0] != "calendars" or len(parts) < 2:
            return 404, {}, {"error": {"code": 404, "message": "Not Found"}}
        cid = parts[1]
        if cid == self.account:
            cid = "primary"
        cal = self.calendars.get(cid)
        if cal is None:
            return 404, {}, {"error": {"code": 404, "message": "Not Found"}}
        if len(parts) == 2 and method == "GET":
            return 200, {}, {"kind": "calendar#calendar", "id": self.account if cid == "primary" else cid,
                             "timeZone": cal.time_zone, "summary": cid}
        if parts[2:] == ["events"] and method == "POST":
            if self.read_only:
                return 403, {}, {"error": {"code": 403, "message": "You need to have writer access to this calendar.",
                                           "errors": [{"domain": "calendar", "reason": "requiredAccessLevel"}]}}
            request = json.loads(body)
            eid = request.get("id") or secrets.token_hex(8)
            if eid in cal.events:
                return 409, {}, {"error": {"code": 409, "message": "The requested identifier already exists."}}
            if any(c not in "0123456789abcdefghijklmnopqrstuv" for c in eid) or not 5 <= len(eid) <= 1024:
                return 400, {}, {"error": {"code": 400, "message": "Invalid resource id value."}}
            ev = Event(id=eid, start=_parse_time(request["start"]["dateTime"]), end=_parse_time(request["end"]["dateTime"]),
                       summary=request.get("summary", ""), body=request, seq=self.bump())
            if query.get("conferenceDataVersion") == "1" and (request.get("conferenceData") or {}).get("createRequest"):
                ev.meeting = f"https://meet.google.com/{secrets.token_hex(2)}-{secrets.token_hex(2)}-{secrets.token_hex(2)}"
            cal.events[eid] = ev
            return 200, {}, self._resource(ev)
        if parts[2:] == ["events"] and method == "GET":
            return self._list(cal, query)
        if len(parts) == 4 and parts[2] == "events":
            ev = cal.events.get(parts[3])
            if ev is None:
                return 404, {}, {"error": {"code": 404, "message": "Not Found"}}
            if method == "GET":
                return 200, {}, self._resource(ev)
            if ev.deleted:
                return 410, {}, {"error": {"code": 410, "message": "Resource has been deleted"}}
            if method == "DELETE":
                ev.deleted, ev.seq = True, self.bump()
                return 204, {}, b""
            if method == "PATCH":
                request = json.loads(body)
                if "start" in request:
                    ev.start = _parse_time(request["start"]["dateTime"])
                if "end" in request:
                    ev.end = _parse_time(request["end"]["dateTime"])
                ev.body |= request
                ev.seq = self.bump()
                return 200, {}, self._resource(ev)
        return 405, {}, {"error": {"code": 405, "message": "Method not allowed"}}

    def _list(self, cal: Calendar, query: dict[str, str]):
        token = query.get("syncToken")
        if token is not None:
            since = int(token.removeprefix("sync-"))
            if since < self.oldest_valid_seq:
                return 410, {}, {"error": {"code": 410, "message": "Sync token is no longer valid, a full sync is required.",
                                           "errors": [{"domain": "calendar", "reason": "fullSyncRequired"}]}}
            items = [self._resource(e) for e in cal.events.values() if e.seq > since]
        else:
            items = [self._resource(e) for e in cal.events.values() if not e.deleted]
        size = 2  # small pages: the adapter must follow nextPageToken
        offset = int(query.get("pageToken", "0"))
        page = {"kind": "calendar#events", "timeZone": cal.time_zone, "items": items[offset:offset + size]}
        if offset + size < len(items):
            page["nextPageToken"] = str(offset + size)
        else:
            page["nextSyncToken"] = f"sync-{self.seq}"
        return 200, {}, page


class GraphPeer(OAuthPeer):
    """login.microsoftonline.com/common and graph.microsoft.com/v1.0 in one (under /ms)."""

    prefix = "/ms"

    def point(self, provider) -> None:
        provider.client_id, provider.client_secret = self.client_id, self.client_secret
        provider.authorize_url = f"{self.base}/common/oauth2/v2.0/authorize"
        provider.token_url = f"{self.base}/common/oauth2/v2.0/token"
        provider.api_url = f"{self.base}/v1.0"

    rotates_refresh = True  # Microsoft hands out a new refresh token with each refresh
    online_meetings = True

    def _dt(self, t: datetime, utc: bool, tz: str) -> dict:
        zone = "UTC" if utc else tz
        wall = t.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        return {"dateTime": wall.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": zone}

    def _resource(self, ev: Event, cal: Calendar, utc: bool) -> dict:
        if ev.deleted:
            return {"@odata.type": "#microsoft.graph.event", "id": ev.id, "@removed": {"reason": "deleted"}}
        s, e = self.times(ev, ZoneInfo(cal.time_zone))
        item = {"@odata.etag": f'W/"{ev.seq}"', "id": ev.id, "subject": ev.summary, "isCancelled": False,
                "showAs": "free" if ev.transparent else "busy", "isAllDay": ev.day is not None,
                "start": self._dt(s, utc, cal.time_zone), "end": self._dt(e, utc, cal.time_zone),
                "isOnlineMeeting": bool(ev.meeting), "onlineMeeting": {"joinUrl": ev.meeting} if ev.meeting else None}
        return item

    def _find(self, eid: str) -> tuple[Calendar, Event] | None:
        for cal in self.calendars.values():
            if eid in cal.events:
                return cal, cal.events[eid]
        return None

    async def route(self, method, path, query, headers, body):
        if path == "/common/oauth2/v2.0/authorize" and method == "GET":
            return self.authorize(query)
        if path == "/common/oauth2/v2.0/token" and method == "POST":
            status, payload = self.token(_form(body))
            return status, {}, payload
        if not path.startswith("/v1.0/"):
            return 404, {}, {"error": {"code": "NotFound", "message": "not found"}}
        if not self.authorized(headers):
            return 401, {}, {"error": {"code": "InvalidAuthenticationToken", "message": "Access token has expired or is not yet valid."}}
        utc = 'outlook.timezone="UTC"' in headers.get("prefer", "")
        parts = path.removeprefix("/v1.0/").split("/")
        if parts == ["me"]:
            return 200, {}, {"id": "u1", "mail": self.account, "userPrincipalName": self.account}
        if parts[:2] == ["me", "events"] and len(parts) == 3:
            found = self._find(parts[2])
            if found is None or found[1].deleted:
                return 404, {}, {"error": {"code": "ErrorItemNotFound", "message": "The specified object was not found in the store."}}
            cal, ev = found
            if method == "GET":
                return 200, {}, self._resource(ev, cal, utc)
            if method == "DELETE":
                ev.deleted, ev.seq = True, self.bump()
                return 204, {}, b""
            if method == "PATCH":
                request = json.loads(body)
                if "start" in request:
                    ev.start = datetime.fromisoformat(request["start"]["dateTime"]).replace(tzinfo=ZoneInfo(request["start"]["timeZone"]))
                if "end" in request:
                    ev.end = datetime.fromisoformat(request["end"]["dateTime"]).replace(tzinfo=ZoneInfo(request["end"]["timeZone"]))
                ev.body |= request
                ev.seq = self.bump()
                return 200, {}, self._resource(ev, cal, utc)
        if parts[:2] == ["me", "calendar"]:
            cal, rest = self.calendars["primary"], parts[2:]
        elif parts[:2] == ["me", "calendars"] and len(parts) >= 3:
            found_cal = self.calendars.get(parts[2])
            if found_cal is None:
                return 404, {}, {"error": {"code": "ErrorItemNotFound", "message": "not found"}}
            cal, rest = found_cal, parts[3:]
        else:
            return 404, {}, {"error": {"code": "NotFound", "message": "not found"}}
        if not rest and method == "GET":
            return 200, {}, {"id": cal.id, "name": "Calendar", "canEdit": True}
        if rest == ["events"] and method == "POST":
            request = json.loads(body)
            tx = request.get("transactionId")
            for ev in cal.events.values():  # Graph's idempotency: the same transactionId is the same event
                if tx and ev.body.get("transactionId") == tx:
                    return 201, {}, self._resource(ev, cal, utc)
            ev = Event(id="AAMk" + secrets.token_urlsafe(24),
                       start=datetime.fromisoformat(request["start"]["dateTime"]).replace(tzinfo=ZoneInfo(request["start"]["timeZone"])),
                       end=datetime.fromisoformat(request["end"]["dateTime"]).replace(tzinfo=ZoneInfo(request["end"]["timeZone"])),
                       summary=request.get("subject", ""), body=request, seq=self.bump())
            if request.get("isOnlineMeeting") and self.online_meetings:
                ev.meeting = f"https://teams.microsoft.com/l/meetup-join/{secrets.token_hex(8)}"
            cal.events[ev.id] = ev
            return 201, {}, self._resource(ev, cal, utc)
        if rest == ["calendarView"] and method == "GET":
            lo, hi = _parse_time(query["startDateTime"]), _parse_time(query["endDateTime"])
            items = []
            for ev in cal.events.values():
                s, e = self.times(ev, ZoneInfo(cal.time_zone))
                if not ev.deleted and s < hi and e > lo:
                    items.append(self._resource(ev, cal, utc))
            return self._page(items, query, f"{self.base}/v1.0/{'/'.join(parts)}", delta=False)
        if rest == ["calendarView", "delta"] and method == "GET":
            since = int(query.get("$deltatoken", "-1"))
            items = [self._resource(ev, cal, utc) for ev in cal.events.values()
                     if (ev.seq > since if since >= 0 else not ev.deleted)]
            return self._page(items, query, f"{self.base}/v1.0/{'/'.join(parts)}", delta=True)
        return 405, {}, {"error": {"code": "MethodNotAllowed", "message": "not allowed"}}

    def _page(self, items: list[dict], query: dict[str, str], url: str, delta: bool):
        size = 2
        skip = int(query.get("$skiptoken", "0"))
        page: dict[str, Any] = {"value": items[skip:skip + size]}
        keep = {k: v for k, v in query.items() if k != "$skiptoken"}
        if skip + size < len(items):
            page["@odata.nextLink"] = f"{url}?{urlencode(keep | {'$skiptoken': str(skip + size)})}"
        elif delta:
            page["@odata.deltaLink"] = f"{url}?{urlencode({'$deltatoken': str(self.seq)})}"
        return 200, {}, page


def follow_consent(location: str) -> tuple[str, dict[str, str]]:
    """(path, query) of our callback from the peer's redirect."""
    parts = urlsplit(location)
    return parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}

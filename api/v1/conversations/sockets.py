"""WebSocket endpoints /v1/ws/visitor and /v1/ws/operator: the socket protocol around the realtime engine.

One `Connection` per socket. Frames are read in order and handled one at a time (a client's messages
get seqs in the order it sent them), each by its entry in `ROUTES`. What a socket follows, and the
ordering that makes it see every durable event exactly once and in order, is its `SessionFollower`
(infrastructure/realtime/follower.py); the heartbeat loop, presence refresh and gap repair are the
engine's `Hub`.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Literal
from uuid import UUID

import msgspec
import structlog
from litestar import WebSocket, websocket

from api.credentials import authenticate
from api.json_input import NESTING_DETAIL, NUL_ESCAPE_TEXT, NUL_MESSAGE, nul_field, too_deep
from api.v1.conversations.schemas import attachment_path
from api.v1.widget_embed.origin import page_origin
from domain.access import Permission
from domain.conversations import frames as fr
from domain.conversations.model import Attachment, Sender, SessionClosed, SessionStatus
from domain.conversations.permissions import CONVERSATIONS_READ, CONVERSATIONS_WRITE
from domain.conversations.services import Actor
from domain.errors import AuthenticationFailed, Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from domain.tenancy.model import Principal
from infrastructure.container import Container
from infrastructure.realtime.engine import RealtimeEngine
from infrastructure.realtime.events import session_channel, tenant_channel
from infrastructure.realtime.hub import Hub
from infrastructure.realtime.presence import operator_key, visitor_key

log = structlog.get_logger("parley.ws")

# Close codes (4000-4999 are the application's; the reason says what happened).
CLOSE_BAD_REQUEST = 4400
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404
CLOSE_HEARTBEAT_TIMEOUT = 4408
CLOSE_FLOODING = 4429
CLOSE_INTERNAL = 1011

_ERRORS: list[tuple[type[DomainError], fr.ErrorCode]] = [
    (SessionClosed, "session_closed"),
    (NotFound, "not_found"),
    (Conflict, "conflict"),
    (InvalidInput, "invalid_frame"),
    (AuthenticationFailed, "unauthenticated"),
    (PermissionDenied, "forbidden"),
]


class CloseSocket(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


Role = Literal["visitor", "operator"]


class Connection:
    """One socket: who is on it, its rate limit and heartbeat, and its follower."""

    def __init__(self, socket: WebSocket, container: Container, realtime: RealtimeEngine, role: Role) -> None:
        self.socket = socket
        self.container = container
        self.role = role  # visitor | operator
        self.id = uuid.uuid4().hex[:16]
        self.config = realtime.config
        self.presence = realtime.presence
        self.follower = realtime.follower(self.id, role, self.send_raw)
        self.actor: Actor | None = None
        self.principal: Principal | None = None
        self.own_session: UUID | None = None  # a visitor's conversation
        self.expires_at: float | None = None  # wall-clock expiry of the credential
        self.closed = False
        self.sender_name: str | None = None  # an operator's first name, shown to visitors on their messages
        self.sender_avatar_url: str | None = None  # and their picture
        self.presence_key: str | None = None  # the person this connection keeps online (PresenceRegistry)
        now = time.monotonic()
        self.last_rx = now
        self.last_ping = now
        self.opened = now
        self._send_lock = asyncio.Lock()
        self._tokens = float(self.config.burst)
        self._refill_at = now
        self.refused = 0  # frames refused in a row by the rate limit

    @property
    def tenant_id(self) -> UUID | None:
        return self.follower.tenant_id

    def authenticated(self, tenant_id: UUID, actor: Actor) -> None:
        self.follower.tenant_id, self.actor = tenant_id, actor

    @property
    def tenant(self) -> UUID:
        """The workspace of an authenticated connection (every route but ping, pong and auth needs one)."""
        if self.follower.tenant_id is None:
            raise AuthenticationFailed("send an auth frame first")
        return self.follower.tenant_id

    @property
    def who(self) -> Actor:
        if self.actor is None:
            raise AuthenticationFailed("send an auth frame first")
        return self.actor

    # --- output ----------------------------------------------------------------------------------

    async def send_raw(self, data: bytes) -> None:
        if self.closed:
            return
        async with self._send_lock:
            await self.socket.send({"type": "websocket.send", "text": data.decode()})

    async def send(self, frame: msgspec.Struct) -> None:
        await self.send_raw(fr.encode(frame))

    async def error(
        self, code: fr.ErrorCode, message: str, *, client_id: str | None = None, ref_type: str | None = None,
        retry_after_ms: int | None = None,
    ) -> None:
        await self.send(fr.Error(code=code, message=message, client_id=client_id, ref_type=ref_type, retry_after_ms=retry_after_ms))

    async def close(self, code: int, reason: str) -> None:
        if self.closed:
            return
        self.closed = True
        with suppress(Exception):
            async with self._send_lock:
                await self.socket.close(code=code, reason=reason[:120])

    async def publish(self, channel: str, frame: msgspec.Struct, session_id: UUID | None, to: str | None = None) -> None:
        await self.follower.publish(channel, frame, session_id, to=to)

    # --- heartbeat and expiry ----------------------------------------------------------------------

    async def tick(self, now: float) -> None:
        if self.closed:
            return
        if self.expires_at is not None and time.time() >= self.expires_at:
            await self.error("token_expired", "your credential expired; reconnect with a fresh one")
            await self.close(CLOSE_UNAUTHENTICATED, "token expired")
            return
        if self.role == "operator" and self.principal is None and now - self.opened > self.config.auth_timeout_seconds:
            await self.close(CLOSE_UNAUTHENTICATED, "no auth frame in time")
            return
        if now - self.last_rx > self.config.idle_timeout_seconds:
            await self.close(CLOSE_HEARTBEAT_TIMEOUT, "heartbeat timeout: no frame from the client")
            return
        if now - self.last_rx >= self.config.heartbeat_seconds and now - self.last_ping >= self.config.heartbeat_seconds:
            self.last_ping = now
            await self.send(fr.ServerPing())

    def take_token(self) -> bool:
        now = time.monotonic()
        self._tokens = min(float(self.config.burst), self._tokens + (now - self._refill_at) * self.config.rate_per_second)
        self._refill_at = now
        if self._tokens >= 1:
            self._tokens -= 1
            self.refused = 0
            return True
        self.refused += 1
        return False

    # --- following sessions ------------------------------------------------------------------------

    async def follow(self, session_id: UUID, after_seq: int) -> None:
        last = await self.follower.follow(session_id, after_seq)
        await self.send(fr.CaughtUp(session_id=session_id, last_seq=last))

    async def shutdown(self) -> None:
        self.closed = True
        await self.follower.close()


# --- frame handling ------------------------------------------------------------------------------


def _session_of(conn: Connection, given: UUID | None) -> UUID:
    if conn.role == "visitor":
        if conn.own_session is None or (given is not None and given != conn.own_session):
            raise NotFound("conversation not found")
        return conn.own_session
    if given is None:
        raise InvalidInput("session_id is required", field="session_id")
    return given


def _need(conn: Connection, permission: Permission) -> None:
    if conn.principal is not None and not conn.principal.can(permission):
        raise PermissionDenied(f"this needs the {permission.value} permission")


async def _authenticate_operator(conn: Connection, token: str) -> None:
    container = conn.container
    try:
        principal, expires = await authenticate(container, token)
    except AuthenticationFailed as exc:
        raise CloseSocket(CLOSE_UNAUTHENTICATED, exc.detail) from None
    if conn.principal is not None and principal.tenant_id != conn.principal.tenant_id:
        raise CloseSocket(CLOSE_FORBIDDEN, "a token of another workspace")
    if not principal.can(CONVERSATIONS_READ):
        raise CloseSocket(CLOSE_FORBIDDEN, "this needs the conversations:read permission")
    first = conn.principal is None
    conn.principal, conn.expires_at = principal, expires
    conn.authenticated(principal.tenant_id, Actor(sender=Sender.human, user_id=principal.user_id))
    if principal.user_id is not None and (first or conn.sender_name is None):
        member = await container.tenancy.get_member(principal, principal.user_id)
        conn.sender_name = member.name.split()[0] if member.name.strip() else None
        conn.sender_avatar_url = member.avatar_url
    if first:
        if principal.user_id is not None:
            conn.presence_key = operator_key(principal.tenant_id, principal.user_id)
            await conn.presence.arrive(conn.presence_key, conn.id)
        await conn.follower.listen_to([tenant_channel(principal.tenant_id)])
        await conn.send(
            fr.Ready(connection_id=conn.id, role="operator", heartbeat_seconds=conn.config.heartbeat_seconds, user_id=principal.user_id)
        )


def _sender_data(conn: Connection) -> dict[str, str] | None:
    """Who wrote an operator's message, as visitors see it: first name and picture."""
    if conn.role != "operator":
        return None
    data = {"sender_name": conn.sender_name, "sender_avatar_url": conn.sender_avatar_url}
    return {k: v for k, v in data.items() if v} or None


async def _ping(conn: Connection, frame: fr.Ping) -> None:
    await conn.send(fr.ServerPong(nonce=frame.nonce))


async def _pong(conn: Connection, frame: fr.Pong) -> None:
    """Any frame counts as a sign of life; a pong needs nothing more."""


async def _auth(conn: Connection, frame: fr.Auth) -> None:
    if conn.role != "operator":
        raise PermissionDenied("visitors authenticate with their visitor token when connecting")
    await _authenticate_operator(conn, frame.token)


async def _follow(conn: Connection, frame: fr.Resume | fr.Subscribe) -> None:
    session_id = _session_of(conn, frame.session_id)
    if conn.principal is not None and session_id not in conn.follower.follows:
        await conn.container.conversations.get_session(conn.principal, session_id)  # 404 across tenants
    await conn.follow(session_id, frame.after_seq)


async def _unfollow(conn: Connection, frame: fr.Unsubscribe) -> None:
    session_id = _session_of(conn, frame.session_id)
    await conn.follower.unfollow(session_id)
    await conn.send(fr.Unsubscribed(session_id=session_id))


async def _send_message(conn: Connection, frame: fr.SendMessage) -> None:
    session_id = _session_of(conn, frame.session_id)
    try:
        attachments = await conn.container.attachments.resolve(
            conn.tenant,
            session_id,
            [
                Attachment(url=a.url, name=a.name, content_type=a.content_type, size=a.size, id=str(a.id) if a.id else None)
                for a in frame.attachments
            ],
            attachment_path,
        )
        result = await conn.container.conversations.post_message(
            conn.tenant, session_id, conn.who, frame.content, attachments, frame.client_id, data=_sender_data(conn)
        )
    except DomainError as exc:
        exc.client_id = frame.client_id  # type: ignore[attr-defined]  # named in the error frame
        raise
    e = result.event
    assert e.created_at is not None  # set by the write
    ack = fr.Ack(
        client_id=frame.client_id, session_id=session_id, seq=e.seq, message_id=e.id, created_at=e.created_at,
        duplicate=result.duplicate,
    )
    await conn.follower.acknowledge(session_id, e.seq, fr.encode(ack))


async def _typing(conn: Connection, frame: fr.Typing) -> None:
    session_id = _session_of(conn, frame.session_id)
    if conn.role == "operator" and session_id not in conn.follower.follows:
        raise InvalidInput("subscribe to the session first", field="session_id")
    event = fr.TypingEvent(session_id=session_id, role=conn.role, state=frame.state, user_id=conn.who.user_id)
    await conn.publish(session_channel(session_id), event, session_id)


async def _set_presence(conn: Connection, frame: fr.SetPresence) -> None:
    if conn.role != "operator":
        raise PermissionDenied("visitor presence follows the connection")
    event = fr.PresenceEvent(role="operator", status=frame.status, user_id=conn.who.user_id)
    await conn.publish(tenant_channel(conn.tenant), event, None)
    for session_id in list(conn.follower.follows):
        await conn.publish(session_channel(session_id), fr.PresenceEvent(
            role="operator", status=frame.status, session_id=session_id, user_id=event.user_id), session_id, to="visitor")


async def _receipt(conn: Connection, frame: fr.Receipt) -> None:
    session_id = _session_of(conn, frame.session_id)
    await conn.container.conversations.receipt(conn.tenant, session_id, conn.who, frame.up_to_seq, read=frame.status == "read")
    if frame.status == "delivered":
        delivered = fr.DeliveredEvent(session_id=session_id, by=conn.role, up_to_seq=frame.up_to_seq)  # the actor's side
        await conn.publish(session_channel(session_id), delivered, session_id)


async def _set_status(conn: Connection, frame: fr.SetStatus) -> None:
    session_id = _session_of(conn, frame.session_id)
    await conn.container.conversations.change_status(conn.tenant, session_id, conn.who, SessionStatus(frame.status))


@dataclass(frozen=True)
class Route:
    handle: Callable[[Connection, Any], Awaitable[None]]
    authenticated: bool = True  # only ping, pong and auth come before the connection has a workspace
    permission: Permission | None = None


# Every client frame (frames.ClientFrame) and what handles it; a test checks none is missing.
ROUTES: dict[type[msgspec.Struct], Route] = {
    fr.Ping: Route(_ping, authenticated=False),
    fr.Pong: Route(_pong, authenticated=False),
    fr.Auth: Route(_auth, authenticated=False),
    fr.Resume: Route(_follow, permission=CONVERSATIONS_READ),
    fr.Subscribe: Route(_follow, permission=CONVERSATIONS_READ),
    fr.Unsubscribe: Route(_unfollow),
    fr.SendMessage: Route(_send_message, permission=CONVERSATIONS_WRITE),
    fr.Typing: Route(_typing, permission=CONVERSATIONS_WRITE),
    fr.SetPresence: Route(_set_presence, permission=CONVERSATIONS_WRITE),
    fr.Receipt: Route(_receipt, permission=CONVERSATIONS_WRITE),
    fr.SetStatus: Route(_set_status, permission=CONVERSATIONS_WRITE),
}


async def handle_frame(conn: Connection, frame: msgspec.Struct) -> None:
    route = ROUTES.get(type(frame))
    if route is None:
        raise InvalidInput("unsupported frame")
    if route.authenticated and conn.tenant_id is None:
        raise AuthenticationFailed("send an auth frame first")
    if route.permission is not None:
        _need(conn, route.permission)
    await route.handle(conn, frame)
    if conn.role == "operator" and isinstance(frame, _OPERATOR_ACTIVITY):
        await _operator_active(conn)


# What an operator does by hand (heartbeats and receipts come from an open tab alone and do not count).
_OPERATOR_ACTIVITY = (fr.SendMessage, fr.Typing, fr.SetStatus, fr.Subscribe)


async def _operator_active(conn: Connection) -> None:
    """The operator's idle clock restarts (handoff's auto-away), as for their REST requests. Best effort."""
    principal = conn.principal
    if principal is None or principal.user_id is None:
        return
    try:
        await conn.container.handoff_workflows.touch(principal.tenant_id, principal.user_id)
    except Exception as exc:  # noqa: BLE001
        log.warning("operator activity not recorded", error=repr(exc))


def _too_big(conn: Connection, size: int) -> bool:
    return size > conn.config.max_frame_bytes


async def run_connection(conn: Connection) -> None:
    """The read loop: every bad frame gets an error frame; the connection stays usable."""
    socket = conn.socket
    while not conn.closed:
        message = await socket.receive()
        if message["type"] == "websocket.disconnect":
            return
        conn.last_rx = time.monotonic()
        raw: str | bytes | None = message.get("text")
        if raw is None:
            data = message.get("bytes") or b""
            if _too_big(conn, len(data)):
                await conn.error("frame_too_large", f"frames are limited to {conn.config.max_frame_bytes} bytes")
                continue
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError:
                await conn.error("invalid_utf8", "frames must be UTF-8 JSON text")
                continue
        if _too_big(conn, len(raw) if len(raw) * 4 <= conn.config.max_frame_bytes else len(raw.encode("utf-8", "surrogatepass"))):
            await conn.error("frame_too_large", f"frames are limited to {conn.config.max_frame_bytes} bytes")
            continue
        if not conn.take_token():
            if conn.refused >= conn.config.flood_close_after:
                await conn.close(CLOSE_FLOODING, "too many frames; slow down")
                return
            if conn.refused == 1 or conn.refused % 50 == 0:
                await conn.error(
                    "rate_limited",
                    f"at most {conn.config.rate_per_second:g} frames per second; this frame was dropped",
                    retry_after_ms=int(1000 / conn.config.rate_per_second) + 1,
                )
            continue
        if too_deep(raw):
            await conn.error("invalid_json", NESTING_DETAIL)
            continue
        try:
            frame = fr.client_decoder.decode(raw)
        except msgspec.DecodeError as exc:
            await _decode_error(conn, raw, exc)
            continue
        except msgspec.ValidationError as exc:
            await _decode_error(conn, raw, exc)
            continue
        if NUL_ESCAPE_TEXT in raw and (field := nul_field(msgspec.json.decode(raw))) is not None:
            await conn.error("invalid_frame", f"{field}: {NUL_MESSAGE}", client_id=getattr(frame, "client_id", None),
                             ref_type=type(frame).__struct_config__.tag)
            continue
        try:
            await handle_frame(conn, frame)
        except CloseSocket:
            raise
        except DomainError as exc:
            code: fr.ErrorCode = next((c for kind, c in _ERRORS if isinstance(exc, kind)), "invalid_frame")
            await conn.error(code, exc.detail, client_id=getattr(exc, "client_id", None), ref_type=type(frame).__struct_config__.tag)
        except (asyncio.CancelledError, KeyboardInterrupt):
            raise
        except Exception as exc:
            if conn.closed:
                return
            log.exception("ws frame failed", error=type(exc).__name__)
            await conn.error("internal", "the server could not handle this frame; retry it",
                             client_id=getattr(frame, "client_id", None), ref_type=type(frame).__struct_config__.tag)


async def _decode_error(conn: Connection, raw: str, exc: Exception) -> None:
    try:
        head = fr.type_decoder.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError):
        try:
            msgspec.json.decode(raw)
        except msgspec.DecodeError:
            await conn.error("invalid_json", "the frame is not JSON")
            return
        await conn.error("invalid_frame", "a frame must be a JSON object with a string `type`")
        return
    if head.type not in fr.CLIENT_TYPES:
        await conn.error("unknown_type", f"unknown frame type {head.type!r}; expected one of {', '.join(fr.CLIENT_TYPES)}", ref_type=head.type[:40])
        return
    client_id = None
    with suppress(Exception):
        value = msgspec.json.decode(raw).get("client_id")
        client_id = value if isinstance(value, str) else None
    await conn.error("invalid_frame", str(exc), ref_type=head.type, client_id=client_id)


async def _serve(conn: Connection, hub: Hub, start: Callable[[], Awaitable[None]]) -> None:
    hub.add(conn)
    try:
        await conn.socket.accept()
        try:
            await start()
            await run_connection(conn)
        except CloseSocket as exc:
            await conn.close(exc.code, exc.reason)
    except Exception as exc:
        if not conn.closed and not _is_disconnect(exc):
            log.exception("ws connection failed", error=type(exc).__name__)
            await conn.close(CLOSE_INTERNAL, "internal error")
    finally:
        hub.remove(conn)
        await conn.shutdown()
        await _presence_offline(conn)


def _is_disconnect(exc: Exception) -> bool:
    from litestar.exceptions import WebSocketDisconnect

    return isinstance(exc, WebSocketDisconnect) or type(exc).__name__ in ("ClientDisconnected", "ConnectionClosed")


async def _presence_offline(conn: Connection) -> None:
    """Offline is announced when the person's last connection (in any process) goes."""
    if conn.presence_key is None:
        return
    with suppress(Exception):
        if not await conn.presence.leave(conn.presence_key, conn.id):
            return
    if conn.role == "visitor" and conn.own_session is not None and conn.tenant_id is not None:
        with suppress(Exception):
            await _visitor_presence(conn, "offline")
    elif conn.role == "operator" and conn.tenant_id is not None and conn.actor is not None and conn.actor.user_id is not None:
        with suppress(Exception):
            await conn.publish(
                tenant_channel(conn.tenant_id),
                fr.PresenceEvent(role="operator", status="offline", user_id=conn.actor.user_id),
                None,
            )


async def _visitor_presence(conn: Connection, status: Literal["online", "offline"]) -> None:
    event = fr.PresenceEvent(role="visitor", status=status, session_id=conn.own_session, visitor_id=conn.who.visitor_id)
    # Operators see it on the workspace channel (a copy on the session channel would reach them twice).
    await conn.publish(tenant_channel(conn.tenant), event, conn.own_session)


def _int_param(socket: WebSocket, name: str) -> int | None:
    raw = socket.query_params.get(name)
    if raw is None:
        return None
    if not raw.isdigit() or len(raw) > 18:
        raise CloseSocket(CLOSE_BAD_REQUEST, f"{name} must be a non-negative integer")
    return int(raw)


def _uuid_param(socket: WebSocket, name: str) -> UUID | None:
    raw = socket.query_params.get(name)
    if raw is None:
        return None
    try:
        return UUID(raw)
    except ValueError:
        raise CloseSocket(CLOSE_BAD_REQUEST, f"{name} must be a UUID") from None


@websocket("/v1/ws/visitor")
async def visitor_socket(socket: WebSocket, container: Container, realtime: RealtimeEngine) -> None:
    """Visitor: `?token=<visitor token>&session_id=<id>[&after_seq=N][&public_id=cb_...]`."""
    conn = Connection(socket, container, realtime, "visitor")

    async def start() -> None:
        token = socket.query_params.get("token")
        if not token:
            raise CloseSocket(CLOSE_UNAUTHENTICATED, "token query parameter (visitor token) is required")
        session_id = _uuid_param(socket, "session_id")
        after_seq = _int_param(socket, "after_seq")
        service = container.conversations
        try:
            identity = service.identify_visitor(token, socket.query_params.get("public_id"))
            session = await service.open_visitor_socket(identity, session_id, page_origin(socket))
        except AuthenticationFailed as exc:
            raise CloseSocket(CLOSE_UNAUTHENTICATED, exc.detail) from None
        except PermissionDenied as exc:
            raise CloseSocket(CLOSE_FORBIDDEN, exc.detail) from None
        except NotFound as exc:
            raise CloseSocket(CLOSE_NOT_FOUND, exc.detail) from None
        conn.own_session = session.id
        conn.authenticated(identity.tenant_id, Actor(sender=Sender.customer, visitor_id=identity.visitor_id))
        conn.expires_at = service.tokens.expires_at(token)
        await conn.send(
            fr.Ready(
                connection_id=conn.id, role="visitor", heartbeat_seconds=conn.config.heartbeat_seconds,
                session_id=session.id, visitor_id=identity.visitor_id, status=session.status.value, last_seq=session.last_seq,
            )
        )
        await conn.follow(session.id, after_seq or 0)
        conn.presence_key = visitor_key(session.id)
        if await conn.presence.arrive(conn.presence_key, conn.id):  # not when another tab is already open
            await _visitor_presence(conn, "online")

    await _serve(conn, realtime.hub, start)


@websocket("/v1/ws/operator")
async def operator_socket(socket: WebSocket, container: Container, realtime: RealtimeEngine) -> None:
    """Operators and integrators: `?token=<access token or API key>`, or an `auth` frame first."""
    conn = Connection(socket, container, realtime, "operator")

    async def start() -> None:
        token = socket.query_params.get("token")
        if token:
            await _authenticate_operator(conn, token)

    await _serve(conn, realtime.hub, start)

"""WebSocket endpoints /v1/ws/visitor and /v1/ws/operator.

One `Connection` per socket. Frames are read in order and handled one at a time (a client's
messages get seqs in the order it sent them). A socket keeps one rule per followed session: send seq
last+1 only; drop what was sent; fill any gap from the database. Durable events reach it through the
process's `SessionEventRouter` (one Redis subscription per workspace); the sender's own message
reaches it as its `ack`, which advances the socket past that seq (after filling anything before it),
so the copy coming back from Redis is dropped unopened. So a socket sees every durable event exactly
once and in order, whichever process wrote it and whatever pub/sub dropped.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import msgspec
import structlog
from litestar import WebSocket, websocket
from litestar.channels import ChannelsPlugin
from litestar.channels.subscriber import Subscriber

from api.credentials import authenticate
from api.json_input import NESTING_DETAIL, NUL_ESCAPE_TEXT, NUL_MESSAGE, nul_field, too_deep
from api.v1.conversations import frames as fr
from api.v1.conversations.schemas import attachment_path
from api.v1.widget_embed.origin import page_origin
from domain.conversations.model import Attachment, SessionStatus, Sender, SessionClosed
from domain.conversations.services import Actor
from domain.errors import AuthenticationFailed, Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from domain.tenancy.model import Permission, Principal
from infrastructure.realtime.presence import operator_key, visitor_key
from infrastructure.realtime.events import (
    event_frame,
    session_channel,
    tenant_channel,
)
from infrastructure.realtime.router import SessionEventRouter

from infrastructure.container import Container

log = structlog.get_logger("parley.ws")

# Close codes (4000-4999 are the application's; the reason says what happened).
CLOSE_BAD_REQUEST = 4400
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404
CLOSE_HEARTBEAT_TIMEOUT = 4408
CLOSE_FLOODING = 4429
CLOSE_INTERNAL = 1011
INBOX_LIMIT = 10_000  # routed events waiting for a slow socket; older ones are dropped (and refilled from the log)

_ERRORS: list[tuple[type[DomainError], str]] = [
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


class Hub:
    """Per process: the live connections, and one heartbeat loop for all of them."""

    def __init__(self) -> None:
        self.connections: set[Connection] = set()
        self._task: asyncio.Task | None = None
        self._last_repair = time.monotonic()

    def add(self, conn: "Connection") -> None:
        self.connections.add(conn)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._heartbeat())

    def remove(self, conn: "Connection") -> None:
        self.connections.discard(conn)

    async def _heartbeat(self) -> None:
        while self.connections:
            interval = min(c.config.heartbeat_seconds for c in self.connections)
            await asyncio.sleep(min(interval, 1.0) if interval < 5 else interval / 4)
            now = time.monotonic()
            for conn in list(self.connections):
                with suppress(Exception):
                    await conn.tick(now)
            if now - self._last_repair >= interval:  # once per heartbeat
                self._last_repair = now
                await self._still_here()
                try:
                    await self._repair()
                except Exception as exc:
                    log.warning("gap repair failed", error=repr(exc))

    async def _still_here(self) -> None:
        live = [c for c in list(self.connections) if c.presence_key is not None and not c.closed]
        if live:
            try:
                await live[0].container.presence.refresh([(c.presence_key, c.id) for c in live])
            except Exception as exc:  # presence is best effort; the chat itself is unaffected
                log.warning("presence refresh failed", error=repr(exc))

    async def _repair(self) -> None:
        """Pub/sub is best effort (a process killed before it published, a Redis blip): once per
        heartbeat, one query per workspace compares every followed session's newest seq with what
        each socket was sent, and fills the difference from the log. No traffic needed."""
        by_tenant: dict[UUID, dict[UUID, list[Connection]]] = {}
        for conn in list(self.connections):
            if conn.closed or conn.tenant_id is None:
                continue
            for session_id in list(conn.follows):
                by_tenant.setdefault(conn.tenant_id, {}).setdefault(session_id, []).append(conn)
        for tenant_id, sessions in by_tenant.items():
            service = next(iter(sessions.values()))[0].container.conversations
            newest = await service.last_seqs(tenant_id, list(sessions))
            for session_id, conns in sessions.items():
                for conn in conns:
                    sent = conn.follows.get(session_id)
                    if sent is not None and sent < newest.get(session_id, 0):
                        await conn.repair(session_id)


def hub_of(socket: WebSocket) -> Hub:
    state = socket.app.state
    hub = state.get("ws_hub")
    if hub is None:
        hub = state["ws_hub"] = Hub()
    return hub


def router_of(app_state, channels: ChannelsPlugin, container: Container) -> SessionEventRouter:
    """The process's router of durable session events (sockets, long polls and SSE share it)."""
    router = app_state.get("event_router")
    if router is None:
        router = app_state["event_router"] = SessionEventRouter(channels, container.conversations.publisher)  # type: ignore[arg-type]
    return router


@dataclass(eq=False)
class Connection:
    socket: WebSocket
    container: Container
    channels: ChannelsPlugin
    role: str  # visitor | operator
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    tenant_id: UUID | None = None
    actor: Actor | None = None
    principal: Principal | None = None
    own_session: UUID | None = None  # a visitor's conversation
    follows: dict[UUID, int] = field(default_factory=dict)  # session → last seq sent
    expires_at: float | None = None  # wall-clock expiry of the credential
    closed: bool = False
    sender_name: str | None = None  # an operator's first name, shown to visitors on their messages
    sender_avatar_url: str | None = None  # and their picture
    presence_key: str | None = None  # the person this connection keeps online (PresenceRegistry)

    def __post_init__(self) -> None:
        self.config = self.container.realtime
        self.subscribers: dict[str, Subscriber] = {}
        self._pumps: list[asyncio.Task] = []
        self.router = router_of(self.socket.app.state, self.channels, self.container)
        self._inbox: asyncio.Queue[tuple[UUID, int, bytes]] = asyncio.Queue()
        self._inbox_pump: asyncio.Task | None = None
        now = time.monotonic()
        self.last_rx = now
        self.last_ping = now
        self.opened = now
        self._send_lock = asyncio.Lock()
        self._deliver_lock = asyncio.Lock()
        self._tokens = float(self.config.burst)
        self._refill_at = now
        self._refused = 0

    # --- output ----------------------------------------------------------------------------------

    async def send_raw(self, data: bytes) -> None:
        if self.closed:
            return
        async with self._send_lock:
            await self.socket.send({"type": "websocket.send", "text": data.decode()})

    async def send(self, frame: msgspec.Struct) -> None:
        await self.send_raw(fr.encode(frame))

    async def error(self, code: str, message: str, **extra: Any) -> None:
        await self.send(fr.Error(code=code, message=message, **extra))  # type: ignore[arg-type]

    async def close(self, code: int, reason: str) -> None:
        if self.closed:
            return
        self.closed = True
        with suppress(Exception):
            async with self._send_lock:
                await self.socket.close(code=code, reason=reason[:120])

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
            self._refused = 0
            return True
        self._refused += 1
        return False

    # --- following sessions ------------------------------------------------------------------------

    async def _ensure_subscriber(self, channels: list[str]) -> None:
        """Litestar channels keeps one Redis subscription per channel per process and fans out to
        every Subscriber in process; each followed channel gets a Subscriber and a pump task."""
        for channel in channels:
            if channel in self.subscribers:
                continue
            subscriber = await self.channels.subscribe([channel])
            self.subscribers[channel] = subscriber
            self._pumps.append(asyncio.create_task(self._pump(subscriber)))

    async def _pump(self, subscriber: Subscriber) -> None:
        async for payload in subscriber.iter_events():
            await self.on_published(payload)

    # The router's listener interface: `wants` filters synchronously (a socket's own messages, already
    # acknowledged, stop here), `offer` queues for this socket's own task so a slow socket never holds
    # up the others.

    needs_frame = True

    def wants(self, session_id: UUID, seq: int) -> bool:
        last = self.follows.get(session_id)
        return last is not None and seq > last and not self.closed

    def offer(self, session_id: UUID, seq: int, frame: bytes | None) -> None:
        assert frame is not None  # needs_frame
        if self._inbox.qsize() >= INBOX_LIMIT:
            self._inbox.get_nowait()  # the gap is filled from the log when the next event is delivered
        self._inbox.put_nowait((session_id, seq, frame))
        if self._inbox_pump is None:
            self._inbox_pump = asyncio.create_task(self._deliver_inbox())

    async def _deliver_inbox(self) -> None:
        while True:
            session_id, seq, frame = await self._inbox.get()
            try:
                await self.deliver(session_id, seq, frame)
            except Exception as exc:
                if self.closed:
                    return
                log.warning("routed event dropped", error=repr(exc))

    async def follow(self, session_id: UUID, after_seq: int) -> None:
        """Subscribe first, then replay from the log: nothing published meanwhile is lost. An after_seq
        beyond the log's end counts as its end, so caught_up reports the real last seq."""
        if after_seq > 0:
            stored = await self.container.conversations.last_seqs(self.tenant_id, [session_id])  # type: ignore[arg-type]
            after_seq = min(after_seq, stored.get(session_id, 0))
        async with self._deliver_lock:
            self.follows[session_id] = after_seq
            await self.router.listen(self.tenant_id, session_id, self)  # type: ignore[arg-type]
            await self._ensure_subscriber([session_channel(session_id)])  # typing, presence, streamed replies
            last = await self._fill(session_id)
        await self.send(fr.CaughtUp(session_id=session_id, last_seq=last))

    async def unfollow(self, session_id: UUID) -> None:
        async with self._deliver_lock:
            if self.follows.pop(session_id, None) is not None:
                await self.router.unlisten(self.tenant_id, session_id, self)  # type: ignore[arg-type]
        subscriber = self.subscribers.pop(session_channel(session_id), None)
        if subscriber is not None:
            with suppress(Exception):
                await self.channels.unsubscribe(subscriber)

    async def _fill(self, session_id: UUID) -> int:
        """Send every stored event after the last one sent (caller holds the deliver lock)."""
        service = self.container.conversations
        while True:
            last = self.follows.get(session_id)
            if last is None:
                return 0
            events = await service.events_after(self.tenant_id, session_id, last)  # type: ignore[arg-type]
            for event in events:
                if event.seq == self.follows.get(session_id, -1) + 1:
                    await self.send_raw(fr.encode(event_frame(event)))
                    self.follows[session_id] = event.seq
            if len(events) < 500:
                return self.follows.get(session_id, 0)

    async def repair(self, session_id: UUID) -> None:
        async with self._deliver_lock:
            await self._fill(session_id)

    async def deliver(self, session_id: UUID, seq: int, frame: bytes) -> None:
        async with self._deliver_lock:
            await self._advance(session_id, seq, frame)

    async def acknowledge(self, session_id: UUID, ack: fr.Ack) -> None:
        """The sender's own message reaches it as the ack: everything before its seq first (filled
        from the log if the socket is behind), then the ack; the socket is then past that seq."""
        async with self._deliver_lock:
            await self._advance(session_id, ack.seq, None)
            await self.send(ack)

    async def _advance(self, session_id: UUID, seq: int, frame: bytes | None) -> None:
        """The one ordering rule (caller holds the deliver lock): seq last+1 is sent (`frame`; None when
        the client has it already, as its ack), anything at or below last is dropped, and a gap is
        filled from the log."""
        last = self.follows.get(session_id)
        if last is None or seq <= last:
            return
        if seq == last + 1:
            if frame is not None:
                await self.send_raw(frame)
            self.follows[session_id] = seq
        else:
            await self._fill(session_id)

    async def on_published(self, payload: bytes) -> None:
        """An ephemeral frame (typing, presence, a streamed reply): forwarded unless this socket sent it."""
        try:
            publisher = self.container.conversations.publisher
            envelope = publisher.envelope(payload)  # type: ignore[attr-defined]
            if envelope.o != self.id and envelope.to in (None, self.role):
                await self.send_raw(publisher.seal.open(envelope.f))
        except Exception as exc:  # a bad publish must not kill the socket's listener
            if not self.closed:
                log.warning("published event dropped", error=repr(exc))

    async def publish(self, channel: str, frame: msgspec.Struct, session_id: UUID | None, to: str | None = None) -> None:
        publisher = self.container.conversations.publisher
        await publisher.publish_frame(channel, msgspec.to_builtins(frame), session_id, origin=self.id, to=to)  # type: ignore[attr-defined]

    async def shutdown(self) -> None:
        self.closed = True
        for session_id in list(self.follows):
            with suppress(Exception):
                await self.router.unlisten(self.tenant_id, session_id, self)  # type: ignore[arg-type]
        self.follows.clear()
        if self._inbox_pump is not None:
            self._inbox_pump.cancel()
        for subscriber in self.subscribers.values():
            with suppress(Exception):
                await self.channels.unsubscribe(subscriber)
        self.subscribers.clear()
        for task in self._pumps:
            task.cancel()
        self._pumps.clear()


# --- frame handling ------------------------------------------------------------------------------


def _session_of(conn: Connection, given: UUID | None) -> UUID:
    if conn.role == "visitor":
        if given is not None and given != conn.own_session:
            raise NotFound("conversation not found")
        return conn.own_session  # type: ignore[return-value]
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
    if not principal.can(Permission.conversations_read):
        raise CloseSocket(CLOSE_FORBIDDEN, "this needs the conversations:read permission")
    first = conn.principal is None
    conn.principal, conn.tenant_id, conn.expires_at = principal, principal.tenant_id, expires
    conn.actor = Actor(sender=Sender.human, user_id=principal.user_id)
    if principal.user_id is not None and (first or conn.sender_name is None):
        member = await container.tenancy.get_member(principal, principal.user_id)
        conn.sender_name = member.name.split()[0] if member.name.strip() else None
        conn.sender_avatar_url = member.avatar_url
    if first:
        if principal.user_id is not None:
            conn.presence_key = operator_key(principal.tenant_id, principal.user_id)
            await container.presence.arrive(conn.presence_key, conn.id)
        await conn._ensure_subscriber([tenant_channel(principal.tenant_id)])
        await conn.send(
            fr.Ready(connection_id=conn.id, role="operator", heartbeat_seconds=conn.config.heartbeat_seconds, user_id=principal.user_id)
        )


def _sender_data(conn: Connection) -> dict[str, str] | None:
    """Who wrote an operator's message, as visitors see it: first name and picture."""
    if conn.role != "operator":
        return None
    data = {"sender_name": conn.sender_name, "sender_avatar_url": conn.sender_avatar_url}
    return {k: v for k, v in data.items() if v} or None


async def handle_frame(conn: Connection, frame: Any) -> None:
    service = conn.container.conversations
    if isinstance(frame, fr.Ping):
        await conn.send(fr.ServerPong(nonce=frame.nonce))
        return
    if isinstance(frame, fr.Pong):
        return
    if isinstance(frame, fr.Auth):
        if conn.role != "operator":
            raise PermissionDenied("visitors authenticate with their visitor token when connecting")
        await _authenticate_operator(conn, frame.token)
        return
    if conn.tenant_id is None:
        raise AuthenticationFailed("send an auth frame first")
    if isinstance(frame, (fr.Resume, fr.Subscribe)):
        _need(conn, Permission.conversations_read)
        session_id = _session_of(conn, frame.session_id)
        if conn.role == "operator" and session_id not in conn.follows:
            await service.get_session(conn.principal, session_id)  # type: ignore[arg-type]  # 404 across tenants
        await conn.follow(session_id, frame.after_seq)
        return
    if isinstance(frame, fr.Unsubscribe):
        session_id = _session_of(conn, frame.session_id)
        await conn.unfollow(session_id)
        await conn.send(fr.Unsubscribed(session_id=session_id))
        return
    _need(conn, Permission.conversations_write)
    if isinstance(frame, fr.SendMessage):
        session_id = _session_of(conn, frame.session_id)
        try:
            attachments = await conn.container.attachments.resolve(
                conn.tenant_id,  # type: ignore[arg-type]
                session_id,
                [
                    Attachment(url=a.url, name=a.name, content_type=a.content_type, size=a.size, id=str(a.id) if a.id else None)
                    for a in frame.attachments
                ],
                attachment_path,
            )
            result = await service.post_message(
                conn.tenant_id,
                session_id,
                conn.actor,  # type: ignore[arg-type]
                frame.content,
                attachments,
                frame.client_id,
                data=_sender_data(conn),
            )
        except DomainError as exc:
            exc.client_id = frame.client_id  # type: ignore[attr-defined]
            raise
        e = result.event
        await conn.acknowledge(
            session_id,
            fr.Ack(
                client_id=frame.client_id, session_id=session_id, seq=e.seq, message_id=e.id,
                created_at=e.created_at, duplicate=result.duplicate,  # type: ignore[arg-type]  # set by the write
            ),
        )
        return
    if isinstance(frame, fr.Typing):
        session_id = _session_of(conn, frame.session_id)
        if conn.role == "operator" and session_id not in conn.follows:
            raise InvalidInput("subscribe to the session first", field="session_id")
        event = fr.TypingEvent(
            session_id=session_id, role=conn.role, state=frame.state,  # type: ignore[arg-type]
            user_id=conn.actor.user_id if conn.actor else None,
        )
        await conn.publish(session_channel(session_id), event, session_id)
        return
    if isinstance(frame, fr.SetPresence):
        if conn.role != "operator":
            raise PermissionDenied("visitor presence follows the connection")
        event = fr.PresenceEvent(role="operator", status=frame.status, user_id=conn.actor.user_id)  # type: ignore[union-attr]
        await conn.publish(tenant_channel(conn.tenant_id), event, None)
        for session_id in list(conn.follows):
            await conn.publish(session_channel(session_id), fr.PresenceEvent(
                role="operator", status=frame.status, session_id=session_id, user_id=event.user_id), session_id, to="visitor")
        return
    if isinstance(frame, fr.Receipt):
        session_id = _session_of(conn, frame.session_id)
        await service.receipt(conn.tenant_id, session_id, conn.actor, frame.up_to_seq, read=frame.status == "read")  # type: ignore[arg-type]
        if frame.status == "delivered":
            await conn.publish(
                session_channel(session_id),
                fr.DeliveredEvent(session_id=session_id, by=conn.actor.side, up_to_seq=frame.up_to_seq),  # type: ignore[union-attr, arg-type]
                session_id,
            )
        return
    if isinstance(frame, fr.SetStatus):
        session_id = _session_of(conn, frame.session_id)
        await service.change_status(conn.tenant_id, session_id, conn.actor, SessionStatus(frame.status))  # type: ignore[arg-type]
        return
    raise InvalidInput("unsupported frame")


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
            if conn._refused >= conn.config.flood_close_after:
                await conn.close(CLOSE_FLOODING, "too many frames; slow down")
                return
            if conn._refused == 1 or conn._refused % 50 == 0:
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
            code = next((c for kind, c in _ERRORS if isinstance(exc, kind)), "invalid_frame")
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


async def _serve(conn: Connection, start) -> None:
    hub = hub_of(conn.socket)
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
        if not await conn.container.presence.leave(conn.presence_key, conn.id):
            return
    if conn.role == "visitor" and conn.own_session is not None and conn.tenant_id is not None:
        with suppress(Exception):
            await _visitor_presence(conn, "offline")
    elif conn.role == "operator" and conn.actor is not None and conn.actor.user_id is not None:
        with suppress(Exception):
            await conn.publish(
                tenant_channel(conn.tenant_id),
                fr.PresenceEvent(role="operator", status="offline", user_id=conn.actor.user_id),
                None,
            )


async def _visitor_presence(conn: Connection, status: str) -> None:
    event = fr.PresenceEvent(role="visitor", status=status, session_id=conn.own_session, visitor_id=conn.actor.visitor_id)  # type: ignore[arg-type, union-attr]
    # Operators see it on the workspace channel (a copy on the session channel would reach them twice).
    await conn.publish(tenant_channel(conn.tenant_id), event, conn.own_session)


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
async def visitor_socket(socket: WebSocket, container: Container, channels: ChannelsPlugin) -> None:
    """Visitor: `?token=<visitor token>&session_id=<id>[&after_seq=N][&public_id=cb_...]`."""
    conn = Connection(socket=socket, container=container, channels=channels, role="visitor")

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
        conn.tenant_id, conn.own_session = identity.tenant_id, session.id
        conn.actor = Actor(sender=Sender.customer, visitor_id=identity.visitor_id)
        conn.expires_at = service.tokens.expires_at(token)  # type: ignore[attr-defined]
        await conn.send(
            fr.Ready(
                connection_id=conn.id, role="visitor", heartbeat_seconds=conn.config.heartbeat_seconds,
                session_id=session.id, visitor_id=identity.visitor_id, status=session.status.value, last_seq=session.last_seq,
            )
        )
        await conn.follow(session.id, after_seq or 0)
        conn.presence_key = visitor_key(session.id)
        if await container.presence.arrive(conn.presence_key, conn.id):  # not when another tab is already open
            await _visitor_presence(conn, "online")

    await _serve(conn, start)


@websocket("/v1/ws/operator")
async def operator_socket(socket: WebSocket, container: Container, channels: ChannelsPlugin) -> None:
    """Operators and integrators: `?token=<access token or API key>`, or an `auth` frame first."""
    conn = Connection(socket=socket, container=container, channels=channels, role="operator")

    async def start() -> None:
        token = socket.query_params.get("token")
        if token:
            await _authenticate_operator(conn, token)

    await _serve(conn, start)

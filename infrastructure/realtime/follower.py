"""What one connection follows, and the one ordering rule that keeps it exactly-once and in order.

A follower keeps one rule per followed session: send seq last+1 only; drop what was sent; fill any
gap from the log. Durable events reach it through the process's `SessionEventRouter` (one Redis
subscription per workspace); the sender's own message reaches it as its ack (`acknowledge`), which
advances it past that seq (after filling anything before it), so the copy coming back from Redis is
dropped unopened. So a connection sees every durable event exactly once and in order, whichever
process wrote it and whatever pub/sub dropped. Ephemeral frames (typing, presence, streamed replies)
arrive on per-session and per-workspace channels and are forwarded unless this connection sent them.

A follower only moves bytes: the frames it sends are finished JSON (the log's events as
`event_frame`s, the caller's encoded frames), so it knows nothing of the socket protocol around it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Protocol
from uuid import UUID

import msgspec
import structlog
from litestar.channels.subscriber import Subscriber

from domain.conversations.model import SessionEvent
from domain.conversations.services import REPLAY_BATCH  # the most events one read of the log returns
from infrastructure.realtime.channels import TransientChannelsPlugin
from infrastructure.realtime.events import RedisEventPublisher, event_frame, session_channel
from infrastructure.realtime.router import SessionEventRouter

log = structlog.get_logger("parley.ws")

INBOX_LIMIT = 10_000  # routed events waiting for a slow socket; older ones are dropped (and refilled from the log)

_encode = msgspec.json.encode


class EventLog(Protocol):
    """The durable session events (ConversationService)."""

    async def last_seqs(self, tenant_id: UUID, session_ids: list[UUID]) -> dict[UUID, int]: ...
    async def events_after(self, tenant_id: UUID, session_id: UUID, after_seq: int) -> list[SessionEvent]: ...


class SessionFollower:
    """Per connection: the sessions it follows (session → last seq sent), their ordering, its
    subscriptions to ephemeral channels. Also a `SessionListener` of the router: `wants` filters
    synchronously (a connection's own messages, already acknowledged, stop here), `offer` queues for
    this connection's own task so a slow socket never holds up the others."""

    needs_frame = True

    def __init__(
        self,
        connection_id: str,
        role: str,
        send: Callable[[bytes], Awaitable[None]],
        *,
        router: SessionEventRouter,
        channels: TransientChannelsPlugin,
        publisher: RedisEventPublisher,
        log_reader: EventLog,
    ) -> None:
        self.connection_id = connection_id
        self.role = role
        self.tenant_id: UUID | None = None  # set once the connection is authenticated
        self.follows: dict[UUID, int] = {}  # session → last seq sent
        self.closed = False
        self._send = send
        self._router = router
        self._channels = channels
        self._publisher = publisher
        self._log = log_reader
        self._subscribers: dict[str, Subscriber] = {}
        self._pumps: list[asyncio.Task] = []
        self._inbox: asyncio.Queue[tuple[UUID, int, bytes]] = asyncio.Queue()
        self._inbox_pump: asyncio.Task | None = None
        self._deliver_lock = asyncio.Lock()

    def _tenant(self) -> UUID:
        if self.tenant_id is None:
            raise RuntimeError("a follower follows sessions only once its connection is authenticated")
        return self.tenant_id

    # --- ephemeral channels ------------------------------------------------------------------------

    async def listen_to(self, channels: list[str]) -> None:
        """Litestar channels keeps one Redis subscription per channel per process and fans out to
        every Subscriber in process; each followed channel gets a Subscriber and a pump task."""
        for channel in channels:
            if channel in self._subscribers:
                continue
            subscriber = await self._channels.subscribe([channel])
            self._subscribers[channel] = subscriber
            self._pumps.append(asyncio.create_task(self._pump(subscriber)))

    async def _pump(self, subscriber: Subscriber) -> None:
        async for payload in subscriber.iter_events():
            await self.on_published(payload)

    async def on_published(self, payload: bytes) -> None:
        """An ephemeral frame (typing, presence, a streamed reply): forwarded unless this connection sent it."""
        try:
            envelope = self._publisher.envelope(payload)
            if envelope.o != self.connection_id and envelope.to in (None, self.role):
                await self._send(self._publisher.seal.open(envelope.f))
        except Exception as exc:  # a bad publish must not kill the socket's listener
            if not self.closed:
                log.warning("published event dropped", error=repr(exc))

    async def publish(self, channel: str, frame: msgspec.Struct, session_id: UUID | None, to: str | None = None) -> None:
        """An ephemeral frame from this connection: every follower of `channel` but this one gets it."""
        await self._publisher.publish_frame(channel, msgspec.to_builtins(frame), session_id, origin=self.connection_id, to=to)

    # --- durable events (the router's listener interface) ------------------------------------------

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

    # --- following sessions ------------------------------------------------------------------------

    async def follow(self, session_id: UUID, after_seq: int) -> int:
        """Subscribe first, then replay from the log: nothing published meanwhile is lost. An after_seq
        beyond the log's end counts as its end. Returns the last seq sent (the caller says caught up)."""
        tenant_id = self._tenant()
        if after_seq > 0:
            stored = await self._log.last_seqs(tenant_id, [session_id])
            after_seq = min(after_seq, stored.get(session_id, 0))
        async with self._deliver_lock:
            self.follows[session_id] = after_seq
            await self._router.listen(tenant_id, session_id, self)
            await self.listen_to([session_channel(session_id)])  # typing, presence, streamed replies
            return await self._fill(session_id)

    async def unfollow(self, session_id: UUID) -> None:
        async with self._deliver_lock:
            if self.follows.pop(session_id, None) is not None:
                await self._router.unlisten(self._tenant(), session_id, self)
        subscriber = self._subscribers.pop(session_channel(session_id), None)
        if subscriber is not None:
            with suppress(Exception):
                await self._channels.unsubscribe(subscriber)

    async def _fill(self, session_id: UUID) -> int:
        """Send every stored event after the last one sent (caller holds the deliver lock)."""
        while True:
            last = self.follows.get(session_id)
            if last is None:
                return 0
            events = await self._log.events_after(self._tenant(), session_id, last)
            for event in events:
                if event.seq == self.follows.get(session_id, -1) + 1:
                    await self._send(_encode(event_frame(event)))
                    self.follows[session_id] = event.seq
            if len(events) < REPLAY_BATCH:
                return self.follows.get(session_id, 0)

    async def repair(self, session_id: UUID) -> None:
        async with self._deliver_lock:
            await self._fill(session_id)

    async def deliver(self, session_id: UUID, seq: int, frame: bytes) -> None:
        async with self._deliver_lock:
            await self._advance(session_id, seq, frame)

    async def acknowledge(self, session_id: UUID, seq: int, ack: bytes) -> None:
        """The sender's own message reaches it as the ack: everything before its seq first (filled
        from the log if the connection is behind), then the ack; the follower is then past that seq."""
        async with self._deliver_lock:
            await self._advance(session_id, seq, None)
            await self._send(ack)

    async def _advance(self, session_id: UUID, seq: int, frame: bytes | None) -> None:
        """The one ordering rule (caller holds the deliver lock): seq last+1 is sent (`frame`; None when
        the client has it already, as its ack), anything at or below last is dropped, and a gap is
        filled from the log."""
        last = self.follows.get(session_id)
        if last is None or seq <= last:
            return
        if seq == last + 1:
            if frame is not None:
                await self._send(frame)
            self.follows[session_id] = seq
        else:
            await self._fill(session_id)

    async def close(self) -> None:
        self.closed = True
        if self.tenant_id is not None:
            for session_id in list(self.follows):
                with suppress(Exception):
                    await self._router.unlisten(self.tenant_id, session_id, self)
        self.follows.clear()
        if self._inbox_pump is not None:
            self._inbox_pump.cancel()
        for subscriber in self._subscribers.values():
            with suppress(Exception):
                await self._channels.unsubscribe(subscriber)
        self._subscribers.clear()
        for task in self._pumps:
            task.cancel()
        self._pumps.clear()


"""Per process: one Redis subscription (Litestar channels) per workspace for its durable session
events, routed in process to whoever follows each session: sockets, long polls, SSE streams.

Events cross Redis as one `EventBatch` per group-committed batch, so a process pays one receive for
many messages. The sessions and seqs travel in clear, so a batch whose events no listener here still
needs is dropped without opening its seal: the usual case for the process that wrote it, whose
sockets were acknowledged (and so advanced) before the batch came back. Long polls and SSE streams
only wait for news (they reread the log), so they never make the router open a seal either.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Protocol
from uuid import UUID

import structlog
from litestar.channels import ChannelsPlugin
from litestar.channels.subscriber import Subscriber

from infrastructure.realtime.events import RedisEventPublisher, events_channel

log = structlog.get_logger(__name__)


class SessionListener(Protocol):
    needs_frame: bool  # False: the listener rereads the log, so the router need not open the seal for it

    def wants(self, session_id: UUID, seq: int) -> bool:
        """Cheap and synchronous: is this event still news to the listener?"""

    def offer(self, session_id: UUID, seq: int, frame: bytes | None) -> None:
        """Take the event without blocking the router (queue it, wake a waiter); `frame` is None
        for a listener that needs no frame."""


class SessionWaiter:
    """A listener for requests that only wait for news (long polls, SSE): set on any new event."""

    needs_frame = False

    def __init__(self) -> None:
        self.news = asyncio.Event()

    def wants(self, session_id: UUID, seq: int) -> bool:
        return True

    def offer(self, session_id: UUID, seq: int, frame: bytes | None) -> None:
        self.news.set()


class SessionEventRouter:
    def __init__(self, channels: ChannelsPlugin, publisher: RedisEventPublisher) -> None:
        self._channels = channels
        self._publisher = publisher
        # workspace → session id (as published) → (session id, its listeners)
        self._sessions: dict[UUID, dict[str, tuple[UUID, set[SessionListener]]]] = {}
        self._streams: dict[UUID, tuple[Subscriber, asyncio.Task]] = {}
        self._lock = asyncio.Lock()  # subscribing and unsubscribing a workspace's channel

    async def listen(self, tenant_id: UUID, session_id: UUID, listener: SessionListener) -> None:
        """Returns once the workspace's channel is subscribed: read the log after this, not before."""
        sessions = self._sessions.setdefault(tenant_id, {})
        sessions.setdefault(str(session_id), (session_id, set()))[1].add(listener)
        if tenant_id in self._streams:
            return
        async with self._lock:
            if tenant_id not in self._streams and self._sessions.get(tenant_id):
                subscriber = await self._channels.subscribe([events_channel(tenant_id)])
                self._streams[tenant_id] = (subscriber, asyncio.create_task(self._pump(tenant_id, subscriber)))

    async def unlisten(self, tenant_id: UUID, session_id: UUID, listener: SessionListener) -> None:
        sessions = self._sessions.get(tenant_id, {})
        entry = sessions.get(str(session_id))
        if entry is not None:
            entry[1].discard(listener)
            if not entry[1]:
                del sessions[str(session_id)]
        if sessions:
            return
        async with self._lock:
            if self._sessions.get(tenant_id) or tenant_id not in self._streams:
                return
            self._sessions.pop(tenant_id, None)
            subscriber, pump = self._streams.pop(tenant_id)
            pump.cancel()
            with suppress(Exception):
                await self._channels.unsubscribe(subscriber)

    @asynccontextmanager
    async def waiting(self, tenant_id: UUID, session_id: UUID) -> AsyncIterator[SessionWaiter]:
        waiter = SessionWaiter()
        await self.listen(tenant_id, session_id, waiter)
        try:
            yield waiter
        finally:
            await self.unlisten(tenant_id, session_id, waiter)

    async def _pump(self, tenant_id: UUID, subscriber: Subscriber) -> None:
        async for payload in subscriber.iter_events():
            try:
                self.route(tenant_id, payload)
            except Exception as exc:  # a bad payload must not stop the workspace's stream
                log.warning("event batch dropped", error=repr(exc))

    def route(self, tenant_id: UUID, payload: bytes) -> None:
        sessions = self._sessions.get(tenant_id)
        if not sessions:
            return
        batch = self._publisher.batch(payload)
        frames = None
        for index, (sid, seq) in enumerate(zip(batch.sids, batch.seqs)):
            entry = sessions.get(sid)
            if entry is None:
                continue
            session_id, listeners = entry
            for listener in list(listeners):
                if not listener.wants(session_id, seq):
                    continue
                if not listener.needs_frame:
                    listener.offer(session_id, seq, None)
                    continue
                if frames is None:
                    frames = self._publisher.frames(batch)
                listener.offer(session_id, seq, bytes(frames[index]))

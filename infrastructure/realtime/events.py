"""The realtime wire: how session events travel between processes (Redis pub/sub, the channel names
Litestar channels subscribes to) and what a socket finally receives.

Two kinds of payload, both carrying finished JSON frames for clients sealed with AES-256-GCM (under a
key derived from the master key, so Redis never holds message text in clear; opened once per
receiving process, then forwarded as bytes to every socket):

- Durable session events (messages, status changes, read receipts) travel per workspace, on
  `events_channel(tenant)`, one `EventBatch` per group-committed batch: the sessions and seqs in
  clear (routing metadata), the frames sealed together. A process pays one receive for a whole batch
  and opens the seal only when one of its listeners still needs an event of it (the process that
  wrote the batch has usually acknowledged them all already). See `router.py`.
- Ephemeral frames (typing, presence, the assistant's streamed reply) travel per session or per
  workspace inbox as an `Envelope {"sid", "o", "f"}`; `o` is the originating connection id, so the
  sender does not get its own typing back.
"""

from __future__ import annotations

import asyncio
import os
from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec
import structlog
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from domain.conversations import frames as fr
from domain.conversations.model import ChatSession, EventKind, SessionEvent
from infrastructure.crypto.envelope import derive_key

log = structlog.get_logger(__name__)


def session_channel(session_id: UUID | str) -> str:
    return f"parley.s.{session_id}"


def tenant_channel(tenant_id: UUID | str) -> str:
    return f"parley.t.{tenant_id}"


def events_channel(tenant_id: UUID | str) -> str:
    """A workspace's durable session events (see EventBatch)."""
    return f"parley.e.{tenant_id}"


class Envelope(msgspec.Struct, omit_defaults=True):
    f: bytes  # the sealed frame
    sid: str | None = None
    o: str | None = None
    to: str | None = None  # only sockets of this role ("visitor") take it; operators get the same on the workspace channel


class EventBatch(msgspec.Struct):
    """Durable events of one workspace committed together: event i is session `sids[i]`, seq `seqs[i]`,
    and the i-th element of the sealed JSON array `f`."""

    sids: list[str]
    seqs: list[int]
    f: bytes


class FrameSeal:
    """AES-256-GCM for frames in transit through Redis. Every process derives the key from the master
    key; frames sealed under a previous master key (a rolling restart during rotation) still open."""

    def __init__(self, master_key: bytes, old_master_keys: tuple[bytes, ...] = ()) -> None:
        self._current = AESGCM(derive_key(master_key, "pubsub"))
        self._all = [self._current, *(AESGCM(derive_key(k, "pubsub")) for k in old_master_keys)]

    def seal(self, frame: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._current.encrypt(nonce, frame, b"parley/pubsub")

    def open(self, sealed: bytes) -> bytes:
        for key in self._all:
            try:
                return key.decrypt(sealed[:12], sealed[12:], b"parley/pubsub")
            except InvalidTag:
                continue
        raise InvalidTag("frame sealed under an unknown key")


_encode = msgspec.json.encode
_decode_envelope = msgspec.json.Decoder(Envelope)
_decode_batch = msgspec.json.Decoder(EventBatch)
_decode_frames = msgspec.json.Decoder(list[msgspec.Raw])


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def event_frame(e: SessionEvent) -> fr.MessageEvent | fr.StatusEvent | fr.ReadEvent:
    """A durable session event as the frame clients receive (see docs/websocket-protocol.md)."""
    if e.created_at is None:
        raise ValueError("only a stored event has a frame")
    if e.kind is EventKind.message:
        return fr.MessageEvent(
            session_id=e.session_id, seq=e.seq, id=e.id, created_at=e.created_at,
            sender=e.sender.value,
            content=e.content or "",
            attachments=[fr.AttachmentOut(a.url, a.name, a.content_type, a.size, a.id) for a in e.attachments],
            client_id=e.client_id,
            sender_user_id=e.sender_user_id,
            data=e.data or None,  # e.g. an AI reply's citations, model, tokens, latency
        )
    if e.kind is EventKind.status:
        return fr.StatusEvent(e.session_id, e.seq, e.id, e.created_at, e.data["status"], e.data["by"])
    return fr.ReadEvent(e.session_id, e.seq, e.id, e.created_at, e.data["reader"], e.data["up_to_seq"])


def session_summary(s: ChatSession) -> fr.SessionSummary:
    return fr.SessionSummary(
        id=s.id,
        chatbot_id=s.chatbot_id,
        visitor_id=s.visitor_id,
        status=s.status.value,
        assigned_user_id=s.assigned_user_id,
        language=s.language,
        started_at=_iso(s.started_at),
        ended_at=_iso(s.ended_at),
        last_seq=s.last_seq,
    )


class RedisEventPublisher:
    """Publishes straight to Redis pub/sub on the channel names Litestar's RedisChannelsPubSubBackend
    subscribes to, so any process (API or worker) can publish without running the channels plugin.

    Publishing never delays the caller (an ack goes out right after the commit): payloads queue in
    order and one task per event loop sends them, many per round trip (a pipeline) under load. A
    payload lost here (process killed) is never a lost message: readers fill gaps from the log."""

    def __init__(self, redis, seal: FrameSeal, max_batch: int = 256) -> None:
        self._redis = redis
        self.seal = seal
        self._max_batch = max_batch
        self._queue: asyncio.Queue | None = None
        self._task: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def publish(self, channel: str, payload: bytes) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._task is None or self._task.done():
            self._loop, self._queue = loop, asyncio.Queue()
            self._task = loop.create_task(self._drain(self._queue))
        self._queue.put_nowait((channel, payload))  # type: ignore[union-attr]

    async def _drain(self, queue: asyncio.Queue) -> None:
        while True:
            batch = [await queue.get()]
            while not queue.empty() and len(batch) < self._max_batch:
                batch.append(queue.get_nowait())
            try:
                if len(batch) == 1:
                    await self._redis.publish(*batch[0])
                else:
                    async with self._redis.pipeline(transaction=False) as pipe:
                        for channel, payload in batch:
                            pipe.publish(channel, payload)
                        await pipe.execute()
            except Exception as exc:  # readers repair gaps from the database
                log.warning("publish failed", error=repr(exc), dropped=len(batch))
            finally:
                for _ in batch:
                    queue.task_done()

    async def flush(self) -> None:
        """Wait until everything queued so far is published (tests, shutdown)."""
        if self._queue is not None and self._loop is asyncio.get_running_loop():
            await self._queue.join()

    async def publish_frame(
        self, channel: str, frame: dict[str, Any] | msgspec.Struct, session_id: UUID | str | None, origin: str | None = None,
        to: str | None = None,
    ) -> None:
        """Seal an ephemeral frame and queue its envelope for the channel (for sockets of role `to` only, if given)."""
        envelope = Envelope(f=self.seal.seal(_encode(frame)), sid=str(session_id) if session_id else None, o=origin, to=to)
        await self.publish(channel, _encode(envelope))

    @staticmethod
    def envelope(payload: bytes) -> Envelope:
        """A received payload's envelope; `seal.open(envelope.f)` is its frame (opened only when needed)."""
        return _decode_envelope.decode(payload)

    @staticmethod
    def batch(payload: bytes) -> EventBatch:
        """A received event batch; `frames(batch)` opens it (only when a listener needs one of its events)."""
        return _decode_batch.decode(payload)

    def frames(self, batch: EventBatch) -> list[msgspec.Raw]:
        return _decode_frames.decode(self.seal.open(batch.f))

    async def session_events(self, tenant_id: UUID, events: list[SessionEvent]) -> None:
        """Queue one payload for events committed together (see EventBatch)."""
        frames = b"[" + b",".join(_encode(event_frame(e)) for e in events) + b"]"
        batch = EventBatch(sids=[str(e.session_id) for e in events], seqs=[e.seq for e in events], f=self.seal.seal(frames))
        await self.publish(events_channel(tenant_id), _encode(batch))

    async def session_changed(self, tenant_id: UUID, session: ChatSession) -> None:
        await self.publish_frame(tenant_channel(tenant_id), fr.SessionEvent(session_summary(session)), session.id)

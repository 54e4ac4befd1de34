"""Per process: the live connections, and one heartbeat loop for all of them."""

from __future__ import annotations

import asyncio
import time
from contextlib import suppress
from typing import Protocol
from uuid import UUID

import structlog

from infrastructure.realtime.config import RealtimeConfig
from infrastructure.realtime.follower import EventLog, SessionFollower
from infrastructure.realtime.presence import PresenceRegistry

log = structlog.get_logger("parley.ws")


class LiveConnection(Protocol):
    """What the hub needs of a connection: its follower, its presence, and a heartbeat tick."""

    id: str
    closed: bool
    follower: SessionFollower
    presence_key: str | None  # the person this connection keeps online (PresenceRegistry)

    async def tick(self, now: float) -> None:
        """Ping an idle client, close an expired or silent one."""


class Hub:
    """Every beat ticks each connection; once per heartbeat it refreshes presence (one pipeline) and
    repairs gaps pub/sub left (one query per workspace)."""

    def __init__(self, config: RealtimeConfig, presence: PresenceRegistry, log_reader: EventLog) -> None:
        self.config = config
        self.connections: set[LiveConnection] = set()
        self._presence = presence
        self._log = log_reader
        self._task: asyncio.Task | None = None
        self._last_repair = time.monotonic()

    def add(self, conn: LiveConnection) -> None:
        self.connections.add(conn)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._heartbeat())

    def remove(self, conn: LiveConnection) -> None:
        self.connections.discard(conn)

    async def _heartbeat(self) -> None:
        interval = self.config.heartbeat_seconds
        while self.connections:
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
        live = [(c.presence_key, c.id) for c in list(self.connections) if c.presence_key is not None and not c.closed]
        if live:
            try:
                await self._presence.refresh(live)
            except Exception as exc:  # presence is best effort; the chat itself is unaffected
                log.warning("presence refresh failed", error=repr(exc))

    async def _repair(self) -> None:
        """Pub/sub is best effort (a process killed before it published, a Redis blip): once per
        heartbeat, one query per workspace compares every followed session's newest seq with what
        each connection was sent, and fills the difference from the log. No traffic needed."""
        by_tenant: dict[UUID, dict[UUID, list[SessionFollower]]] = {}
        for conn in list(self.connections):
            follower = conn.follower
            if conn.closed or follower.tenant_id is None:
                continue
            for session_id in list(follower.follows):
                by_tenant.setdefault(follower.tenant_id, {}).setdefault(session_id, []).append(follower)
        for tenant_id, sessions in by_tenant.items():
            newest = await self._log.last_seqs(tenant_id, list(sessions))
            for session_id, followers in sessions.items():
                for follower in followers:
                    sent = follower.follows.get(session_id)
                    if sent is not None and sent < newest.get(session_id, 0):
                        await follower.repair(session_id)

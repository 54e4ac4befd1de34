"""Who is connected, across every API process: a visitor with two tabs, or an operator on a laptop
and a phone, is online until the last of their connections goes."""

from __future__ import annotations

import time
from uuid import UUID

import structlog

from infrastructure.redis_client import REDIS_UNAVAILABLE

log = structlog.get_logger(__name__)


def visitor_key(session_id: UUID) -> str:
    return f"parley:presence:visitor:{session_id}"


def operator_key(tenant_id: UUID, user_id: UUID) -> str:
    return f"parley:presence:operator:{tenant_id}:{user_id}"


class PresenceRegistry:
    """One Redis sorted set per person: member = connection id, score = when that connection was
    last seen alive. Heartbeats refresh the scores (one pipeline per process per beat), so the
    connections of a process that died without saying goodbye age out after `stale_after` seconds."""

    def __init__(self, redis, stale_after: float) -> None:
        self._redis = redis
        self._stale_after = stale_after
        self._ttl = int(stale_after * 2) + 1  # a set nobody refreshes any more is dropped by Redis

    async def arrive(self, key: str, connection_id: str) -> bool:
        """Register a connection; True when it is the person's only live one (they came online).
        Presence is best effort: while Redis is away the connection works unannounced, and the next
        heartbeat after Redis is back registers it."""
        now = time.time()
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zremrangebyscore(key, "-inf", now - self._stale_after)
                pipe.zadd(key, {connection_id: now})
                pipe.zcard(key)
                pipe.expire(key, self._ttl)
                _, _, live, _ = await pipe.execute()
        except REDIS_UNAVAILABLE as exc:
            log.warning("presence not recorded: redis unavailable", error=type(exc).__name__)
            return False
        return live == 1

    async def leave(self, key: str, connection_id: str) -> bool:
        """Forget a connection; True when none of the person's connections is left (they went offline)."""
        now = time.time()
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zrem(key, connection_id)
            pipe.zremrangebyscore(key, "-inf", now - self._stale_after)
            pipe.zcard(key)
            _, _, live = await pipe.execute()
        return live == 0

    async def refresh(self, entries: list[tuple[str, str]]) -> None:
        """Heartbeat: these (key, connection id) pairs are still alive (added again if Redis lost them)."""
        if not entries:
            return
        now = time.time()
        async with self._redis.pipeline(transaction=False) as pipe:
            for key, connection_id in entries:
                pipe.zadd(key, {connection_id: now})
                pipe.expire(key, self._ttl)
            await pipe.execute()

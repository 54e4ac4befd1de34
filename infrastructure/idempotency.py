"""Idempotency-Key records in Redis: the first completed response is replayed to retries."""

from __future__ import annotations

from dataclasses import dataclass

import msgspec
import structlog

from infrastructure.redis_client import REDIS_UNAVAILABLE

log = structlog.get_logger(__name__)


class StoredResponse(msgspec.Struct):
    fingerprint: str
    status: int = 0
    headers: list[tuple[str, str]] = []
    body: bytes = b""
    done: bool = False


@dataclass(frozen=True)
class Claim:
    """Outcome of claiming a key: `replay` holds a finished response; `in_progress`/`mismatch` refuse."""

    fresh: bool = False
    replay: StoredResponse | None = None
    in_progress: bool = False
    mismatch: bool = False


class IdempotencyStore:
    """`claim` needs Redis (without the record a retry could run twice, so the request is refused
    with a 503); `complete` and `release` run after the response and only log a failure: the
    in-progress lock then expires by itself."""

    def __init__(self, redis, ttl_seconds: int = 24 * 3600, lock_seconds: int = 60) -> None:
        self._redis = redis
        self._ttl = ttl_seconds
        self._lock = lock_seconds

    async def claim(self, key: str, fingerprint: str) -> Claim:
        marker = msgspec.msgpack.encode(StoredResponse(fingerprint=fingerprint))
        if await self._redis.set(key, marker, nx=True, ex=self._lock):
            return Claim(fresh=True)
        raw = await self._redis.get(key)
        if raw is None:  # expired between the two calls
            return await self.claim(key, fingerprint)
        stored = msgspec.msgpack.decode(raw, type=StoredResponse)
        if stored.fingerprint != fingerprint:
            return Claim(mismatch=True)
        if not stored.done:
            return Claim(in_progress=True)
        return Claim(replay=stored)

    async def complete(self, key: str, response: StoredResponse) -> None:
        response.done = True
        try:
            await self._redis.set(key, msgspec.msgpack.encode(response), ex=self._ttl)
        except REDIS_UNAVAILABLE as exc:
            log.warning("idempotency record not stored: redis unavailable", error=type(exc).__name__)

    async def release(self, key: str) -> None:
        try:
            await self._redis.delete(key)
        except REDIS_UNAVAILABLE as exc:
            log.warning("idempotency lock not released: redis unavailable", error=type(exc).__name__)

"""Rate limiting with the `limits` library on Redis (fixed one-minute windows), leased per process."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import structlog
from limits import RateLimitItemPerMinute
from limits.aio.storage import RedisStorage

from infrastructure.redis_client import REDIS_UNAVAILABLE

log = structlog.get_logger(__name__)

# A lease never covers more than this share of what is left of the limit, nor more than MAX_LEASE hits:
# near the limit leases shrink to one hit, so the count in Redis is exact where it matters.
LEASE_SHARE = 16
MAX_LEASE = 64
# After Redis failed a reservation, this process counts alone for this long before asking it again.
OFFLINE_SECONDS = 1.0


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    policy: str
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self) -> dict[str, str]:
        """IETF draft-ietf-httpapi-ratelimit-headers structured fields."""
        return {
            "RateLimit-Policy": f'"{self.policy}";q={self.limit};w=60',
            "RateLimit": f'"{self.policy}";r={self.remaining};t={self.reset_seconds}',
        }


@dataclass
class _Lease:
    first: int  # the window count the lease's first hit stands at
    size: int
    window_end: float
    used: int = 0


class RateLimiter:
    """`limits`' fixed-window counter on its Redis storage, taken in leases.

    `FixedWindowRateLimiter.hit` is `storage.incr(key, expiry) <= amount`: one Redis round trip per
    request. Instead, a process reserves a block of the window's count with one atomic
    `incr(amount=n)` and hands it out locally, one hit at a time; every process does the same, so the
    count in Redis is the sum of what all of them reserved. A block is at most 1/16 of what is left
    (and at most 64), so far from the limit one round trip serves many requests, and near it blocks
    shrink to single hits and the count is exact. A block left unused when the window ends is
    counted but not served: the limiter can only err on the strict side, by at most a few hits.

    While Redis is away the limiter fails open to this process's own count: each process enforces
    the limit alone (so N processes admit up to N times the limit) until Redis answers again."""

    def __init__(self, redis) -> None:
        # The app's client (its pool, with its timeouts); the URI only names the storage kind.
        self._storage = RedisStorage("async+redis://", implementation="redispy", connection_pool=redis.connection_pool)
        self._items: dict[int, RateLimitItemPerMinute] = {}
        self._leases: dict[str, _Lease] = {}
        self._reserving: dict[str, asyncio.Future] = {}
        self._offline_until = 0.0

    async def hit(self, subject: str, per_minute: int, policy: str) -> RateDecision:
        item = self._items.get(per_minute)
        if item is None:
            item = self._items[per_minute] = RateLimitItemPerMinute(per_minute, namespace="parley")
        key = item.key_for(subject)
        while True:
            now = time.time()
            lease = self._leases.get(key)
            if lease is not None and lease.used < lease.size and lease.window_end > now:
                break
            pending = self._reserving.get(key)
            if pending is not None:  # another request of this process is reserving: share its block
                await asyncio.shield(pending)
                continue
            pending = self._reserving[key] = asyncio.get_running_loop().create_future()
            try:
                self._leases[key] = await self._reserve(key, item, per_minute, lease, now)
            finally:
                del self._reserving[key]
                pending.set_result(None)
        count = lease.first + lease.used
        lease.used += 1
        reset = max(1, int(lease.window_end - now + 0.999))
        return RateDecision(count <= per_minute, policy, per_minute, max(0, per_minute - count), reset)

    async def _reserve(self, key: str, item: RateLimitItemPerMinute, per_minute: int, previous: _Lease | None, now: float) -> _Lease:
        if now >= self._offline_until:
            try:
                return await self._reserve_in_redis(key, item, per_minute, previous, now)
            except REDIS_UNAVAILABLE as exc:
                log.warning("rate limiter counting locally: redis unavailable", error=type(exc).__name__)
                self._offline_until = time.time() + OFFLINE_SECONDS
        # One hit at a time on this process's own window count.
        if previous is not None and previous.window_end > now:
            return _Lease(first=previous.first + previous.size, size=1, window_end=previous.window_end)
        return _Lease(first=1, size=1, window_end=now + item.get_expiry())

    async def _reserve_in_redis(
        self, key: str, item: RateLimitItemPerMinute, per_minute: int, previous: _Lease | None, now: float
    ) -> _Lease:
        known = previous.first + previous.size - 1 if previous is not None and previous.window_end > now else 0
        size = max(1, min(MAX_LEASE, (per_minute - known) // LEASE_SHARE))
        total = await self._storage.incr(key, item.get_expiry(), amount=size)
        if total == size:  # this reservation opened the window
            window_end = now + item.get_expiry()
        elif previous is not None and previous.window_end > now:
            window_end = previous.window_end
        else:  # another process opened it
            window_end = await self._storage.get_expiry(key)
        if len(self._leases) > 100_000:
            self._leases = {k: v for k, v in self._leases.items() if v.window_end > now}
        return _Lease(first=total - size + 1, size=size, window_end=window_end)

"""Rate limiting with the `limits` library on Redis (fixed one-minute windows)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from limits import RateLimitItemPerMinute
from limits.aio.storage import RedisStorage


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


class RateLimiter:
    """`limits`' fixed-window strategy on its Redis storage, in one round trip per request.

    `FixedWindowRateLimiter.hit` is `storage.incr(key, expiry) <= amount`; calling the storage's
    atomic incr directly also yields the count, so `remaining` needs no second query. The window's
    end is remembered per key (a count of 1 means the window began now) and only asked of Redis
    when another process opened the window."""

    def __init__(self, redis_url: str) -> None:
        uri = redis_url.replace("unix://", "async+redis+unix://", 1) if redis_url.startswith("unix://") else f"async+{redis_url}"
        self._storage = RedisStorage(uri, implementation="redispy")
        self._items: dict[int, RateLimitItemPerMinute] = {}
        self._window_ends: dict[str, float] = {}

    async def hit(self, subject: str, per_minute: int, policy: str) -> RateDecision:
        item = self._items.get(per_minute)
        if item is None:
            item = self._items[per_minute] = RateLimitItemPerMinute(per_minute, namespace="parley")
        key = item.key_for(subject)
        count = await self._storage.incr(key, item.get_expiry())
        now = time.time()
        if count == 1:
            window_end = self._window_ends[key] = now + item.get_expiry()
            if len(self._window_ends) > 100_000:
                self._window_ends = {k: v for k, v in self._window_ends.items() if v > now}
        else:
            window_end = self._window_ends.get(key, 0.0)
            if window_end <= now:
                window_end = self._window_ends[key] = await self._storage.get_expiry(key)
        reset = max(1, int(window_end - now + 0.999))
        return RateDecision(count <= per_minute, policy, per_minute, max(0, per_minute - count), reset)

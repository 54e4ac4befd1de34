"""Rate limiting with the `limits` library on Redis (fixed one-minute windows)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from limits import RateLimitItemPerMinute
from limits.aio.storage import RedisStorage
from limits.aio.strategies import FixedWindowRateLimiter


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
    def __init__(self, redis_url: str) -> None:
        uri = redis_url.replace("unix://", "async+redis+unix://", 1) if redis_url.startswith("unix://") else f"async+{redis_url}"
        self._storage = RedisStorage(uri, implementation="redispy")
        self._limiter = FixedWindowRateLimiter(self._storage)
        self._items: dict[int, RateLimitItemPerMinute] = {}

    async def hit(self, subject: str, per_minute: int, policy: str) -> RateDecision:
        item = self._items.get(per_minute)
        if item is None:
            item = self._items[per_minute] = RateLimitItemPerMinute(per_minute, namespace="parley")
        allowed = await self._limiter.hit(item, subject)
        stats = await self._limiter.get_window_stats(item, subject)
        reset = max(0, int(stats.reset_time - time.time()) + 1)
        return RateDecision(allowed, policy, per_minute, max(0, stats.remaining), reset)

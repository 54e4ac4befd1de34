"""The one way processes connect to Redis: every call bounded by a timeout, stale connections
replaced once, and the errors that mean "Redis is away" named in one place.

Redis is a cache, a bus and a lock service here, never the system of record: while it is away the
request path degrades (see ARCHITECTURE "Redis outages") and answers 503 only where it must."""

from __future__ import annotations

import random

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

# A Redis call normally takes well under a millisecond; a frozen server must cost a request about
# a second, not the OS's TCP timeouts. One second also leaves room for event-loop stalls under load.
SOCKET_TIMEOUT_SECONDS = 1.0
CONNECT_TIMEOUT_SECONDS = 1.0

# "Redis is away" (killed, restarting, frozen, unreachable); BusyLoadingError is a ConnectionError.
REDIS_UNAVAILABLE: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError)


def connect(url: str) -> aioredis.Redis:
    return aioredis.Redis.from_url(
        url,
        socket_timeout=SOCKET_TIMEOUT_SECONDS,
        socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
        # No health_check_interval: in redis-py 5.3 a pub/sub health-check PING shares the pool, and in
        # a test run its PONG was read by a rate-limit INCR on another connection. Instead a pooled
        # connection that died with a restarted server fails at once and is retried once, on a fresh
        # connection. Timeouts are not retried (a frozen server would cost twice the timeout).
        retry=Retry(ExponentialBackoff(cap=0.1, base=0.01), retries=1),
        retry_on_error=[RedisConnectionError],
    )


class Backoff:
    """Exponential backoff with jitter for reconnect loops: 0.1 s, 0.2 s, ... up to `cap`."""

    def __init__(self, first: float = 0.1, cap: float = 5.0) -> None:
        self._first, self._cap = first, cap
        self._next = first

    def next_delay(self) -> float:
        delay = self._next
        self._next = min(self._cap, self._next * 2)
        return delay * random.uniform(0.75, 1.0)

    def reset(self) -> None:
        self._next = self._first

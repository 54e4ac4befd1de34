"""Login attempt counters in Redis, for the brakes of LoginThrottlePolicy.

Keys name the account by a keyed hash of the e-mail (never the address itself, and the same for e-mails
without an account) and expire on their own:
- `login:n:{account}:{client}`  attempts from the address since its last successful login
- `login:wait:{account}:{client}`  set (NX) by the attempt that starts a delay; lives for the delay
- `login:fail:{account}`  failures across addresses in the current window
- `login:known:{account}:{client}`  the address logged in to the account before
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import structlog

from domain.tenancy.model import LoginThrottlePolicy
from domain.tenancy.ports import LoginAdmission
from infrastructure.crypto.envelope import BlindIndex
from infrastructure.redis_client import REDIS_UNAVAILABLE

log = structlog.get_logger(__name__)


def _seconds(milliseconds: int) -> int:
    return max(1, math.ceil(milliseconds / 1000))


@dataclass
class _Brake:
    attempts: int = 0
    wait_until: float = 0.0
    known_until: float = 0.0


class LocalLoginAttempts:
    """The same brakes counted in this process only, while Redis is away: logins keep working and
    guessing stays braked (per process; an attacker cannot choose when Redis fails)."""

    def __init__(self, capacity: int = 100_000) -> None:
        self._brakes: dict[tuple[str, str], _Brake] = {}
        self._failures: dict[str, tuple[int, float]] = {}  # account -> (failures, window end)
        self._capacity = capacity

    def _brake(self, account: str, client: str) -> _Brake:
        if len(self._brakes) >= self._capacity:  # bounded: forget the oldest half
            for key in list(self._brakes)[: self._capacity // 2]:
                del self._brakes[key]
        return self._brakes.setdefault((account, client), _Brake())

    def admit(self, account: str, client: str, policy: LoginThrottlePolicy) -> LoginAdmission:
        now, brake = time.monotonic(), self._brake(account, client)
        failures, window_end = self._failures.get(account, (0, 0.0))
        if failures >= policy.account_failures and brake.known_until < now < window_end:
            return LoginAdmission(wait_seconds=math.ceil(window_end - now))
        if brake.wait_until > now:
            return LoginAdmission(wait_seconds=math.ceil(brake.wait_until - now))
        brake.attempts += 1
        if delay := policy.delay_after(brake.attempts):
            brake.wait_until = now + delay
        return LoginAdmission(attempt=brake.attempts)

    def failed(self, account: str, policy: LoginThrottlePolicy) -> int:
        now = time.monotonic()
        failures, window_end = self._failures.get(account, (0, 0.0))
        if window_end <= now:
            failures, window_end = 0, now + policy.account_window_seconds
        self._failures[account] = (failures + 1, window_end)
        return failures + 1

    def succeeded(self, account: str, client: str, policy: LoginThrottlePolicy) -> None:
        brake = self._brake(account, client)
        brake.attempts, brake.wait_until = 0, 0.0
        brake.known_until = time.monotonic() + policy.remember_known_client_seconds


class RedisLoginAttempts:
    def __init__(self, redis, secret_key: bytes) -> None:
        self._redis = redis
        self._account_of = BlindIndex(secret_key, "login-throttle")
        self._local = LocalLoginAttempts()

    def _account(self, email: str) -> str:
        return self._account_of(email).hex()[:32]

    async def admit(self, email: str, client: str, policy: LoginThrottlePolicy) -> LoginAdmission:
        try:
            return await self._admit(email, client, policy)
        except REDIS_UNAVAILABLE as exc:
            log.warning("login brakes counting locally: redis unavailable", error=type(exc).__name__)
            return self._local.admit(self._account(email), client, policy)

    async def failed(self, email: str, client: str, policy: LoginThrottlePolicy) -> int:
        try:
            return await self._failed(email, client, policy)
        except REDIS_UNAVAILABLE:
            return self._local.failed(self._account(email), policy)

    async def succeeded(self, email: str, client: str, policy: LoginThrottlePolicy) -> None:
        try:
            await self._succeeded(email, client, policy)
        except REDIS_UNAVAILABLE:
            self._local.succeeded(self._account(email), client, policy)

    def _keys(self, email: str, client: str) -> tuple[str, str, str, str]:
        account = self._account(email)
        return (
            f"login:n:{account}:{client}",
            f"login:wait:{account}:{client}",
            f"login:fail:{account}",
            f"login:known:{account}:{client}",
        )

    async def _admit(self, email: str, client: str, policy: LoginThrottlePolicy) -> LoginAdmission:
        attempts, wait, failures, known = self._keys(email, client)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.get(failures).pttl(failures).exists(known).pttl(wait)
            account_failures, window_left, is_known, wait_left = await pipe.execute()
        if int(account_failures or 0) >= policy.account_failures and not is_known and window_left > 0:
            return LoginAdmission(wait_seconds=_seconds(window_left))
        if wait_left > 0:
            return LoginAdmission(wait_seconds=_seconds(wait_left))
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(attempts).expire(attempts, policy.remember_attempts_seconds)
            attempt, _ = await pipe.execute()
        delay = policy.delay_after(attempt)
        # The attempt that sets the wait runs; concurrent ones find it set and are refused (and not counted),
        # so parallel requests get no more password checks than sequential ones.
        if delay and not await self._redis.set(wait, b"1", px=delay * 1000, nx=True):
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.decr(attempts).pttl(wait)
                _, wait_left = await pipe.execute()
            return LoginAdmission(wait_seconds=_seconds(wait_left))
        return LoginAdmission(attempt=attempt)

    async def _failed(self, email: str, client: str, policy: LoginThrottlePolicy) -> int:
        _, _, failures, _ = self._keys(email, client)
        async with self._redis.pipeline(transaction=True) as pipe:
            # A fixed window from the first failure (EXPIRE NX needs Redis 7; the embedded one is 6.2).
            pipe.set(failures, 0, ex=policy.account_window_seconds, nx=True).incr(failures)
            _, count = await pipe.execute()
        if count == policy.account_failures:
            log.warning("login locked for unknown addresses", account=failures.split(":")[2], client=client)
        return count

    async def _succeeded(self, email: str, client: str, policy: LoginThrottlePolicy) -> None:
        attempts, wait, _, known = self._keys(email, client)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(attempts, wait).set(known, b"1", ex=policy.remember_known_client_seconds)
            await pipe.execute()

"""Passwords (argon2), access tokens (JWT via authlib's JOSE) and session revocation (Redis)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from uuid import UUID

import argon2
import structlog

from domain.access import Role
from domain.errors import AuthenticationFailed
from domain.tenancy.model import Principal, User
from domain.tenancy.services import principal_for_member
from infrastructure.crypto.envelope import derive_key
from infrastructure.redis_client import REDIS_UNAVAILABLE, Backoff
from infrastructure.security.jwt import sign, verified_claims

log = structlog.get_logger(__name__)



class Argon2Passwords:
    def __init__(self, fast: bool = False) -> None:
        # Tests hash hundreds of passwords; production keeps argon2's recommended cost.
        self._hasher = argon2.PasswordHasher(time_cost=1, memory_cost=8192) if fast else argon2.PasswordHasher()

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
            return False


class JwtAccessTokens:
    def __init__(self, secret_key: bytes, ttl_seconds: int) -> None:
        self._key = derive_key(secret_key, "jwt/access")
        self.ttl_seconds = ttl_seconds
        self._verified: dict[str, tuple[Principal, float]] = {}

    def issue(self, user: User, plan: str, session_id: UUID) -> str:
        now = int(time.time())
        claims = {
            "sub": str(user.id),
            "tid": str(user.tenant_id),
            "role": user.role.value,
            "plan": plan,
            "sid": str(session_id),
            "iat": now,
            "exp": now + self.ttl_seconds,
            "typ": "access",
        }
        return sign(claims, self._key)

    def verify(self, token: str) -> Principal:
        return self.verify_with_expiry(token)[0]

    def verify_with_expiry(self, token: str) -> tuple[Principal, float]:
        """The caller and the token's `exp`. Verified tokens are remembered until they expire: a
        signature check per request is wasted work for the same bytes (revocation is checked
        separately, per request)."""
        cached = self._verified.get(token)
        if cached is not None:
            if cached[1] > time.time():
                return cached
            del self._verified[token]
        verified = self._verify(token)
        if len(self._verified) >= 50_000:
            self._verified.clear()
        self._verified[token] = verified
        return verified

    def _verify(self, token: str) -> tuple[Principal, float]:
        claims = verified_claims(token, self._key, "access", "access token")
        try:
            principal = principal_for_member(
                tenant_id=UUID(claims["tid"]),
                user_id=UUID(claims["sub"]),
                role=Role(claims["role"]),
                plan=str(claims["plan"]),
                session_id=UUID(claims["sid"]),
            )
            return principal, float(claims["exp"])
        except (KeyError, ValueError, TypeError):
            raise AuthenticationFailed("access token is not valid") from None


class RedisSessionRevocations:
    """Revoked login sessions, kept as long as an access token of theirs could still be alive.

    Redis holds the truth (`revoked-session:<sid>` keys with a TTL). Each process mirrors it in memory:
    it subscribes to a channel on which every revocation is announced, then loads the existing keys,
    so the per-request check costs no round trip. While the mirror is not live (start-up, a lost
    connection) the check asks Redis directly; if Redis is away too, the mirror as last loaded
    answers (no session can be revoked meanwhile: revoking needs Redis), and a process that never
    loaded it refuses (503)."""

    CHANNEL = "parley:revoked-sessions"
    PREFIX = "revoked-session:"

    def __init__(self, redis, ttl_seconds: int) -> None:
        self._redis = redis
        self._ttl = ttl_seconds + 60
        self._revoked: dict[str, float] = {}
        self._live = False
        self._loaded = False  # the mirror held Redis's whole set at least once
        self._task: asyncio.Task | None = None

    async def revoke_sessions(self, session_ids: list[UUID]) -> None:
        if not session_ids:
            return
        expires = time.time() + self._ttl
        async with self._redis.pipeline(transaction=False) as pipe:
            for sid in session_ids:
                self._revoked[str(sid)] = expires
                pipe.set(f"{self.PREFIX}{sid}", b"1", ex=self._ttl)
                pipe.publish(self.CHANNEL, str(sid))
            await pipe.execute()

    async def is_revoked(self, session_id: UUID) -> bool:
        sid = str(session_id)
        expires = self._revoked.get(sid)
        if expires is not None:
            if expires > time.time():
                return True
            del self._revoked[sid]
        if self._live:
            return False
        try:
            return bool(await self._redis.exists(f"{self.PREFIX}{sid}"))
        except REDIS_UNAVAILABLE:
            if self._loaded:
                return False
            raise

    async def start(self) -> None:
        self._task = asyncio.create_task(self._mirror(), name="revocation-mirror")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            # Bounded: a subscription cancelled mid-read can leave its close waiting on the connection.
            await asyncio.wait({self._task}, timeout=2)

    async def _mirror(self) -> None:
        backoff = Backoff()
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(self.CHANNEL)
                # Subscribed first, then the snapshot: nothing announced in between is missed.
                async for key in self._redis.scan_iter(match=f"{self.PREFIX}*", count=1000):
                    ttl = await self._redis.ttl(key)
                    if ttl > 0:
                        self._revoked[key.decode()[len(self.PREFIX):]] = time.time() + ttl
                self._live = self._loaded = True
                backoff.reset()
                log.info("revocation mirror live")
                while True:  # get_message with a timeout: an idle subscription is not a socket timeout
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=5.0)
                    if message is not None and message.get("type") == "message":
                        self._revoked[message["data"].decode()] = time.time() + self._ttl
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # connection lost: fall back to asking Redis, then rebuild
                log.warning("revocation mirror interrupted", error=type(exc).__name__)
            finally:
                self._live = False
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(pubsub.aclose(), timeout=1)
            await asyncio.sleep(backoff.next_delay())

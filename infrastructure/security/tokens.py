"""Passwords (argon2), access tokens (JWT via authlib's JOSE) and session revocation (Redis)."""

from __future__ import annotations

import time
from uuid import UUID

import warnings

import argon2
import authlib.deprecate  # noqa: F401  (registers its "always" filter first, so ours below wins)

with warnings.catch_warnings():
    # authlib.jose works and is what the project chose; its successor joserfc can replace it later.
    warnings.simplefilter("ignore")
    from authlib.jose import JsonWebToken
    from authlib.jose.errors import JoseError

from domain.errors import AuthenticationFailed
from domain.tenancy.model import Principal, Role, User
from domain.tenancy.services import principal_for_member
from infrastructure.crypto.envelope import derive_key

_ISSUER = "parley"
# Only HS256 is accepted: `alg: none` and algorithm-confusion tokens fail to decode.
_JWT = JsonWebToken(["HS256"])


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
            "iss": _ISSUER,
            "sub": str(user.id),
            "tid": str(user.tenant_id),
            "role": user.role.value,
            "plan": plan,
            "sid": str(session_id),
            "iat": now,
            "exp": now + self.ttl_seconds,
            "typ": "access",
        }
        return _JWT.encode({"alg": "HS256", "typ": "JWT"}, claims, self._key).decode()

    def verify(self, token: str) -> Principal:
        """Verified tokens are remembered until they expire: a signature check per request is
        wasted work for the same bytes (revocation is checked separately, per request)."""
        cached = self._verified.get(token)
        if cached is not None:
            principal, expires = cached
            if expires > time.time():
                return principal
            del self._verified[token]
        principal, expires = self._verify(token)
        if len(self._verified) >= 50_000:
            self._verified.clear()
        self._verified[token] = (principal, expires)
        return principal

    def _verify(self, token: str) -> tuple[Principal, float]:
        try:
            claims = _JWT.decode(
                token,
                self._key,
                claims_options={"iss": {"essential": True, "value": _ISSUER}, "exp": {"essential": True}},
            )
            claims.validate(leeway=5)
            if claims.get("typ") != "access":
                raise AuthenticationFailed("not an access token")
            principal = principal_for_member(
                tenant_id=UUID(claims["tid"]),
                user_id=UUID(claims["sub"]),
                role=Role(claims["role"]),
                plan=str(claims["plan"]),
                session_id=UUID(claims["sid"]),
            )
            return principal, float(claims["exp"])
        except AuthenticationFailed:
            raise
        except JoseError as exc:
            raise AuthenticationFailed(f"access token is not valid: {exc.error}") from None
        except (KeyError, ValueError, TypeError):
            raise AuthenticationFailed("access token is not valid") from None


class RedisSessionRevocations:
    """Revoked login sessions, kept as long as an access token of theirs could still be alive."""

    def __init__(self, redis, ttl_seconds: int) -> None:
        self._redis = redis
        self._ttl = ttl_seconds + 60

    async def revoke_sessions(self, session_ids: list[UUID]) -> None:
        if not session_ids:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for sid in session_ids:
                pipe.set(f"revoked-session:{sid}", b"1", ex=self._ttl)
            await pipe.execute()

    async def is_revoked(self, session_id: UUID) -> bool:
        return bool(await self._redis.exists(f"revoked-session:{session_id}"))

"""Signed visitor tokens (JWT HS256 via authlib's JOSE): which visitor of which chatbot of which tenant.

The widget keeps the token (localStorage) and presents it on return visits, so the visitor's history
comes back. The key is derived from the secret key for this purpose only.
"""

from __future__ import annotations

import time
from uuid import UUID

from domain.conversations.model import VisitorIdentity
from domain.errors import AuthenticationFailed
from infrastructure.crypto.envelope import derive_key
from infrastructure.security.jwt import sign, unverified_expiry, verified_claims


class JwtVisitorTokens:
    def __init__(self, secret_key: bytes, ttl_seconds: int = 180 * 24 * 3600) -> None:
        self._key = derive_key(secret_key, "visitor-token")
        self.ttl_seconds = ttl_seconds

    def issue(self, identity: VisitorIdentity) -> str:
        now = int(time.time())
        claims = {
            "typ": "visitor",
            "sub": str(identity.visitor_id),
            "tid": str(identity.tenant_id),
            "cid": str(identity.chatbot_id),
            "pid": identity.public_id,
            "iat": now,
            "exp": now + self.ttl_seconds,
        }
        return sign(claims, self._key)

    def verify(self, token: str) -> VisitorIdentity:
        claims = verified_claims(token, self._key, "visitor", "visitor token")
        try:
            return VisitorIdentity(
                tenant_id=UUID(claims["tid"]),
                chatbot_id=UUID(claims["cid"]),
                public_id=str(claims["pid"]),
                visitor_id=UUID(claims["sub"]),
            )
        except (KeyError, ValueError, TypeError):
            raise AuthenticationFailed("visitor token is not valid") from None

    def expires_at(self, token: str) -> float | None:
        return unverified_expiry(token, self._key)

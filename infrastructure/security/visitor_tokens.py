"""Signed visitor tokens (JWT HS256 via authlib's JOSE): which visitor of which chatbot of which tenant.

The widget keeps the token (localStorage) and presents it on return visits, so the visitor's history
comes back. The key is derived from the secret key for this purpose only.
"""

from __future__ import annotations

import time
import warnings
from uuid import UUID

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from authlib.jose import JsonWebToken
    from authlib.jose.errors import JoseError

from domain.conversations.model import VisitorIdentity
from domain.errors import AuthenticationFailed
from infrastructure.crypto.envelope import derive_key

_ISSUER = "parley"
_JWT = JsonWebToken(["HS256"])


class JwtVisitorTokens:
    def __init__(self, secret_key: bytes, ttl_seconds: int = 180 * 24 * 3600) -> None:
        self._key = derive_key(secret_key, "visitor-token")
        self.ttl_seconds = ttl_seconds

    def issue(self, identity: VisitorIdentity) -> str:
        now = int(time.time())
        claims = {
            "iss": _ISSUER,
            "typ": "visitor",
            "sub": str(identity.visitor_id),
            "tid": str(identity.tenant_id),
            "cid": str(identity.chatbot_id),
            "pid": identity.public_id,
            "iat": now,
            "exp": now + self.ttl_seconds,
        }
        return _JWT.encode({"alg": "HS256", "typ": "JWT"}, claims, self._key).decode()

    def verify(self, token: str) -> VisitorIdentity:
        try:
            claims = _JWT.decode(
                token,
                self._key,
                claims_options={"iss": {"essential": True, "value": _ISSUER}, "exp": {"essential": True}},
            )
            claims.validate(leeway=5)
            if claims.get("typ") != "visitor":
                raise AuthenticationFailed("not a visitor token")
            return VisitorIdentity(
                tenant_id=UUID(claims["tid"]),
                chatbot_id=UUID(claims["cid"]),
                public_id=str(claims["pid"]),
                visitor_id=UUID(claims["sub"]),
            )
        except AuthenticationFailed:
            raise
        except JoseError as exc:
            raise AuthenticationFailed(f"visitor token is not valid: {exc.error}") from None
        except (KeyError, ValueError, TypeError):
            raise AuthenticationFailed("visitor token is not valid") from None

    def expires_at(self, token: str) -> float | None:
        try:
            return float(_JWT.decode(token, self._key).get("exp"))
        except Exception:
            return None

"""Signed report download links for e-mails: a JWT (HS256, key derived from the secret key for this purpose only)
naming the workspace, the report and the format, valid 14 days. The report is still read under its tenant's RLS."""

from __future__ import annotations

import time
from uuid import UUID

from domain.errors import AuthenticationFailed
from infrastructure.crypto.envelope import derive_key
from infrastructure.security.jwt import sign, verified_claims

LINK_TTL_SECONDS = 14 * 24 * 3600


class SignedReportLinks:
    def __init__(self, secret_key: bytes, ttl_seconds: int = LINK_TTL_SECONDS) -> None:
        self._key = derive_key(secret_key, "analytics-report-link")
        self.ttl_seconds = ttl_seconds

    def sign(self, tenant_id: UUID, report_id: UUID, fmt: str) -> str:
        now = int(time.time())
        return sign({"typ": "report", "tid": str(tenant_id), "sub": str(report_id), "fmt": fmt, "iat": now,
                     "exp": now + self.ttl_seconds}, self._key)

    def verify(self, token: str) -> tuple[UUID, UUID, str]:
        claims = verified_claims(token, self._key, "report", "report link")
        try:
            fmt = str(claims["fmt"])
            if fmt not in ("pdf", "csv"):
                raise ValueError(fmt)
            return UUID(claims["tid"]), UUID(claims["sub"]), fmt
        except (KeyError, ValueError, TypeError):
            raise AuthenticationFailed("report link is not valid") from None

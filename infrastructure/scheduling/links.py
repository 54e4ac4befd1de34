"""Signed links to a booking's public pages: the token names the workspace, the booking and what it allows
(cancel or reschedule), MACed with a key derived from PARLEY_SECRET_KEY. Nothing is stored; a forged or
altered token is refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
from uuid import UUID

_ACTIONS = {"cancel": b"c", "reschedule": b"r"}
_NAMES = {v: k for k, v in _ACTIONS.items()}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class BookingLinkSigner:
    def __init__(self, secret_key: bytes) -> None:
        self._key = hmac.new(secret_key, b"parley scheduling links v1", hashlib.sha256).digest()

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()[:18]

    def sign(self, tenant_id: UUID, booking_id: UUID, action: str) -> str:
        payload = tenant_id.bytes + booking_id.bytes + _ACTIONS[action]
        return _b64(payload) + "." + _b64(self._mac(payload))

    def verify(self, token: str) -> tuple[UUID, UUID, str] | None:
        if not isinstance(token, str) or len(token) > 200 or token.count(".") != 1:
            return None
        body, mac = token.split(".")
        try:
            payload, given = _unb64(body), _unb64(mac)
        except (ValueError, TypeError):
            return None
        if len(payload) != 33 or not hmac.compare_digest(given, self._mac(payload)) or payload[32:] not in _NAMES:
            return None
        return UUID(bytes=payload[:16]), UUID(bytes=payload[16:32]), _NAMES[payload[32:]]

"""The one credential check of every operator and integrator caller, over HTTP or WebSocket."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.errors import AuthenticationFailed
from domain.tenancy.model import API_KEY_MARK, Principal

if TYPE_CHECKING:
    from infrastructure.container import Container


async def authenticate(container: Container, credential: str) -> tuple[Principal, float | None]:
    """The caller behind an API key (`parley_…`) or an access token that was not logged out, and when the
    credential expires (None: an API key, checked on each use). Raises AuthenticationFailed."""
    if credential.startswith(API_KEY_MARK + "_"):
        return await container.tenancy.authenticate_api_key(credential), None
    principal, expires = container.access_tokens.verify_with_expiry(credential)
    if principal.session_id is not None and await container.revocations.is_revoked(principal.session_id):
        raise AuthenticationFailed("this session was logged out or its password changed")
    return principal, expires

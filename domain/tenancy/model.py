"""Tenants, members, roles, permissions, API keys and login sessions."""

from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.access import Permission, Role, role_permissions

# Which roles each role may hand out (invite to, or change a member to).
ASSIGNABLE_ROLES: dict[Role, frozenset[Role]] = {
    Role.owner: frozenset(Role),
    Role.admin: frozenset({Role.admin, Role.operator}),
    Role.operator: frozenset(),
}

PLANS = ("free", "pro", "enterprise")


@dataclass(frozen=True)
class Principal:
    """Who is calling: a member (by access token) or an integrator (by API key)."""

    tenant_id: UUID
    plan: str
    permissions: frozenset[Permission]
    user_id: UUID | None = None
    role: Role | None = None
    api_key_id: UUID | None = None
    session_id: UUID | None = None

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        """PermissionDenied unless the caller holds `permission` (services check it, not only routes)."""
        if permission not in self.permissions:
            from domain.errors import PermissionDenied

            raise PermissionDenied(f"missing permission {permission}")

    @property
    def rate_limit_subject(self) -> str:
        return f"key:{self.api_key_id}" if self.api_key_id else f"user:{self.user_id}"


@dataclass
class Tenant:
    id: UUID
    name: str
    plan: str = "free"
    credits: int = 0
    created_at: datetime | None = None


@dataclass
class User:
    id: UUID
    tenant_id: UUID
    email: str
    name: str
    role: Role
    password_hash: str
    created_at: datetime | None = None
    password_changed_at: datetime | None = None
    avatar_url: str | None = None  # shown to visitors beside the member's messages


@dataclass
class RefreshToken:
    id: UUID
    tenant_id: UUID
    user_id: UUID
    family_id: UUID
    token_hash: bytes
    expires_at: datetime
    rotated_at: datetime | None = None
    revoked_at: datetime | None = None


@dataclass
class ApiKey:
    id: UUID
    tenant_id: UUID
    name: str
    prefix: str
    secret_hash: bytes
    scopes: frozenset[Permission]
    created_by: UUID | None
    created_at: datetime | None = None
    expires_at: datetime | None = None
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None
    # The creator's current membership, read with the key: None once they have left the workspace.
    creator_role: Role | None = None
    creator_name: str | None = None

    def is_usable(self, now: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)

    @property
    def effective_scopes(self) -> frozenset[Permission]:
        """What the key may do now: its scopes, bounded by what its creator's current role allows
        (a demoted creator's keys lose the rest; a departed creator's keys can do nothing)."""
        if self.creator_role is None:
            return frozenset()
        return self.scopes & role_permissions(self.creator_role)


@dataclass
class Invitation:
    id: UUID
    tenant_id: UUID
    email: str
    role: Role
    token_hash: bytes
    invited_by: UUID | None
    expires_at: datetime
    created_at: datetime | None = None
    accepted_at: datetime | None = None
    revoked_at: datetime | None = None

    def is_open(self, now: datetime) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > now


class SecurityEventKind(str, enum.Enum):
    login_throttled = "login_throttled"  # one address failed to log in too often: its attempts are slowed down
    login_locked = "login_locked"  # failures from many addresses: addresses never used to log in wait a while


@dataclass
class SecurityEvent:
    """Something the account's owner should know about (the notice that stands in for an e-mail)."""

    id: UUID
    tenant_id: UUID
    user_id: UUID
    kind: SecurityEventKind
    client_address: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class LoginThrottlePolicy:
    """Brakes on password guessing that nobody can turn into a permanent lockout of someone else.

    Per (account, client address): the first `free_attempts` attempts run at once; from then on one attempt
    per delay, the delay doubling from `first_delay_seconds` up to `max_delay_seconds`; a successful login
    clears it. Per account, across addresses: after `account_failures` failures within
    `account_window_seconds`, addresses that have never logged in to the account wait for the window to end,
    while addresses that have keep their own (per-address) brakes only. Every wait is bounded. Unknown
    e-mail addresses are braked the same way, so the answers do not tell whether an account exists."""

    free_attempts: int = 5
    first_delay_seconds: int = 1
    max_delay_seconds: int = 15 * 60
    account_failures: int = 50
    account_window_seconds: int = 15 * 60
    remember_attempts_seconds: int = 24 * 3600
    remember_known_client_seconds: int = 30 * 24 * 3600

    def delay_after(self, attempt: int) -> int:
        """Seconds before the next attempt from the same address may run, once `attempt` has started."""
        if attempt < self.free_attempts:
            return 0
        doublings = min(attempt - self.free_attempts, 30)
        delay: int = self.first_delay_seconds * 2**doublings
        return min(delay, self.max_delay_seconds)


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = "Bearer"


@dataclass(frozen=True)
class IssuedApiKey:
    key: ApiKey
    secret: str  # shown once


# --- opaque secrets -----------------------------------------------------------------------------

API_KEY_MARK = "prly"


def hash_secret(secret: str) -> bytes:
    """High-entropy secrets (refresh tokens, API keys, invitations) need no slow hash."""
    return hashlib.sha256(secret.encode()).digest()


def new_opaque_token(mark: str) -> str:
    return f"{mark}_{secrets.token_urlsafe(32)}"


def new_api_key_secret() -> tuple[str, str]:
    """Returns (prefix, full key). The prefix is stored in clear and shown in listings."""
    prefix = secrets.token_hex(4)
    return prefix, f"{API_KEY_MARK}_{prefix}_{secrets.token_urlsafe(32)}"


def split_api_key(raw: str) -> str | None:
    """The prefix of a well-formed key, else None."""
    parts = raw.split("_", 2)
    if len(parts) != 3 or parts[0] != API_KEY_MARK or len(parts[1]) != 8:
        return None
    return parts[1]


MAX_AVATAR_URL_CHARS = 2048


def validate_avatar_url(url: str) -> None:
    """An https URL: it is shown in visitors' browsers on other sites, so never plain http or a script."""
    from domain.errors import InvalidInput

    if len(url) > MAX_AVATAR_URL_CHARS:
        raise InvalidInput(f"avatar_url must be at most {MAX_AVATAR_URL_CHARS} characters", field="avatar_url")
    host = url[len("https://") :].split("/", 1)[0] if url.startswith("https://") else ""
    if not host or any(c.isspace() or not c.isprintable() for c in url) or any(c in url for c in "<>\"'`"):
        raise InvalidInput("avatar_url must be an https:// URL", field="avatar_url")


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 10
    max_length: int = 256

    def check(self, password: str) -> None:
        from domain.errors import InvalidInput

        if len(password) < self.min_length:
            raise InvalidInput(f"password must be at least {self.min_length} characters", field="password")
        if len(password) > self.max_length:
            raise InvalidInput(f"password must be at most {self.max_length} characters", field="password")


@dataclass
class Page:
    items: list[Any] = field(default_factory=list)
    next_cursor: UUID | None = None

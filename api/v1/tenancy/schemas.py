from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal
from uuid import UUID

import msgspec

from api.v1.common import AwareDatetime, Email, Name, Password, Token
from domain.access import api_key_scopes
from infrastructure.contexts import load_contexts

RoleName = Literal["owner", "admin", "operator"]
if TYPE_CHECKING:
    Scope = str
else:
    load_contexts()  # every context has declared its permissions: the scopes an API key may hold are theirs
    Scope = Literal[tuple(sorted(str(scope) for scope in api_key_scopes()))]  # plain str: msgspec refuses str subclasses


class _In(msgspec.Struct, forbid_unknown_fields=True):
    pass


class SignUp(_In):
    company: Name
    name: Name
    email: Email
    password: Password


class Login(_In):
    email: Email
    password: Annotated[str, msgspec.Meta(min_length=1, max_length=256)]


class RefreshRequest(_In):
    refresh_token: Token


class PasswordChange(_In):
    current_password: Annotated[str, msgspec.Meta(min_length=1, max_length=256)]
    new_password: Password


class Tokens(msgspec.Struct):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str


class Tenant(msgspec.Struct):
    id: UUID
    name: str
    plan: str
    credits: int
    created_at: datetime


class Member(msgspec.Struct):
    id: UUID
    email: str
    name: str
    role: RoleName
    created_at: datetime
    avatar_url: str | None = None


AvatarUrl = Annotated[str, msgspec.Meta(pattern=r"^https://[^\s<>\"'`\\]+$", max_length=2048, examples=["https://example.com/ada.png"])]


class ProfileUpdate(_In):
    """Change only what is given; `avatar_url: null` removes the picture."""

    name: Name | msgspec.UnsetType = msgspec.UNSET
    avatar_url: AvatarUrl | None | msgspec.UnsetType = msgspec.UNSET


class SignUpResult(Tokens):
    """The tokens at the top level, as log-in and refresh answer them (`tokens` repeats them, for older clients)."""

    tenant: Tenant
    user: Member
    tokens: Tokens


class MemberUpdate(_In):
    role: RoleName


class InvitationCreate(_In):
    email: Email
    role: RoleName


class Invitation(msgspec.Struct):
    id: UUID
    email: str
    role: RoleName
    created_at: datetime
    expires_at: datetime
    accepted_at: datetime | None
    revoked_at: datetime | None


class IssuedInvitation(msgspec.Struct):
    invitation: Invitation
    token: str  # single use; deliver to the invitee


class InvitationAccept(_In):
    token: Token
    name: Name
    password: Password


class AcceptResult(Tokens):
    """The tokens at the top level, as log-in and refresh answer them (`tokens` repeats them, for older clients)."""

    user: Member
    tokens: Tokens


class SecurityEvent(msgspec.Struct):
    """login_throttled: one address failed to log in too often and is slowed down; login_locked: failures
    from many addresses, so addresses never used to log in to this account wait for a while."""

    id: UUID
    kind: Literal["login_throttled", "login_locked"]
    client_address: str
    created_at: datetime


class ApiKeyCreate(_In):
    name: Name
    scopes: Annotated[list[Scope], msgspec.Meta(min_length=1, max_length=100)]  # duplicates are folded
    expires_at: AwareDatetime | None = None


class ApiKeyCreator(msgspec.Struct):
    id: UUID
    name: str


class ApiKey(msgspec.Struct):
    id: UUID
    name: str
    prefix: str
    scopes: list[Scope]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_by: ApiKeyCreator | None  # null once the creator has left the workspace: the key then stops working
    effective_scopes: list[Scope]  # scopes bounded by the creator's current role: what the key may do now


class IssuedApiKey(msgspec.Struct):
    api_key: ApiKey
    secret: str  # shown once, never again

"""Sign-up, sessions, workspace, members, invitations, API keys."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec
from litestar import Controller, Request, delete, get, patch, post
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.common import (
    BEARER,
    CREDENTIALS,
    PUBLIC_CREDENTIALS,
    CursorParam,
    LimitParam,
    Page,
    decode_cursor,
    principal_of,
    requires,
    wire_page,
)
from api.v1.tenancy import schemas as s
from domain import tenancy
from domain.access import Permission, Role
from domain.tenancy.model import TokenPair
from domain.tenancy.permissions import API_KEYS_MANAGE, MEMBERS_MANAGE, MEMBERS_READ, TENANT_DELETE, TENANT_READ
from domain.tenancy.services import KEEP
from infrastructure.container import Container


def _tokens(pair: TokenPair) -> s.Tokens:
    return s.Tokens(pair.access_token, pair.refresh_token, pair.expires_in, pair.token_type)


def _member(user: tenancy.model.User) -> s.Member:
    return s.Member(
        id=user.id, email=user.email, name=user.name, role=user.role.value, created_at=user.created_at, avatar_url=user.avatar_url  # type: ignore[arg-type]
    )


def _tenant(t: tenancy.model.Tenant) -> s.Tenant:
    return s.Tenant(id=t.id, name=t.name, plan=t.plan, credits=t.credits, created_at=t.created_at)


def _invitation(i: tenancy.model.Invitation) -> s.Invitation:
    return s.Invitation(
        id=i.id,
        email=i.email,
        role=i.role.value,
        created_at=i.created_at,
        expires_at=i.expires_at,
        accepted_at=i.accepted_at,
        revoked_at=i.revoked_at,
    )


def _api_key(k: tenancy.model.ApiKey) -> s.ApiKey:
    return s.ApiKey(
        id=k.id,
        name=k.name,
        prefix=k.prefix,
        scopes=sorted(p.value for p in k.scopes),
        created_at=k.created_at,
        expires_at=k.expires_at,
        revoked_at=k.revoked_at,
        last_used_at=k.last_used_at,
        created_by=s.ApiKeyCreator(id=k.created_by, name=k.creator_name) if k.created_by and k.creator_name is not None else None,
        effective_scopes=sorted(p.value for p in k.effective_scopes),
    )


def _security_event(e: tenancy.model.SecurityEvent) -> s.SecurityEvent:
    return s.SecurityEvent(id=e.id, kind=e.kind.value, client_address=e.client_address, created_at=e.created_at)  # type: ignore[arg-type]


class AuthController(Controller):
    path = "/v1"
    tags = ["auth"]

    @post("/auth/signup", responses=problems(409, 422), summary="Create a workspace and its owner", **PUBLIC_CREDENTIALS)
    async def sign_up(self, data: s.SignUp, container: Container) -> s.SignUpResult:
        t, user, tokens = await container.tenancy.sign_up(data.company, data.name, data.email, data.password)
        issued = _tokens(tokens)
        return s.SignUpResult(**msgspec.structs.asdict(issued), tenant=_tenant(t), user=_member(user), tokens=issued)

    @post("/auth/login", status_code=200, responses=problems(401), summary="Log in with email and password", **PUBLIC_CREDENTIALS)
    async def log_in(self, request: Request, data: s.Login, container: Container) -> s.Tokens:
        """Repeated failures for an account slow further attempts down (429 with Retry-After, the password
        unchecked) and are recorded in the account's security events."""
        client = request.client.host if request.client else "unknown"
        return _tokens(await container.tenancy.log_in(data.email, data.password, client))

    @post("/auth/refresh", status_code=200, responses=problems(401), summary="Rotate a refresh token", **PUBLIC_CREDENTIALS)
    async def refresh(self, data: s.RefreshRequest, container: Container) -> s.Tokens:
        return _tokens(await container.tenancy.refresh(data.refresh_token))

    @post("/invitations/accept", responses=problems(404, 409, 422), summary="Join a workspace with an invitation token", **PUBLIC_CREDENTIALS)
    async def accept_invitation(self, container: Container, data: s.InvitationAccept) -> s.AcceptResult:
        user, tokens = await container.tenancy.accept_invitation(data.token, data.name, data.password)
        issued = _tokens(tokens)
        return s.AcceptResult(**msgspec.structs.asdict(issued), user=_member(user), tokens=issued)


class SessionController(Controller):
    path = "/v1/auth"
    tags = ["auth"]
    security = BEARER

    @post("/logout", status_code=204, responses=problems(*AUTHED, 422), opt={**requires(TENANT_READ), **CREDENTIALS})
    async def log_out(self, request: Request, container: Container) -> None:
        await container.tenancy.log_out(principal_of(request))

    @post(
        "/password",
        status_code=200,
        responses=problems(*AUTHED, 422),
        opt={**requires(TENANT_READ), **CREDENTIALS},
        summary="Change password; revokes every other session",
    )
    async def change_password(self, request: Request, data: s.PasswordChange, container: Container) -> s.Tokens:
        pair = await container.tenancy.change_password(principal_of(request), data.current_password, data.new_password)
        return _tokens(pair)


class WorkspaceController(Controller):
    path = "/v1"
    tags = ["workspace"]
    security = BEARER

    @get("/me", responses=problems(*AUTHED, 404), opt=requires(TENANT_READ))
    async def me(self, request: Request, container: Container) -> s.Member:
        return _member(await container.tenancy.get_me(principal_of(request)))

    @patch("/me", responses=problems(*AUTHED, 404, 422), opt=requires(TENANT_READ))
    async def update_me(self, request: Request, container: Container, data: s.ProfileUpdate) -> s.Member:
        """Change your own name or avatar (an https image URL, shown to visitors beside your messages)."""
        user = await container.tenancy.update_profile(
            principal_of(request),
            name=None if data.name is msgspec.UNSET else data.name,
            avatar_url=KEEP if data.avatar_url is msgspec.UNSET else data.avatar_url,
        )
        return _member(user)

    @get("/me/security-events", responses=problems(*AUTHED), opt=requires(TENANT_READ))
    async def list_my_security_events(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.SecurityEvent]:
        """Your account's security events, newest first: e.g. logins braked after repeated wrong passwords."""
        page = await container.tenancy.list_security_events(principal_of(request), limit, decode_cursor(cursor))
        return wire_page(page, _security_event)

    @get("/tenant", responses=problems(*AUTHED), opt=requires(TENANT_READ))
    async def get_tenant(self, request: Request, container: Container) -> s.Tenant:
        return _tenant(await container.tenancy.get_tenant(principal_of(request)))

    @delete(
        "/tenant",
        responses=problems(*AUTHED, 422),
        opt=requires(TENANT_DELETE),
        summary="Delete the workspace and shred its encryption key",
    )
    async def delete_tenant(
        self,
        request: Request,
        container: Container,
        confirm_name: Annotated[str, Parameter(max_length=120, description="The workspace name, to confirm")],
    ) -> None:
        await container.tenancy.delete_tenant(principal_of(request), confirm_name)

    @get("/members", responses=problems(*AUTHED), opt=requires(MEMBERS_READ))
    async def list_members(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.Member]:
        page = await container.tenancy.list_members(principal_of(request), limit, decode_cursor(cursor))
        return wire_page(page, _member)

    @get("/members/{member_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(MEMBERS_READ))
    async def get_member(self, request: Request, container: Container, member_id: UUID) -> s.Member:
        return _member(await container.tenancy.get_member(principal_of(request), member_id))

    @patch("/members/{member_id:uuid}", responses=problems(*AUTHED, 404, 409), opt=requires(MEMBERS_MANAGE))
    async def update_member(self, request: Request, container: Container, member_id: UUID, data: s.MemberUpdate) -> s.Member:
        user = await container.tenancy.change_member_role(principal_of(request), member_id, Role(data.role))
        return _member(user)

    @delete("/members/{member_id:uuid}", responses=problems(*AUTHED, 404, 409), opt=requires(MEMBERS_MANAGE))
    async def remove_member(self, request: Request, container: Container, member_id: UUID) -> None:
        await container.tenancy.remove_member(principal_of(request), member_id)

    @post("/invitations", responses=problems(*AUTHED, 409), opt={**requires(MEMBERS_MANAGE), **CREDENTIALS})
    async def invite(self, request: Request, container: Container, data: s.InvitationCreate) -> s.IssuedInvitation:
        invitation, token = await container.tenancy.invite(principal_of(request), data.email, Role(data.role))
        return s.IssuedInvitation(invitation=_invitation(invitation), token=token)

    @get("/invitations", responses=problems(*AUTHED), opt=requires(MEMBERS_MANAGE))
    async def list_invitations(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.Invitation]:
        page = await container.tenancy.list_invitations(principal_of(request), limit, decode_cursor(cursor))
        return wire_page(page, _invitation)

    @delete("/invitations/{invitation_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(MEMBERS_MANAGE))
    async def revoke_invitation(self, request: Request, container: Container, invitation_id: UUID) -> None:
        await container.tenancy.revoke_invitation(principal_of(request), invitation_id)

    @post("/api-keys", responses=problems(*AUTHED, 422), opt={**requires(API_KEYS_MANAGE), **CREDENTIALS})
    async def create_api_key(self, request: Request, container: Container, data: s.ApiKeyCreate) -> s.IssuedApiKey:
        issued = await container.tenancy.create_api_key(
            principal_of(request), data.name, [Permission(x) for x in data.scopes], data.expires_at
        )
        return s.IssuedApiKey(api_key=_api_key(issued.key), secret=issued.secret)

    @get("/api-keys", responses=problems(*AUTHED), opt=requires(API_KEYS_MANAGE))
    async def list_api_keys(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.ApiKey]:
        page = await container.tenancy.list_api_keys(principal_of(request), limit, decode_cursor(cursor))
        return wire_page(page, _api_key)

    @get("/api-keys/{api_key_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(API_KEYS_MANAGE))
    async def get_api_key(self, request: Request, container: Container, api_key_id: UUID) -> s.ApiKey:
        return _api_key(await container.tenancy.get_api_key(principal_of(request), api_key_id))

    @delete("/api-keys/{api_key_id:uuid}", responses=problems(*AUTHED, 404), opt=requires(API_KEYS_MANAGE))
    async def revoke_api_key(self, request: Request, container: Container, api_key_id: UUID) -> None:
        await container.tenancy.revoke_api_key(principal_of(request), api_key_id)

"""Tenancy use cases: sign-up, login, sessions, members, invitations, API keys."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast
from uuid import UUID

from domain.access import Permission, Role, api_key_scopes, role_permissions
from domain.errors import AuthenticationFailed, Conflict, InvalidInput, NotFound, PermissionDenied, Throttled
from domain.ids import new_id
from domain.pagination import page_of
from domain.ports import UnitOfWork, UnitOfWorkFactory
from domain.tenancy.model import (
    ASSIGNABLE_ROLES,
    ApiKey,
    Invitation,
    IssuedApiKey,
    LoginThrottlePolicy,
    Page,
    PasswordPolicy,
    Principal,
    RefreshToken,
    SecurityEvent,
    SecurityEventKind,
    Tenant,
    TokenPair,
    User,
    hash_secret,
    new_api_key_secret,
    new_opaque_token,
    split_api_key,
    validate_avatar_url,
)
from domain.tenancy.permissions import API_KEYS_MANAGE, MEMBERS_MANAGE, MEMBERS_READ, TENANT_DELETE, TENANT_READ
from domain.tenancy.plans import MONTHLY_CREDITS
from domain.tenancy.ports import (
    AccessTokenIssuer,
    Directory,
    LoginAdmission,
    LoginAttempts,
    PasswordHasher,
    SessionRevocations,
    TenancyUnitOfWork,
)

KEEP = object()  # update_profile: leave the avatar as it is (None removes it)


def _utcnow() -> datetime:
    return datetime.now(UTC)


_BAD_LOGIN = "email or password is wrong"


@dataclass
class TenancyService:
    uow: UnitOfWorkFactory[TenancyUnitOfWork]
    directory: Directory
    passwords: PasswordHasher
    access_tokens: AccessTokenIssuer
    revocations: SessionRevocations
    login_attempts: LoginAttempts
    login_policy: LoginThrottlePolicy = LoginThrottlePolicy()
    refresh_ttl: timedelta = timedelta(days=30)
    invitation_ttl: timedelta = timedelta(days=7)
    password_policy: PasswordPolicy = PasswordPolicy()

    # --- the workspace's plan, for other contexts' use cases (in their unit of work) ------------

    @staticmethod
    async def plan(uow: UnitOfWork) -> str:
        own = cast(TenancyUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        return (await own.tenants.get()).plan

    @staticmethod
    async def credit_allowance(uow: UnitOfWork) -> int:
        """Credits a month: the plan's, plus the top-ups bought."""
        own = cast(TenancyUnitOfWork, uow)  # runs in other contexts' transactions too: reaches its own repositories only
        tenant = await own.tenants.get()
        return MONTHLY_CREDITS.get(tenant.plan, 0) + int(tenant.credits)

    async def owner_emails(self, tenant_id: UUID) -> list[str]:
        """The workspace owners' e-mail addresses, for other contexts' notices to them (a webhook endpoint
        switched off, ...)."""
        emails: list[str] = []
        before: UUID | None = None
        async with self.uow(tenant_id) as uow:
            while batch := await uow.users.list(200, before):
                emails += [u.email for u in batch if u.role is Role.owner]
                before = batch[-1].id
        return emails

    async def members(self, tenant_id: UUID) -> list[User]:
        """Every member of the workspace, for other contexts' mail to them (scheduled reports, credit warnings)."""
        found: list[User] = []
        before: UUID | None = None
        async with self.uow(tenant_id) as uow:
            while batch := await uow.users.list(200, before):
                found += batch
                before = batch[-1].id
        return found

    # --- sign-up and sessions -----------------------------------------------------------------

    async def sign_up(self, company: str, name: str, email: str, password: str) -> tuple[Tenant, User, TokenPair]:
        self.password_policy.check(password)
        if await self.directory.find_login(email) is not None:
            raise Conflict("an account with this email already exists")
        tenant = Tenant(id=new_id(), name=company.strip())
        user = User(
            id=new_id(),
            tenant_id=tenant.id,
            email=email.strip(),
            name=name.strip(),
            role=Role.owner,
            password_hash=self.passwords.hash(password),
        )
        async with self.uow(tenant.id) as uow:
            await uow.tenants.add(tenant)
            await uow.provision_tenant_key()
            await uow.users.add(user)
            tokens = await self._start_session(uow, user, tenant.plan, family_id=new_id())
        return tenant, user, tokens

    async def log_in(self, email: str, password: str, client: str) -> TokenPair:
        """`client` is the caller's address: repeated failures brake further attempts (LoginThrottlePolicy);
        while braked the password is not even checked."""
        admission = await self.login_attempts.admit(email, client, self.login_policy)
        if admission.wait_seconds:
            raise Throttled(
                f"too many failed logins for this account; retry in {admission.wait_seconds} s", admission.wait_seconds
            )
        found = await self.directory.find_login(email)
        if found is None:
            self.passwords.hash(password)  # same cost as a real check: no user enumeration by timing
            await self.login_attempts.failed(email, client, self.login_policy)
            raise AuthenticationFailed(_BAD_LOGIN)
        tenant_id, user_id = found
        tokens = None
        async with self.uow(tenant_id) as uow:
            user = await uow.users.get(user_id)
            if user is not None and self.passwords.verify(user.password_hash, password):
                tenant = await uow.tenants.get()
                tokens = await self._start_session(uow, user, tenant.plan, family_id=new_id())
        if tokens is None:
            account_failures = await self.login_attempts.failed(email, client, self.login_policy)
            await self._notify_braked_login(tenant_id, user_id, client, admission, account_failures)
            raise AuthenticationFailed(_BAD_LOGIN)
        await self.login_attempts.succeeded(email, client, self.login_policy)
        return tokens

    async def _notify_braked_login(
        self, tenant_id: UUID, user_id: UUID, client: str, admission: LoginAdmission, account_failures: int
    ) -> None:
        """Tell the account's owner when brakes start: once per address, once per account window."""
        kinds = []
        if admission.attempt == self.login_policy.free_attempts:
            kinds.append(SecurityEventKind.login_throttled)
        if account_failures == self.login_policy.account_failures:
            kinds.append(SecurityEventKind.login_locked)
        if not kinds:
            return
        async with self.uow(tenant_id) as uow:
            for kind in kinds:
                await uow.security_events.add(
                    SecurityEvent(id=new_id(), tenant_id=tenant_id, user_id=user_id, kind=kind, client_address=client)
                )

    async def list_security_events(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        """The calling member's own security events, newest first."""
        principal.require(TENANT_READ)
        user_id = self._require_user(principal)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(lambda n, b: uow.security_events.list_for_user(user_id, n, b), limit, before)

    async def refresh(self, raw_token: str) -> TokenPair:
        """Rotate a refresh token. Presenting an already-rotated token revokes its whole family."""
        token_hash = hash_secret(raw_token)
        tenant_id = await self.directory.tenant_of_refresh_token(token_hash)
        if tenant_id is None:
            raise AuthenticationFailed("refresh token is not valid")
        now = _utcnow()
        reused_family: UUID | None = None
        async with self.uow(tenant_id) as uow:
            token = await uow.refresh_tokens.get_by_hash(token_hash)
            if token is None or token.revoked_at is not None or token.expires_at <= now:
                raise AuthenticationFailed("refresh token is expired or revoked")
            if token.rotated_at is not None or not await uow.refresh_tokens.mark_rotated(token.id, now):
                await uow.refresh_tokens.revoke_family(token.family_id, now)
                reused_family = token.family_id
            else:
                user = await uow.users.get(token.user_id)
                if user is None:
                    raise AuthenticationFailed("refresh token is not valid")
                tenant = await uow.tenants.get()
                return await self._start_session(uow, user, tenant.plan, family_id=token.family_id)
        # Committed the family revocation first; now refuse.
        await self.revocations.revoke_sessions([reused_family])
        raise AuthenticationFailed("refresh token was already used; every session of this login is revoked")

    async def log_out(self, principal: Principal) -> None:
        principal.require(TENANT_READ)
        if principal.session_id is None:
            raise InvalidInput("only a login session can log out; revoke an API key instead")
        async with self.uow(principal.tenant_id) as uow:
            await uow.refresh_tokens.revoke_family(principal.session_id, _utcnow())
        await self.revocations.revoke_sessions([principal.session_id])

    async def change_password(self, principal: Principal, current: str, new: str) -> TokenPair:
        """Revokes every session of the user, then starts a fresh one for the caller."""
        principal.require(TENANT_READ)
        self.password_policy.check(new)
        user_id = self._require_user(principal)
        now = _utcnow()
        async with self.uow(principal.tenant_id) as uow:
            user = await uow.users.get(user_id)
            if user is None or not self.passwords.verify(user.password_hash, current):
                raise AuthenticationFailed("current password is wrong")
            await uow.users.set_password(user.id, self.passwords.hash(new), now)
            revoked = await uow.refresh_tokens.revoke_user(user.id, now)
            tenant = await uow.tenants.get()
            tokens = await self._start_session(uow, user, tenant.plan, family_id=new_id())
        await self.revocations.revoke_sessions([*revoked, *([principal.session_id] if principal.session_id else [])])
        return tokens

    async def _start_session(self, uow: TenancyUnitOfWork, user: User, plan: str, family_id: UUID) -> TokenPair:
        raw = new_opaque_token("rt")
        await uow.refresh_tokens.add(
            RefreshToken(
                id=new_id(),
                tenant_id=user.tenant_id,
                user_id=user.id,
                family_id=family_id,
                token_hash=hash_secret(raw),
                expires_at=_utcnow() + self.refresh_ttl,
            )
        )
        return TokenPair(
            access_token=self.access_tokens.issue(user, plan, family_id),
            refresh_token=raw,
            expires_in=self.access_tokens.ttl_seconds,
        )

    @staticmethod
    def _require_user(principal: Principal) -> UUID:
        if principal.user_id is None:
            raise PermissionDenied("this action needs a member's login, not an API key")
        return principal.user_id

    # --- tenant ---------------------------------------------------------------------------------

    async def get_tenant(self, principal: Principal) -> Tenant:
        principal.require(TENANT_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await uow.tenants.get()

    async def delete_tenant(self, principal: Principal, confirm_name: str) -> None:
        """Shreds the tenant's data key with everything it owns. Its members' access tokens are revoked:
        they authenticate nobody any more (401), rather than pointing at a workspace that is gone."""
        principal.require(TENANT_DELETE)
        revoked: list[UUID] = []
        async with self.uow(principal.tenant_id) as uow:
            tenant = await uow.tenants.get()
            if confirm_name != tenant.name:
                raise InvalidInput("confirm_name must equal the workspace name", field="confirm_name")
            now, before = _utcnow(), None
            while users := await uow.users.list(500, before):
                for user in users:
                    revoked += await uow.refresh_tokens.revoke_user(user.id, now)
                before = users[-1].id
            await uow.tenants.delete()
        await self.revocations.revoke_sessions([*revoked, *([principal.session_id] if principal.session_id else [])])

    # --- members and invitations ------------------------------------------------------------------

    async def get_me(self, principal: Principal) -> User:
        principal.require(TENANT_READ)
        async with self.uow(principal.tenant_id) as uow:
            user = await uow.users.get(self._require_user(principal))
        if user is None:
            raise NotFound("member not found")
        return user

    async def update_profile(self, principal: Principal, name: str | None = None, avatar_url: object = KEEP) -> User:
        """The calling member changes their own name and picture (avatar_url None removes it)."""
        principal.require(TENANT_READ)
        if name is not None and not name.strip():
            raise InvalidInput("name must not be blank", field="name")
        if isinstance(avatar_url, str):
            validate_avatar_url(avatar_url)
        async with self.uow(principal.tenant_id) as uow:
            user = await uow.users.get(self._require_user(principal))
            if user is None:
                raise NotFound("member not found")
            if name is not None:
                user.name = name.strip()
            if avatar_url is not KEEP:
                user.avatar_url = avatar_url  # type: ignore[assignment]
            await uow.users.set_profile(user)
        return user

    async def list_members(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        principal.require(MEMBERS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(uow.users.list, limit, before)

    async def get_member(self, principal: Principal, user_id: UUID) -> User:
        principal.require(MEMBERS_READ)
        async with self.uow(principal.tenant_id) as uow:
            user = await uow.users.get(user_id)
        if user is None:
            raise NotFound("member not found")
        return user

    async def change_member_role(self, principal: Principal, user_id: UUID, role: Role) -> User:
        principal.require(MEMBERS_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            user = await uow.users.get(user_id)
            if user is None:
                raise NotFound("member not found")
            self._check_can_assign(principal, user.role)
            self._check_can_assign(principal, role)
            if user.role is Role.owner and role is not Role.owner and await uow.users.count_owners() <= 1:
                raise Conflict("the last owner cannot be demoted; make another member owner first")
            await uow.users.set_role(user_id, role)
            revoked = await uow.refresh_tokens.revoke_user(user_id, _utcnow())
            user.role = role
        # The member's tokens carry the old role: make them log in again.
        await self.revocations.revoke_sessions(revoked)
        return user

    async def remove_member(self, principal: Principal, user_id: UUID) -> None:
        principal.require(MEMBERS_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            user = await uow.users.get(user_id)
            if user is None:
                raise NotFound("member not found")
            self._check_can_assign(principal, user.role)
            if user.role is Role.owner and await uow.users.count_owners() <= 1:
                raise Conflict("the last owner cannot be removed")
            revoked = await uow.refresh_tokens.revoke_user(user_id, _utcnow())
            await uow.users.remove(user_id)
        await self.revocations.revoke_sessions(revoked)

    def _check_can_assign(self, principal: Principal, role: Role) -> None:
        if principal.role is None or role not in ASSIGNABLE_ROLES[principal.role]:
            raise PermissionDenied(f"your role cannot manage {role.value} members")

    async def invite(self, principal: Principal, email: str, role: Role) -> tuple[Invitation, str]:
        """Returns the invitation and its single-use token (to be sent to the invitee)."""
        principal.require(MEMBERS_MANAGE)
        self._check_can_assign(principal, role)
        if await self.directory.find_login(email) is not None:
            raise Conflict("an account with this email already exists")
        raw = new_opaque_token("inv")
        invitation = Invitation(
            id=new_id(),
            tenant_id=principal.tenant_id,
            email=email.strip(),
            role=role,
            token_hash=hash_secret(raw),
            invited_by=principal.user_id,
            expires_at=_utcnow() + self.invitation_ttl,
        )
        async with self.uow(principal.tenant_id) as uow:
            await uow.invitations.add(invitation)
        return invitation, raw

    async def list_invitations(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        principal.require(MEMBERS_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(uow.invitations.list, limit, before)

    async def revoke_invitation(self, principal: Principal, invitation_id: UUID) -> None:
        principal.require(MEMBERS_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            if not await uow.invitations.revoke(invitation_id, _utcnow()):
                raise NotFound("open invitation not found")

    async def accept_invitation(self, raw_token: str, name: str, password: str) -> tuple[User, TokenPair]:
        self.password_policy.check(password)
        token_hash = hash_secret(raw_token)
        tenant_id = await self.directory.tenant_of_invitation(token_hash)
        if tenant_id is None:
            raise NotFound("invitation not found")
        now = _utcnow()
        async with self.uow(tenant_id) as uow:
            invitation = await uow.invitations.get_by_hash(token_hash)
            if invitation is None or not invitation.is_open(now):
                raise Conflict("this invitation was already used, revoked or has expired")
            if not await uow.invitations.mark_accepted(invitation.id, now):
                raise Conflict("this invitation was already used")
            if await self.directory.find_login(invitation.email) is not None:
                raise Conflict("an account with this email already exists")
            user = User(
                id=new_id(),
                tenant_id=tenant_id,
                email=invitation.email,
                name=name.strip(),
                role=invitation.role,
                password_hash=self.passwords.hash(password),
            )
            await uow.users.add(user)
            tenant = await uow.tenants.get()
            tokens = await self._start_session(uow, user, tenant.plan, family_id=new_id())
        return user, tokens

    # --- API keys ----------------------------------------------------------------------------------

    async def create_api_key(
        self, principal: Principal, name: str, scopes: list[Permission], expires_at: datetime | None
    ) -> IssuedApiKey:
        principal.require(API_KEYS_MANAGE)
        wanted = frozenset(scopes)
        if not wanted:
            raise InvalidInput("at least one scope is required", field="scopes")
        if not wanted <= api_key_scopes():
            bad = ", ".join(sorted(s.value for s in wanted - api_key_scopes()))
            raise InvalidInput(f"scopes not available to API keys: {bad}", field="scopes")
        if not wanted <= principal.permissions:
            raise PermissionDenied("an API key cannot have scopes its creator lacks")
        if expires_at is not None and expires_at <= _utcnow():
            raise InvalidInput("expires_at must be in the future", field="expires_at")
        prefix, secret = new_api_key_secret()
        key = ApiKey(
            id=new_id(),
            tenant_id=principal.tenant_id,
            name=name.strip(),
            prefix=prefix,
            secret_hash=hash_secret(secret),
            scopes=wanted,
            created_by=principal.user_id,
            expires_at=expires_at,
            creator_role=principal.role,
        )
        async with self.uow(principal.tenant_id) as uow:
            creator = await uow.users.get(self._require_user(principal))
            key.creator_name = creator.name if creator else None
            await uow.api_keys.add(key)
        return IssuedApiKey(key=key, secret=secret)

    async def list_api_keys(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        principal.require(API_KEYS_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(uow.api_keys.list, limit, before)

    async def get_api_key(self, principal: Principal, key_id: UUID) -> ApiKey:
        principal.require(API_KEYS_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            key = await uow.api_keys.get(key_id)
        if key is None:
            raise NotFound("API key not found")
        return key

    async def revoke_api_key(self, principal: Principal, key_id: UUID) -> None:
        principal.require(API_KEYS_MANAGE)
        async with self.uow(principal.tenant_id) as uow:
            key = await uow.api_keys.get(key_id)
            if key is None:
                raise NotFound("API key not found")
            if key.revoked_at is None:
                await uow.api_keys.revoke(key_id, _utcnow())

    async def authenticate_api_key(self, raw: str) -> Principal:
        prefix = split_api_key(raw)
        tenant_id = await self.directory.tenant_of_api_key(prefix) if prefix else None
        if prefix is None or tenant_id is None:
            raise AuthenticationFailed("API key is not valid")
        now = _utcnow()
        async with self.uow(tenant_id) as uow:
            key = await uow.api_keys.get_by_prefix(prefix)
            if key is None or not hmac.compare_digest(key.secret_hash, hash_secret(raw)):
                raise AuthenticationFailed("API key is not valid")
            if not key.is_usable(now):
                raise AuthenticationFailed("API key is revoked or expired")
            if key.creator_role is None:
                raise AuthenticationFailed("API key's creator is no longer a member of this workspace")
            # Last-used time to the minute is enough; don't write on every request.
            if key.last_used_at is None or now - key.last_used_at > timedelta(minutes=1):
                await uow.api_keys.touch(key.id, now)
            tenant = await uow.tenants.get()
        return Principal(
            tenant_id=tenant_id, plan=tenant.plan, permissions=key.effective_scopes, api_key_id=key.id
        )


def principal_for_member(tenant_id: UUID, user_id: UUID, role: Role, plan: str, session_id: UUID) -> Principal:
    return Principal(
        tenant_id=tenant_id,
        plan=plan,
        permissions=role_permissions(role),
        user_id=user_id,
        role=role,
        session_id=session_id,
    )

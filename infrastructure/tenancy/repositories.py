"""SQL repositories of the tenancy context: workspaces, members, login sessions, API keys, invitations
and the security log (names, e-mails and client addresses sealed with the tenant's FieldCipher)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

import asyncpg

from domain.access import Role, permission_named
from domain.errors import Conflict
from domain.tenancy.model import (
    ApiKey,
    Invitation,
    RefreshToken,
    SecurityEvent,
    SecurityEventKind,
    Tenant,
    User,
)
from infrastructure.db.repository import BoundRepository, before_cursor, open_optional, seal_optional

if TYPE_CHECKING:
    from infrastructure.crypto.envelope import BlindIndex
    from infrastructure.db.database import TenantUnitOfWork


class TenantRepo(BoundRepository):
    async def add(self, tenant: Tenant) -> None:
        tenant.created_at = await self.conn.fetchval(
            "INSERT INTO tenants (id, name, plan, credits) VALUES ($1, $2, $3, $4) RETURNING created_at",
            tenant.id,
            tenant.name,
            tenant.plan,
            tenant.credits,
        )

    async def get(self) -> Tenant:
        row = await self.conn.fetchrow("SELECT id, name, plan, credits, created_at FROM tenants")
        if row is None:
            from domain.errors import NotFound

            raise NotFound("workspace not found")
        return Tenant(**dict(row))

    async def delete(self) -> None:
        # The data key goes first and explicitly: whatever survives anywhere can no longer be read.
        await self.conn.execute("DELETE FROM tenant_keys")
        await self.conn.execute("DELETE FROM tenants")
        self.uow.forget_tenant_key()


class UserRepo(BoundRepository):
    _TABLE = "users"
    _COLUMNS = """id, tenant_id, email_ciphertext, name_ciphertext, role, password_hash, created_at, password_changed_at,
                  avatar_url_ciphertext"""

    def __init__(self, uow: TenantUnitOfWork, email_index: BlindIndex) -> None:
        super().__init__(uow)
        self.email_index = email_index

    async def _to_user(self, row: asyncpg.Record) -> User:
        cipher = await self.uow.cipher()
        return User(
            id=row["id"],
            tenant_id=row["tenant_id"],
            email=cipher.decrypt(row["email_ciphertext"], "users", "email", row["id"]),
            name=cipher.decrypt(row["name_ciphertext"], "users", "name", row["id"]),
            role=Role(row["role"]),
            password_hash=row["password_hash"],
            created_at=row["created_at"],
            password_changed_at=row["password_changed_at"],
            avatar_url=open_optional(cipher, row["avatar_url_ciphertext"], "users", "avatar_url", row["id"]),
        )

    async def add(self, user: User) -> None:
        cipher = await self.uow.cipher()
        try:
            user.created_at = user.password_changed_at = await self.conn.fetchval(
                """INSERT INTO users (id, tenant_id, email_ciphertext, email_index, name_ciphertext, role, password_hash)
                   VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING created_at""",
                user.id,
                user.tenant_id,
                cipher.encrypt(user.email, "users", "email", user.id),
                self.email_index(user.email),
                cipher.encrypt(user.name, "users", "name", user.id),
                user.role.value,
                user.password_hash,
            )
        except asyncpg.UniqueViolationError:
            raise Conflict("an account with this email already exists") from None

    async def get(self, user_id: UUID) -> User | None:
        row = await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM users WHERE id = $1", user_id)
        return await self._to_user(row) if row else None

    async def list(self, limit: int, before: UUID | None) -> list[User]:
        rows = await self._newest(limit, before)
        return [await self._to_user(r) for r in rows]

    async def set_role(self, user_id: UUID, role: Role) -> None:
        await self.conn.execute("UPDATE users SET role = $2 WHERE id = $1", user_id, role.value)

    async def set_profile(self, user: User) -> None:
        cipher = await self.uow.cipher()
        await self.conn.execute(
            "UPDATE users SET name_ciphertext = $2, avatar_url_ciphertext = $3 WHERE id = $1",
            user.id,
            cipher.encrypt(user.name, "users", "name", user.id),
            seal_optional(cipher, user.avatar_url, "users", "avatar_url", user.id),
        )

    async def set_password(self, user_id: UUID, password_hash: str, at: datetime) -> None:
        await self.conn.execute(
            "UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE id = $1", user_id, password_hash, at
        )

    async def remove(self, user_id: UUID) -> None:
        await self.conn.execute("DELETE FROM users WHERE id = $1", user_id)

    async def count_owners(self) -> int:
        return await self.conn.fetchval("SELECT count(*) FROM users WHERE role = 'owner'")


class RefreshTokenRepo(BoundRepository):
    async def add(self, token: RefreshToken) -> None:
        await self.conn.execute(
            """INSERT INTO refresh_tokens (id, tenant_id, user_id, family_id, token_hash, expires_at)
               VALUES ($1, $2, $3, $4, $5, $6)""",
            token.id,
            token.tenant_id,
            token.user_id,
            token.family_id,
            token.token_hash,
            token.expires_at,
        )

    async def get_by_hash(self, token_hash: bytes) -> RefreshToken | None:
        row = await self.conn.fetchrow(
            """SELECT id, tenant_id, user_id, family_id, token_hash, expires_at, rotated_at, revoked_at
               FROM refresh_tokens WHERE token_hash = $1""",
            token_hash,
        )
        return RefreshToken(**dict(row)) if row else None

    async def mark_rotated(self, token_id: UUID, at: datetime) -> bool:
        """Atomic: of two concurrent refreshes with the same token, only one wins."""
        status = await self.conn.execute(
            "UPDATE refresh_tokens SET rotated_at = $2 WHERE id = $1 AND rotated_at IS NULL", token_id, at
        )
        return status == "UPDATE 1"

    async def revoke_family(self, family_id: UUID, at: datetime) -> None:
        await self.conn.execute(
            "UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL", family_id, at
        )

    async def revoke_user(self, user_id: UUID, at: datetime) -> list[UUID]:
        rows = await self.conn.fetch(
            """UPDATE refresh_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL
               RETURNING family_id""",
            user_id,
            at,
        )
        return sorted({r["family_id"] for r in rows})


class ApiKeyRepo(BoundRepository):
    # Each key comes with its creator's current role (and sealed name): what the key may do depends on it.
    _SELECT = """SELECT k.id, k.tenant_id, k.name, k.prefix, k.secret_hash, k.scopes, k.created_by, k.created_at,
                        k.expires_at, k.revoked_at, k.last_used_at, u.role AS creator_role, u.name_ciphertext
                 FROM api_keys k LEFT JOIN users u ON u.id = k.created_by"""

    async def _to_key(self, row: asyncpg.Record, with_name: bool = True) -> ApiKey:
        values = dict(row)
        sealed_name = values.pop("name_ciphertext")
        values["scopes"] = frozenset(p for s in values["scopes"] if (p := permission_named(s)) is not None)
        values["creator_role"] = Role(values["creator_role"]) if values["creator_role"] else None
        if with_name and sealed_name is not None:
            values["creator_name"] = (await self.uow.cipher()).decrypt(sealed_name, "users", "name", values["created_by"])
        return ApiKey(**values)

    async def add(self, key: ApiKey) -> None:
        key.created_at = await self.conn.fetchval(
            """INSERT INTO api_keys (id, tenant_id, name, prefix, secret_hash, scopes, created_by, expires_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING created_at""",
            key.id,
            key.tenant_id,
            key.name,
            key.prefix,
            key.secret_hash,
            sorted(s.value for s in key.scopes),
            key.created_by,
            key.expires_at,
        )

    async def get(self, key_id: UUID) -> ApiKey | None:
        row = await self.conn.fetchrow(f"{self._SELECT} WHERE k.id = $1", key_id)
        return await self._to_key(row) if row else None

    async def get_by_prefix(self, prefix: str) -> ApiKey | None:
        """For authentication: the creator's name is not needed, so it is not decrypted."""
        row = await self.conn.fetchrow(f"{self._SELECT} WHERE k.prefix = $1", prefix)
        return await self._to_key(row, with_name=False) if row else None

    async def list(self, limit: int, before: UUID | None) -> list[ApiKey]:
        rows = await self.conn.fetch(f"{self._SELECT} WHERE k.id < $1 ORDER BY k.id DESC LIMIT $2", before_cursor(before), limit)
        return [await self._to_key(r) for r in rows]

    async def revoke(self, key_id: UUID, at: datetime) -> None:
        await self.conn.execute("UPDATE api_keys SET revoked_at = $2 WHERE id = $1", key_id, at)

    async def touch(self, key_id: UUID, at: datetime) -> None:
        await self.conn.execute("UPDATE api_keys SET last_used_at = $2 WHERE id = $1", key_id, at)


class InvitationRepo(BoundRepository):
    _TABLE = "invitations"
    _COLUMNS = "id, tenant_id, email_ciphertext, role, token_hash, invited_by, created_at, expires_at, accepted_at, revoked_at"

    async def _to_invitation(self, row: asyncpg.Record) -> Invitation:
        values = dict(row)
        cipher = await self.uow.cipher()
        values["email"] = cipher.decrypt(values.pop("email_ciphertext"), "invitations", "email", row["id"])
        values["role"] = Role(values["role"])
        return Invitation(**values)

    async def add(self, invitation: Invitation) -> None:
        cipher = await self.uow.cipher()
        invitation.created_at = await self.conn.fetchval(
            """INSERT INTO invitations (id, tenant_id, email_ciphertext, role, token_hash, invited_by, expires_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING created_at""",
            invitation.id,
            invitation.tenant_id,
            cipher.encrypt(invitation.email, "invitations", "email", invitation.id),
            invitation.role.value,
            invitation.token_hash,
            invitation.invited_by,
            invitation.expires_at,
        )

    async def get_by_hash(self, token_hash: bytes) -> Invitation | None:
        row = await self.conn.fetchrow(f"SELECT {self._COLUMNS} FROM invitations WHERE token_hash = $1", token_hash)
        return await self._to_invitation(row) if row else None

    async def list(self, limit: int, before: UUID | None) -> list[Invitation]:
        rows = await self._newest(limit, before)
        return [await self._to_invitation(r) for r in rows]

    async def mark_accepted(self, invitation_id: UUID, at: datetime) -> bool:
        status = await self.conn.execute(
            "UPDATE invitations SET accepted_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL",
            invitation_id,
            at,
        )
        return status == "UPDATE 1"

    async def revoke(self, invitation_id: UUID, at: datetime) -> bool:
        status = await self.conn.execute(
            "UPDATE invitations SET revoked_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL",
            invitation_id,
            at,
        )
        return status == "UPDATE 1"


class SecurityEventRepo(BoundRepository):
    async def add(self, event: SecurityEvent) -> None:
        cipher = await self.uow.cipher()
        event.created_at = await self.conn.fetchval(
            """INSERT INTO security_events (id, tenant_id, user_id, kind, client_ciphertext)
               VALUES ($1, $2, $3, $4, $5) RETURNING created_at""",
            event.id,
            event.tenant_id,
            event.user_id,
            event.kind.value,
            cipher.encrypt(event.client_address, "security_events", "client", event.id),
        )

    async def list_for_user(self, user_id: UUID, limit: int, before: UUID | None) -> list[SecurityEvent]:
        rows = await self.conn.fetch(
            """SELECT id, tenant_id, user_id, kind, client_ciphertext, created_at FROM security_events
               WHERE user_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3""",
            user_id,
            before_cursor(before),
            limit,
        )
        if not rows:
            return []
        cipher = await self.uow.cipher()
        return [
            SecurityEvent(
                id=r["id"],
                tenant_id=r["tenant_id"],
                user_id=r["user_id"],
                kind=SecurityEventKind(r["kind"]),
                client_address=cipher.decrypt(r["client_ciphertext"], "security_events", "client", r["id"]),
                created_at=r["created_at"],
            )
            for r in rows
        ]

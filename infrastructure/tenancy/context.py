"""The tenancy context: workspaces, members, roles, login sessions and API keys."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from arq import cron

from domain.tenancy.services import TenancyService
from infrastructure.contexts import Context
from infrastructure.security.login_attempts import RedisLoginAttempts
from infrastructure.security.tokens import Argon2Passwords, JwtAccessTokens, RedisSessionRevocations
from infrastructure.tenancy.repositories import (
    ApiKeyRepo,
    InvitationRepo,
    RefreshTokenRepo,
    SecurityEventRepo,
    TenantRepo,
    UserRepo,
)

if TYPE_CHECKING:
    from infrastructure.container import Container


async def wire(container: Container) -> None:
    s = container.settings
    access_tokens = JwtAccessTokens(s.secret_key, s.access_token_ttl_seconds)
    revocations = RedisSessionRevocations(container.redis, s.access_token_ttl_seconds)
    await revocations.start()
    container.provide("access_tokens", access_tokens)
    container.provide("revocations", revocations)
    container.provide(
        "tenancy",
        TenancyService(
            uow=container.db.unit_of_work,
            directory=container.db,
            passwords=Argon2Passwords(fast=container.fast_passwords or s.env == "test"),
            access_tokens=access_tokens,
            revocations=revocations,
            login_attempts=RedisLoginAttempts(container.redis, s.secret_key),
            refresh_ttl=timedelta(seconds=s.refresh_token_ttl_seconds),
        ),
    )


async def close(container: Container) -> None:
    await container.revocations.stop()


async def purge_expired_credentials(ctx: dict) -> int:
    """Delete refresh tokens and invitations that expired more than a week ago."""
    container: Container = ctx["container"]
    return await container.db.pool.fetchval("SELECT parley_purge_expired_credentials()")


CONTEXT = Context(
    name="tenancy",
    repositories={
        "tenants": TenantRepo,
        "users": lambda uow: UserRepo(uow, uow.email_index),
        "refresh_tokens": RefreshTokenRepo,
        "api_keys": ApiKeyRepo,
        "invitations": InvitationRepo,
        "security_events": SecurityEventRepo,
    },
    wire=wire,
    close=close,
    jobs=(purge_expired_credentials,),
    cron_jobs=(cron(purge_expired_credentials, minute=17, run_at_startup=False),),
)

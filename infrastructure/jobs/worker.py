"""arq worker: a driving adapter. Jobs load the container and call the same services as the API."""

from __future__ import annotations

from arq import cron
from arq.connections import RedisSettings

from infrastructure.container import Container
from infrastructure.logging import configure_logging
from infrastructure.settings import load_settings

_settings = load_settings()


async def startup(ctx: dict) -> None:
    configure_logging(_settings.log_level)
    ctx["container"] = await Container.start(_settings)


async def shutdown(ctx: dict) -> None:
    await ctx["container"].close()


async def purge_expired_credentials(ctx: dict) -> int:
    """Delete refresh tokens and invitations that expired more than a week ago."""
    container: Container = ctx["container"]
    return await container.db.pool.fetchval("SELECT parley_purge_expired_credentials()")


class WorkerSettings:
    functions = [purge_expired_credentials]
    cron_jobs = [cron(purge_expired_credentials, minute=17, run_at_startup=False)]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(_settings.redis_url) if _settings.redis_url else RedisSettings()

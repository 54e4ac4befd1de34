"""Composition root: reads settings, builds the shared adapters, then lets every context wire its own
services onto it (infrastructure/contexts.py). The API, the worker and the CLI all get their services
here; tests swap adapters here."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
import structlog

from infrastructure.contexts import load_contexts
from infrastructure.crypto.envelope import MasterKeyring
from infrastructure.db.database import APP_ROLE, Database, create_pool
from infrastructure.db.migrate import pending_migrations
from infrastructure.embedded import EmbeddedServices, app_role_url
from infrastructure.idempotency import IdempotencyStore
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.outbox.bus import EventBus
from infrastructure.outbox.dispatcher import OutboxDispatcher
from infrastructure.ratelimit import RateLimiter
from infrastructure.realtime.channels import TransientChannelsPlugin
from infrastructure.realtime.config import RealtimeConfig, load_realtime_config
from infrastructure.realtime.engine import RealtimeEngine
from infrastructure.realtime.events import FrameSeal, RedisEventPublisher
from infrastructure.realtime.presence import PresenceRegistry
from infrastructure.redis_client import connect as connect_redis
from infrastructure.security.outbound import OutboundPolicy
from infrastructure.settings import Settings

log = structlog.get_logger(__name__)

# A stop (SIGTERM from systemd, Kubernetes, Ctrl-C) must end the process within seconds: what the contexts still
# have in flight after this is left to their leases and sweeps, which another process or the next start picks up.
CONTEXTS_CLOSE_SECONDS = 4.0
POOL_CLOSE_SECONDS = 2.0


@contextlib.asynccontextmanager
async def at_most(seconds: float, what: str) -> AsyncIterator[None]:
    """Runs the block for at most `seconds`; cut short, it is logged and the caller goes on."""
    try:
        async with asyncio.timeout(seconds):
            yield
    except TimeoutError:
        log.warning("shutdown step cut short", step=what, after_seconds=seconds)


class PendingMigrations(RuntimeError):
    pass


def resolve_urls(settings: Settings, embedded: EmbeddedServices) -> tuple[str, str, str | None, str]:
    """(owner database URL, app database URL, role to assume or None, redis URL)."""
    owner_url = settings.database_url
    if owner_url is None:
        owner_url = embedded.start_postgres()
        app_url, assume_role = app_role_url(owner_url, APP_ROLE), None
    elif settings.app_database_url:
        app_url, assume_role = settings.app_database_url, None
    else:
        app_url, assume_role = owner_url, APP_ROLE
    redis_url = settings.redis_url or embedded.start_redis()
    return owner_url, app_url, assume_role, redis_url


@dataclass
class Container:
    """The shared adapters, and each context's services by name (`container.tenancy`, `container.webhooks`:
    whatever its `wire` provided)."""

    settings: Settings
    db: Database
    redis: aioredis.Redis
    redis_url: str
    owner_database_url: str
    rate_limiter: RateLimiter
    idempotency: IdempotencyStore
    publisher: RedisEventPublisher  # session events and ephemeral frames, across processes
    embedded: EmbeddedServices = field(repr=False)
    realtime: RealtimeConfig = field(default_factory=RealtimeConfig)
    presence: PresenceRegistry = field(default=None)  # type: ignore[assignment]
    outbound: OutboundPolicy = field(default_factory=OutboundPolicy)
    fast_passwords: bool = False
    services: dict[str, Any] = field(default_factory=dict, repr=False)
    wired: list[str] = field(default_factory=list, repr=False)  # contexts whose services are up, in order

    @classmethod
    async def start(cls, settings: Settings, *, check_migrations: bool = True, fast_passwords: bool = False) -> Container:
        embedded = EmbeddedServices(settings.data_dir)
        owner_url, app_url, assume_role, redis_url = resolve_urls(settings, embedded)
        pool = await create_pool(app_url, as_app_role=assume_role is not None, size=settings.db_pool_size)
        if check_migrations:
            async with pool.acquire() as conn:
                pending = await pending_migrations(conn)
            if pending:
                await pool.close()
                embedded.stop()
                names = ", ".join(m.version for m in pending)
                raise PendingMigrations(f"database has pending migrations ({names}); run `./just migrate` first")
        db = Database(pool, MasterKeyring(settings.master_key, settings.old_master_keys), settings.secret_key)
        redis = connect_redis(redis_url)
        db.outbox = OutboxDispatcher(db, ArqJobQueue(redis), EventBus())
        realtime = load_realtime_config()
        container = cls(
            settings=settings,
            db=db,
            redis=redis,
            redis_url=redis_url,
            owner_database_url=owner_url,
            rate_limiter=RateLimiter(redis),
            idempotency=IdempotencyStore(redis),
            publisher=RedisEventPublisher(redis, FrameSeal(settings.master_key, settings.old_master_keys)),
            embedded=embedded,
            realtime=realtime,
            presence=PresenceRegistry(redis, stale_after=3 * realtime.heartbeat_seconds),
            outbound=OutboundPolicy(allow_private=settings.allow_private_urls),  # every URL a tenant can set
            fast_passwords=fast_passwords,
        )
        for context in load_contexts():
            if context.wire is not None:
                await context.wire(container)
            container.wired.append(context.name)
        return container

    def provide(self, name: str, service: object) -> None:
        """Called by a context's `wire`: its service, reachable as `container.<name>`."""
        if name in self.services or name in self.__dataclass_fields__:
            raise ValueError(f"the container already provides {name!r}")
        self.services[name] = service

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["services"][name]
        except KeyError:
            raise AttributeError(f"no context provides {name!r} (see infrastructure/contexts.py)") from None

    def realtime_engine(self, channels: TransientChannelsPlugin) -> RealtimeEngine:
        """One per app: its hub, its router of session events on the app's channels plugin."""
        return RealtimeEngine(self.realtime, channels, self.publisher, self.presence, self.conversations)

    @property
    def events(self) -> EventBus:
        """Where subscribers to domain events register (delivered after commit, at least once)."""
        return self.db.outbox.bus  # type: ignore[union-attr]

    async def close(self) -> None:
        async with at_most(CONTEXTS_CLOSE_SECONDS, "closing the contexts"):
            for context in reversed(load_contexts()):
                if context.close is not None and context.name in self.wired:
                    await context.close(self)
        try:
            # asyncpg waits for every connection to come back; one held by a task that never ends
            # (a job cut short by SIGTERM) must not keep the process from stopping.
            await asyncio.wait_for(self.db.pool.close(), timeout=POOL_CLOSE_SECONDS)
        except TimeoutError:
            self.db.pool.terminate()
        await self.redis.aclose()
        self.embedded.stop()

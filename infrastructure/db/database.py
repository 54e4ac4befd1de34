"""asyncpg pool for the app role, the tenant unit of work, and the cross-tenant directory."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import UUID

import asyncpg
import msgspec

from domain.errors import UnstorableText
from domain.events import DomainEvent
from infrastructure.crypto.envelope import BlindIndex, FieldCipher, MasterKeyring, new_data_key
from infrastructure.db.outbox import JobCall, OutboxEntry, insert_entries

if TYPE_CHECKING:
    from infrastructure.outbox.dispatcher import OutboxDispatcher

R = TypeVar("R")

APP_ROLE = "parley_app"
# What PostgreSQL says of text it cannot store (a NUL byte, or \u0000 inside jsonb).
_UNSTORABLE_TEXT = (asyncpg.CharacterNotInRepertoireError, asyncpg.UntranslatableCharacterError)


async def register_json_codecs(conn: asyncpg.Connection) -> None:
    """json and jsonb columns in and out as Python values, through msgspec."""
    for typename in ("json", "jsonb"):
        await conn.set_type_codec(
            typename, encoder=lambda v: msgspec.json.encode(v).decode(), decoder=msgspec.json.decode, schema="pg_catalog"
        )


async def _no_reset(conn: asyncpg.Connection) -> None:
    """Every unit of work ends its own transaction and SET LOCAL dies with it: skip asyncpg's
    RESET ALL round trip on release."""


async def create_pool(url: str, *, as_app_role: bool, size: int) -> asyncpg.Pool:
    server_settings = {"role": APP_ROLE} if as_app_role else {}
    return await asyncpg.create_pool(
        url,
        min_size=1,
        max_size=size,
        init=register_json_codecs,
        reset=_no_reset,
        server_settings=server_settings,
        statement_cache_size=256,
    )


class DataKeys:
    """Unwrapped tenant data keys, kept in a bounded in-process cache."""

    visitor_email_index: BlindIndex  # the visitors' blind index, set by Database

    def __init__(self, keyring: MasterKeyring, capacity: int = 10_000) -> None:
        self.keyring = keyring
        self._cache: OrderedDict[UUID, FieldCipher] = OrderedDict()
        self._capacity = capacity

    async def cipher(self, conn: asyncpg.Connection, tenant_id: UUID) -> FieldCipher:
        cipher = self._cache.get(tenant_id)
        if cipher is not None:
            self._cache.move_to_end(tenant_id)
            return cipher
        row = await conn.fetchrow("SELECT wrapped_key, master_key_id FROM tenant_keys WHERE tenant_id = $1", tenant_id)
        if row is None:
            from infrastructure.crypto.envelope import DecryptionError

            raise DecryptionError(f"tenant {tenant_id} has no data key (deleted?)")
        cipher = FieldCipher(tenant_id, self.keyring.unwrap(row["wrapped_key"], row["master_key_id"], tenant_id))
        self._cache[tenant_id] = cipher
        if len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        return cipher

    async def provision(self, conn: asyncpg.Connection, tenant_id: UUID) -> None:
        wrapped, key_id = self.keyring.wrap(new_data_key(), tenant_id)
        await conn.execute(
            "INSERT INTO tenant_keys (tenant_id, wrapped_key, master_key_id) VALUES ($1, $2, $3)",
            tenant_id,
            wrapped,
            key_id,
        )

    def forget(self, tenant_id: UUID) -> None:
        self._cache.pop(tenant_id, None)


class _Repository(Generic[R]):
    """A repository made on the unit of work's first use of it, then stored on the instance (which
    shadows this non-data descriptor). Not functools.cached_property: on Python 3.11 it takes a lock
    shared by every instance, on each of the many short units of work."""

    def __init__(self, make: Callable[[TenantUnitOfWork], R]) -> None:
        self.make = make
        self.__doc__ = make.__doc__  # a repository class's docstring documents the attribute

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, uow: TenantUnitOfWork, owner: type | None = None) -> R:
        if uow is None:
            return self
        made = uow.__dict__[self._name] = self.make(uow)
        return made


class TenantUnitOfWork:
    """One transaction with `SET LOCAL app.tenant_id`, so RLS confines every query to the tenant.
    Repositories are made on first use: most units of work touch one or two of them."""

    # What was recorded for after the commit. A class-level None until the first record, so a unit of
    # work that records nothing (most, and every group-committed chat batch) does no outbox work.
    recorded: list[OutboxEntry] | None = None
    committed: list[Callable[[], Awaitable[None]]] | None = None

    def __init__(self, conn: asyncpg.Connection, tenant_id: UUID, keys: DataKeys, email_index: BlindIndex) -> None:
        self.conn = conn
        self.tenant_id = tenant_id
        self.keys = keys
        self.email_index = email_index

    @classmethod
    def register_repository(cls, attribute: str, make: Callable[[TenantUnitOfWork], object]) -> None:
        """Make `uow.<attribute>` a repository of the registering context (see infrastructure/contexts.py)."""
        existing = cls.__dict__.get(attribute)
        if existing is not None and not (isinstance(existing, _Repository) and existing.make is make):
            raise ValueError(f"the unit of work already has an attribute {attribute!r}")
        descriptor = _Repository(make)
        descriptor.__set_name__(cls, attribute)
        setattr(cls, attribute, descriptor)

    if TYPE_CHECKING:  # the contexts' repositories, registered at start-up: typed by each context's port

        def __getattr__(self, attribute: str) -> Any: ...

    async def cipher(self) -> FieldCipher:
        return await self.keys.cipher(self.conn, self.tenant_id)

    def record(self, event: DomainEvent) -> None:
        """Deliver `event` to its subscribers once this unit of work commits; never if it rolls back."""
        if event.tenant_id != self.tenant_id:
            raise ValueError(f"event {event.name} belongs to tenant {event.tenant_id}, not {self.tenant_id}")
        self._record(OutboxEntry.of_event(event))

    def enqueue(
        self, function: str, *args: object, job_id: str | None = None, defer: timedelta | None = None, **kwargs: object
    ) -> None:
        """Queue the arq job `function(*args, **kwargs)` once this unit of work commits; never if it rolls
        back. `job_id` deduplicates (default: the outbox row id); `defer` delays it from now."""
        defer_until = datetime.now(UTC) + defer if defer is not None else None
        self._record(OutboxEntry.of_job(JobCall(function, args, kwargs, job_id, defer_until)))

    def after_commit(self, callback: Callable[[], Awaitable[None]]) -> None:
        """Await `callback` once this unit of work commits, before its recorded events are dispatched."""
        if self.committed is None:
            self.committed = []
        self.committed.append(callback)

    def _record(self, entry: OutboxEntry) -> None:
        if self.recorded is None:
            self.recorded = []
        self.recorded.append(entry)

    async def provision_tenant_key(self) -> None:
        await self.keys.provision(self.conn, self.tenant_id)

    def forget_tenant_key(self) -> None:
        self.keys.forget(self.tenant_id)


class Database:
    # Dispatches what a unit of work recorded, after its commit (set by the composition root). Without
    # one, recorded rows wait in the outbox for a sweeper.
    outbox: OutboxDispatcher | None = None

    def __init__(self, pool: asyncpg.Pool, keyring: MasterKeyring, secret_key: bytes) -> None:
        self.pool = pool
        self.keys = DataKeys(keyring)
        self.email_index = BlindIndex(secret_key, "email")
        self.keys.visitor_email_index = BlindIndex(secret_key, "visitor-email")

    @asynccontextmanager
    async def unit_of_work(self, tenant_id: UUID) -> AsyncIterator[TenantUnitOfWork]:
        tenant = str(UUID(str(tenant_id)))  # canonical form: safe to inline in the SET statement
        async with self.pool.acquire() as conn:
            # One round trip: open the transaction and bind it to the tenant.
            await conn.execute(f"BEGIN; SET LOCAL app.tenant_id = '{tenant}'")
            uow = TenantUnitOfWork(conn, tenant_id, self.keys, self.email_index)
            try:
                yield uow
                if uow.recorded:  # written in this transaction: committed with the change, or not at all
                    await insert_entries(conn, tenant_id, await uow.cipher(), uow.recorded)
            except _UNSTORABLE_TEXT:
                await conn.execute("ROLLBACK")
                raise UnstorableText("text must not contain NUL (\\u0000) characters") from None
            except BaseException:
                await conn.execute("ROLLBACK")
                raise
            else:
                await conn.execute("COMMIT")
        try:  # after the connection is back in the pool
            for callback in uow.committed or ():
                await callback()
        finally:
            if uow.recorded and self.outbox is not None:
                await self.outbox.dispatch(uow.recorded)

    # --- directory: cross-tenant entry points (SECURITY DEFINER functions) -----------------------

    async def find_login(self, email: str) -> tuple[UUID, UUID] | None:
        row = await self.pool.fetchrow("SELECT tenant_id, user_id FROM parley_find_login($1)", self.email_index(email))
        return (row["tenant_id"], row["user_id"]) if row else None

    async def tenant_of_refresh_token(self, token_hash: bytes) -> UUID | None:
        return await self.pool.fetchval("SELECT parley_find_refresh_token($1)", token_hash)

    async def tenant_of_api_key(self, prefix: str) -> UUID | None:
        if "\x00" in prefix:  # no stored key has one; PostgreSQL text cannot hold it
            return None
        return await self.pool.fetchval("SELECT parley_find_api_key($1)", prefix)

    async def tenant_of_invitation(self, token_hash: bytes) -> UUID | None:
        return await self.pool.fetchval("SELECT parley_find_invitation($1)", token_hash)

    async def tenant_of_public_chatbot(self, public_id: str) -> UUID | None:
        if "\x00" in public_id:  # no public id has one; PostgreSQL text cannot hold it
            return None
        return await self.pool.fetchval("SELECT parley_find_public_chatbot($1)", public_id)

    async def due_knowledge_sources(self, limit: int) -> list[tuple[UUID, UUID]]:
        rows = await self.pool.fetch("SELECT tenant_id, source_id FROM parley_due_knowledge_sources($1)", limit)
        return [(r["tenant_id"], r["source_id"]) for r in rows]

    async def ping(self) -> None:
        await self.pool.fetchval("SELECT 1")

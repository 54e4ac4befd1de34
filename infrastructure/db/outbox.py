"""The outbox table's statements: what a unit of work recorded, sealed and inserted before its COMMIT;
and the cross-tenant steps of dispatch (mark, claim, purge) through SECURITY DEFINER functions.

Payloads are sealed with the tenant's data key, bound to the row (AAD = tenant, "outbox", "payload",
row id): events may carry personal data, and the outbox should not be the one place it lies in clear."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

import asyncpg
import msgspec

from domain.events import DomainEvent, event_class
from domain.ids import new_id

if TYPE_CHECKING:
    from infrastructure.crypto.envelope import FieldCipher


class JobCall(msgspec.Struct, frozen=True):
    """An arq job as recorded: run `function(*args, **kwargs)` no earlier than `defer_until`."""

    function: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    job_id: str | None = None  # arq's dedupe key; None: the outbox row id
    defer_until: datetime | None = None


@dataclass(slots=True)
class OutboxEntry:
    id: UUID
    kind: str  # "event" | "job"
    name: str
    version: int | None
    body: DomainEvent | JobCall

    @classmethod
    def of_event(cls, event: DomainEvent) -> OutboxEntry:
        return cls(event.id, "event", event.name, event.version, event)

    @classmethod
    def of_job(cls, call: JobCall) -> OutboxEntry:
        return cls(new_id(), "job", call.function, None, call)


def _aad(entry_id: UUID) -> tuple[str, str, UUID]:
    return "outbox", "payload", entry_id


async def insert_entries(conn: asyncpg.Connection, tenant_id: UUID, cipher: FieldCipher, entries: Sequence[OutboxEntry]) -> None:
    """One statement for all of a unit of work's entries, inside its transaction (RLS applies)."""
    payloads = [cipher.encrypt_bytes(msgspec.msgpack.encode(e.body), *_aad(e.id)) for e in entries]
    await conn.execute(
        """INSERT INTO outbox (id, tenant_id, kind, name, version, payload)
           SELECT u.id, $1, u.kind, u.name, u.version, u.payload
             FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bytea[]) AS u(id, kind, name, version, payload)""",
        tenant_id,
        [e.id for e in entries],
        [e.kind for e in entries],
        [e.name for e in entries],
        [e.version for e in entries],
        payloads,
    )


def open_entry(cipher: FieldCipher, row: asyncpg.Record) -> OutboxEntry | None:
    """A claimed row back as an entry; None for an event this process has no class for."""
    data = cipher.decrypt_bytes(row["payload"], *_aad(row["id"]))
    body: DomainEvent | JobCall
    if row["kind"] == "job":
        body = msgspec.msgpack.decode(data, type=JobCall)
    else:
        event_type = event_class(row["name"], row["version"])
        if event_type is None:
            return None
        body = msgspec.msgpack.decode(data, type=event_type)
    return OutboxEntry(row["id"], row["kind"], row["name"], row["version"], body)


async def mark_dispatched(pool: asyncpg.Pool, ids: Sequence[UUID]) -> None:
    await pool.execute("SELECT parley_outbox_dispatched($1::uuid[])", list(ids))


async def claim_undispatched(pool: asyncpg.Pool, older_than: float, lease: float, limit: int) -> list[asyncpg.Record]:
    """Rows committed `older_than` seconds ago or more and still not dispatched, leased to the caller."""
    return await pool.fetch("SELECT * FROM parley_claim_outbox($1, $2, $3)", older_than, lease, limit)


async def purge_dispatched(pool: asyncpg.Pool) -> int:
    return await pool.fetchval("SELECT parley_purge_dispatched_outbox()")

"""Dispatch what units of work recorded: right after their commit, and again by the sweeper for rows
whose process died (or failed) before dispatching them. At least once: jobs are deduplicated by their
arq job id, subscribers by the event id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING
from uuid import UUID

import structlog

from infrastructure.db.outbox import (
    JobCall,
    OutboxEntry,
    claim_undispatched,
    mark_dispatched,
    open_entry,
    purge_dispatched,
)
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.outbox.bus import EventBus

if TYPE_CHECKING:
    from infrastructure.db.database import Database

log = structlog.get_logger(__name__)

# A row not dispatched this long after its commit is the sweeper's: its unit of work's own dispatch is
# over (done, failed, or its process died).
SWEEP_AFTER_SECONDS = 30.0
# How long a sweeper holds the rows it claimed; a sweeper that dies frees them when it runs out.
LEASE_SECONDS = 60.0


class OutboxDispatcher:
    def __init__(self, db: Database, queue: ArqJobQueue, bus: EventBus) -> None:
        self.db = db
        self.queue = queue
        self.bus = bus

    async def dispatch(self, entries: Sequence[OutboxEntry]) -> int:
        """Deliver each entry, then mark the delivered ones dispatched in one statement. Failures are
        logged and left to the sweeper: the unit of work has committed, its caller succeeded."""
        delivered = [entry.id for entry in entries if await self._deliver(entry)]
        if delivered:
            try:
                await mark_dispatched(self.db.pool, delivered)
            except Exception:  # delivered but not marked: the sweeper delivers again (at least once)
                log.exception("outbox.mark_failed", entries=len(delivered))
        return len(delivered)

    async def _deliver(self, entry: OutboxEntry) -> bool:
        try:
            if isinstance(entry.body, JobCall):
                call = entry.body
                await self.queue.enqueue(
                    call.function, *call.args, job_id=call.job_id or str(entry.id), defer_until=call.defer_until,
                    **call.kwargs,
                )
            else:
                await self.bus.publish(entry.body)
            return True
        except Exception:
            log.exception("outbox.delivery_failed", kind=entry.kind, name=entry.name, entry_id=str(entry.id))
            return False

    async def sweep(self, older_than: float = SWEEP_AFTER_SECONDS, limit: int = 100) -> int:
        """Claim (with a lease) rows committed `older_than` seconds ago or more and not dispatched, and
        dispatch them; returns how many were dispatched. Safe to run in several processes at once."""
        rows = await claim_undispatched(self.db.pool, older_than, LEASE_SECONDS, limit)
        by_tenant: defaultdict[UUID, list] = defaultdict(list)
        for row in rows:
            by_tenant[row["tenant_id"]].append(row)
        entries: list[OutboxEntry] = []
        for tenant_id, tenant_rows in by_tenant.items():
            try:
                async with self.db.unit_of_work(tenant_id) as uow:  # the tenant's data key is read under RLS
                    cipher = await uow.cipher()
            except Exception:  # e.g. the tenant was deleted meanwhile (its rows go with it)
                log.exception("outbox.tenant_key_unavailable", tenant_id=str(tenant_id))
                continue
            for row in tenant_rows:
                entry = open_entry(cipher, row)
                if entry is None:
                    log.error("outbox.unknown_event", name=row["name"], version=row["version"], entry_id=str(row["id"]))
                else:
                    entries.append(entry)
        return await self.dispatch(entries) if entries else 0

    async def purge(self) -> int:
        """Forget rows dispatched more than a day ago."""
        return await purge_dispatched(self.db.pool)


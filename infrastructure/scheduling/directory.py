"""The scheduling context's cross-tenant entry point: which workspace a Calendly / Cal.com connection (named
in its webhook's path) belongs to (a SECURITY DEFINER function in 0025_scheduling_connectors.sql)."""

from __future__ import annotations

from typing import Any
from uuid import UUID


class SchedulingDirectory:
    def __init__(self, db: Any) -> None:
        self.db = db

    async def tenant_of_connection(self, calendar_id: UUID, kind: str) -> UUID | None:
        return await self.db.pool.fetchval("SELECT parley_scheduling_connection_tenant($1, $2)", calendar_id, kind)

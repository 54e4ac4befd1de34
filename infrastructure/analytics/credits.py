"""Credit warnings after AI replies: an AI message event asks for a check of the workspace's credits a moment later
(the reply's charge is written just after its message), coalesced per workspace; the check itself decides once per
month and threshold (analytics_credit_warnings)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from uuid import UUID

import structlog

from domain.conversations.events import MessageCreated
from domain.events import DomainEvent

log = structlog.get_logger(__name__)


class CreditWatch:
    def __init__(self, check: Callable[[UUID], Awaitable[list[int]]], delay: float = 1.0) -> None:
        self.check = check
        self.delay = delay
        self._due: set[UUID] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    async def __call__(self, event: DomainEvent) -> None:
        if not isinstance(event, MessageCreated) or event.sender != "ai" or event.tenant_id in self._due:
            return
        self._due.add(event.tenant_id)
        task = asyncio.create_task(self._later(event.tenant_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _later(self, tenant_id: UUID) -> None:
        await asyncio.sleep(self.delay)
        self._due.discard(tenant_id)
        try:
            await self.check(tenant_id)
        except Exception:
            log.exception("analytics.credit_check_failed", tenant_id=str(tenant_id))

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task

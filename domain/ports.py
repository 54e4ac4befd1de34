"""The unit of work: one transaction, opened for one tenant, handing out bound repositories."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import Protocol, TypeVar
from uuid import UUID

from domain.events import DomainEvent


class UnitOfWork(Protocol):
    """What every context's unit of work has. Each context extends it with its own repositories in
    `domain/<ctx>/ports.py` (`class WebhooksUnitOfWork(UnitOfWork, Protocol): webhooks: WebhookRepository`);
    the infrastructure registers them (infrastructure/contexts.py). A context's function that runs inside
    another context's transaction takes this base type and reaches only its own repositories."""

    tenant_id: UUID

    # Side effects leave through the unit of work: written to the outbox in its transaction, dispatched
    # after its commit (at least once), never if it rolls back.
    def record(self, event: DomainEvent) -> None: ...

    def enqueue(
        self, function: str, *args: object, job_id: str | None = None, defer: timedelta | None = None, **kwargs: object
    ) -> None: ...

    # What a person waits to see (a realtime frame) runs once the transaction commits, before the recorded events
    # are dispatched: it need not wait for every subscriber.
    def after_commit(self, callback: Callable[[], Awaitable[None]]) -> None: ...


U = TypeVar("U", bound=UnitOfWork, covariant=True)

# Opens a unit of work for a tenant; commits on normal exit, rolls back on an exception.
UnitOfWorkFactory = Callable[[UUID], AbstractAsyncContextManager[U]]


class JobQueue(Protocol):
    """Queues a background job now (most use cases record jobs on their unit of work instead: `uow.enqueue`)."""

    async def enqueue(
        self, function: str, *args: object, job_id: str | None = None, defer_until: datetime | None = None, **kwargs: object
    ) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...

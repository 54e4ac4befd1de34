"""In-memory implementations of the domain's ports, for service tests that need no database.

A unit of work sees a copy of its tenant's committed state; leaving its block normally commits the copy (and
its recorded events and jobs), an exception discards it, as the PostgreSQL unit of work does. So far it holds
the chatbots context's repository; add a context's repositories here as its service tests need them."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from uuid import UUID

from domain.chatbots.model import Chatbot
from domain.events import DomainEvent


class InMemoryChatbots:
    """domain.chatbots.ports.ChatbotRepository over a dict (ids are UUIDv7: id order is creation order)."""

    def __init__(self, rows: dict[UUID, Chatbot]) -> None:
        self.rows = rows

    async def add(self, chatbot: Chatbot) -> None:
        self.rows[chatbot.id] = chatbot

    async def get(self, chatbot_id: UUID) -> Chatbot | None:
        return self.rows.get(chatbot_id)

    async def get_by_public_id(self, public_id: str) -> Chatbot | None:
        return next((c for c in self.rows.values() if c.public_id == public_id), None)

    async def list(self, limit: int, before: UUID | None, status: str | None = None) -> list[Chatbot]:
        newest_first = sorted(self.rows.values(), key=lambda c: c.id, reverse=True)
        return [
            c for c in newest_first if (before is None or c.id < before) and (status is None or c.status == status)
        ][:limit]

    async def update(self, chatbot: Chatbot, provider_api_key_changed: bool) -> None:
        self.rows[chatbot.id] = chatbot

    async def delete(self, chatbot_id: UUID) -> bool:
        return self.rows.pop(chatbot_id, None) is not None


@dataclass
class TenantState:
    chatbots: dict[UUID, Chatbot] = field(default_factory=dict)


@dataclass
class Job:
    function: str
    args: tuple[object, ...]
    kwargs: dict[str, object]
    job_id: str | None
    defer: timedelta | None


class InMemoryUnitOfWork:
    """domain.ports.UnitOfWork for the contexts TenantState holds."""

    def __init__(self, tenant_id: UUID, state: TenantState) -> None:
        self.tenant_id = tenant_id
        self.state = state
        self.chatbots = InMemoryChatbots(state.chatbots)
        self.events: list[DomainEvent] = []
        self.jobs: list[Job] = []
        self.committed: list = []

    async def provision_tenant_key(self) -> None:
        pass

    def record(self, event: DomainEvent) -> None:
        self.events.append(event)

    def enqueue(
        self, function: str, *args: object, job_id: str | None = None, defer: timedelta | None = None, **kwargs: object
    ) -> None:
        self.jobs.append(Job(function, args, kwargs, job_id, defer))

    def after_commit(self, callback) -> None:
        self.committed.append(callback)


@dataclass
class InMemoryStore:
    """The committed state of every tenant, and what committed units of work recorded, in order."""

    tenants: dict[UUID, TenantState] = field(default_factory=dict)
    events: list[DomainEvent] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    commits: int = 0

    @asynccontextmanager
    async def unit_of_work(self, tenant_id: UUID) -> AsyncIterator[InMemoryUnitOfWork]:
        """A domain.ports.UnitOfWorkFactory."""
        uow = InMemoryUnitOfWork(tenant_id, copy.deepcopy(self.tenants.get(tenant_id, TenantState())))
        yield uow  # an exception here leaves the committed state as it was
        self.tenants[tenant_id] = uow.state
        self.events.extend(uow.events)
        self.jobs.extend(uow.jobs)
        self.commits += 1
        for callback in uow.committed:
            await callback()


@dataclass
class InMemoryDirectory:
    """domain.tenancy.ports.Directory for the entries the fakes hold."""

    store: InMemoryStore

    async def tenant_of_public_chatbot(self, public_id: str) -> UUID | None:
        for tenant_id, state in self.store.tenants.items():
            if any(c.public_id == public_id for c in state.chatbots.values()):
                return tenant_id
        return None

    def __getattr__(self, name: str) -> Any:
        raise NotImplementedError(f"InMemoryDirectory.{name}: add it when a test needs it")


class AnyUrl:
    """domain.chatbots.ports.OutboundUrls that allows every URL (the SSRF guard has its own tests)."""

    async def refusal(self, url: str) -> str | None:
        return None

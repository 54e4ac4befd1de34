"""The unit of work: one transaction, opened for one tenant, handing out bound repositories."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import Protocol
from uuid import UUID

from domain.chatbots.ports import ChatbotRepository
from domain.conversations.ports import AttachmentRepository, ChatSessionRepository, SessionEventRepository, VisitorRepository
from domain.events import DomainEvent
from domain.knowledge.ports import (
    ChunkRepository,
    DocumentRepository,
    KnowledgeSettingsRepository,
    SourceRepository,
)
from domain.tenancy.ports import (
    ApiKeyRepository,
    InvitationRepository,
    RefreshTokenRepository,
    SecurityEventRepository,
    TenantRepository,
    UserRepository,
)
from domain.webhooks.ports import WebhookRepository


class SessionDetailsRepository(Protocol):
    """A visitor's answers to the pre-chat form, per conversation (sealed at rest)."""

    async def put(self, session_id: UUID, details: dict[str, str]) -> None: ...
    async def get(self, session_id: UUID) -> dict[str, str] | None: ...


class UnitOfWork(Protocol):
    tenant_id: UUID
    tenants: TenantRepository
    users: UserRepository
    refresh_tokens: RefreshTokenRepository
    api_keys: ApiKeyRepository
    security_events: SecurityEventRepository
    webhooks: WebhookRepository
    invitations: InvitationRepository
    chatbots: ChatbotRepository
    visitors: VisitorRepository
    chat_sessions: ChatSessionRepository
    chat_messages: SessionEventRepository
    session_details: SessionDetailsRepository
    attachments: AttachmentRepository
    knowledge_settings: KnowledgeSettingsRepository
    knowledge_sources: SourceRepository
    knowledge_documents: DocumentRepository
    knowledge_chunks: ChunkRepository

    async def provision_tenant_key(self) -> None:
        """Create the tenant's data key (on sign-up)."""

    # Side effects leave through the unit of work: written to the outbox in its transaction, dispatched
    # after its commit (at least once), never if it rolls back.
    def record(self, event: DomainEvent) -> None: ...

    def enqueue(
        self, function: str, *args: object, job_id: str | None = None, defer: timedelta | None = None, **kwargs: object
    ) -> None: ...


# Opens a unit of work for a tenant; commits on normal exit, rolls back on an exception.
UnitOfWorkFactory = Callable[[UUID], AbstractAsyncContextManager[UnitOfWork]]


class JobQueue(Protocol):
    """Queues a background job now (most use cases record jobs on their unit of work instead: `uow.enqueue`)."""

    async def enqueue(
        self, function: str, *args: object, job_id: str | None = None, defer_until: datetime | None = None, **kwargs: object
    ) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...

"""Facts about knowledge sources (see domain/events.py)."""

from __future__ import annotations

from uuid import UUID

from domain.events import DomainEvent


class KnowledgeSourceSynced(DomainEvent, frozen=True, kw_only=True):
    name = "knowledge.source.synced"
    source_id: UUID
    chatbot_id: UUID
    kind: str
    document_count: int
    chunk_count: int


class KnowledgeSourceFailed(DomainEvent, frozen=True, kw_only=True):
    name = "knowledge.source.failed"
    source_id: UUID
    chatbot_id: UUID
    kind: str
    reason: str

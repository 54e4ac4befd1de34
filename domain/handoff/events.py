"""Facts about handoffs beyond the conversation's own status events (handoff.requested, conversation.queued and
conversation.assigned are recorded by the conversations context when the status changes)."""

from __future__ import annotations

from uuid import UUID

from domain.events import DomainEvent


class HandoffTransferred(DomainEvent, frozen=True, kw_only=True):
    name = "handoff.transferred"
    handoff_id: UUID
    conversation_id: UUID
    chatbot_id: UUID
    from_user_id: UUID | None
    to_user_id: UUID | None
    to_team_id: UUID | None


class HandoffResolved(DomainEvent, frozen=True, kw_only=True):
    name = "handoff.resolved"
    handoff_id: UUID
    conversation_id: UUID
    chatbot_id: UUID
    operator_id: UUID | None
    resolution: str  # handed_back | closed
    wait_seconds: float | None  # requested → assigned
    handle_seconds: float | None  # assigned → resolved

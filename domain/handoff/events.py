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


class HandoffBreached(DomainEvent, frozen=True, kw_only=True):
    """A team's service level missed: a first reply later than its target, or an escalation rule that fired."""

    name = "handoff.breached"
    handoff_id: UUID
    conversation_id: UUID
    team_id: UUID | None
    kind: str  # first_response | queued
    rule: str
    action: str | None  # queued rules: notify_lead | reassign | hand_back
    target_seconds: int
    waited_seconds: float


class HandoffContactLeft(DomainEvent, frozen=True, kw_only=True):
    """A visitor nobody could take left an e-mail address (also a `lead.captured` of the assistant's leads)."""

    name = "handoff.contact_left"
    handoff_id: UUID
    conversation_id: UUID
    chatbot_id: UUID
    lead_id: UUID

"""Facts about conversations, recorded in the unit of work that made them true (see domain/events.py)."""

from __future__ import annotations

from uuid import UUID

from domain.events import DomainEvent


class ConversationStarted(DomainEvent, frozen=True, kw_only=True):
    name = "conversation.started"
    conversation_id: UUID
    chatbot_id: UUID
    visitor_id: UUID
    language: str | None = None


class MessageCreated(DomainEvent, frozen=True, kw_only=True):
    name = "message.created"
    conversation_id: UUID
    chatbot_id: UUID
    message_id: UUID
    seq: int
    sender: str  # "customer" | "ai" | "human" (or "system")
    content: str
    attachment_count: int = 0
    sender_user_id: UUID | None = None


class ConversationQueued(DomainEvent, frozen=True, kw_only=True):
    name = "conversation.queued"
    conversation_id: UUID
    chatbot_id: UUID
    by: str  # "visitor" | "ai" | "operator" | "system"


class ConversationAssigned(DomainEvent, frozen=True, kw_only=True):
    name = "conversation.assigned"
    conversation_id: UUID
    chatbot_id: UUID
    assigned_user_id: UUID | None


class ConversationClosed(DomainEvent, frozen=True, kw_only=True):
    name = "conversation.closed"
    conversation_id: UUID
    chatbot_id: UUID
    by: str


class HandoffRequested(DomainEvent, frozen=True, kw_only=True):
    name = "handoff.requested"
    conversation_id: UUID
    chatbot_id: UUID
    by: str


class FeedbackReceived(DomainEvent, frozen=True, kw_only=True):
    """The visitor rated the conversation (CSAT); the team's own rating is not feedback."""

    name = "feedback.received"
    conversation_id: UUID
    chatbot_id: UUID
    rating: int
    comment: str | None = None

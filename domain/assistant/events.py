"""Facts the assistant produces (see domain/events.py)."""

from __future__ import annotations

from uuid import UUID

from domain.events import DomainEvent


class LeadCaptured(DomainEvent, frozen=True, kw_only=True):
    name = "lead.captured"
    lead_id: UUID
    chatbot_id: UUID
    conversation_id: UUID | None
    contact_name: str | None = None  # (`name` is the event's)
    email: str | None = None
    phone: str | None = None
    note: str | None = None

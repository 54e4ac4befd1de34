"""What partners can subscribe to: every event type a webhook may carry, with the struct that describes
its `data`. Other contexts (payments, scheduling, handoff) add their events here."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import msgspec

from domain.analytics.events import CreditsThresholdReached
from domain.assistant.events import LeadCaptured
from domain.conversations.events import (
    ConversationAssigned,
    ConversationClosed,
    ConversationQueued,
    ConversationStarted,
    FeedbackReceived,
    HandoffRequested,
    MessageCreated,
)
from domain.events import DomainEvent
from domain.handoff.events import HandoffBreached, HandoffContactLeft, HandoffResolved, HandoffTransferred
from domain.knowledge.events import KnowledgeSourceFailed, KnowledgeSourceSynced
from domain.payments.events import INVOICE_EVENTS, PAYMENT_EVENTS
from domain.scheduling.events import BookingCancelled, BookingCreated, BookingRescheduled, CalendarUnreachable


class WebhookTest(DomainEvent, frozen=True, kw_only=True):
    """Sent by `POST /v1/webhooks/{id}/test` to that endpoint only."""

    name = "webhook.test"
    endpoint_id: UUID


class WebhookEndpointDisabled(DomainEvent, frozen=True, kw_only=True):
    """An endpoint was switched off by the server (410 Gone, or failing for five days)."""

    name = "webhook.endpoint.disabled"
    endpoint_id: UUID
    reason: str


_EVENTS: tuple[type[DomainEvent], ...] = (
    ConversationStarted,
    MessageCreated,
    ConversationQueued,
    ConversationAssigned,
    ConversationClosed,
    HandoffRequested,
    HandoffTransferred,
    HandoffResolved,
    HandoffBreached,
    HandoffContactLeft,
    FeedbackReceived,
    LeadCaptured,
    KnowledgeSourceSynced,
    KnowledgeSourceFailed,
    *PAYMENT_EVENTS,
    *INVOICE_EVENTS,
    BookingCreated,
    BookingRescheduled,
    BookingCancelled,
    CalendarUnreachable,
    CreditsThresholdReached,
    WebhookEndpointDisabled,
    WebhookTest,
)
CATALOGUE: dict[str, type[DomainEvent]] = {cls.name: cls for cls in _EVENTS}

EVENT_TYPES = tuple(CATALOGUE)

# Fields every event carries that the envelope already says (`webhook-id`, `timestamp`) or that the
# partner must not see (the tenant is implied by the endpoint).
_ENVELOPE_FIELDS = {"tenant_id", "id", "occurred_at"}


def webhook_data(event: DomainEvent) -> dict[str, Any]:
    """The `data` of the webhook body for `event`."""
    return {k: v for k, v in msgspec.to_builtins(event).items() if k not in _ENVELOPE_FIELDS}


def webhook_body(event: DomainEvent) -> bytes:
    """The Standard Webhooks body: `{type, timestamp, data}` as compact JSON."""
    return msgspec.json.encode({"type": event.name, "timestamp": event.occurred_at, "data": webhook_data(event)})

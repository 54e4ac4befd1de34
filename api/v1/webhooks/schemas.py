from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec
from msgspec import UNSET, UnsetType

from api.v1.common import AwareDatetime
from domain.webhooks.model import MAX_DESCRIPTION, MAX_FILTERS, MAX_URL


class DeliveryStatus(str, enum.Enum):
    """A delivery's state. An enum, so the spec names it once for the field and the log's filter."""

    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"
# Limits are checked by the domain (422 naming the field, like an unknown event type), not the schema (400).
EventTypes = Annotated[
    list[str],
    msgspec.Meta(
        description=f"Event types to receive (at most {MAX_FILTERS}): a name (`message.created`), a prefix wildcard "
        "(`conversation.*`) or `*`",
        examples=[["conversation.*", "message.created"]],
    ),
]
EndpointUrl = Annotated[
    str, msgspec.Meta(description=f"https URL (at most {MAX_URL} characters)", examples=["https://partner.example.com/parley"])
]
Description = Annotated[str, msgspec.Meta(description=f"At most {MAX_DESCRIPTION} characters")]


class WebhookCreate(msgspec.Struct, forbid_unknown_fields=True):
    url: EndpointUrl
    event_types: EventTypes = msgspec.field(default_factory=lambda: ["*"])
    description: Description = ""
    chatbot_id: UUID | None = None
    enabled: bool = True


class WebhookUpdate(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    url: EndpointUrl | UnsetType = UNSET
    event_types: EventTypes | UnsetType = UNSET
    description: Description | UnsetType = UNSET
    chatbot_id: UUID | None | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET


class WebhookEndpoint(msgspec.Struct):
    id: UUID
    url: str
    event_types: list[str]
    description: str
    chatbot_id: UUID | None
    enabled: bool
    disabled_reason: str | None
    failing_since: datetime | None
    previous_secret_expires_at: datetime | None
    created_at: datetime
    updated_at: datetime


class WebhookWithSecret(WebhookEndpoint):
    secret: Annotated[str, msgspec.Meta(description="The signing secret (`whsec_…`): shown only in this answer")]


class DeliveryAttempt(msgspec.Struct):
    id: UUID
    status_code: int | None
    latency_ms: float
    response_body: Annotated[str, msgspec.Meta(description="The first 2 KB of the receiver's answer")]
    error: str | None
    created_at: datetime


class WebhookDelivery(msgspec.Struct):
    id: UUID
    endpoint_id: UUID
    event_id: Annotated[UUID, msgspec.Meta(description="Sent as `webhook-id`: the same for every attempt")]
    event_type: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None
    created_at: datetime
    attempt_log: list[DeliveryAttempt]


class DeliveryPage(msgspec.Struct):
    items: list[WebhookDelivery]
    next_cursor: str | None


class RecoverRequest(msgspec.Struct, forbid_unknown_fields=True):
    since: Annotated[AwareDatetime, msgspec.Meta(description="Deliver again every failed message created since then")]


class Recovered(msgspec.Struct):
    deliveries: int


class TestSent(msgspec.Struct):
    delivery_id: UUID

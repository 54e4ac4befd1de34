"""Webhook endpoints, their delivery log, resend / recover, and test events."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec
from litestar import Controller, Request, delete, get, patch, post
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.common import (
    BEARER,
    CREDENTIALS,
    CursorParam,
    LimitParam,
    Page,
    aware,
    decode_cursor,
    encode_cursor,
    principal_of,
    requires,
    struct_changes,
    wire_page,
)
from api.v1.webhooks import schemas as s
from domain.webhooks.model import DeliveryFilter, WebhookEndpoint
from domain.webhooks.permissions import WEBHOOKS_READ, WEBHOOKS_WRITE
from infrastructure.container import Container

READ = requires(WEBHOOKS_READ)
WRITE = requires(WEBHOOKS_WRITE)


def to_wire(e: WebhookEndpoint) -> s.WebhookEndpoint:
    return msgspec.convert(e, s.WebhookEndpoint, from_attributes=True)


def with_secret(e: WebhookEndpoint, secret: str) -> s.WebhookWithSecret:
    return s.WebhookWithSecret(**msgspec.structs.asdict(to_wire(e)), secret=secret)


class WebhookController(Controller):
    path = "/v1/webhooks"
    tags = ["webhooks"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 422), opt={**WRITE, **CREDENTIALS},
          summary="Create an endpoint (its signing secret is shown only in this answer)")
    async def create_webhook(self, request: Request, container: Container, data: s.WebhookCreate) -> s.WebhookWithSecret:
        endpoint, secret = await container.webhooks.create(
            principal_of(request), data.url, data.event_types, data.description, data.chatbot_id, data.enabled
        )
        return with_secret(endpoint, secret)

    @get("/", responses=problems(*AUTHED), opt=READ)
    async def list_webhooks(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.WebhookEndpoint]:
        return wire_page(await container.webhooks.list(principal_of(request), limit, decode_cursor(cursor)), to_wire)

    @get("/{webhook_id:uuid}", responses=problems(*AUTHED, 404), opt=READ)
    async def get_webhook(self, request: Request, container: Container, webhook_id: UUID) -> s.WebhookEndpoint:
        return to_wire(await container.webhooks.get(principal_of(request), webhook_id))

    @patch("/{webhook_id:uuid}", responses=problems(*AUTHED, 404, 422), opt=WRITE)
    async def update_webhook(
        self, request: Request, container: Container, webhook_id: UUID, data: s.WebhookUpdate
    ) -> s.WebhookEndpoint:
        return to_wire(await container.webhooks.update(principal_of(request), webhook_id, struct_changes(data)))

    @delete("/{webhook_id:uuid}", responses=problems(*AUTHED, 404), opt=WRITE)
    async def delete_webhook(self, request: Request, container: Container, webhook_id: UUID) -> None:
        await container.webhooks.delete(principal_of(request), webhook_id)

    @post("/{webhook_id:uuid}/rotate-secret", status_code=200, responses=problems(*AUTHED, 404), opt={**WRITE, **CREDENTIALS},
          summary="New signing secret; the old one keeps signing beside it for 24 hours")
    async def rotate_webhook_secret(self, request: Request, container: Container, webhook_id: UUID) -> s.WebhookWithSecret:
        endpoint, secret = await container.webhooks.rotate_secret(principal_of(request), webhook_id)
        return with_secret(endpoint, secret)

    @get("/{webhook_id:uuid}/deliveries", responses=problems(*AUTHED, 404), opt=READ,
         summary="The delivery log: each message with every attempt (status, latency, first 2 KB of the answer, error)")
    async def list_webhook_deliveries(
        self,
        request: Request,
        container: Container,
        webhook_id: UUID,
        limit: LimitParam = 20,
        cursor: CursorParam = None,
        status: Annotated[s.DeliveryStatus | None, Parameter(default=None, description="Only deliveries in this status")] = None,
        event_type: Annotated[str | None, Parameter(default=None, max_length=100, description="Only this event type")] = None,
        since: Annotated[datetime | None, Parameter(default=None, description="Only deliveries created since")] = None,
    ) -> s.DeliveryPage:
        rows, last = await container.webhooks.deliveries(
            principal_of(request), webhook_id, DeliveryFilter(status=status.value if status else None, event_type=event_type, since=aware("since", since)),
            limit, decode_cursor(cursor),
        )
        return s.DeliveryPage(items=msgspec.convert(rows, list[s.WebhookDelivery], strict=False), next_cursor=encode_cursor(last))

    @post("/{webhook_id:uuid}/deliveries/{delivery_id:uuid}/resend", status_code=202, responses=problems(*AUTHED, 404),
          opt=WRITE, summary="Deliver one message again")
    async def resend_webhook_delivery(self, request: Request, container: Container, webhook_id: UUID, delivery_id: UUID) -> None:
        await container.webhooks.resend(principal_of(request), webhook_id, delivery_id)

    @post("/{webhook_id:uuid}/recover", status_code=202, responses=problems(*AUTHED, 404, 422), opt=WRITE,
          summary="Deliver again every failed message since a time")
    async def recover_webhook_deliveries(
        self, request: Request, container: Container, webhook_id: UUID, data: s.RecoverRequest
    ) -> s.Recovered:
        return s.Recovered(deliveries=await container.webhooks.recover(principal_of(request), webhook_id, data.since))

    @post("/{webhook_id:uuid}/test", status_code=202, responses=problems(*AUTHED, 404), opt=WRITE,
          summary="Send a `webhook.test` event to this endpoint")
    async def test_webhook(self, request: Request, container: Container, webhook_id: UUID) -> s.TestSent:
        return s.TestSent(delivery_id=await container.webhooks.send_test(principal_of(request), webhook_id))

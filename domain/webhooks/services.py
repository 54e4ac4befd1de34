"""Webhook use cases: endpoints (CRUD, secret rotation), the delivery log, resend, recover, test events.
Deliveries themselves run in the worker's delivery loops (infrastructure/webhooks/delivery.py): a delivery row due
now is all it takes; the repository wakes the endpoint's loop when the unit of work commits."""

from __future__ import annotations

import base64
import builtins
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from domain.chatbots.ports import OutboundUrls
from domain.chatbots.services import ChatbotService
from domain.errors import InvalidInput, NotFound
from domain.ids import new_id
from domain.pagination import page_of
from domain.ports import UnitOfWorkFactory
from domain.tenancy.model import Page, Principal
from domain.webhooks.catalogue import WebhookTest, webhook_body
from domain.webhooks.model import (
    PREVIOUS_SECRET_VALID,
    DeliveryFilter,
    WebhookEndpoint,
    validate_description,
    validate_event_types,
    validate_url,
)
from domain.webhooks.permissions import WEBHOOKS_READ, WEBHOOKS_WRITE
from domain.webhooks.ports import WebhooksUnitOfWork


def new_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WebhookService:
    uow: UnitOfWorkFactory[WebhooksUnitOfWork]
    outbound: OutboundUrls
    allow_http: bool  # plain http endpoints only in development
    # Forget what this process cached about a workspace's subscriptions (after any change to its endpoints).
    subscriptions_changed: Callable[[UUID], None] = lambda tenant_id: None

    async def _vet(self, url: str) -> str:
        url = validate_url(url, allow_http=self.allow_http)
        if (reason := await self.outbound.refusal(url)) is not None:
            raise InvalidInput(reason, field="url")
        return url

    async def create(
        self, principal: Principal, url: str, event_types: list[str], description: str = "",
        chatbot_id: UUID | None = None, enabled: bool = True,
    ) -> tuple[WebhookEndpoint, str]:
        """The new endpoint and its signing secret (shown this once)."""
        principal.require(WEBHOOKS_WRITE)
        event_types, description = validate_event_types(event_types), validate_description(description)
        endpoint = WebhookEndpoint(
            id=new_id(), tenant_id=principal.tenant_id, url=await self._vet(url), event_types=event_types,
            description=description, chatbot_id=chatbot_id, enabled=enabled,
        )
        secret = new_secret()
        async with self.uow(principal.tenant_id) as uow:
            if chatbot_id is not None and await ChatbotService.find(uow, chatbot_id) is None:
                raise InvalidInput("no such chatbot", field="chatbot_id")
            await uow.webhooks.add(endpoint, secret)
        self.subscriptions_changed(principal.tenant_id)
        return endpoint, secret

    async def list(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        principal.require(WEBHOOKS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(uow.webhooks.list, limit, before)

    async def get(self, principal: Principal, endpoint_id: UUID) -> WebhookEndpoint:
        principal.require(WEBHOOKS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await _endpoint(uow, endpoint_id)

    async def update(self, principal: Principal, endpoint_id: UUID, changes: dict[str, Any]) -> WebhookEndpoint:
        principal.require(WEBHOOKS_WRITE)
        if "event_types" in changes:
            changes["event_types"] = validate_event_types(changes["event_types"])
        if "description" in changes:
            changes["description"] = validate_description(changes["description"] or "")
        if "url" in changes:
            changes["url"] = await self._vet(changes["url"])
        async with self.uow(principal.tenant_id) as uow:
            endpoint = await _endpoint(uow, endpoint_id, for_update=True)
            if changes.get("chatbot_id") is not None and await ChatbotService.find(uow, changes["chatbot_id"]) is None:
                raise InvalidInput("no such chatbot", field="chatbot_id")
            for name, value in changes.items():
                setattr(endpoint, name, value)
            if changes.get("enabled"):  # switched back on by a member: a fresh start
                endpoint.disabled_reason, endpoint.failing_since = None, None
            await uow.webhooks.update(endpoint)
        self.subscriptions_changed(principal.tenant_id)
        return endpoint

    async def delete(self, principal: Principal, endpoint_id: UUID) -> None:
        principal.require(WEBHOOKS_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            if not await uow.webhooks.delete(endpoint_id):
                raise NotFound("webhook endpoint not found")
        self.subscriptions_changed(principal.tenant_id)

    async def rotate_secret(self, principal: Principal, endpoint_id: UUID) -> tuple[WebhookEndpoint, str]:
        """A new secret (shown once); the old one keeps signing beside it for 24 hours."""
        principal.require(WEBHOOKS_WRITE)
        secret = new_secret()
        async with self.uow(principal.tenant_id) as uow:
            endpoint = await _endpoint(uow, endpoint_id, for_update=True)
            endpoint.previous_secret_expires_at = _now() + PREVIOUS_SECRET_VALID
            await uow.webhooks.rotate_secret(endpoint_id, secret, endpoint.previous_secret_expires_at)
        return endpoint, secret

    async def deliveries(
        self, principal: Principal, endpoint_id: UUID, filters: DeliveryFilter, limit: int, before: UUID | None
    ) -> tuple[builtins.list[dict[str, Any]], UUID | None]:
        """The delivery log (each delivery with its attempts) and the next page's cursor."""
        principal.require(WEBHOOKS_READ)
        filters.endpoint_id = endpoint_id
        async with self.uow(principal.tenant_id) as uow:
            await _endpoint(uow, endpoint_id)
            rows = await uow.webhooks.list_deliveries(filters, limit + 1, before)
        return rows[:limit], (rows[limit - 1]["id"] if len(rows) > limit else None)

    async def resend(self, principal: Principal, endpoint_id: UUID, delivery_id: UUID) -> None:
        """Deliver one message again (a new round of attempts), whatever its status."""
        principal.require(WEBHOOKS_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            await _endpoint(uow, endpoint_id)
            if not await uow.webhooks.reopen(endpoint_id, delivery_ids=[delivery_id]):
                raise NotFound("delivery not found")
            await uow.webhooks.wake([endpoint_id])

    async def recover(self, principal: Principal, endpoint_id: UUID, since: datetime) -> int:
        """Deliver again every failed message created since `since`; returns how many."""
        principal.require(WEBHOOKS_WRITE)
        async with self.uow(principal.tenant_id) as uow:
            await _endpoint(uow, endpoint_id)
            reopened = await uow.webhooks.reopen(endpoint_id, failed_since=since)
            if reopened:
                await uow.webhooks.wake([endpoint_id])
        return len(reopened)

    async def send_test(self, principal: Principal, endpoint_id: UUID) -> UUID:
        """A `webhook.test` event to this endpoint only (even if it does not subscribe to it); returns the
        delivery id."""
        principal.require(WEBHOOKS_WRITE)
        event = WebhookTest(tenant_id=principal.tenant_id, endpoint_id=endpoint_id)
        async with self.uow(principal.tenant_id) as uow:
            await _endpoint(uow, endpoint_id)
            [(delivery_id, _)] = await uow.webhooks.add_deliveries(event.id, event.name, webhook_body(event), [endpoint_id])
        return delivery_id


async def _endpoint(uow: WebhooksUnitOfWork, endpoint_id: UUID, *, for_update: bool = False) -> WebhookEndpoint:
    endpoint = await uow.webhooks.get(endpoint_id, for_update=for_update)
    if endpoint is None:
        raise NotFound("webhook endpoint not found")
    return endpoint

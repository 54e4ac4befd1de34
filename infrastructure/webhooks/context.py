"""The webhooks context: partners' endpoints, the outbox subscriber that fans events out to them, and
signed delivery with retries."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from arq import func

from domain.webhooks.services import WebhookService
from infrastructure.contexts import Context
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.webhooks.delivery import WebhookDeliverer
from infrastructure.webhooks.fanout import WebhookFanOut
from infrastructure.webhooks.repository import WebhookRepo
from infrastructure.webhooks.subscriptions import SubscriptionCache

if TYPE_CHECKING:
    from infrastructure.container import Container


async def wire(container: Container) -> None:
    db = container.db
    subscriptions = SubscriptionCache(db)
    queue = ArqJobQueue(container.redis)
    container.provide(
        "webhooks",
        WebhookService(
            uow=db.unit_of_work,
            outbound=container.outbound,
            allow_http=container.settings.env != "production",
            subscriptions_changed=subscriptions.forget,
        ),
    )
    container.conversations.on_event_interest(subscriptions.wants)
    WebhookFanOut(db, queue, subscriptions).subscribe_to(container.events)
    container.provide(
        "webhook_deliverer",
        WebhookDeliverer(db, queue, container.outbound.transport(), subscriptions_changed=subscriptions.forget),
    )


async def close(container: Container) -> None:
    await container.webhook_deliverer.close()


async def deliver_webhook(ctx: dict, tenant_id: str, delivery_id: str, endpoint_id: str) -> str:
    """One attempt of a webhook delivery; the next one (if any) is scheduled by the attempt itself."""
    container: Container = ctx["container"]
    return await container.webhook_deliverer.deliver(UUID(tenant_id), UUID(delivery_id), UUID(endpoint_id))


CONTEXT = Context(
    name="webhooks",
    repositories={"webhooks": WebhookRepo},
    wire=wire,
    close=close,
    # a worker killed mid-post: arq runs it again after the timeout
    jobs=(func(deliver_webhook, keep_result=0, timeout=60),),
)

"""The webhooks context: partners' endpoints, the outbox subscriber that fans events out to them, and
signed delivery with retries (the worker's delivery loops: delivery.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from arq import cron, func

from domain.events import DomainEvent
from domain.webhooks.catalogue import WebhookEndpointDisabled
from domain.webhooks.notices import NOTIFY_JOB, DisabledEndpointNotices, notice_job_id
from domain.webhooks.services import WebhookService
from infrastructure.contexts import Context
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.mail import SmtpMailer
from infrastructure.webhooks.delivery import WebhookDeliverer
from infrastructure.webhooks.fanout import WebhookFanOut
from infrastructure.webhooks.network import AsyncioBackend
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
    WebhookFanOut(db, subscriptions).subscribe_to(container.events)
    container.provide(
        "webhook_deliverer",
        WebhookDeliverer(
            db, lambda: container.outbound.transport(backend=AsyncioBackend()),  # a keep-alive pool per endpoint
            subscriptions_changed=subscriptions.forget, timeout=container.settings.webhook_timeout_seconds,
        ),
    )

    notices = DisabledEndpointNotices(
        uow=db.unit_of_work, owner_emails=container.tenancy.owner_emails,
        mailer=SmtpMailer(container.settings.smtp) if container.settings.smtp else None,
    )
    container.provide("webhook_notices", notices)

    async def endpoint_disabled(event: DomainEvent) -> None:  # the mail is a job: a slow SMTP server holds no one up
        assert isinstance(event, WebhookEndpointDisabled)
        await queue.enqueue(NOTIFY_JOB, str(event.tenant_id), str(event.endpoint_id), event.reason, job_id=notice_job_id(event.id))

    container.events.subscribe(WebhookEndpointDisabled, endpoint_disabled)


async def start_delivering(container: Container) -> None:
    """In the worker: the delivery loops (woken by NOTIFY, and a poll for what is due)."""
    await container.webhook_deliverer.start()


async def close(container: Container) -> None:
    await container.webhook_deliverer.close()


async def deliver_webhook(ctx: dict, tenant_id: str, delivery_id: str, endpoint_id: str) -> str:
    """A job queued by an earlier version (one per delivery): the endpoint's loop now takes the delivery."""
    container: Container = ctx["container"]
    container.webhook_deliverer.wake(UUID(tenant_id), UUID(endpoint_id))
    return "woken"


async def notify_webhook_disabled(ctx: dict, tenant_id: str, endpoint_id: str, reason: str) -> int:
    """E-mail the workspace's owners that an endpoint was switched off."""
    container: Container = ctx["container"]
    return await container.webhook_notices.send(UUID(tenant_id), UUID(endpoint_id), reason)


async def sweep_webhooks(ctx: dict) -> int:
    """Switch off endpoints failing for five days; wake the loops of endpoints with deliveries due (the loops' own
    poll does that every second too: leases run out after a worker was killed, retries whose time came)."""
    container: Container = ctx["container"]
    return await container.webhook_deliverer.sweep()


CONTEXT = Context(
    name="webhooks",
    repositories={"webhooks": WebhookRepo},
    wire=wire,
    close=close,
    worker_start=start_delivering,
    worker_stop=close,
    jobs=(func(deliver_webhook, keep_result=0, timeout=10), func(notify_webhook_disabled, timeout=120)),
    cron_jobs=(cron(sweep_webhooks, second=set(range(0, 60, 5)), run_at_startup=True, timeout=60),),
)

"""The webhooks context: partners' endpoints, the outbox subscriber that fans events out to them, and
signed delivery with retries."""

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
        WebhookDeliverer(
            db, queue, container.outbound.transport(), subscriptions_changed=subscriptions.forget,
            timeout=container.settings.webhook_timeout_seconds, sweep_after=container.settings.webhook_sweep_after_seconds,
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


async def close(container: Container) -> None:
    await container.webhook_deliverer.close()


async def deliver_webhook(ctx: dict, tenant_id: str, delivery_id: str, endpoint_id: str) -> str:
    """One attempt of a webhook delivery; the next one (if any) is scheduled by the attempt itself."""
    container: Container = ctx["container"]
    return await container.webhook_deliverer.deliver(UUID(tenant_id), UUID(delivery_id), UUID(endpoint_id))


async def notify_webhook_disabled(ctx: dict, tenant_id: str, endpoint_id: str, reason: str) -> int:
    """E-mail the workspace's owners that an endpoint was switched off."""
    container: Container = ctx["container"]
    return await container.webhook_notices.send(UUID(tenant_id), UUID(endpoint_id), reason)


async def sweep_webhooks(ctx: dict) -> int:
    """Queue again the deliveries whose job died (a worker killed mid-delivery); switch off endpoints failing
    for five days."""
    container: Container = ctx["container"]
    return await container.webhook_deliverer.sweep()


CONTEXT = Context(
    name="webhooks",
    repositories={"webhooks": WebhookRepo},
    wire=wire,
    close=close,
    # The job's own deadline is a backstop: an attempt ends itself before its lease does (delivery.py). A
    # worker killed mid-post leaves the delivery leased and due: the sweeper queues it again (arq itself
    # would re-run the job only after the longest job timeout of any context, minutes later).
    jobs=(func(deliver_webhook, keep_result=0, timeout=60, max_tries=20), func(notify_webhook_disabled, timeout=120)),
    cron_jobs=(cron(sweep_webhooks, second=set(range(0, 60, 5)), run_at_startup=True, timeout=60),),
)

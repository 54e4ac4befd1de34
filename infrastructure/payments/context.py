"""The payments context: Stripe integrations, payment requests (the assistant's `request_payment` tool and
operators), Stripe's webhooks, refunds, reconciliation and payment figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

import structlog
from arq import Retry, cron, func

from domain.conversations.model import Sender
from domain.conversations.services import Actor
from domain.payments.events import INVOICE_EVENTS, PAYMENT_EVENTS
from domain.payments.ports import StripeUnreachable
from domain.payments.services import PaymentService
from domain.payments.tool import request_payment_tool
from infrastructure.contexts import Context
from infrastructure.payments.repository import PaymentRepo
from infrastructure.payments.stripe_gateway import StripeSdkGateway

if TYPE_CHECKING:
    from infrastructure.container import Container

log = structlog.get_logger(__name__)
SYSTEM = Actor(Sender.system)
RECONCILE_AFTER = timedelta(minutes=2)  # a request younger than this is left to its webhooks
RECONCILE_BATCH = 200


class ConversationsAdapter:
    """The conversations context's service, as the payments context needs it."""

    def __init__(self, container: Container) -> None:
        self.container = container

    async def post_system(self, tenant_id: UUID, session_id: UUID, content: str, client_id: str, data: dict[str, Any]) -> None:
        await self.container.conversations.post_message(tenant_id, session_id, SYSTEM, content, [], client_id, data=data)


class PaymentDirectory:
    """The cross-tenant entry points (SECURITY DEFINER functions in 0020_payments.sql)."""

    def __init__(self, container: Container) -> None:
        self.pool = container.db.pool

    async def tenant_of_integration(self, integration_id: UUID) -> UUID | None:
        return await self.pool.fetchval("SELECT parley_find_payment_integration($1)", integration_id)

    async def open_requests(self, before: datetime, limit: int) -> list[tuple[UUID, UUID]]:
        rows = await self.pool.fetch("SELECT tenant_id, request_id FROM parley_open_payment_requests($1, $2)", before, limit)
        return [(r["tenant_id"], r["request_id"]) for r in rows]


async def wire(container: Container) -> None:
    s = container.settings
    gateway = StripeSdkGateway(s.stripe_api_base)
    payments = PaymentService(
        uow=container.db.unit_of_work, stripe=gateway, conversations=ConversationsAdapter(container),
        return_url=s.payments_return_url,
    )
    container.provide("payments", payments)
    container.provide("payment_directory", PaymentDirectory(container))
    container.provide("stripe_gateway", gateway)
    container.assistant.tools.register(request_payment_tool(payments))

    async def announce(event: Any) -> None:
        await payments.announce(event)

    for event_type in PAYMENT_EVENTS:
        container.events.subscribe(event_type, announce)

    async def announce_invoice(event: Any) -> None:
        await payments.announce_invoice(event)

    for invoice_event in INVOICE_EVENTS:
        container.events.subscribe(invoice_event, announce_invoice)


async def close(container: Container) -> None:
    await container.stripe_gateway.close()


async def ensure_payment_checkout(ctx: dict, tenant_id: str, request_id: str) -> str:
    """The Checkout Session of a request whose creation was cut short (a crash, or Stripe down): retried
    with the same idempotency key, so Stripe makes one session at most."""
    container: Container = ctx["container"]
    try:
        request = await container.payments.ensure_checkout(UUID(tenant_id), UUID(request_id))
    except StripeUnreachable:
        raise Retry(defer=min(300, 15 * 2 ** ctx.get("job_try", 1))) from None
    return "created" if request.stripe_session_id else request.status.value


async def reconcile_payments(ctx: dict) -> int:
    """Re-read open payment requests from Stripe, so a missed webhook still ends in the right status."""
    container: Container = ctx["container"]
    moved = 0
    for tenant_id, request_id in await container.payment_directory.open_requests(datetime.now(UTC) - RECONCILE_AFTER, RECONCILE_BATCH):
        try:
            outcome = await container.payments.reconcile(tenant_id, request_id)
        except Exception as exc:  # noqa: BLE001 - one request's trouble must not stop the others
            log.warning("payment reconciliation failed", request_id=str(request_id), error=repr(exc))
            continue
        moved += outcome in ("paid", "expired", "created")
    return moved


CONTEXT = Context(
    name="payments",
    repositories={"payments": PaymentRepo},
    wire=wire,
    close=close,
    jobs=(func(ensure_payment_checkout, keep_result=0, max_tries=12, timeout=60),),
    cron_jobs=(cron(reconcile_payments, minute=set(range(0, 60, 5)), run_at_startup=True),),
)

"""Stripe integrations, the catalogue, payment requests, refunds, figures, and Stripe's webhook."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec
from litestar import Controller, Request, delete, get, post, put
from litestar.exceptions import ClientException
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.common import (
    BEARER,
    CREDENTIALS,
    SIGNED_BY_PROVIDER,
    CursorParam,
    LimitParam,
    Page,
    WebhookAck,
    aware,
    decode_cursor,
    principal_of,
    requires,
    wire_page,
)
from api.v1.payments import schemas as s
from domain.errors import InvalidInput, NotFound
from domain.payments.model import AdHocRange, Catalogue, Integration, Invoice, PaymentRequest, PaymentStatus, Refund
from domain.payments.permissions import PAYMENTS_READ, PAYMENTS_REFUND, PAYMENTS_REQUEST, PAYMENTS_WRITE
from domain.payments.ports import BadSignature
from infrastructure.container import Container

READ, WRITE, REQUEST, REFUND = requires(PAYMENTS_READ), requires(PAYMENTS_WRITE), requires(PAYMENTS_REQUEST), requires(PAYMENTS_REFUND)
MAX_WEBHOOK_BYTES = 256 * 1024


def catalogue_wire(c: Catalogue) -> s.Catalogue:
    return msgspec.convert({"prices": [p.__dict__ for p in c.prices], "ad_hoc": [r.__dict__ for r in c.ad_hoc]}, s.Catalogue)


def integration_wire(i: Integration) -> s.StripeIntegration:
    return s.StripeIntegration(
        id=i.id, chatbot_id=i.chatbot_id, type=i.type, active=i.active, key_hint=i.key_hint, livemode=i.livemode,
        catalogue=catalogue_wire(i.catalogue), webhook_path=f"/v1/integrations/stripe/{i.id}/webhook",
        created_at=i.created_at, updated_at=i.updated_at,  # type: ignore[arg-type]
    )


def request_wire(r: PaymentRequest) -> s.PaymentRequest:
    return s.PaymentRequest(
        id=r.id, integration_id=r.integration_id, chatbot_id=r.chatbot_id, conversation_id=r.session_id, amount=r.amount,
        currency=r.currency, description=r.description, price_id=r.price_id, requested_by=r.requested_by,
        status=s.PaymentStatus(r.status.value), payment_url=r.payment_url, stripe_session_id=r.stripe_session_id,
        amount_refunded=r.amount_refunded, expires_at=r.expires_at, paid_at=r.paid_at,
        created_at=r.created_at, updated_at=r.updated_at,  # type: ignore[arg-type]
    )


def refund_wire(r: Refund) -> s.Refund:
    return s.Refund(id=r.id, stripe_refund_id=r.stripe_refund_id, amount=r.amount, reason=r.reason, created_at=r.created_at)


class StripeIntegrationController(Controller):
    path = "/v1/integrations/stripe"
    tags = ["payments"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 422, 503), opt={**WRITE, **CREDENTIALS},
          summary="Connect a chatbot's Stripe account (the key is checked with a live call; neither secret is ever returned)")
    async def connect_stripe(self, request: Request, container: Container, data: s.StripeConnect) -> s.StripeIntegration:
        return integration_wire(await container.payments.connect_stripe(
            principal_of(request), data.chatbot_id, data.secret_key, data.webhook_secret
        ))

    @get("/", responses=problems(*AUTHED), opt=READ)
    async def list_stripe_integrations(
        self, request: Request, container: Container,
        chatbot_id: Annotated[UUID | None, Parameter(default=None, description="Only this chatbot's")] = None,
    ) -> s.IntegrationList:
        return s.IntegrationList([integration_wire(i) for i in await container.payments.integrations(principal_of(request), chatbot_id)])

    @get("/{integration_id:uuid}", responses=problems(*AUTHED, 404), opt=READ, summary="A Stripe integration and its status")
    async def get_stripe_integration(self, request: Request, container: Container, integration_id: UUID) -> s.StripeIntegration:
        return integration_wire(await container.payments.integration(principal_of(request), integration_id))

    @delete("/{integration_id:uuid}", responses=problems(*AUTHED, 404), opt=WRITE,
            summary="Disconnect: the key and webhook secret are erased; past payments stay")
    async def disconnect_stripe(self, request: Request, container: Container, integration_id: UUID) -> None:
        await container.payments.disconnect(principal_of(request), integration_id)

    @get("/{integration_id:uuid}/prices", responses=problems(*AUTHED, 404, 409, 422, 503), opt=WRITE,
         summary="The active one-time prices in the Stripe account, to choose the catalogue from")
    async def list_stripe_prices(self, request: Request, container: Container, integration_id: UUID) -> s.PriceList:
        prices = await container.payments.stripe_prices(principal_of(request), integration_id)
        return s.PriceList([msgspec.convert(p.__dict__, s.CataloguePrice) for p in prices])

    @put("/{integration_id:uuid}/catalogue", responses=problems(*AUTHED, 404, 409, 422, 503), opt=WRITE,
         summary="What the assistant may charge for: Stripe prices (synced now) and ad-hoc ranges per currency")
    async def set_payment_catalogue(
        self, request: Request, container: Container, integration_id: UUID, data: s.CatalogueUpdate
    ) -> s.Catalogue:
        catalogue = await container.payments.set_catalogue(
            principal_of(request), integration_id, list(data.price_ids),
            [AdHocRange(r.currency, r.min_amount, r.max_amount) for r in data.ad_hoc],
        )
        return catalogue_wire(catalogue)


class StripeWebhookController(Controller):
    path = "/v1/integrations/stripe"
    tags = ["payments"]

    @post("/{integration_id:uuid}/webhook", status_code=200, responses=problems(404, 413), **SIGNED_BY_PROVIDER,
          summary="Stripe's events for this integration, signed with its webhook secret (Stripe-Signature)")
    async def stripe_webhook(self, request: Request, container: Container, integration_id: UUID) -> WebhookAck:
        body = await request.body()
        if len(body) > MAX_WEBHOOK_BYTES:
            raise ClientException(status_code=413, detail="webhook body too large")
        tenant_id = await container.payment_directory.tenant_of_integration(integration_id)
        if tenant_id is None:
            raise NotFound("no such Stripe integration")
        try:
            outcome = await container.payments.handle_webhook(tenant_id, integration_id, body, request.headers.get("stripe-signature"))
        except BadSignature as exc:
            raise ClientException(status_code=400, detail=f"signature check failed: {exc}") from None
        return WebhookAck(received=True, outcome=outcome)


class PaymentController(Controller):
    path = "/v1/payments"
    tags = ["payments"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 404, 409, 422, 503), opt=REQUEST,
          summary="Send a payment request into a conversation (inside the chatbot's catalogue)")
    async def create_payment(self, request: Request, container: Container, data: s.PaymentCreate) -> s.PaymentRequest:
        args = {"description": data.description, "price_id": data.price_id, "amount": data.amount, "currency": data.currency}
        args = {k: v for k, v in args.items() if v is not None}
        return request_wire(await container.payments.request_by_member(principal_of(request), data.conversation_id, args))

    @get("/", responses=problems(*AUTHED), opt=READ)
    async def list_payments(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None,
        status: Annotated[s.PaymentStatus | None, Parameter(default=None)] = None,
        conversation_id: Annotated[UUID | None, Parameter(default=None)] = None,
    ) -> Page[s.PaymentRequest]:
        page = await container.payments.requests(
            principal_of(request), PaymentStatus(status.value) if status else None, conversation_id, limit, decode_cursor(cursor)
        )
        return wire_page(page, request_wire)

    @get("/figures", responses=problems(*AUTHED, 422), opt=READ,
         summary="Revenue, requests, conversion, refunds and time to pay by chatbot, day (UTC) and currency")
    async def payment_figures(
        self, request: Request, container: Container,
        since: Annotated[datetime, Parameter(description="From (inclusive)")],
        until: Annotated[datetime, Parameter(description="To (exclusive)")],
    ) -> s.PaymentFiguresList:
        since_, until_ = aware("since", since), aware("until", until)
        if since_ is None or until_ is None:
            raise InvalidInput("since and until are required", field="since")
        rows = await container.payments.figures(principal_of(request), since_, until_)
        return s.PaymentFiguresList(msgspec.convert(rows, list[s.PaymentFigures]))

    @get("/{payment_id:uuid}", responses=problems(*AUTHED, 404), opt=READ)
    async def get_payment(self, request: Request, container: Container, payment_id: UUID) -> s.PaymentWithRefunds:
        payment, refunds = await container.payments.request(principal_of(request), payment_id)
        return s.PaymentWithRefunds(**msgspec.structs.asdict(request_wire(payment)), refunds=[refund_wire(r) for r in refunds])

    @post("/{payment_id:uuid}/refunds", responses=problems(*AUTHED, 404, 409, 422, 503), opt=REFUND,
          summary="Refund a paid payment in full or in part")
    async def refund_payment(self, request: Request, container: Container, payment_id: UUID, data: s.RefundCreate) -> s.PaymentWithRefunds:
        principal = principal_of(request)
        await container.payments.refund(principal, payment_id, data.amount, data.reason.value)
        payment, refunds = await container.payments.request(principal, payment_id)
        return s.PaymentWithRefunds(**msgspec.structs.asdict(request_wire(payment)), refunds=[refund_wire(r) for r in refunds])


def invoice_wire(i: Invoice) -> s.Invoice:
    return s.Invoice(
        id=i.id, integration_id=i.integration_id, chatbot_id=i.chatbot_id, conversation_id=i.session_id,
        stripe_invoice_id=i.stripe_invoice_id, number=i.number, description=i.description, amount_due=i.amount_due,
        currency=i.currency, status=i.status, hosted_invoice_url=i.hosted_invoice_url, invoice_pdf=i.invoice_pdf,
        created_at=i.created_at, updated_at=i.updated_at,  # type: ignore[arg-type]
    )


class InvoiceController(Controller):
    path = "/v1/invoices"
    tags = ["payments"]
    security = BEARER

    @post("/", responses=problems(*AUTHED, 404, 409, 422, 503), opt=REQUEST,
          summary="Create, finalise and e-mail a Stripe invoice from a conversation (lines inside the catalogue)")
    async def send_invoice(self, request: Request, container: Container, data: s.InvoiceCreate) -> s.Invoice:
        lines = [{k: v for k, v in msgspec.structs.asdict(line).items() if v is not None} for line in data.lines]
        return invoice_wire(await container.payments.send_invoice(
            principal_of(request), data.conversation_id, data.email, lines, data.days_until_due
        ))

    @get("/", responses=problems(*AUTHED), opt=READ)
    async def list_invoices(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None,
        conversation_id: Annotated[UUID | None, Parameter(default=None)] = None,
    ) -> Page[s.Invoice]:
        page = await container.payments.invoices(principal_of(request), conversation_id, limit, decode_cursor(cursor))
        return wire_page(page, invoice_wire)

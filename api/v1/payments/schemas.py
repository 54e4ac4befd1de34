from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Annotated
from uuid import UUID

import msgspec

from api.v1.common import AwareDatetime

Amount = Annotated[int, msgspec.Meta(description="In the currency's minor unit (cents): 1500 is 15.00 EUR", examples=[1500])]
Currency = Annotated[str, msgspec.Meta(max_length=3, description="ISO 4217 code, lower case", examples=["eur"])]
StripeId = Annotated[str, msgspec.Meta(max_length=255)]


class PaymentStatus(str, enum.Enum):
    """A payment request's state; Stripe's verified events move it."""

    pending = "pending"
    paid = "paid"
    failed = "failed"
    expired = "expired"
    refunded = "refunded"
    disputed = "disputed"


class StripeConnect(msgspec.Struct, forbid_unknown_fields=True):
    chatbot_id: UUID
    secret_key: Annotated[str, msgspec.Meta(max_length=255, description="A restricted key (`rk_…`) with write access to "
                                           "Checkout Sessions and Refunds and read access to Products and Prices")]
    webhook_secret: Annotated[str, msgspec.Meta(max_length=255, description="The endpoint's signing secret (`whsec_…`)")]


class CataloguePrice(msgspec.Struct):
    id: str
    product: str
    name: str
    unit_amount: Amount
    currency: str


class AdHocRange(msgspec.Struct, forbid_unknown_fields=True):
    currency: Currency
    min_amount: Amount
    max_amount: Amount


class Catalogue(msgspec.Struct):
    prices: list[CataloguePrice]
    ad_hoc: list[AdHocRange]


class CatalogueUpdate(msgspec.Struct, forbid_unknown_fields=True):
    price_ids: Annotated[list[StripeId], msgspec.Meta(max_length=100, description="Stripe prices the assistant may ask for")] = msgspec.field(default_factory=list)
    ad_hoc: Annotated[list[AdHocRange], msgspec.Meta(max_length=40, description="Ad-hoc amounts allowed, per currency")] = msgspec.field(default_factory=list)


class StripeIntegration(msgspec.Struct):
    id: UUID
    chatbot_id: UUID
    type: str
    active: bool
    key_hint: Annotated[str, msgspec.Meta(description="The key's first and last characters; the key is never returned")]
    livemode: bool
    catalogue: Catalogue
    webhook_path: Annotated[str, msgspec.Meta(description="Give Stripe this path (on this API's host) as the webhook endpoint")]
    created_at: datetime
    updated_at: datetime


class IntegrationList(msgspec.Struct):
    items: list[StripeIntegration]


class PriceList(msgspec.Struct):
    items: list[CataloguePrice]


class PaymentCreate(msgspec.Struct, forbid_unknown_fields=True):
    conversation_id: UUID
    description: Annotated[str, msgspec.Meta(max_length=1000)]
    price_id: StripeId | None = None
    amount: int | None = None
    currency: Currency | None = None


class Refund(msgspec.Struct):
    id: UUID
    stripe_refund_id: str
    amount: Amount
    reason: str
    created_at: datetime | None


class PaymentRequest(msgspec.Struct):
    id: UUID
    integration_id: UUID
    chatbot_id: UUID
    conversation_id: UUID
    amount: Amount
    currency: str
    description: str
    price_id: str | None
    requested_by: str
    status: PaymentStatus
    payment_url: str | None
    stripe_session_id: str | None
    amount_refunded: Amount
    expires_at: datetime | None
    paid_at: datetime | None
    created_at: datetime
    updated_at: datetime


class PaymentWithRefunds(PaymentRequest):
    refunds: list[Refund]


class RefundReason(str, enum.Enum):
    requested_by_customer = "requested_by_customer"
    duplicate = "duplicate"
    fraudulent = "fraudulent"


class RefundCreate(msgspec.Struct, forbid_unknown_fields=True):
    reason: RefundReason
    amount: Annotated[int | None, msgspec.Meta(description="Omit to refund all that is left")] = None


class PaymentFigures(msgspec.Struct):
    chatbot_id: UUID
    day: date
    currency: str
    requests: int
    paid: int
    conversion: Annotated[float, msgspec.Meta(description="paid / requests")]
    revenue: Amount
    refunded: Amount
    net_revenue: Amount
    refunds: int
    avg_seconds_to_pay: float | None
    median_seconds_to_pay: float | None


class PaymentFiguresList(msgspec.Struct):
    items: list[PaymentFigures]


class FiguresQuery(msgspec.Struct):
    since: AwareDatetime
    until: AwareDatetime


class InvoiceLineIn(msgspec.Struct, forbid_unknown_fields=True):
    description: Annotated[str, msgspec.Meta(max_length=1000)]
    price_id: StripeId | None = None
    amount: int | None = None
    currency: Currency | None = None


class InvoiceCreate(msgspec.Struct, forbid_unknown_fields=True):
    conversation_id: UUID
    email: Annotated[str, msgspec.Meta(max_length=254, description="Where Stripe e-mails the invoice (not kept by Parley)")]
    lines: Annotated[list[InvoiceLineIn], msgspec.Meta(max_length=20)]
    days_until_due: int = 14


class Invoice(msgspec.Struct):
    id: UUID
    integration_id: UUID
    chatbot_id: UUID
    conversation_id: UUID
    stripe_invoice_id: str
    number: str | None
    description: str
    amount_due: Amount
    currency: str
    status: Annotated[str, msgspec.Meta(description="Stripe's: open, paid, void, uncollectible")]
    hosted_invoice_url: str | None
    invoice_pdf: str | None
    created_at: datetime
    updated_at: datetime

"""What the payments context publishes: one event per status a payment request reaches. Partners receive
them as `payment.*` webhooks (domain/webhooks/catalogue.py)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from domain.events import DomainEvent


class PaymentRequested(DomainEvent, frozen=True, kw_only=True):
    """A payment request was sent into a conversation (its Checkout Session exists)."""

    name = "payment.requested"
    payment_request_id: UUID
    chatbot_id: UUID
    conversation_id: UUID
    amount: int  # in the currency's minor unit
    currency: str
    description: str
    status: str
    amount_refunded: int = 0
    payment_url: str | None = None
    requested_by: str = "ai"
    paid_at: datetime | None = None


class PaymentPaid(PaymentRequested, frozen=True, kw_only=True):
    name = "payment.paid"


class PaymentFailed(PaymentRequested, frozen=True, kw_only=True):
    name = "payment.failed"


class PaymentExpired(PaymentRequested, frozen=True, kw_only=True):
    name = "payment.expired"


class PaymentRefunded(PaymentRequested, frozen=True, kw_only=True):
    """A refund was made (full or partial: `amount_refunded` is the total so far)."""

    name = "payment.refunded"


class PaymentDisputed(PaymentRequested, frozen=True, kw_only=True):
    name = "payment.disputed"


BY_STATUS: dict[str, type[PaymentRequested]] = {
    "pending": PaymentRequested,
    "paid": PaymentPaid,
    "failed": PaymentFailed,
    "expired": PaymentExpired,
    "refunded": PaymentRefunded,
    "disputed": PaymentDisputed,
}

PAYMENT_EVENTS = tuple(BY_STATUS.values())


class InvoiceSent(DomainEvent, frozen=True, kw_only=True):
    """An invoice was finalised and e-mailed to the visitor (hosted page and PDF in `hosted_invoice_url`, `invoice_pdf`)."""

    name = "payment.invoice.sent"
    invoice_id: UUID
    chatbot_id: UUID
    conversation_id: UUID
    number: str | None
    description: str
    amount_due: int
    currency: str
    status: str
    hosted_invoice_url: str | None
    invoice_pdf: str | None


class InvoicePaid(InvoiceSent, frozen=True, kw_only=True):
    name = "payment.invoice.paid"


INVOICE_EVENTS = (InvoiceSent, InvoicePaid)

"""What the payments context needs: its storage (the unit of work's `payments`), Stripe, and the
conversation a payment request belongs to."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from domain.payments.model import (
    Catalogue,
    CataloguePrice,
    CheckoutState,
    Integration,
    Invoice,
    InvoiceLine,
    PaymentRequest,
    PaymentStatus,
    Refund,
    StripeEvent,
    StripeSecrets,
)
from domain.ports import UnitOfWork


class PaymentRepository(Protocol):
    async def save_integration(self, integration: Integration, secrets: StripeSecrets) -> Integration: ...
    async def integration(self, integration_id: UUID, *, for_update: bool = False) -> Integration | None: ...
    async def integration_for_chatbot(self, chatbot_id: UUID) -> Integration | None: ...
    async def integrations(self, chatbot_id: UUID | None) -> builtins.list[Integration]: ...
    async def secrets(self, integration_id: UUID) -> StripeSecrets | None: ...
    async def disconnect(self, integration_id: UUID) -> bool: ...
    async def set_catalogue(self, integration_id: UUID, catalogue: Catalogue) -> None: ...
    async def add_request(self, request: PaymentRequest) -> None: ...
    async def set_checkout(self, request_id: UUID, stripe_session_id: str, url: str, expires_at: datetime | None) -> None: ...
    async def request(self, request_id: UUID, *, for_update: bool = False) -> PaymentRequest | None: ...
    async def request_by_stripe(self, integration_id: UUID, stripe_session_id: str | None, payment_intent: str | None) -> PaymentRequest | None: ...
    async def requests(self, status: PaymentStatus | None, session_id: UUID | None, limit: int, before: UUID | None) -> builtins.list[PaymentRequest]: ...
    async def update_request(self, request: PaymentRequest) -> None: ...
    async def first_time_event(self, integration_id: UUID, event_id: str, event_type: str) -> bool: ...
    async def add_refund(self, refund: Refund) -> None: ...
    async def refunds(self, request_id: UUID) -> builtins.list[Refund]: ...
    async def add_invoice(self, invoice: Invoice) -> None: ...
    async def invoices(self, session_id: UUID | None, limit: int, before: UUID | None) -> builtins.list[Invoice]: ...
    async def invoice_by_stripe(self, integration_id: UUID, stripe_invoice_id: str) -> Invoice | None: ...
    async def set_invoice_status(self, invoice_id: UUID, status: str) -> None: ...
    async def figures(self, since: datetime, until: datetime) -> builtins.list[dict[str, Any]]: ...


class PaymentsUnitOfWork(UnitOfWork, Protocol):
    payments: PaymentRepository


class StripeUnreachable(Exception):
    """Stripe did not answer (network, 5xx, rate limit): try again later."""


class StripeRefused(Exception):
    """Stripe answered no (bad key, missing right, bad parameter); `message` says why."""

    def __init__(self, message: str, *, auth: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.auth = auth


class BadSignature(Exception):
    """A webhook whose signature does not verify (forged, stale, or another secret)."""


class StripeGateway(Protocol):
    async def check_key(self, secret_key: str) -> bool:
        """A live call with the key; returns livemode. Raises StripeRefused if Stripe refuses the key."""
        ...

    async def prices(self, secret_key: str) -> builtins.list[CataloguePrice]: ...

    async def create_checkout(
        self, secret_key: str, request: PaymentRequest, *, idempotency_key: str, return_url: str | None
    ) -> tuple[str, str, datetime | None]:
        """(session id, hosted URL, expiry)."""
        ...

    async def checkout(self, secret_key: str, stripe_session_id: str) -> CheckoutState: ...
    async def refund(self, secret_key: str, payment_intent: str, amount: int, reason: str, *, idempotency_key: str) -> str: ...
    async def send_invoice(
        self, secret_key: str, email: str, lines: builtins.list[InvoiceLine], days_until_due: int, metadata: dict[str, str],
        *, idempotency_key: str,
    ) -> dict[str, Any]:
        """Customer, invoice items, invoice (sent by e-mail, due in `days_until_due` days), finalised and sent.
        Returns Stripe's id, number, amount_due, currency, status, hosted_invoice_url, invoice_pdf."""
        ...

    def verify_event(self, payload: bytes, signature: str | None, webhook_secret: str) -> StripeEvent:
        """The event, after checking its `Stripe-Signature` (300 s tolerance); raises BadSignature."""
        ...


class ConversationsPort(Protocol):
    async def post_system(self, tenant_id: UUID, session_id: UUID, content: str, client_id: str, data: dict[str, Any]) -> None: ...

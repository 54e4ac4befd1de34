"""Payments: a chatbot's Stripe integration, what the assistant may charge for (its catalogue), payment
requests (a Stripe Checkout Session each) and their refunds. Amounts are integers in the currency's minor
unit, as Stripe counts them."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.errors import InvalidInput

MAX_DESCRIPTION = 200
MAX_CATALOGUE_PRICES = 100
# Stripe's zero-decimal currencies: the minor unit is the unit
ZERO_DECIMAL = frozenset({"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"})
# ISO 4217 codes Stripe settles most often; a currency outside this list is refused (422)
CURRENCIES = frozenset({
    "usd", "eur", "gbp", "chf", "cad", "aud", "nzd", "jpy", "sek", "nok", "dkk", "pln", "czk", "huf", "ron", "bgn",
    "mxn", "brl", "sgd", "hkd", "inr", "zar", "aed", "ils", "try", "thb", "myr", "php", "idr", "krw", "twd", "clp",
}) | ZERO_DECIMAL
MAX_AMOUNT = 99_999_999  # Stripe's limit for a charge in most currencies (8 digits)
_SECRET_KEY = re.compile(r"^rk_(test|live)_[A-Za-z0-9]{8,247}$")
_WEBHOOK_SECRET = re.compile(r"^whsec_[A-Za-z0-9+/=]{8,200}$")
_STRIPE_ID = re.compile(r"^[A-Za-z0-9_]{3,255}$")


class PaymentStatus(str, enum.Enum):
    pending = "pending"
    paid = "paid"
    failed = "failed"
    expired = "expired"
    refunded = "refunded"  # in full or in part (amount_refunded says how much)
    disputed = "disputed"


OPEN = (PaymentStatus.pending,)
# from → the statuses Stripe's events may move a request to
TRANSITIONS: dict[PaymentStatus, frozenset[PaymentStatus]] = {
    PaymentStatus.pending: frozenset({PaymentStatus.paid, PaymentStatus.failed, PaymentStatus.expired}),
    PaymentStatus.failed: frozenset({PaymentStatus.paid, PaymentStatus.expired}),  # retried on the same page
    PaymentStatus.paid: frozenset({PaymentStatus.refunded, PaymentStatus.disputed}),
    PaymentStatus.refunded: frozenset({PaymentStatus.refunded, PaymentStatus.disputed}),  # a further partial refund
    PaymentStatus.expired: frozenset(),
    PaymentStatus.disputed: frozenset({PaymentStatus.refunded}),
}


def can_move(current: PaymentStatus, to: PaymentStatus) -> bool:
    return to in TRANSITIONS[current]


@dataclass(frozen=True)
class CataloguePrice:
    """A Stripe price the owner lets the assistant ask for (copied from Stripe when chosen)."""

    id: str
    product: str
    name: str
    unit_amount: int
    currency: str


@dataclass(frozen=True)
class AdHocRange:
    currency: str
    min_amount: int
    max_amount: int


@dataclass
class Catalogue:
    prices: list[CataloguePrice] = field(default_factory=list)
    ad_hoc: list[AdHocRange] = field(default_factory=list)

    def price(self, price_id: str) -> CataloguePrice | None:
        return next((p for p in self.prices if p.id == price_id), None)

    def range_for(self, currency: str) -> AdHocRange | None:
        return next((r for r in self.ad_hoc if r.currency == currency), None)


@dataclass
class Integration:
    id: UUID
    tenant_id: UUID
    chatbot_id: UUID
    type: str
    active: bool
    key_hint: str  # "rk_test_…abcd": enough to recognise the key, never the key
    livemode: bool
    catalogue: Catalogue
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class StripeSecrets:
    secret_key: str
    webhook_secret: str


@dataclass
class PaymentRequest:
    id: UUID
    tenant_id: UUID
    integration_id: UUID
    chatbot_id: UUID
    session_id: UUID
    amount: int
    currency: str
    description: str
    price_id: str | None
    requested_by: str  # "ai" | "operator" | "api"
    status: PaymentStatus = PaymentStatus.pending
    stripe_session_id: str | None = None
    payment_url: str | None = None
    payment_intent: str | None = None
    amount_refunded: int = 0
    expires_at: datetime | None = None
    paid_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class Invoice:
    """A Stripe invoice sent to a visitor from a conversation."""

    id: UUID
    tenant_id: UUID
    integration_id: UUID
    chatbot_id: UUID
    session_id: UUID
    stripe_invoice_id: str
    number: str | None
    description: str
    amount_due: int
    currency: str
    status: str  # Stripe's: open | paid | void | uncollectible
    hosted_invoice_url: str | None
    invoice_pdf: str | None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class InvoiceLine:
    """One line: a catalogue price (its amount and currency are Stripe's), or an ad-hoc amount."""

    description: str
    amount: int
    currency: str
    price_id: str | None = None


_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[A-Za-z]{2,}$")


def validate_email(email: Any) -> str:
    if not isinstance(email, str) or len(email) > 254 or not _EMAIL.match(email.strip()):
        raise InvalidInput("not a valid e-mail address", field="email")
    return email.strip()


@dataclass(frozen=True)
class Refund:
    id: UUID
    payment_request_id: UUID
    stripe_refund_id: str
    amount: int
    reason: str
    created_at: datetime | None = None


class RefundReason(str, enum.Enum):
    """Stripe's refund reasons."""

    requested_by_customer = "requested_by_customer"
    duplicate = "duplicate"
    fraudulent = "fraudulent"


@dataclass(frozen=True)
class StripeEvent:
    """A verified Stripe event: its id, type and `data.object`."""

    id: str
    type: str
    object: dict[str, Any]


@dataclass(frozen=True)
class CheckoutState:
    """What Stripe says about a Checkout Session now."""

    id: str
    status: str  # open | complete | expired
    payment_status: str  # paid | unpaid | no_payment_required
    payment_intent: str | None


# --- validation ------------------------------------------------------------------------------------


def validate_secret_key(key: str) -> str:
    key = key.strip()
    if key.startswith("sk_"):
        raise InvalidInput("use a restricted key (rk_…) with only the rights Parley needs, not the account's secret key", field="secret_key")
    if not _SECRET_KEY.match(key):
        raise InvalidInput("not a Stripe restricted key (rk_test_… or rk_live_…)", field="secret_key")
    return key


def validate_webhook_secret(secret: str) -> str:
    secret = secret.strip()
    if not _WEBHOOK_SECRET.match(secret):
        raise InvalidInput("not a Stripe webhook signing secret (whsec_…)", field="webhook_secret")
    return secret


def key_hint(key: str) -> str:
    return f"{key[:8]}…{key[-4:]}"


def validate_currency(currency: Any, field_name: str = "currency") -> str:
    if not isinstance(currency, str) or currency.lower() not in CURRENCIES:
        raise InvalidInput(f"unknown currency {currency!r} (a three-letter ISO 4217 code Stripe supports)", field=field_name)
    return currency.lower()


def validate_amount(amount: Any, field_name: str = "amount") -> int:
    if isinstance(amount, bool) or not isinstance(amount, int) or not 1 <= amount <= MAX_AMOUNT:
        raise InvalidInput(f"an amount is a whole number of minor units (cents) from 1 to {MAX_AMOUNT}", field=field_name)
    return amount


def validate_description(description: Any) -> str:
    if not isinstance(description, str) or not description.strip():
        raise InvalidInput("a description (what the payment is for) is required", field="description")
    cleaned = " ".join(description.split())
    if len(cleaned) > MAX_DESCRIPTION:
        raise InvalidInput(f"a description is at most {MAX_DESCRIPTION} characters", field="description")
    return cleaned


def validate_stripe_id(value: Any, field_name: str) -> str:
    if not isinstance(value, str) or not _STRIPE_ID.match(value):
        raise InvalidInput("not a Stripe id", field=field_name)
    return str(value)


def validate_ad_hoc(ranges: list[AdHocRange]) -> list[AdHocRange]:
    seen: set[str] = set()
    out = []
    for i, r in enumerate(ranges):
        currency = validate_currency(r.currency, f"ad_hoc[{i}].currency")
        if currency in seen:
            raise InvalidInput(f"{currency} is listed twice", field=f"ad_hoc[{i}].currency")
        seen.add(currency)
        low = validate_amount(r.min_amount, f"ad_hoc[{i}].min_amount")
        high = validate_amount(r.max_amount, f"ad_hoc[{i}].max_amount")
        if low > high:
            raise InvalidInput("min_amount is above max_amount", field=f"ad_hoc[{i}].min_amount")
        out.append(AdHocRange(currency, low, high))
    return out


def format_amount(amount: int, currency: str) -> str:
    """`15.00 EUR`, `1500 JPY`."""
    if currency in ZERO_DECIMAL:
        return f"{amount} {currency.upper()}"
    return f"{amount // 100}.{amount % 100:02d} {currency.upper()}"

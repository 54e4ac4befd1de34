"""The payments domain without I/O: what input is refused, which status moves Stripe's events may cause,
and how a move records its `payment.*` event."""

from __future__ import annotations

from uuid import uuid4

import pytest

from domain.errors import InvalidInput
from domain.payments.events import PaymentPaid, PaymentRefunded
from domain.payments.model import (
    AdHocRange,
    PaymentRequest,
    PaymentStatus,
    can_move,
    format_amount,
    validate_ad_hoc,
    validate_amount,
    validate_currency,
    validate_description,
    validate_secret_key,
    validate_webhook_secret,
)
from domain.payments.services import PaymentService, card_text


class RecordingUow:
    def __init__(self) -> None:
        self.events: list = []

    def record(self, event) -> None:
        self.events.append(event)


def request(**kw) -> PaymentRequest:
    base = dict(id=uuid4(), tenant_id=uuid4(), integration_id=uuid4(), chatbot_id=uuid4(), session_id=uuid4(),
                amount=1500, currency="eur", description="Plan", price_id=None, requested_by="ai")
    return PaymentRequest(**(base | kw))


@pytest.mark.parametrize("key", ["sk_test_abcdefgh123", "sk_live_abcdefgh123", "pk_test_abc", "rk_test_short", "rk_test_abc def ghi", ""])
def test_only_restricted_keys_are_accepted(key):
    with pytest.raises(InvalidInput) as caught:
        validate_secret_key(key)
    assert caught.value.field == "secret_key"


def test_good_keys_and_secrets():
    assert validate_secret_key(" rk_test_abcdefgh1234 ") == "rk_test_abcdefgh1234"
    assert validate_webhook_secret("whsec_abcdefgh1234") == "whsec_abcdefgh1234"
    with pytest.raises(InvalidInput):
        validate_webhook_secret("secret")


@pytest.mark.parametrize("amount", [0, -5, 1.5, "100", True, 100_000_000, None])
def test_amounts_are_whole_minor_units_in_range(amount):
    with pytest.raises(InvalidInput):
        validate_amount(amount)


def test_currencies_and_descriptions():
    assert validate_currency("EUR") == "eur"
    for bad in ("xyz", "", "euro", 978, None):
        with pytest.raises(InvalidInput):
            validate_currency(bad)
    assert validate_description("  Annual\n plan ") == "Annual plan"
    for bad in ("", "   ", None, "x" * 201, 5):
        with pytest.raises(InvalidInput):
            validate_description(bad)


def test_ad_hoc_ranges():
    assert validate_ad_hoc([AdHocRange("EUR", 100, 200)]) == [AdHocRange("eur", 100, 200)]
    for bad in ([AdHocRange("eur", 300, 200)], [AdHocRange("eur", 1, 2), AdHocRange("EUR", 1, 2)], [AdHocRange("abc", 1, 2)]):
        with pytest.raises(InvalidInput):
            validate_ad_hoc(bad)


def test_amounts_are_written_in_the_currency_unit():
    assert format_amount(1505, "eur") == "15.05 EUR"
    assert format_amount(1500, "jpy") == "1500 JPY"


def test_stripe_decides_the_order_of_statuses():
    assert can_move(PaymentStatus.pending, PaymentStatus.paid)
    assert not can_move(PaymentStatus.expired, PaymentStatus.paid)
    assert not can_move(PaymentStatus.pending, PaymentStatus.refunded)
    assert not can_move(PaymentStatus.paid, PaymentStatus.pending)
    assert can_move(PaymentStatus.paid, PaymentStatus.disputed)


def test_a_move_records_its_event_once():
    uow, r = RecordingUow(), request()
    assert PaymentService._move(uow, r, PaymentStatus.paid, payment_intent="pi_1")
    assert not PaymentService._move(uow, r, PaymentStatus.paid)  # a second "paid" changes nothing
    assert r.payment_intent == "pi_1" and r.paid_at is not None
    assert [type(e) for e in uow.events] == [PaymentPaid]
    # a partial refund, then Stripe's event saying the same total: one event
    assert PaymentService._move(uow, r, PaymentStatus.refunded, amount_refunded=500)
    assert not PaymentService._move(uow, r, PaymentStatus.refunded, amount_refunded=500)
    assert PaymentService._move(uow, r, PaymentStatus.refunded, amount_refunded=9_999)  # never more than paid
    assert r.amount_refunded == 1500
    assert [type(e) for e in uow.events] == [PaymentPaid, PaymentRefunded, PaymentRefunded]
    assert "15.00 EUR" in card_text(uow.events[-1])

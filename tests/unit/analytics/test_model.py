"""The pure rules of analytics: what counts as "it helped", how a conversation is decided, and the rollup deltas."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from domain.analytics.folding import message
from domain.analytics.model import (
    ABANDONED,
    OPEN,
    RESOLVED_AI,
    RESOLVED_HUMAN,
    UNRESOLVED,
    ConversationMetrics,
    comparison,
    deltas,
    make_query,
    says_it_helped,
)
from domain.errors import InvalidInput

T0 = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night Europe/Paris moves to summer time


@pytest.mark.parametrize("text", ["Thanks, that helped!", "thank you", "Merci, c'est résolu", "Danke, hat geholfen", "gracias"])
def test_confirmations(text):
    assert says_it_helped(text)


@pytest.mark.parametrize("text", ["thanks but it still doesn't work", "Thanks. Can you also check my order?", "that did not help", "",
                                  "I want to thank the team for " + "x" * 200])
def test_not_confirmations(text):
    assert not says_it_helped(text)


def conversation(**kw) -> ConversationMetrics:
    m = ConversationMetrics(uuid4(), uuid4(), started_at=T0)
    for k, v in kw.items():
        setattr(m, k, v)
    return m


def test_decisions():
    m = conversation()
    message(m, "customer", T0, "Where is my parcel?")
    m.decide(T0 + timedelta(hours=1), 24)
    assert (m.status, m.decided_by) == (OPEN, None)
    m.decide(T0 + timedelta(hours=25), 24)
    assert (m.status, m.decided_by, m.idle_decided) == (ABANDONED, "no_reply", True)
    message(m, "ai", T0 + timedelta(seconds=3), "It left yesterday.", {"answered": True, "credits": 1})
    m.decide(T0 + timedelta(hours=25), 24)
    assert (m.status, m.decided_by) == (RESOLVED_AI, "no_follow_up")
    assert (m.ai_first_response_ms, m.credits) == (3000, 1)
    message(m, "customer", T0 + timedelta(minutes=1), "and the other one?")
    message(m, "ai", T0 + timedelta(minutes=1, seconds=2), "I don't know.", {"answered": False})
    m.decide(T0 + timedelta(hours=25), 24)
    assert (m.status, m.decided_by, m.declined) == (UNRESOLVED, "ai_declined", 1)
    message(m, "human", T0 + timedelta(minutes=5), "It is on its way too.")
    m.decide(T0 + timedelta(hours=25), 24)
    assert (m.status, m.decided_by) == (RESOLVED_HUMAN, "no_follow_up")
    m.rating = 1
    m.decide(T0 + timedelta(hours=25), 24)
    assert (m.status, m.decided_by) == (UNRESOLVED, "rating")


def test_a_late_start_moves_the_conversation_to_its_day_in_the_workspace_zone():
    paris = ZoneInfo("Europe/Paris")
    before = conversation(started_at=None)
    message(before, "customer", T0 + timedelta(hours=23), "hello")  # 2026-03-30 01:30 in Paris (summer time)
    after = conversation(started_at=T0)  # 2026-03-29 01:30 in Paris (winter time)
    after.conversation_id, after.chatbot_id = before.conversation_id, before.chatbot_id
    message(after, "customer", T0 + timedelta(hours=23), "hello")
    rollups, dims = deltas(before, after, paris)
    moved = {d.day: d.counters["conversations"] for d in rollups}
    assert moved == {date(2026, 3, 30): -1, date(2026, 3, 29): 1}
    assert {(d.day, d.value): d.counters["conversations"] for d in dims if d.dimension == "language"} == {
        (date(2026, 3, 30), "unknown"): -1, (date(2026, 3, 29), "unknown"): 1,
    }
    assert deltas(after, after, paris) == ([], [])


def test_query_rules():
    today = date(2026, 12, 5)
    q = make_query(None, None, today)
    assert (q.period.start, q.period.end, q.period.days) == (date(2026, 11, 6), today, 30)
    assert (q.period.previous().start, q.period.previous().end) == (date(2026, 10, 7), date(2026, 11, 5))
    with pytest.raises(InvalidInput):
        make_query(date(2026, 12, 6), today, today)
    with pytest.raises(InvalidInput):
        make_query(date(2024, 12, 4), today, today)
    make_query(date(2024, 12, 5), today, today)  # 731 days: the most


def test_comparison():
    assert comparison({"a": 3, "b": None, "c": 1}, {"a": 1, "b": 2, "c": 0}) == {
        "a": {"delta": 2, "percent": 200.0}, "b": {"delta": None, "percent": None}, "c": {"delta": 1, "percent": None},
    }


def test_a_paid_payment_and_a_booking_in_a_conversation_count_as_its_conversions():
    """The payments and scheduling contexts' own events (not names analytics guessed) mark the conversion."""
    from domain.analytics.folding import conversation_of, fold
    from domain.analytics.model import ConversationMetrics
    from domain.payments.events import PaymentPaid, PaymentRequested
    from domain.scheduling.events import BookingCreated

    tenant, chatbot, conversation = uuid4(), uuid4(), uuid4()
    m = ConversationMetrics(conversation_id=conversation, chatbot_id=chatbot)
    requested = PaymentRequested(tenant_id=tenant, payment_request_id=uuid4(), chatbot_id=chatbot, conversation_id=conversation,
                                 amount=1500, currency="eur", description="Repair", status="pending")
    assert conversation_of(requested) is None  # asked for, not paid: no conversion yet
    paid = PaymentPaid(**{f: getattr(requested, f) for f in requested.__struct_fields__ if f != "id"} | {"status": "paid"})
    assert conversation_of(paid) == (conversation, chatbot)
    fold(m, paid)
    start = datetime(2026, 12, 7, 9, tzinfo=UTC)
    booked = BookingCreated(tenant_id=tenant, booking_id=uuid4(), schedule_id=uuid4(), chatbot_id=chatbot,
                            conversation_id=conversation, start=start, end=start + timedelta(minutes=30),
                            time_zone="Europe/Berlin", contact_name="Ada", email="ada@example.com",
                            meeting_url="https://meet.jit.si/x")
    fold(m, booked)
    assert m.payment and m.booking

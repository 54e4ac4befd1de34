"""Parley's signer against the Standard Webhooks published test vector, and the pure delivery rules:
event-type filters, the retry schedule, when an endpoint is switched off, the per-endpoint circuit breaker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from standardwebhooks.webhooks import Webhook

from domain.conversations.events import MessageCreated
from domain.errors import InvalidInput
from domain.webhooks.catalogue import EVENT_TYPES, webhook_body
from domain.webhooks.model import (
    RETRY_SCHEDULE,
    Attempt,
    judge,
    matches,
    retry_delay,
    validate_event_types,
    validate_url,
)
from infrastructure.webhooks.delivery import Breaker, signature_headers

# The spec's test vector (standard-webhooks/standard-webhooks, libraries/python/tests/test_webhooks.py: test_sign_function).
VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
VECTOR_TIMESTAMP = datetime.fromtimestamp(1614265330, UTC)
VECTOR_PAYLOAD = b'{"test": 2432232314}'
VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_the_signer_reproduces_the_published_test_vector():
    headers = signature_headers([VECTOR_SECRET], VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_PAYLOAD)
    assert headers == {"webhook-id": VECTOR_ID, "webhook-timestamp": "1614265330", "webhook-signature": VECTOR_SIGNATURE}


def test_after_a_rotation_either_secret_verifies():
    old, new = "whsec_" + "A" * 43 + "=", VECTOR_SECRET
    body = webhook_body(MessageCreated(
        tenant_id=uuid4(), conversation_id=uuid4(), chatbot_id=uuid4(), message_id=uuid4(), seq=1, sender="customer", content="hi",
    ))
    headers = signature_headers([new, old], "msg_1", datetime.now(UTC), body)
    assert len(headers["webhook-signature"].split(" ")) == 2
    for secret in (old, new):
        assert Webhook(secret).verify(body, headers)["type"] == "message.created"


def test_filters_match_names_wildcards_and_everything():
    assert matches(["conversation.*"], "conversation.closed")
    assert not matches(["conversation.*"], "message.created")
    assert matches(["knowledge.*"], "knowledge.source.failed") and matches(["knowledge.source.*"], "knowledge.source.synced")
    assert matches(["*"], "lead.captured") and matches(["lead.captured"], "lead.captured")
    assert validate_event_types(["conversation.*", "conversation.*", "lead.captured"]) == ["conversation.*", "lead.captured"]
    for bad in (["conversation.exploded"], ["nothing.*"], [], ["conversation"]):
        with pytest.raises(InvalidInput):
            validate_event_types(bad)
    assert {"conversation.started", "message.created", "conversation.closed", "conversation.assigned", "handoff.requested",
            "feedback.received", "lead.captured", "knowledge.source.synced", "knowledge.source.failed"} <= set(EVENT_TYPES)


def test_urls_are_https_outside_development():
    assert validate_url("https://partner.example.com/hook", allow_http=False)
    assert validate_url("http://partner.example.com/hook", allow_http=True)
    for bad in ("http://partner.example.com/hook", "ftp://x.example.com", "https://", "https://u:p@x.example.com/",
                "https://x.example.com:99999/", "https://x.example.com/" + "a" * 2048):
        with pytest.raises(InvalidInput):
            validate_url(bad, allow_http=False)


def test_the_retry_schedule_with_jitter():
    assert RETRY_SCHEDULE == (0, 5, 300, 1800, 7200, 18000, 36000, 36000)
    for made, base in enumerate(RETRY_SCHEDULE):
        delays = [retry_delay(made) for _ in range(200)]
        assert all(base * 0.9 <= d <= base * 1.1 for d in delays)
        if base:
            assert len(set(delays)) > 1  # jittered
    assert retry_delay(len(RETRY_SCHEDULE)) is None


def test_judging_an_attempt():
    now = datetime.now(UTC)
    assert judge(Attempt(204, 3.0), 1, None, now).status == "succeeded"
    assert judge(Attempt(299, 3.0), 1, now - timedelta(days=9), now).status == "succeeded"
    gone = judge(Attempt(410, 3.0), 1, None, now)
    assert gone.status == "failed" and gone.disable_endpoint and gone.retry_in is None
    retry = judge(Attempt(500, 3.0), 1, now, now)
    assert retry.status == "pending" and 4.5 <= retry.retry_in <= 5.5 and not retry.disable_endpoint
    assert judge(Attempt(None, 10_000.0, error="timeout"), 8, now, now).status == "failed"  # schedule exhausted
    dead = judge(Attempt(None, 1.0, error="refused"), 3, now - timedelta(days=5, seconds=1), now)
    assert dead.status == "failed" and "5 days" in dead.disable_endpoint
    assert judge(Attempt(301, 1.0), 1, None, now).status == "pending"  # redirects are not followed: a failure


def test_the_circuit_opens_after_failures_in_a_row_then_lets_one_probe_close_it():
    breaker = Breaker(failures=3, open_seconds=30.0)
    breaker.record(answered=False)
    breaker.record(answered=False)
    assert not breaker.is_open and not breaker.half_open
    breaker.record(answered=True)  # an answer ends the streak
    for _ in range(3):
        breaker.record(answered=False)
    assert breaker.is_open and 29.0 < breaker.reopens_in() <= 30.0  # deliveries are logged "not sent" meanwhile
    breaker.open_until = 0.0  # the open period is over: half open, one probe at a time
    assert not breaker.is_open and breaker.half_open
    breaker.record(answered=False)  # the probe failed: open again for a whole period
    assert breaker.is_open
    breaker.open_until = 0.0
    breaker.record(answered=True)  # the probe got an answer: closed
    assert not breaker.is_open and not breaker.half_open

"""Webhook endpoints: what a workspace subscribes to, and the delivery rules (Standard Webhooks)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from domain.errors import InvalidInput
from domain.webhooks.catalogue import EVENT_TYPES

MAX_DESCRIPTION = 500
MAX_URL = 2048
MAX_FILTERS = 50
# Seconds before each attempt: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
RETRY_SCHEDULE = (0, 5, 300, 1800, 7200, 18000, 36000, 36000)
JITTER = 0.1  # ± this share of each delay, so retries of many deliveries do not arrive together
DISABLE_AFTER = timedelta(days=5)  # an endpoint failing without a success this long is switched off
FAILING_TOO_LONG = "the endpoint failed every delivery for 5 days"
PREVIOUS_SECRET_VALID = timedelta(hours=24)  # after a rotation, deliveries are signed with both secrets
RESPONSE_KEPT = 2048  # bytes of a receiver's answer kept in the delivery log
RESPONSE_LIMIT = 64 * 1024  # bytes of an answer read at most: a longer one is cut there and the attempt failed


@dataclass
class WebhookEndpoint:
    id: UUID
    tenant_id: UUID
    url: str
    event_types: list[str]
    description: str = ""
    chatbot_id: UUID | None = None
    enabled: bool = True
    disabled_reason: str | None = None
    failing_since: datetime | None = None
    previous_secret_expires_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def wants(self, event_type: str, chatbot_id: UUID | None) -> bool:
        if not self.enabled or not matches(self.event_types, event_type):
            return False
        return self.chatbot_id is None or chatbot_id is None or self.chatbot_id == chatbot_id


@dataclass
class DeliveryFilter:
    endpoint_id: UUID | None = None
    status: str | None = None  # pending | succeeded | failed
    event_type: str | None = None
    since: datetime | None = None


@dataclass
class Attempt:
    """What one POST to a receiver gave."""

    status_code: int | None
    latency_ms: float
    response_body: str = ""
    error: str | None = None
    timed_out: bool = False  # no complete answer within the deadline (none at all, or one dribbling)

    @property
    def succeeded(self) -> bool:
        """Any 2xx answered completely, in time and within RESPONSE_LIMIT bytes."""
        return self.status_code is not None and 200 <= self.status_code < 300 and self.error is None

    @property
    def answered(self) -> bool:
        """The receiver is up (for the circuit breaker): it answered in time, and not with a 5xx (an answer
        cut for its size still came quickly)."""
        return not self.timed_out and self.status_code is not None and self.status_code < 500

    @property
    def gone(self) -> bool:
        return self.status_code == 410


@dataclass(slots=True)
class Claimed:
    """A pending delivery leased to this process for one attempt, its body opened."""

    id: UUID
    event_id: UUID  # the webhook-id
    attempts: int  # attempts made before this one
    body: bytes
    lost_lease: bool = False  # an earlier attempt leased it and never recorded its end (its worker died)


@dataclass(slots=True)
class Recorded:
    """An attempt as logged, with what it did to its delivery."""

    delivery_id: UUID
    attempt: Attempt
    status: str  # succeeded | pending | failed
    next_attempt_at: datetime | None
    counts: bool = True  # False: not sent (the circuit was open), no place taken in the retry schedule
    logged: bool = True  # False: only moved on (it was logged "not sent" already during this outage)


@dataclass
class DeliveryOutcome:
    """What the delivery log and the endpoint learn from an attempt."""

    status: str  # succeeded | pending | failed
    retry_in: float | None = None  # seconds until the next attempt
    disable_endpoint: str | None = None  # why the endpoint is switched off
    extra: dict[str, Any] = field(default_factory=dict)


def matches(filters: list[str], event_type: str) -> bool:
    """`*` is everything; `conversation.*` is every type under `conversation.` (at any depth)."""
    return any(f == "*" or f == event_type or (f.endswith(".*") and event_type.startswith(f[:-1])) for f in filters)


def validate_event_types(filters: list[str]) -> list[str]:
    if not filters:
        raise InvalidInput("subscribe to at least one event type (or '*')", field="event_types")
    if len(filters) > MAX_FILTERS:
        raise InvalidInput(f"at most {MAX_FILTERS} event types", field="event_types")
    for f in filters:
        if f == "*" or f in EVENT_TYPES:
            continue
        if f.endswith(".*") and any(t.startswith(f[:-1]) for t in EVENT_TYPES):
            continue
        raise InvalidInput(f"unknown event type {f!r}; known: {', '.join(EVENT_TYPES)}", field="event_types")
    return list(dict.fromkeys(filters))


def validate_url(url: str, *, allow_http: bool) -> str:
    url = url.strip()
    if len(url) > MAX_URL:
        raise InvalidInput(f"the URL is longer than {MAX_URL} characters", field="url")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for an invalid port
    except ValueError:
        raise InvalidInput("not a valid URL", field="url") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidInput("the URL must be an absolute https URL", field="url")
    if parts.scheme == "http" and not allow_http:
        raise InvalidInput("webhook URLs must use https", field="url")
    if parts.username or parts.password:
        raise InvalidInput("URLs with credentials in them are not accepted", field="url")
    return url


def validate_description(description: str) -> str:
    if len(description) > MAX_DESCRIPTION:
        raise InvalidInput(f"the description is longer than {MAX_DESCRIPTION} characters", field="description")
    return description


def retry_delay(attempts_made: int, rand: random.Random | None = None) -> float | None:
    """Seconds until the next attempt after `attempts_made` attempts (with jitter); None when the
    schedule is exhausted."""
    if attempts_made >= len(RETRY_SCHEDULE):
        return None
    base = RETRY_SCHEDULE[attempts_made]
    return base * (1 + JITTER * ((rand or random).random() * 2 - 1))


def judge(attempt: Attempt, attempts_made: int, failing_since: datetime | None, now: datetime) -> DeliveryOutcome:
    """The rules after an attempt: any 2xx is success; 410 Gone switches the endpoint off; otherwise retry
    on schedule, and an endpoint with no success for DISABLE_AFTER is switched off."""
    if attempt.succeeded:
        return DeliveryOutcome("succeeded")
    if attempt.gone:
        return DeliveryOutcome("failed", disable_endpoint="the endpoint answered 410 Gone")
    disable = None
    if failing_since is not None and now - failing_since >= DISABLE_AFTER:
        disable = FAILING_TOO_LONG
    delay = None if disable else retry_delay(attempts_made)
    return DeliveryOutcome("failed" if delay is None else "pending", retry_in=delay, disable_endpoint=disable)

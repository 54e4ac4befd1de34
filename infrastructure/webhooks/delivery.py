"""Posting a delivery: Standard Webhooks signing (`standardwebhooks`), httpx through the vetted outbound
transport, no redirects, a hard deadline, at most 2 KB of the answer read. Per process, each endpoint has
a concurrency cap and a circuit breaker, so a slow or dead receiver holds at most a few of the worker's job
slots, and its other deliveries wait in the queue (deferred) instead of in a slot."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from math import floor
from typing import TYPE_CHECKING
from uuid import UUID

import httpx
import structlog
from standardwebhooks.webhooks import Webhook

from domain.ids import new_id
from domain.webhooks.catalogue import WebhookEndpointDisabled
from domain.webhooks.model import RESPONSE_KEPT, Attempt, judge
from domain.webhooks.services import delivery_job, delivery_job_id
from infrastructure.jobs.queue import ArqJobQueue
from infrastructure.security.outbound import OutboundRefused

if TYPE_CHECKING:
    from infrastructure.db.database import Database

log = structlog.get_logger(__name__)

TIMEOUT_SECONDS = 10.0
PER_ENDPOINT = 4  # deliveries in flight per endpoint and worker process
BREAKER_FAILURES = 5  # consecutive failures (no answer, or 5xx) that open an endpoint's circuit
BREAKER_OPEN_SECONDS = 30.0  # then one probe goes through; a success closes it


def signature_headers(secrets: list[str], msg_id: str, timestamp: datetime, body: bytes) -> dict[str, str]:
    """The Standard Webhooks headers, signed with every secret given (space-separated `v1,` signatures)."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(floor(timestamp.timestamp())),
        "webhook-signature": " ".join(Webhook(s).sign(msg_id, timestamp, body) for s in secrets),
    }


@dataclass
class _Gate:
    failures: int = 0
    open_until: float = 0.0
    latency: float = 0.05  # seconds a delivery to this endpoint has been taking (moving average)
    started: list[float] = field(default_factory=list)  # when the deliveries in flight began


class EndpointGates:
    """Per-endpoint concurrency cap and circuit breaker (in this process)."""

    def __init__(self, cap: int, failures: int, open_seconds: float, wait: float) -> None:
        self.cap, self.failures, self.open_seconds, self.wait = cap, failures, open_seconds, wait
        self._gates: dict[UUID, _Gate] = {}

    def admit(self, endpoint_id: UUID) -> float | None:
        """None to go ahead (release() afterwards), else the seconds to wait before trying again."""
        gate = self._gates.setdefault(endpoint_id, _Gate())
        now = time.monotonic()
        if gate.open_until > now:
            return gate.open_until - now + random.uniform(0, 1)
        half_open = gate.failures >= self.failures
        if len(gate.started) >= (1 if half_open else self.cap):
            # Try again about when a slot frees: soon for a quick receiver, later for one that keeps us
            # waiting (the oldest delivery in flight tells before any has failed), never past the deadline.
            expected = max(gate.latency, now - min(gate.started))
            return min(self.wait, max(0.01, 2 * expected)) * random.uniform(0.5, 1.0)
        gate.started.append(now)
        return None

    def release(self, endpoint_id: UUID, answered: bool) -> None:
        gate = self._gates[endpoint_id]
        began = gate.started.pop(0)
        gate.latency = 0.8 * gate.latency + 0.2 * (time.monotonic() - began)
        if answered:
            gate.failures, gate.open_until = 0, 0.0
        else:
            gate.failures += 1
            if gate.failures >= self.failures:
                gate.open_until = time.monotonic() + self.open_seconds


class WebhookDeliverer:
    def __init__(
        self, db: Database, queue: ArqJobQueue, transport: httpx.AsyncBaseTransport, *,
        timeout: float = TIMEOUT_SECONDS, per_endpoint: int = PER_ENDPOINT, breaker_failures: int = BREAKER_FAILURES,
        breaker_open_seconds: float = BREAKER_OPEN_SECONDS, subscriptions_changed: Callable[[UUID], None] = lambda t: None,
    ) -> None:
        self.db = db
        self.queue = queue
        self.timeout = timeout
        self.gates = EndpointGates(per_endpoint, breaker_failures, breaker_open_seconds, wait=timeout)
        self.subscriptions_changed = subscriptions_changed
        self.client = httpx.AsyncClient(transport=transport, follow_redirects=False, timeout=timeout)

    async def close(self) -> None:
        await self.client.aclose()

    async def deliver(self, tenant_id: UUID, delivery_id: UUID, endpoint_id: UUID) -> str:
        """One attempt of a pending delivery, its log entry, and the next attempt scheduled (or not)."""
        wait = self.gates.admit(endpoint_id)
        if wait is not None:  # not an attempt: back to the queue, out of this worker's job slots, nothing read
            await self.queue.enqueue(
                *delivery_job(tenant_id, delivery_id, endpoint_id), job_id=delivery_job_id(delivery_id, new_id()),
                defer_until=datetime.now(UTC) + timedelta(seconds=wait),
            )
            return "deferred"
        answered = True  # unless a POST says otherwise, the receiver is not to blame
        try:
            status, attempt = await self._attempt(tenant_id, delivery_id)
            answered = attempt is None or attempt.answered
            return status
        finally:
            self.gates.release(endpoint_id, answered)

    async def _attempt(self, tenant_id: UUID, delivery_id: UUID) -> tuple[str, Attempt | None]:
        now = datetime.now(UTC)
        async with self.db.unit_of_work(tenant_id) as uow:
            found = await uow.webhooks.for_attempt(delivery_id, now)
            if found is None or found[0]["status"] != "pending":  # (gone with its endpoint, or done already)
                return "nothing to do", None
            delivery, endpoint, secrets = found
            if not endpoint.enabled:
                await uow.webhooks.record_attempt(delivery_id, Attempt(None, 0.0, error="the endpoint is disabled"), "failed", None)
                return "endpoint disabled", None
        attempt = await self.post(endpoint.url, secrets, str(delivery["event_id"]), delivery["body"])
        made = delivery["attempts"] + 1
        outcome = judge(attempt, made, endpoint.failing_since, datetime.now(UTC))
        async with self.db.unit_of_work(tenant_id) as uow:
            next_at = datetime.now(UTC) + timedelta(seconds=outcome.retry_in) if outcome.retry_in is not None else None
            await uow.webhooks.record_attempt(delivery_id, attempt, outcome.status, next_at)
            if attempt.succeeded == (endpoint.failing_since is not None) or outcome.disable_endpoint:  # a change
                await uow.webhooks.note_result(endpoint.id, attempt.succeeded, outcome.disable_endpoint)
            if outcome.retry_in is not None:
                uow.enqueue(*delivery_job(tenant_id, delivery_id, endpoint.id), job_id=delivery_job_id(delivery_id, made),
                            defer=timedelta(seconds=outcome.retry_in))
            if outcome.disable_endpoint:
                uow.record(WebhookEndpointDisabled(tenant_id=tenant_id, endpoint_id=endpoint.id, reason=outcome.disable_endpoint))
        if outcome.disable_endpoint:
            self.subscriptions_changed(tenant_id)
            log.warning("webhooks.endpoint_disabled", endpoint_id=str(endpoint.id), reason=outcome.disable_endpoint)
        return outcome.status, attempt

    async def post(self, url: str, secrets: list[str], msg_id: str, body: bytes) -> Attempt:
        """POST once within the deadline; keeps the status and at most RESPONSE_KEPT bytes of the answer."""
        headers = {
            **signature_headers(secrets, msg_id, datetime.now(UTC), body),
            "content-type": "application/json",
            "user-agent": "Parley-Webhooks/1",
        }
        started = time.monotonic()
        deadline = started + self.timeout
        status, kept, error = None, bytearray(), None
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + self.timeout):
                async with self.client.stream("POST", url, content=body, headers=headers) as response:
                    status = response.status_code
                    async for chunk in response.aiter_raw():
                        kept += chunk
                        if len(kept) >= RESPONSE_KEPT:
                            break  # the rest is never read: closing the stream drops the connection
        except TimeoutError:
            error = f"no complete answer within {self.timeout:g} s" if status is None else f"answer cut after {self.timeout:g} s"
        except OutboundRefused as exc:
            error = exc.reason
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        latency = (min(time.monotonic(), deadline) - started) * 1000
        return Attempt(status, round(latency, 1), bytes(kept[:RESPONSE_KEPT]).decode("utf-8", "replace"), error)

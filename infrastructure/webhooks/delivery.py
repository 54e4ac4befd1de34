"""Posting a delivery: Standard Webhooks signing (`standardwebhooks`), httpx through the vetted outbound
transport, no redirects, a hard deadline, at most 64 KB of the answer read (2 KB kept). Per process, each endpoint has
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
from domain.webhooks.model import DISABLE_AFTER, FAILING_TOO_LONG, RESPONSE_KEPT, RESPONSE_LIMIT, Attempt, judge
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
SLOT_SECONDS = 1.0  # a job waits this long for its attempt, then leaves it to finish in the background
SWEEP_AFTER_SECONDS = 120.0  # a delivery still due this long after its attempt's lease ran out lost its job


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
    next_turn: float = 0.0  # the per-endpoint queue: when the last delivery sent back to wait gets its turn


OPEN = -1.0  # admit(): the endpoint's circuit is open


class EndpointGates:
    """Per-endpoint concurrency cap and circuit breaker (in this process)."""

    def __init__(self, cap: int, failures: int, open_seconds: float, wait: float) -> None:
        self.cap, self.failures, self.open_seconds, self.wait = cap, failures, open_seconds, wait
        self._gates: dict[UUID, _Gate] = {}

    def admit(self, endpoint_id: UUID) -> float | None:
        """None to go ahead (release() afterwards); OPEN when the circuit is open (fail fast); else the
        seconds to wait before trying again."""
        gate = self._gates.setdefault(endpoint_id, _Gate())
        now = time.monotonic()
        if gate.open_until > now:
            return OPEN
        half_open = gate.failures >= self.failures
        if half_open and gate.started:
            return OPEN  # one probe at a time while the circuit is half open
        if len(gate.started) >= self.cap:
            # A place in the endpoint's queue: each delivery waiting gets a turn about one slot-time after the
            # previous one (the slot-time is what a delivery has been taking, or what the oldest one in flight
            # has taken so far, whichever is longer), so a backlog waits once, not in a busy loop.
            expected = min(self.wait, max(gate.latency, now - min(gate.started)))
            gate.next_turn = max(now, gate.next_turn) + expected / self.cap
            return max(0.01, gate.next_turn - now) * random.uniform(1.0, 1.2)
        gate.started.append(now)
        return None

    def reopens_in(self, endpoint_id: UUID) -> float:
        """Seconds until the endpoint's circuit lets a probe through again."""
        gate = self._gates.get(endpoint_id)
        left = gate.open_until - time.monotonic() if gate is not None else 0.0
        return max(left, 1.0)

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
        sweep_after: float = SWEEP_AFTER_SECONDS, slot_seconds: float = SLOT_SECONDS,
    ) -> None:
        self.db = db
        self.slot_seconds = slot_seconds
        self._in_background: set[asyncio.Task] = set()
        self.queue = queue
        self.timeout = timeout
        self.sweep_after = sweep_after
        self.gates = EndpointGates(per_endpoint, breaker_failures, breaker_open_seconds, wait=timeout)
        self.subscriptions_changed = subscriptions_changed
        self.client = httpx.AsyncClient(
            transport=transport, follow_redirects=False, timeout=timeout,
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=100, keepalive_expiry=30),
        )

    @property
    def lease(self) -> float:
        """Seconds an attempt holds its delivery: past the attempt's own deadline (the POST's, plus room for
        reading the delivery and writing the log)."""
        return 2 * self.timeout + 5

    async def close(self) -> None:
        """Gives attempts still running a moment, then cuts them short (their deliveries stay leased: the
        sweeper sends them again)."""
        if self._in_background:
            _, pending = await asyncio.wait(set(self._in_background), timeout=2.0)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        await self.client.aclose()

    async def deliver(self, tenant_id: UUID, delivery_id: UUID, endpoint_id: UUID) -> str:
        """One attempt of a pending delivery, its log entry, and the next attempt scheduled (or not)."""
        wait = self.gates.admit(endpoint_id)
        if wait == OPEN:  # fail fast: logged as not sent, and tried again when the circuit half-opens
            status, _ = await self._attempt(tenant_id, delivery_id, send=False)
            return status
        if wait is not None:  # not an attempt: back to the queue, out of this worker's job slots, nothing read
            await self.queue.enqueue(
                *delivery_job(tenant_id, delivery_id, endpoint_id), job_id=delivery_job_id(delivery_id, new_id()),
                defer_until=datetime.now(UTC) + timedelta(seconds=wait),
            )
            return "deferred"
        # The attempt runs as a task of its own: the job waits for it at most `slot_seconds`, then gives its job
        # slot back and the attempt finishes in the background (still capped per endpoint by the gate). A receiver
        # that keeps us waiting costs a slot for a second, not for the whole deadline. If this process dies, the
        # delivery is leased and due: the sweeper queues it again.
        task = asyncio.create_task(self._gated_attempt(tenant_id, delivery_id, endpoint_id))
        self._in_background.add(task)
        task.add_done_callback(self._in_background.discard)
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # logged in the task; retrieved here
        done, _ = await asyncio.wait({task}, timeout=self.slot_seconds)
        return task.result() if done else "continues in the background"

    async def _gated_attempt(self, tenant_id: UUID, delivery_id: UUID, endpoint_id: UUID) -> str:
        answered = True  # unless a POST says otherwise, the receiver is not to blame
        try:
            async with asyncio.timeout(self.lease - 2):  # never outlive the lease (a second attempt could start)
                status, attempt = await self._attempt(tenant_id, delivery_id)
            answered = attempt is None or attempt.answered
            return status
        except Exception:
            log.exception("webhooks.attempt_failed", delivery_id=str(delivery_id))
            raise
        finally:
            self.gates.release(endpoint_id, answered)

    async def _attempt(self, tenant_id: UUID, delivery_id: UUID, send: bool = True) -> tuple[str, Attempt | None]:
        now = datetime.now(UTC)
        async with self.db.unit_of_work(tenant_id) as uow:
            found = await uow.webhooks.for_attempt(delivery_id, now, self.lease)
            if found is None:  # gone with its endpoint, done already, not due, or in another attempt's hands
                return "nothing to do", None
            delivery, endpoint, secrets = found
            if not endpoint.enabled:
                await uow.webhooks.record_attempt(delivery_id, Attempt(None, 0.0, error="the endpoint is disabled"), "failed", None)
                return "endpoint disabled", None
        if not send:
            # Not an attempt on the schedule: logged, and tried again once the circuit lets a probe through (spread
            # over half an open period), so an endpoint that recovers gets its backlog then, not hours later.
            retry_in = self.gates.reopens_in(endpoint.id) + random.uniform(0, self.gates.open_seconds / 2)
            not_sent = Attempt(None, 0.0, error=f"not sent: the endpoint failed {self.gates.failures} times in a row, "
                                                f"its circuit is open (one probe every {self.gates.open_seconds:g} s)")
            async with self.db.unit_of_work(tenant_id) as uow:
                await uow.webhooks.record_attempt(delivery_id, not_sent, "pending",
                                                  datetime.now(UTC) + timedelta(seconds=retry_in), counts=False)
                uow.enqueue(*delivery_job(tenant_id, delivery_id, endpoint.id), job_id=delivery_job_id(delivery_id, new_id()),
                            defer=timedelta(seconds=retry_in))
            return "pending", not_sent
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

    async def sweep(self, limit: int = 500) -> int:
        """Queue again the deliveries whose job died (still due `sweep_after` seconds after their attempt's
        lease ran out), and switch off endpoints failing for DISABLE_AFTER. Returns the deliveries queued."""
        rows = await self.db.pool.fetch("SELECT * FROM parley_overdue_webhook_deliveries($1, $2)", self.sweep_after, limit)
        for row in rows:
            await self.queue.enqueue(
                *delivery_job(row["tenant_id"], row["id"], row["endpoint_id"]), job_id=delivery_job_id(row["id"], f"sweep-{new_id()}")
            )
        if rows:
            log.warning("webhooks.deliveries_requeued", deliveries=len(rows))
        await self.disable_failing()
        return len(rows)

    async def disable_failing(self) -> int:
        """Switch off every endpoint without a success for DISABLE_AFTER, even if no attempt judges it so
        (its last retries ran out): the owners are told by the WebhookEndpointDisabled event."""
        after = DISABLE_AFTER.total_seconds()
        rows = await self.db.pool.fetch("SELECT * FROM parley_failing_webhook_endpoints($1, $2)", after, 100)
        disabled = 0
        for row in rows:
            async with self.db.unit_of_work(row["tenant_id"]) as uow:
                if await uow.webhooks.failing_endpoint(row["id"], after) is None:  # a success meanwhile, or switched off
                    continue
                await uow.webhooks.note_result(row["id"], False, FAILING_TOO_LONG)
                uow.record(WebhookEndpointDisabled(tenant_id=row["tenant_id"], endpoint_id=row["id"], reason=FAILING_TOO_LONG))
            self.subscriptions_changed(row["tenant_id"])
            disabled += 1
        return disabled

    async def post(self, url: str, secrets: list[str], msg_id: str, body: bytes) -> Attempt:
        """POST once within the deadline; keeps the status and at most RESPONSE_KEPT bytes of the answer."""
        headers = {
            **signature_headers(secrets, msg_id, datetime.now(UTC), body),
            "content-type": "application/json",
            "user-agent": "Parley-Webhooks/1",
        }
        started = time.monotonic()
        deadline = started + self.timeout
        status, kept, error, timed_out = None, bytearray(), None, False
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + self.timeout):
                async with self.client.stream("POST", url, content=body, headers=headers) as response:
                    status = response.status_code
                    read = 0
                    async for chunk in response.aiter_raw():
                        if len(kept) < RESPONSE_KEPT:
                            kept += chunk[: RESPONSE_KEPT - len(kept)]
                        read += len(chunk)
                        if read > RESPONSE_LIMIT:  # the rest is never read: closing the stream drops the connection
                            error = f"answer longer than {RESPONSE_LIMIT // 1024} KB: cut there"
                            break
        except TimeoutError:
            timed_out = True
            error = f"no complete answer within {self.timeout:g} s" if status is None else f"answer cut after {self.timeout:g} s"
        except OutboundRefused as exc:
            error = exc.reason
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        latency = (min(time.monotonic(), deadline) - started) * 1000
        return Attempt(status, round(latency, 1), bytes(kept).decode("utf-8", "replace"), error, timed_out)

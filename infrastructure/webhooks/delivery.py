"""Webhook delivery, in each worker process: one delivery loop per endpoint with work, started with the worker
(the context's `worker_start`), not an arq job per delivery.

- **Woken** by NOTIFY `parley_webhooks` (the fan-out's statement sends it at commit, so does a resend), and by a
  poll every second of the endpoints with deliveries due (retries whose time came, leases run out, a missed NOTIFY).
- **Claims** an endpoint's due deliveries in batches (FOR UPDATE SKIP LOCKED, each leased for 2 × timeout + 5 s), so
  any number of worker processes share the work and each delivery is in one attempt's hands at a time. A process
  killed mid-POST leaves its deliveries leased: due again when the lease runs out (the next claim logs it).
- **Sends** at most PER_ENDPOINT at a time per endpoint (and process), through a keep-alive pool per endpoint on the
  vetted, pinned transport (`OutboundPolicy.transport`, asyncio sockets under it: network.py); `standardwebhooks`
  signs; no redirects; one deadline for the whole answer; at most 64 KB read, 2 KB kept. It claims ahead only what it
  can send within PREFETCH_SECONDS at the endpoint's pace, so a slow endpoint holds no more than its own slots.
- **Records** the attempts of a batch in one statement (the log row of each, and its delivery's next step), with the
  endpoint's failure streak, 410 and 5-day disabling in the same transaction.
- **Circuit breaker** per endpoint: BREAKER_FAILURES failures in a row (no answer in time, or 5xx) open it for
  BREAKER_OPEN_SECONDS; meanwhile its due deliveries are logged "not sent" and tried again when a probe may go (no
  place on the retry schedule used); then one probe at a time until one is answered.

A dead endpoint's loop holds its own slots and nothing else: other endpoints' loops never wait for it."""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from math import floor
from typing import TYPE_CHECKING, Any
from uuid import UUID

import asyncpg
import httpx
import structlog
from standardwebhooks.webhooks import Webhook

from domain.webhooks.catalogue import WebhookEndpointDisabled
from domain.webhooks.model import (
    DISABLE_AFTER,
    FAILING_TOO_LONG,
    RESPONSE_KEPT,
    RESPONSE_LIMIT,
    Attempt,
    Claimed,
    Recorded,
    WebhookEndpoint,
    judge,
)
from infrastructure.security.outbound import OutboundRefused

if TYPE_CHECKING:
    from infrastructure.db.database import Database

log = structlog.get_logger(__name__)

CHANNEL = "parley_webhooks"  # NOTIFY payload: "<tenant id> <endpoint id>"
TIMEOUT_SECONDS = 10.0
PER_ENDPOINT = 4  # deliveries in flight per endpoint and worker process
BREAKER_FAILURES = 5  # consecutive failures (no answer, or 5xx) that open an endpoint's circuit
BREAKER_OPEN_SECONDS = 30.0  # then one probe goes through; a success closes it
POLL_SECONDS = 1.0  # how often each process looks for endpoints with deliveries due
PREFETCH_SECONDS = 1.0  # an endpoint's loop claims ahead what it can send in this long at the endpoint's pace
MAX_CLAIM = 64  # deliveries per claim
RECORD_EVERY = 0.02  # seconds an attempt's result may wait to be recorded with others
RECORD_BATCH = 32  # results recorded at once, without waiting
IDLE_SECONDS = 30.0  # a loop without work this long ends (and closes its connections)


def signature_headers(secrets: list[str], msg_id: str, timestamp: datetime, body: bytes) -> dict[str, str]:
    """The Standard Webhooks headers, signed with every secret given (space-separated `v1,` signatures)."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(floor(timestamp.timestamp())),
        "webhook-signature": " ".join(Webhook(s).sign(msg_id, timestamp, body) for s in secrets),
    }


class Breaker:
    """One endpoint's circuit (in this process)."""

    def __init__(self, failures: int, open_seconds: float) -> None:
        self.threshold, self.open_seconds = failures, open_seconds
        self.failures = 0
        self.open_until = 0.0

    @property
    def is_open(self) -> bool:
        return self.open_until > time.monotonic()

    @property
    def half_open(self) -> bool:
        """Past the open period after tripping: one probe at a time until one is answered."""
        return self.failures >= self.threshold and not self.is_open

    def reopens_in(self) -> float:
        return max(self.open_until - time.monotonic(), 1.0)

    def record(self, answered: bool) -> None:
        if answered:
            self.failures, self.open_until = 0, 0.0
        else:
            self.failures += 1
            if self.failures >= self.threshold:
                self.open_until = time.monotonic() + self.open_seconds


@dataclass(slots=True)
class _Queued:
    delivery: Claimed
    claimed_at: float  # monotonic


class EndpointLoop:
    """One endpoint's deliveries in this process: claim, send (capped), record; ends when idle."""

    def __init__(self, deliverer: WebhookDeliverer, tenant_id: UUID, endpoint_id: UUID) -> None:
        self.d = deliverer
        self.tenant_id, self.endpoint_id = tenant_id, endpoint_id
        self.breaker = Breaker(deliverer.breaker_failures, deliverer.breaker_open_seconds)
        # deliveries logged "not sent" since the endpoint last answered: held back again, they get no new row (an
        # endpoint down for days would otherwise log each of its deliveries once per open period)
        self.noted_unsent: set[UUID] = set()
        self.woken = asyncio.Event()
        self.queue: deque[_Queued] = deque()  # claimed (leased), not yet sent
        self.done: list[tuple[Claimed, Attempt]] = []  # sent, not yet recorded
        self.sending: set[asyncio.Task] = set()
        self.endpoint: WebhookEndpoint | None = None
        self.secrets: list[str] = []
        self.latency = 0.05  # seconds a POST to this endpoint has been taking (moving average)
        self.measured = False  # no POST has ended yet: claim no more than the free slots
        self.more_due = True  # the last claim took all it asked for: there may be more
        self.transport = deliverer.transport_factory()
        self.task: asyncio.Task | None = None
        self._first_done = 0.0

    def wake(self) -> None:
        self.more_due = True
        self.woken.set()

    @property
    def busy(self) -> bool:
        return bool(self.sending or self.queue or self.done)

    async def run(self) -> None:
        idle_since = time.monotonic()
        try:
            while True:
                if not self.woken.is_set():
                    wait = RECORD_EVERY if self.done else (IDLE_SECONDS if not self.busy else POLL_SECONDS)
                    try:
                        async with asyncio.timeout(wait):
                            await self.woken.wait()
                    except TimeoutError:
                        if not self.busy and time.monotonic() - idle_since >= IDLE_SECONDS:
                            return
                self.woken.clear()
                try:
                    await self._step()
                except Exception:  # the database away, say: the results wait in `done`, the leases cover them
                    log.exception("webhooks.loop_step_failed", endpoint_id=str(self.endpoint_id))
                    await asyncio.sleep(1.0)
                    self.woken.set()
                if self.busy:
                    idle_since = time.monotonic()
        finally:
            if self.d.loops.get(self.endpoint_id) is self:
                del self.d.loops[self.endpoint_id]
            await self._wind_down()

    async def _wind_down(self) -> None:
        """Sends still running get a moment; their results, and the claimed deliveries never sent, are written back
        (best effort: what is not stays leased and is sent again when its lease runs out)."""
        if self.sending:
            _, pending = await asyncio.wait(set(self.sending), timeout=self.d.stop_grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        try:
            if self.done or self.queue:
                async with asyncio.timeout(5):
                    async with self.d.db.unit_of_work(self.tenant_id) as uow:
                        await self._record(uow, self.done)
                        await uow.webhooks.release([q.delivery.id for q in self.queue])
                self.done, self.queue = [], deque()
        except Exception:
            log.warning("webhooks.wind_down_unrecorded", endpoint_id=str(self.endpoint_id), results=len(self.done))
        finally:
            await self.transport.aclose()

    def _want(self) -> int:
        """How many deliveries to claim now."""
        if self.endpoint is not None and not self.endpoint.enabled:
            return MAX_CLAIM  # each is logged as failed
        if self.breaker.is_open:
            return MAX_CLAIM if self.more_due else 0  # each is logged as not sent
        if self.breaker.half_open:
            return 1 if not (self.sending or self.queue) and self.more_due else 0
        free = self.d.per_endpoint - len(self.sending)
        ahead = min(MAX_CLAIM, int(self.d.per_endpoint * PREFETCH_SECONDS / max(self.latency, 0.001))) if self.measured else 0
        if not self.more_due or len(self.queue) >= free + ahead // 2:
            return 0
        return min(MAX_CLAIM, free + ahead - len(self.queue))

    async def _step(self) -> None:
        held = self._held_back()
        want = self._want()
        stale = self._stale()
        record = bool(self.done) and (
            want > 0 or len(self.done) >= RECORD_BATCH or time.monotonic() - self._first_done >= RECORD_EVERY
        )
        if want > 0 or record or stale or held:
            results, self.done = self.done, []
            try:
                async with self.d.db.unit_of_work(self.tenant_id) as uow:
                    disabled = await self._record(uow, results)
                    await uow.webhooks.record_attempts(held)
                    await uow.webhooks.release([q.delivery.id for q in stale])
                    claimed = await self._claim(uow, want) if want > 0 else []
            except BaseException:
                self.done = results + self.done
                # (held-back and stale deliveries stay leased: due again when their lease runs out)
                raise
            if disabled:
                self.d.subscriptions_changed(self.tenant_id)
                log.warning("webhooks.endpoint_disabled", endpoint_id=str(self.endpoint_id), reason=disabled)
            now = time.monotonic()
            self.queue.extend(_Queued(c, now) for c in claimed)
        self._send_queued()

    def _held_back(self) -> list[Recorded]:
        """Claimed deliveries not to be sent now (the endpoint was switched off, or its circuit opened), as logged."""
        if not self.queue or self.endpoint is None or (self.endpoint.enabled and not self.breaker.is_open):
            return []
        held = self._unsent([q.delivery for q in self.queue])
        self.queue.clear()
        return held

    def _unsent(self, deliveries: list[Claimed]) -> list[Recorded]:
        assert self.endpoint is not None
        if not self.endpoint.enabled:
            disabled = Attempt(None, 0.0, error="the endpoint is disabled")
            return [Recorded(c.id, disabled, "failed", None) for c in deliveries]
        # Not attempts on the schedule: logged, and tried again once the circuit lets a probe through (spread over half
        # an open period), so an endpoint that recovers gets its backlog then, not hours later.
        not_sent = Attempt(None, 0.0, error=f"not sent: the endpoint failed {self.breaker.threshold} times in a row, its "
                                            f"circuit is open (one probe every {self.breaker.open_seconds:g} s)")
        now = datetime.now(UTC)
        reopens = self.breaker.reopens_in()
        held = [
            Recorded(c.id, not_sent, "pending", now + timedelta(seconds=reopens + random.uniform(0, self.breaker.open_seconds / 2)),
                     counts=False, logged=c.id not in self.noted_unsent)
            for c in deliveries
        ]
        self.noted_unsent.update(c.id for c in deliveries)
        return held

    def _stale(self) -> list[_Queued]:
        """Claimed deliveries that waited too long for a slot (the endpoint slowed down): given back while an attempt
        started now would still end (deadline, then its record) inside their lease."""
        limit = time.monotonic() - (self.d.lease - self.d.timeout - 2)
        stale = [q for q in self.queue if q.claimed_at < limit]
        if stale:
            self.queue = deque(q for q in self.queue if q.claimed_at >= limit)
        return stale

    async def _claim(self, uow: Any, want: int) -> list[Claimed]:
        held = self.breaker.is_open  # decided once: the circuit may half-open while we wait for the database
        found = await uow.webhooks.claim(self.endpoint_id, want, self.d.lease, datetime.now(UTC), open_bodies=not held)
        self.more_due = found is not None and len(found[2]) >= want
        if found is None or not found[2]:  # nothing due (or the endpoint is gone, its deliveries with it)
            return []
        self.endpoint, self.secrets, claimed = found
        lost = sum(c.lost_lease for c in claimed)
        if lost:  # claimed before by an attempt that never recorded its end: its worker died
            log.warning("webhooks.lost_attempts_retried", deliveries=lost, endpoint_id=str(self.endpoint_id))
        if not self.endpoint.enabled or held:
            await uow.webhooks.record_attempts(self._unsent(claimed))
            return []
        return claimed

    def _send_queued(self) -> None:
        endpoint = self.endpoint
        while self.queue and endpoint is not None:
            if not endpoint.enabled or self.breaker.is_open:
                self.woken.set()  # the next step logs them (failed, or not sent)
                return
            if len(self.sending) >= self.d.per_endpoint or (self.breaker.half_open and self.sending):
                return
            delivery = self.queue.popleft().delivery
            task = asyncio.create_task(self._send(delivery, endpoint.url, self.secrets))
            self.sending.add(task)
            task.add_done_callback(self.sending.discard)

    async def _send(self, delivery: Claimed, url: str, secrets: list[str]) -> None:
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.d.lease - 2):  # a backstop: the POST has its own, shorter deadline
                attempt = await self.d.post(url, secrets, str(delivery.event_id), delivery.body, self.transport)
        except Exception as exc:  # noqa: BLE001 - logged as the attempt's error, retried on schedule
            log.exception("webhooks.attempt_failed", delivery_id=str(delivery.id))
            attempt = Attempt(None, round((time.monotonic() - started) * 1000, 1), error=f"{type(exc).__name__}: {exc}"[:500])
        took = time.monotonic() - started
        self.latency = 0.8 * self.latency + 0.2 * took if self.measured else took
        self.measured = True
        self.breaker.record(attempt.answered)
        if attempt.answered:
            self.noted_unsent.clear()
        if not self.done:
            self._first_done = time.monotonic()
        self.done.append((delivery, attempt))
        self.woken.set()

    async def _record(self, uow: Any, results: list[tuple[Claimed, Attempt]]) -> str | None:
        """Logs the attempts and moves their deliveries on (one statement); notes the endpoint's failure streak and
        switches it off (410, or failing for DISABLE_AFTER) in the same transaction. Returns why it was switched off."""
        if not results:
            return None
        endpoint = self.endpoint
        assert endpoint is not None
        now = datetime.now(UTC)
        failing_since = endpoint.failing_since
        last_succeeded: bool | None = None
        restart = succeeded_before = False
        disable: str | None = None
        records = []
        for delivery, attempt in results:
            outcome = judge(attempt, delivery.attempts + 1, failing_since, now)
            next_at = now + timedelta(seconds=outcome.retry_in) if outcome.retry_in is not None else None
            records.append(Recorded(delivery.id, attempt, outcome.status, next_at))
            last_succeeded = attempt.succeeded
            if attempt.succeeded:
                failing_since, succeeded_before, restart = None, True, False
            elif failing_since is None:
                failing_since, restart = now, succeeded_before
            disable = disable or outcome.disable_endpoint
        await uow.webhooks.record_attempts(records)
        assert last_succeeded is not None
        if disable or restart or (failing_since is None) != (endpoint.failing_since is None):
            await uow.webhooks.note_result(endpoint.id, last_succeeded, disable, restart=restart)
        endpoint.failing_since = failing_since
        if disable and endpoint.enabled:
            uow.record(WebhookEndpointDisabled(tenant_id=self.tenant_id, endpoint_id=endpoint.id, reason=disable))
            endpoint.enabled = False
            return disable
        return None


class WebhookDeliverer:
    """The delivery loops of this process, and what wakes them."""

    def __init__(
        self, db: Database, transport_factory: Callable[[], httpx.AsyncBaseTransport], *,
        timeout: float = TIMEOUT_SECONDS, per_endpoint: int = PER_ENDPOINT, breaker_failures: int = BREAKER_FAILURES,
        breaker_open_seconds: float = BREAKER_OPEN_SECONDS, subscriptions_changed: Callable[[UUID], None] = lambda t: None,
        poll_seconds: float = POLL_SECONDS, stop_grace: float = 2.0,
    ) -> None:
        self.db = db
        self.transport_factory = transport_factory
        self.timeout = timeout
        self.per_endpoint = per_endpoint
        self.breaker_failures = breaker_failures
        self.breaker_open_seconds = breaker_open_seconds
        self.subscriptions_changed = subscriptions_changed
        self.poll_seconds = poll_seconds
        self.stop_grace = stop_grace
        self.loops: dict[UUID, EndpointLoop] = {}
        self._poller: asyncio.Task | None = None
        self._listener: asyncpg.Connection | None = None

    @property
    def lease(self) -> float:
        """Seconds a claim holds a delivery: past the attempt's own deadline (the POST's, plus room for recording)."""
        return 2 * self.timeout + 5

    @property
    def running(self) -> bool:
        return self._poller is not None

    async def start(self) -> None:
        """Start delivering (in the worker): listen for new deliveries and poll for due ones."""
        if self._poller is None:
            self._poller = asyncio.create_task(self._poll_forever())

    async def stop(self) -> None:
        """Stop the loops (sends in flight get `stop_grace` seconds; whatever is left stays leased, and is sent again
        by another process or the next start once its lease runs out)."""
        poller, self._poller = self._poller, None
        if poller is not None:
            poller.cancel()
            await asyncio.gather(poller, return_exceptions=True)
        await self._unlisten()
        loops = [loop.task for loop in self.loops.values() if loop.task is not None]
        self.loops.clear()
        for task in loops:
            task.cancel()
        await asyncio.gather(*loops, return_exceptions=True)

    async def close(self) -> None:
        await self.stop()

    def wake(self, tenant_id: UUID, endpoint_id: UUID) -> None:
        """Deliveries of this endpoint may be due: its loop (started if need be) claims them."""
        if not self.running:
            return
        loop = self.loops.get(endpoint_id)
        if loop is None or loop.task is None or loop.task.done():
            loop = self.loops[endpoint_id] = EndpointLoop(self, tenant_id, endpoint_id)
            loop.task = asyncio.create_task(loop.run())
        loop.wake()

    def _notified(self, connection: Any, pid: int, channel: str, payload: str) -> None:
        try:
            tenant, endpoint = payload.split(" ")
            self.wake(UUID(tenant), UUID(endpoint))
        except ValueError:
            log.warning("webhooks.bad_notification", payload=payload[:100])

    async def _listen(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            return
        await self._unlisten()
        connection = await self.db.pool.acquire()
        try:
            await connection.add_listener(CHANNEL, self._notified)
        except BaseException:
            await self.db.pool.release(connection)
            raise
        self._listener = connection

    async def _unlisten(self) -> None:
        connection, self._listener = self._listener, None
        if connection is None:
            return
        try:
            if not connection.is_closed():
                async with asyncio.timeout(2):
                    await connection.remove_listener(CHANNEL, self._notified)
        except Exception:  # noqa: BLE001 - a broken connection: the pool replaces it
            connection.terminate()
        finally:
            await self.db.pool.release(connection)

    async def poll(self) -> int:
        """Wake the loops of the endpoints with deliveries due now; returns how many."""
        rows = await self.db.pool.fetch("SELECT * FROM parley_due_webhook_endpoints($1)", 1000)
        for row in rows:
            self.wake(row["tenant_id"], row["endpoint_id"])
        return len(rows)

    async def _poll_forever(self) -> None:
        while True:
            try:
                await self._listen()  # (again, if its connection broke)
                await self.poll()
            except Exception as exc:  # noqa: BLE001 - the database away: try again
                log.warning("webhooks.poll_failed", error=f"{type(exc).__name__}: {exc}"[:300])
            await asyncio.sleep(self.poll_seconds)

    async def sweep(self) -> int:
        """The cron's part: switch off endpoints failing for DISABLE_AFTER, and wake the loops of endpoints with work
        due (what the poll does every second). Returns the endpoints woken."""
        await self.disable_failing()
        return await self.poll() if self.running else 0

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

    async def post(self, url: str, secrets: list[str], msg_id: str, body: bytes, transport: httpx.AsyncBaseTransport) -> Attempt:
        """POST once within the deadline (no redirects: the transport follows none); keeps the status and at most
        RESPONSE_KEPT bytes of the answer."""
        headers = {
            **signature_headers(secrets, msg_id, datetime.now(UTC), body),
            "content-type": "application/json",
            "user-agent": "Parley-Webhooks/1",
        }
        timeout = self.timeout
        request = httpx.Request(
            "POST", url, content=body, headers=headers,
            extensions={"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}},
        )
        started = time.monotonic()
        deadline = started + timeout
        status, kept, error, timed_out = None, bytearray(), None, False
        try:
            async with asyncio.timeout_at(asyncio.get_running_loop().time() + timeout):
                response = await transport.handle_async_request(request)
                try:
                    status = response.status_code
                    read = 0
                    async for chunk in response.aiter_raw():
                        if len(kept) < RESPONSE_KEPT:
                            kept += chunk[: RESPONSE_KEPT - len(kept)]
                        read += len(chunk)
                        if read > RESPONSE_LIMIT:  # the rest is never read: closing the stream drops the connection
                            error = f"answer longer than {RESPONSE_LIMIT // 1024} KB: cut there"
                            break
                finally:
                    await response.aclose()
        except TimeoutError:
            timed_out = True
            error = f"no complete answer within {timeout:g} s" if status is None else f"answer cut after {timeout:g} s"
        except OutboundRefused as exc:
            error = exc.reason
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        except Exception as exc:  # noqa: BLE001 - httpcore's own errors (the transport maps most, not all)
            error = f"{type(exc).__name__}: {exc}"[:500]
        latency = (min(time.monotonic(), deadline) - started) * 1000
        return Attempt(status, round(latency, 1), bytes(kept).decode("utf-8", "replace"), error, timed_out)

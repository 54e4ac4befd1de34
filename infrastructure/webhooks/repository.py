"""Webhook endpoints, deliveries and attempts (0017_webhooks.sql), inside a tenant unit of work (RLS).
Secrets and bodies are sealed with the tenant's data key, bound to their row."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.ids import new_id
from domain.webhooks.model import Claimed, DeliveryFilter, Recorded, WebhookEndpoint
from infrastructure.db.repository import BoundRepository, before_cursor

_ENDPOINT_COLUMNS = """id, tenant_id, url, description, event_types, chatbot_id, enabled, disabled_reason, failing_since,
    previous_secret_expires_at, created_at, updated_at"""


def _storable(text: str | None) -> str | None:
    """PostgreSQL text holds no NUL: a receiver's answer (or an error quoting it) may."""
    return text.replace("\x00", "\ufffd") if text is not None else None


def _endpoint(row: Any) -> WebhookEndpoint:
    return WebhookEndpoint(**{k: row[k] for k in WebhookEndpoint.__dataclass_fields__})


class WebhookRepo(BoundRepository):
    # --- endpoints --------------------------------------------------------------------------------

    async def add(self, endpoint: WebhookEndpoint, secret: str) -> None:
        cipher = await self.uow.cipher()
        row = await self.conn.fetchrow(
            """INSERT INTO webhook_endpoints (id, tenant_id, url, description, event_types, chatbot_id, enabled, secret_ciphertext)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING created_at, updated_at""",
            endpoint.id, endpoint.tenant_id, endpoint.url, endpoint.description, endpoint.event_types, endpoint.chatbot_id,
            endpoint.enabled, cipher.encrypt(secret, "webhook_endpoints", "secret", endpoint.id),
        )
        endpoint.created_at, endpoint.updated_at = row["created_at"], row["updated_at"]

    async def get(self, endpoint_id: UUID, *, for_update: bool = False) -> WebhookEndpoint | None:
        row = await self.conn.fetchrow(
            f"SELECT {_ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1{' FOR UPDATE' if for_update else ''}", endpoint_id
        )
        return _endpoint(row) if row else None

    async def list(self, limit: int, before: UUID | None) -> list[WebhookEndpoint]:
        rows = await self.conn.fetch(
            f"SELECT {_ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id < $1 ORDER BY id DESC LIMIT $2",
            before_cursor(before), limit,
        )
        return [_endpoint(r) for r in rows]

    async def enabled(self) -> builtins.list[WebhookEndpoint]:
        rows = await self.conn.fetch(f"SELECT {_ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE enabled")
        return [_endpoint(r) for r in rows]

    async def update(self, endpoint: WebhookEndpoint) -> None:
        endpoint.updated_at = await self.conn.fetchval(
            """UPDATE webhook_endpoints SET url = $2, description = $3, event_types = $4, chatbot_id = $5, enabled = $6,
                      disabled_reason = $7, failing_since = $8, updated_at = now()
               WHERE id = $1 RETURNING updated_at""",
            endpoint.id, endpoint.url, endpoint.description, endpoint.event_types, endpoint.chatbot_id, endpoint.enabled,
            endpoint.disabled_reason, endpoint.failing_since,
        )

    async def delete(self, endpoint_id: UUID) -> bool:
        return await self.conn.fetchval("DELETE FROM webhook_endpoints WHERE id = $1 RETURNING true", endpoint_id) is not None

    async def rotate_secret(self, endpoint_id: UUID, secret: str, previous_until: datetime) -> None:
        """The current secret becomes the previous one (still signed with until `previous_until`)."""
        cipher = await self.uow.cipher()
        current = await self.conn.fetchval("SELECT secret_ciphertext FROM webhook_endpoints WHERE id = $1", endpoint_id)
        old = cipher.decrypt(current, "webhook_endpoints", "secret", endpoint_id)
        await self.conn.execute(
            """UPDATE webhook_endpoints SET secret_ciphertext = $2, previous_secret_ciphertext = $3,
                      previous_secret_expires_at = $4, updated_at = now() WHERE id = $1""",
            endpoint_id, cipher.encrypt(secret, "webhook_endpoints", "secret", endpoint_id),
            cipher.encrypt(old, "webhook_endpoints", "previous_secret", endpoint_id), previous_until,
        )

    async def note_result(self, endpoint_id: UUID, succeeded: bool, disable: str | None, *, restart: bool = False) -> None:
        """A success clears the failure streak; a failure starts one (if none; `restart`: a new one from now, when a
        success came just before it); `disable` switches it off."""
        await self.conn.execute(
            """UPDATE webhook_endpoints
                  SET failing_since = CASE WHEN $2 THEN NULL WHEN $4 THEN now() ELSE coalesce(failing_since, now()) END,
                      enabled = enabled AND $3::text IS NULL,
                      disabled_reason = coalesce($3::text, disabled_reason),
                      updated_at = CASE WHEN $3::text IS NULL THEN updated_at ELSE now() END
                WHERE id = $1""",
            endpoint_id, succeeded, disable, restart,
        )

    # --- deliveries -------------------------------------------------------------------------------

    async def fan_out(self, events: Sequence[tuple[UUID, str, UUID | None, bytes]]) -> builtins.list[UUID]:
        """Each event (id, type, chatbot id, body) becomes one delivery per enabled endpoint that wants it, in one
        statement (none twice: a redelivered event adds nothing); the endpoints' delivery loops are woken at
        commit (NOTIFY). Returns the endpoints that got a new delivery."""
        cipher = await self.uow.cipher()
        rows = await self.conn.fetch(
            """WITH u AS (SELECT * FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::bytea[]) AS u(event_id, event_type, chatbot_id, body)),
               matched AS (
                 SELECT e.id AS endpoint_id, u.event_id, u.event_type FROM u
                   JOIN webhook_endpoints e ON e.enabled AND parley_webhook_matches(e.event_types, u.event_type)
                                           AND (e.chatbot_id IS NULL OR u.chatbot_id IS NULL OR e.chatbot_id = u.chatbot_id)),
               m AS (
                 INSERT INTO webhook_messages (event_id, tenant_id, event_type, body_ciphertext)
                 SELECT u.event_id, $1, u.event_type, u.body FROM u WHERE u.event_id IN (SELECT event_id FROM matched)
                 ON CONFLICT (event_id) DO NOTHING),
               d AS (
                 INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, next_attempt_at)
                 SELECT parley_uuid7(), $1, endpoint_id, event_id, event_type, now() FROM matched
                 ON CONFLICT (endpoint_id, event_id) DO NOTHING
                 RETURNING endpoint_id)
               SELECT e.endpoint_id, pg_notify('parley_webhooks', $1::text || ' ' || e.endpoint_id::text)
                 FROM (SELECT DISTINCT endpoint_id FROM d) AS e""",
            self.uow.tenant_id, [e[0] for e in events], [e[1] for e in events], [e[2] for e in events],
            [cipher.encrypt_bytes(e[3], "webhook_messages", "body", e[0]) for e in events],
        )
        return [r["endpoint_id"] for r in rows]

    async def add_deliveries(
        self, event_id: UUID, event_type: str, body: bytes, endpoint_ids: Sequence[UUID]
    ) -> builtins.list[tuple[UUID, UUID]]:
        """One delivery of this event to each of these endpoints (whatever they subscribe to; none twice), due now;
        their loops are woken at commit. Returns (delivery, endpoint) of those made."""
        cipher = await self.uow.cipher()
        ids = [new_id() for _ in endpoint_ids]
        rows = await self.conn.fetch(
            """WITH m AS (
                 INSERT INTO webhook_messages (event_id, tenant_id, event_type, body_ciphertext) VALUES ($2, $1, $3, $4)
                 ON CONFLICT (event_id) DO NOTHING),
               d AS (
                 INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, next_attempt_at)
                 SELECT u.id, $1, u.endpoint_id, $2, $3, now() FROM unnest($5::uuid[], $6::uuid[]) AS u(id, endpoint_id)
                 ON CONFLICT (endpoint_id, event_id) DO NOTHING
                 RETURNING id, endpoint_id)
               SELECT id, endpoint_id, pg_notify('parley_webhooks', $1::text || ' ' || endpoint_id::text) FROM d""",
            self.uow.tenant_id, event_id, event_type, cipher.encrypt_bytes(body, "webhook_messages", "body", event_id),
            ids, list(endpoint_ids),
        )
        return [(r["id"], r["endpoint_id"]) for r in rows]

    async def wake(self, endpoint_ids: Sequence[UUID]) -> None:
        """Wake these endpoints' delivery loops when this unit of work commits (NOTIFY is transactional)."""
        await self.conn.execute(
            "SELECT pg_notify('parley_webhooks', $1::text || ' ' || e::text) FROM unnest($2::uuid[]) AS e",
            str(self.uow.tenant_id), list(dict.fromkeys(endpoint_ids)),
        )

    async def claim(
        self, endpoint_id: UUID, limit: int, lease_seconds: float, now: datetime, *, open_bodies: bool = True
    ) -> tuple[WebhookEndpoint, builtins.list[str], builtins.list[Claimed]] | None:
        """The endpoint (None if it is gone), the secrets to sign with, and up to `limit` of its pending deliveries due
        now, oldest due first, each leased for `lease_seconds` (not due again before; another process skips the rows
        this one locks) with its body opened (unless `open_bodies` is false: deliveries that will not be sent)."""
        row = await self.conn.fetchrow(
            f"SELECT {_ENDPOINT_COLUMNS}, secret_ciphertext, previous_secret_ciphertext FROM webhook_endpoints WHERE id = $1",
            endpoint_id,
        )
        if row is None:
            return None
        cipher = await self.uow.cipher()
        endpoint = _endpoint(row)
        secrets = [cipher.decrypt(row["secret_ciphertext"], "webhook_endpoints", "secret", endpoint.id)]
        if row["previous_secret_ciphertext"] is not None and row["previous_secret_expires_at"] > now:
            secrets.append(cipher.decrypt(row["previous_secret_ciphertext"], "webhook_endpoints", "previous_secret", endpoint.id))
        if limit <= 0:
            return endpoint, secrets, []
        rows = await self.conn.fetch(
            """WITH c AS (
                 SELECT id, leased_at FROM webhook_deliveries
                  WHERE endpoint_id = $1 AND status = 'pending' AND next_attempt_at <= now()
                  ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED),
               u AS (
                 UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $3), leased_at = now()
                   FROM c WHERE d.id = c.id
                 RETURNING d.id, d.event_id, d.attempts, d.body_ciphertext, c.leased_at AS lost_lease)
               SELECT u.*, m.body_ciphertext AS message_ciphertext
                 FROM u LEFT JOIN webhook_messages m ON m.event_id = u.event_id AND u.body_ciphertext IS NULL
                ORDER BY u.id""",
            endpoint_id, limit, lease_seconds,
        )
        claimed = []
        for r in rows:
            if not open_bodies:
                body = b""
            elif r["body_ciphertext"] is not None:  # made before 0027: sealed to the delivery
                body = cipher.decrypt_bytes(r["body_ciphertext"], "webhook_deliveries", "body", r["id"])
            else:
                body = cipher.decrypt_bytes(r["message_ciphertext"], "webhook_messages", "body", r["event_id"])
            claimed.append(Claimed(r["id"], r["event_id"], r["attempts"], body, r["lost_lease"] is not None))
        return endpoint, secrets, claimed

    async def record_attempts(self, results: Sequence[Recorded]) -> None:
        """Log each attempt (one row each, one statement for all) and move its delivery on: its status, its next
        attempt (None: none), its lease given back. An attempt that was not sent (`counts` false: the endpoint's circuit
        was open) takes no place in the retry schedule, and gets no row when it had one during this outage."""
        if not results:
            return
        await self.conn.execute(
            """WITH r AS (
                 SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::float8[], $6::text[], $7::text[], $8::text[],
                                      $9::timestamptz[], $10::int[], $11::bool[])
                   AS r(attempt_id, delivery_id, status_code, latency_ms, response_body, error, status, next_at, counts,
                        logged)),
               a AS (
                 INSERT INTO webhook_attempts (id, tenant_id, delivery_id, status_code, latency_ms, response_body, error)
                 SELECT attempt_id, $1, delivery_id, status_code, latency_ms, response_body, error FROM r WHERE logged)
               UPDATE webhook_deliveries d
                  SET status = r.status, attempts = d.attempts + r.counts, next_attempt_at = r.next_at, leased_at = NULL,
                      updated_at = now()
                 FROM r WHERE d.id = r.delivery_id""",
            self.uow.tenant_id, [new_id() for _ in results], [r.delivery_id for r in results],
            [r.attempt.status_code for r in results], [r.attempt.latency_ms for r in results],
            [_storable(r.attempt.response_body) for r in results], [_storable(r.attempt.error) for r in results],
            [r.status for r in results], [r.next_attempt_at for r in results], [1 if r.counts else 0 for r in results],
            [r.logged for r in results],
        )

    async def release(self, delivery_ids: Sequence[UUID]) -> None:
        """Give back claimed deliveries that were not sent: due again now, for any process."""
        if delivery_ids:
            await self.conn.execute(
                "UPDATE webhook_deliveries SET next_attempt_at = now(), leased_at = NULL WHERE id = ANY($1::uuid[]) AND status = 'pending'",
                list(delivery_ids),
            )

    async def reopen(self, endpoint_id: UUID, delivery_ids: Sequence[UUID] | None = None, failed_since: datetime | None = None) -> builtins.list[UUID]:
        """Put deliveries back to pending for another round of attempts: the given ones, or every failed one
        created since `failed_since`. Returns their ids."""
        rows = await self.conn.fetch(
            """UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), updated_at = now()
                WHERE endpoint_id = $1
                  AND (($2::uuid[] IS NOT NULL AND id = ANY($2::uuid[]))
                       OR ($3::timestamptz IS NOT NULL AND status = 'failed' AND created_at >= $3))
               RETURNING id""",
            endpoint_id, list(delivery_ids) if delivery_ids is not None else None, failed_since,
        )
        return [r["id"] for r in rows]

    async def failing_endpoint(self, endpoint_id: UUID, failing_for: float) -> WebhookEndpoint | None:
        """The endpoint, locked, if it is enabled and has had no success for `failing_for` seconds."""
        row = await self.conn.fetchrow(
            f"""SELECT {_ENDPOINT_COLUMNS} FROM webhook_endpoints
                 WHERE id = $1 AND enabled AND failing_since <= now() - make_interval(secs => $2) FOR UPDATE""",
            endpoint_id, failing_for,
        )
        return _endpoint(row) if row else None

    async def list_deliveries(self, filters: DeliveryFilter, limit: int, before: UUID | None) -> builtins.list[dict]:
        """The delivery log, newest first, each delivery with its attempts (oldest first)."""
        rows = await self.conn.fetch(
            """SELECT d.id, d.endpoint_id, d.event_id, d.event_type, d.status, d.attempts, d.next_attempt_at, d.created_at,
                      coalesce((SELECT json_agg(json_build_object(
                                   'id', a.id, 'status_code', a.status_code, 'latency_ms', a.latency_ms,
                                   'response_body', a.response_body, 'error', a.error, 'created_at', a.created_at) ORDER BY a.id)
                                  FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS attempt_log
                 FROM webhook_deliveries d
                WHERE d.endpoint_id = $1 AND d.id < $2
                  AND ($3::text IS NULL OR d.status = $3) AND ($4::text IS NULL OR d.event_type = $4)
                  AND ($5::timestamptz IS NULL OR d.created_at >= $5)
                ORDER BY d.id DESC LIMIT $6""",
            filters.endpoint_id, before_cursor(before), filters.status, filters.event_type, filters.since, limit,
        )
        return [dict(r) for r in rows]

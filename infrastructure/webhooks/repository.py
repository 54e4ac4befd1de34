"""Webhook endpoints, deliveries and attempts (0017_webhooks.sql), inside a tenant unit of work (RLS).
Secrets and bodies are sealed with the tenant's data key, bound to their row."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.ids import new_id
from domain.webhooks.model import Attempt, DeliveryFilter, WebhookEndpoint
from infrastructure.db.repository import BoundRepository, before_cursor

_ENDPOINT_COLUMNS = """id, tenant_id, url, description, event_types, chatbot_id, enabled, disabled_reason, failing_since,
    previous_secret_expires_at, created_at, updated_at"""


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

    async def note_result(self, endpoint_id: UUID, succeeded: bool, disable: str | None) -> None:
        """A success clears the failure streak; a failure starts one (if none); `disable` switches it off."""
        await self.conn.execute(
            """UPDATE webhook_endpoints
                  SET failing_since = CASE WHEN $2 THEN NULL ELSE coalesce(failing_since, now()) END,
                      enabled = enabled AND $3::text IS NULL,
                      disabled_reason = coalesce($3::text, disabled_reason),
                      updated_at = CASE WHEN $3::text IS NULL THEN updated_at ELSE now() END
                WHERE id = $1""",
            endpoint_id, succeeded, disable,
        )

    # --- deliveries -------------------------------------------------------------------------------

    async def add_deliveries(
        self, event_id: UUID, event_type: str, body: bytes, endpoint_ids: Sequence[UUID]
    ) -> builtins.list[tuple[UUID, UUID]]:
        """One delivery per endpoint (none twice for an event); returns (delivery, endpoint) of every delivery of
        this event still waiting for its first attempt, so a redelivered event re-queues what a crash may have lost."""
        cipher = await self.uow.cipher()
        ids = [new_id() for _ in endpoint_ids]
        await self.conn.execute(
            """INSERT INTO webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, body_ciphertext, next_attempt_at)
               SELECT u.id, $1, u.endpoint_id, $2, $3, u.body, now()
                 FROM unnest($4::uuid[], $5::uuid[], $6::bytea[]) AS u(id, endpoint_id, body)
               ON CONFLICT (endpoint_id, event_id) DO NOTHING""",
            self.uow.tenant_id, event_id, event_type, ids, list(endpoint_ids),
            [cipher.encrypt_bytes(body, "webhook_deliveries", "body", i) for i in ids],
        )
        return [(r["id"], r["endpoint_id"]) for r in await self.conn.fetch(
            "SELECT id, endpoint_id FROM webhook_deliveries WHERE event_id = $1 AND status = 'pending' AND attempts = 0",
            event_id,
        )]

    async def for_attempt(
        self, delivery_id: UUID, now: datetime, lease_seconds: float
    ) -> tuple[dict, WebhookEndpoint, builtins.list[str]] | None:
        """Claim a pending delivery that is due for `lease_seconds` (its next_attempt_at moves past the
        attempt's deadline, so another job finds it not due and the sweeper leaves it alone), and return it
        (body opened) with its endpoint and the secrets to sign with, in one round trip. None when it is
        not pending, not due, or claimed by a live attempt."""
        row = await self.conn.fetchrow(
            f"""WITH d AS (
                  UPDATE webhook_deliveries SET next_attempt_at = now() + make_interval(secs => $2)
                   WHERE id = $1 AND status = 'pending'
                     AND (next_attempt_at IS NULL OR next_attempt_at <= now() + interval '1 second')
                  RETURNING endpoint_id, event_id, status, attempts, body_ciphertext)
                SELECT d.endpoint_id, d.event_id, d.status, d.attempts, d.body_ciphertext, e.secret_ciphertext,
                       e.previous_secret_ciphertext, {', '.join('e.' + c.strip() for c in _ENDPOINT_COLUMNS.split(','))}
                  FROM d JOIN webhook_endpoints e ON e.id = d.endpoint_id""",
            delivery_id, lease_seconds,
        )
        if row is None:
            return None
        cipher = await self.uow.cipher()
        endpoint = _endpoint(row)
        secrets = [cipher.decrypt(row["secret_ciphertext"], "webhook_endpoints", "secret", endpoint.id)]
        if row["previous_secret_ciphertext"] is not None and row["previous_secret_expires_at"] > now:
            secrets.append(cipher.decrypt(row["previous_secret_ciphertext"], "webhook_endpoints", "previous_secret", endpoint.id))
        delivery = {k: row[k] for k in ("endpoint_id", "event_id", "status", "attempts")}
        delivery["body"] = cipher.decrypt_bytes(row["body_ciphertext"], "webhook_deliveries", "body", delivery_id)
        return delivery, endpoint, secrets

    async def record_attempt(
        self, delivery_id: UUID, attempt: Attempt, status: str, next_attempt_at: datetime | None, *, counts: bool = True
    ) -> None:
        """Logs the attempt; `counts=False` for one that was not sent (the endpoint's circuit was open): it takes no
        place in the retry schedule."""
        await self.conn.execute(
            """WITH a AS (INSERT INTO webhook_attempts (id, tenant_id, delivery_id, status_code, latency_ms, response_body, error)
                          VALUES ($1, $2, $3, $4, $5, $6, $7))
               UPDATE webhook_deliveries SET status = $8, attempts = attempts + $10, next_attempt_at = $9, updated_at = now()
                WHERE id = $3""",
            new_id(), self.uow.tenant_id, delivery_id, attempt.status_code, attempt.latency_ms, attempt.response_body,
            attempt.error, status, next_attempt_at, 1 if counts else 0,
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

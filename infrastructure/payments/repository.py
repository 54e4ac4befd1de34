"""Stripe integrations, payment requests, handled Stripe events and refunds (0020_payments.sql), inside a
tenant unit of work (RLS). The key and the webhook secret are sealed with the tenant's data key, bound to
their row and column; `settings` holds only what may be shown (key hint, mode, catalogue)."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Any
from uuid import UUID

import msgspec

from domain.payments.model import (
    AdHocRange,
    Catalogue,
    CataloguePrice,
    Integration,
    Invoice,
    PaymentRequest,
    PaymentStatus,
    Refund,
    StripeSecrets,
)
from infrastructure.db.repository import BoundRepository, before_cursor

_T = "payment_integrations"
_INTEGRATION = "id, tenant_id, chatbot_id, type, settings, active, created_at, updated_at"
_INVOICE = """id, tenant_id, integration_id, chatbot_id, session_id, stripe_invoice_id, number, description, amount_due,
    currency, status, hosted_invoice_url, invoice_pdf, created_at, updated_at"""
_REQUEST = """id, tenant_id, integration_id, chatbot_id, session_id, amount, currency, description, price_id, requested_by,
    status, stripe_session_id, payment_url, payment_intent, amount_refunded, expires_at, paid_at, created_at, updated_at"""


def _catalogue(c: Catalogue) -> dict[str, Any]:
    return {"prices": [dict(p.__dict__) for p in c.prices], "ad_hoc": [dict(r.__dict__) for r in c.ad_hoc]}


def _settings(integration: Integration) -> dict[str, Any]:
    return {"key_hint": integration.key_hint, "livemode": integration.livemode, **_catalogue(integration.catalogue)}


def _integration(row: Any) -> Integration:
    s = msgspec.json.decode(row["settings"]) if isinstance(row["settings"], (str, bytes)) else row["settings"]
    return Integration(
        id=row["id"], tenant_id=row["tenant_id"], chatbot_id=row["chatbot_id"], type=row["type"], active=row["active"],
        key_hint=s.get("key_hint", ""), livemode=s.get("livemode", False),
        catalogue=Catalogue(
            prices=[CataloguePrice(**p) for p in s.get("prices", [])], ad_hoc=[AdHocRange(**r) for r in s.get("ad_hoc", [])]
        ),
        created_at=row["created_at"], updated_at=row["updated_at"],
    )


def _request(row: Any) -> PaymentRequest:
    values = {k: row[k] for k in PaymentRequest.__dataclass_fields__}
    values["status"] = PaymentStatus(values["status"])
    return PaymentRequest(**values)


class PaymentRepo(BoundRepository):
    # --- integrations ---------------------------------------------------------------------------

    async def save_integration(self, integration: Integration, secrets: StripeSecrets) -> Integration:
        cipher = await self.uow.cipher()
        row = await self.conn.fetchrow(
            f"""INSERT INTO payment_integrations (id, tenant_id, chatbot_id, type, settings, secret_key_ciphertext,
                                                  webhook_secret_ciphertext, active)
                VALUES ($1, $2, $3, $4, $5, $6, $7, true)
                ON CONFLICT (chatbot_id, type) DO UPDATE SET settings = EXCLUDED.settings, active = true,
                    secret_key_ciphertext = EXCLUDED.secret_key_ciphertext,
                    webhook_secret_ciphertext = EXCLUDED.webhook_secret_ciphertext, updated_at = now()
                RETURNING {_INTEGRATION}""",
            integration.id, integration.tenant_id, integration.chatbot_id, integration.type, _settings(integration),
            cipher.encrypt(secrets.secret_key, _T, "secret_key", integration.id),
            cipher.encrypt(secrets.webhook_secret, _T, "webhook_secret", integration.id),
        )
        return _integration(row)

    async def integration(self, integration_id: UUID, *, for_update: bool = False) -> Integration | None:
        row = await self.conn.fetchrow(
            f"SELECT {_INTEGRATION} FROM payment_integrations WHERE id = $1{' FOR UPDATE' if for_update else ''}", integration_id
        )
        return _integration(row) if row else None

    async def integration_for_chatbot(self, chatbot_id: UUID) -> Integration | None:
        row = await self.conn.fetchrow(
            f"SELECT {_INTEGRATION} FROM payment_integrations WHERE chatbot_id = $1 AND type = 'stripe'", chatbot_id
        )
        return _integration(row) if row else None

    async def integrations(self, chatbot_id: UUID | None) -> builtins.list[Integration]:
        rows = await self.conn.fetch(
            f"SELECT {_INTEGRATION} FROM payment_integrations WHERE ($1::uuid IS NULL OR chatbot_id = $1) ORDER BY id DESC",
            chatbot_id,
        )
        return [_integration(r) for r in rows]

    async def secrets(self, integration_id: UUID) -> StripeSecrets | None:
        row = await self.conn.fetchrow(
            """SELECT secret_key_ciphertext, webhook_secret_ciphertext FROM payment_integrations
                WHERE id = $1 AND active AND secret_key_ciphertext IS NOT NULL""",
            integration_id,
        )
        if row is None:
            return None
        cipher = await self.uow.cipher()
        return StripeSecrets(
            cipher.decrypt(row["secret_key_ciphertext"], _T, "secret_key", integration_id),
            cipher.decrypt(row["webhook_secret_ciphertext"], _T, "webhook_secret", integration_id),
        )

    async def disconnect(self, integration_id: UUID) -> bool:
        return await self.conn.fetchval(
            """UPDATE payment_integrations SET active = false, secret_key_ciphertext = NULL, webhook_secret_ciphertext = NULL,
                      updated_at = now() WHERE id = $1 RETURNING true""",
            integration_id,
        ) is not None

    async def set_catalogue(self, integration_id: UUID, catalogue: Catalogue) -> None:
        await self.conn.execute(
            """UPDATE payment_integrations SET settings = settings || $2, updated_at = now() WHERE id = $1""",
            integration_id,
            _catalogue(catalogue),
        )

    # --- requests -------------------------------------------------------------------------------

    async def add_request(self, r: PaymentRequest) -> None:
        row = await self.conn.fetchrow(
            """INSERT INTO payment_requests (id, tenant_id, integration_id, chatbot_id, session_id, amount, currency, description,
                                             price_id, requested_by, status)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING created_at, updated_at""",
            r.id, r.tenant_id, r.integration_id, r.chatbot_id, r.session_id, r.amount, r.currency, r.description, r.price_id,
            r.requested_by, r.status.value,
        )
        r.created_at, r.updated_at = row["created_at"], row["updated_at"]

    async def set_checkout(self, request_id: UUID, stripe_session_id: str, url: str, expires_at: datetime | None) -> None:
        await self.conn.execute(
            """UPDATE payment_requests SET stripe_session_id = $2, payment_url = $3, expires_at = $4, updated_at = now()
                WHERE id = $1""",
            request_id, stripe_session_id, url, expires_at,
        )

    async def request(self, request_id: UUID, *, for_update: bool = False) -> PaymentRequest | None:
        row = await self.conn.fetchrow(
            f"SELECT {_REQUEST} FROM payment_requests WHERE id = $1{' FOR UPDATE' if for_update else ''}", request_id
        )
        return _request(row) if row else None

    async def request_by_stripe(
        self, integration_id: UUID, stripe_session_id: str | None, payment_intent: str | None
    ) -> PaymentRequest | None:
        row = await self.conn.fetchrow(
            f"""SELECT {_REQUEST} FROM payment_requests WHERE integration_id = $1
                  AND (($2::text IS NOT NULL AND stripe_session_id = $2) OR ($3::text IS NOT NULL AND payment_intent = $3))
                LIMIT 1""",
            integration_id, stripe_session_id, payment_intent,
        )
        return _request(row) if row else None

    async def requests(
        self, status: PaymentStatus | None, session_id: UUID | None, limit: int, before: UUID | None
    ) -> builtins.list[PaymentRequest]:
        rows = await self.conn.fetch(
            f"""SELECT {_REQUEST} FROM payment_requests
                 WHERE id < $1 AND ($2::text IS NULL OR status = $2) AND ($3::uuid IS NULL OR session_id = $3)
                 ORDER BY id DESC LIMIT $4""",
            before_cursor(before), status.value if status else None, session_id, limit,
        )
        return [_request(r) for r in rows]

    async def update_request(self, r: PaymentRequest) -> None:
        r.updated_at = await self.conn.fetchval(
            """UPDATE payment_requests SET status = $2, payment_intent = $3, amount_refunded = $4, paid_at = $5, updated_at = now()
                WHERE id = $1 RETURNING updated_at""",
            r.id, r.status.value, r.payment_intent, r.amount_refunded, r.paid_at,
        )

    async def first_time_event(self, integration_id: UUID, event_id: str, event_type: str) -> bool:
        return await self.conn.fetchval(
            """INSERT INTO payment_stripe_events (integration_id, stripe_event_id, tenant_id, type) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING RETURNING true""",
            integration_id, event_id, self.uow.tenant_id, event_type,
        ) is not None

    async def add_refund(self, refund: Refund) -> None:
        await self.conn.execute(
            """INSERT INTO payment_refunds (id, tenant_id, payment_request_id, stripe_refund_id, amount, reason)
               VALUES ($1, $2, $3, $4, $5, $6)""",
            refund.id, self.uow.tenant_id, refund.payment_request_id, refund.stripe_refund_id, refund.amount, refund.reason,
        )

    async def refunds(self, request_id: UUID) -> builtins.list[Refund]:
        rows = await self.conn.fetch(
            """SELECT id, payment_request_id, stripe_refund_id, amount, reason, created_at FROM payment_refunds
                WHERE payment_request_id = $1 ORDER BY id""",
            request_id,
        )
        return [Refund(**dict(r)) for r in rows]

    async def add_invoice(self, i: Invoice) -> None:
        row = await self.conn.fetchrow(
            f"""INSERT INTO payment_invoices ({_INVOICE}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now(), now())
                RETURNING created_at, updated_at""",
            i.id, i.tenant_id, i.integration_id, i.chatbot_id, i.session_id, i.stripe_invoice_id, i.number, i.description,
            i.amount_due, i.currency, i.status, i.hosted_invoice_url, i.invoice_pdf,
        )
        i.created_at, i.updated_at = row["created_at"], row["updated_at"]

    async def invoices(self, session_id: UUID | None, limit: int, before: UUID | None) -> builtins.list[Invoice]:
        rows = await self.conn.fetch(
            f"""SELECT {_INVOICE} FROM payment_invoices WHERE id < $1 AND ($2::uuid IS NULL OR session_id = $2)
                 ORDER BY id DESC LIMIT $3""",
            before_cursor(before), session_id, limit,
        )
        return [Invoice(**dict(r)) for r in rows]

    async def invoice_by_stripe(self, integration_id: UUID, stripe_invoice_id: str) -> Invoice | None:
        row = await self.conn.fetchrow(
            f"SELECT {_INVOICE} FROM payment_invoices WHERE integration_id = $1 AND stripe_invoice_id = $2 FOR UPDATE",
            integration_id, stripe_invoice_id,
        )
        return Invoice(**dict(row)) if row else None

    async def set_invoice_status(self, invoice_id: UUID, status: str) -> None:
        await self.conn.execute("UPDATE payment_invoices SET status = $2, updated_at = now() WHERE id = $1", invoice_id, status)

    async def figures(self, since: datetime, until: datetime) -> builtins.list[dict[str, Any]]:
        rows = await self.conn.fetch(
            """SELECT chatbot_id, (created_at AT TIME ZONE 'UTC')::date AS day, currency,
                      count(*) AS requests,
                      count(*) FILTER (WHERE paid_at IS NOT NULL) AS paid,
                      coalesce(sum(amount) FILTER (WHERE paid_at IS NOT NULL), 0)::bigint AS revenue,
                      coalesce(sum(amount_refunded), 0)::bigint AS refunded,
                      count(*) FILTER (WHERE amount_refunded > 0) AS refunds,
                      avg(extract(epoch FROM paid_at - created_at)) FILTER (WHERE paid_at IS NOT NULL) AS avg_seconds_to_pay,
                      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM paid_at - created_at))
                          FILTER (WHERE paid_at IS NOT NULL) AS median_seconds_to_pay
                 FROM payment_requests
                WHERE created_at >= $1 AND created_at < $2
                GROUP BY 1, 2, 3 ORDER BY 2, 1, 3""",
            since, until,
        )
        out = []
        for r in rows:
            d = dict(r)
            d["net_revenue"] = d["revenue"] - d["refunded"]
            for k in ("avg_seconds_to_pay", "median_seconds_to_pay"):
                d[k] = float(d[k]) if d[k] is not None else None
            out.append(d)
        return out

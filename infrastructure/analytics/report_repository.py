"""Reports, scheduled-report subscriptions and deliveries, credit warnings (0024_analytics_reports.sql), inside a
tenant unit of work (RLS). A report's PDF and CSV are sealed with the tenant's data key, bound to the row and
column, and written in the same statement that makes the report ready."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any
from uuid import UUID

from domain.analytics.model import Period
from domain.analytics.reports import FAILED, READY, Report
from infrastructure.db.repository import BoundRepository, before_cursor

_TABLE = "analytics_reports"
_COLUMNS = """id, tenant_id, requested_by, kind, period_start, period_end, chatbot_id, time_zone, status, attempts, error,
              pdf_bytes, csv_bytes, emailed_at, created_at, finished_at"""


def _report(r: Any) -> Report:
    return Report(
        id=r["id"], tenant_id=r["tenant_id"], period=Period(r["period_start"], r["period_end"]), time_zone=r["time_zone"],
        kind=r["kind"], requested_by=r["requested_by"], chatbot_id=r["chatbot_id"], status=r["status"],
        attempts=r["attempts"], error=r["error"], pdf_bytes=r["pdf_bytes"], csv_bytes=r["csv_bytes"],
        emailed_at=r["emailed_at"], created_at=r["created_at"], finished_at=r["finished_at"],
    )


class ReportRepo(BoundRepository):
    async def add(self, report: Report) -> None:
        await self.conn.execute(
            f"""INSERT INTO {_TABLE} (id, tenant_id, requested_by, kind, period_start, period_end, chatbot_id, time_zone)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""",
            report.id, self.uow.tenant_id, report.requested_by, report.kind, report.period.start, report.period.end,
            report.chatbot_id, report.time_zone,
        )

    async def pending_count(self) -> int:
        return int(await self.conn.fetchval(f"SELECT count(*) FROM {_TABLE} WHERE status = 'pending'"))

    async def get(self, report_id: UUID, lock: bool = False) -> Report | None:
        row = await self.conn.fetchrow(
            f"SELECT {_COLUMNS} FROM {_TABLE} WHERE id = $1" + (" FOR UPDATE" if lock else ""), report_id
        )
        return _report(row) if row is not None else None

    async def list(self, limit: int, before: UUID | None) -> builtins.list[Report]:
        rows = await self.conn.fetch(
            f"SELECT {_COLUMNS} FROM {_TABLE} WHERE id < $1 ORDER BY id DESC LIMIT $2", before_cursor(before), limit
        )
        return [_report(r) for r in rows]

    async def store(self, report_id: UUID, pdf: bytes, csv: bytes) -> None:
        cipher = await self.uow.cipher()
        await self.conn.execute(
            f"""UPDATE {_TABLE} SET status = '{READY}', pdf_ciphertext = $2, csv_ciphertext = $3, pdf_bytes = $4, csv_bytes = $5,
                       attempts = attempts + 1, error = NULL, finished_at = now()
                 WHERE id = $1 AND status = 'pending'""",
            report_id, cipher.encrypt_bytes(pdf, _TABLE, "pdf", report_id), cipher.encrypt_bytes(csv, _TABLE, "csv", report_id),
            len(pdf), len(csv),
        )

    async def failed_attempt(self, report_id: UUID, error: str, final: bool) -> None:
        await self.conn.execute(
            f"""UPDATE {_TABLE} SET attempts = attempts + 1, error = $2,
                       status = CASE WHEN $3 THEN '{FAILED}' ELSE status END,
                       finished_at = CASE WHEN $3 THEN now() ELSE finished_at END
                 WHERE id = $1 AND status = 'pending'""",
            report_id, error, final,
        )

    async def content(self, report_id: UUID, fmt: str) -> bytes | None:
        column = {"pdf": "pdf_ciphertext", "csv": "csv_ciphertext"}[fmt]
        blob = await self.conn.fetchval(f"SELECT {column} FROM {_TABLE} WHERE id = $1 AND status = '{READY}'", report_id)
        if blob is None:
            return None
        cipher = await self.uow.cipher()
        return cipher.decrypt_bytes(blob, _TABLE, fmt, report_id)

    async def mark_emailed(self, report_id: UUID) -> None:
        await self.conn.execute(f"UPDATE {_TABLE} SET emailed_at = now() WHERE id = $1", report_id)

    # --- scheduled reports -------------------------------------------------------------------------------

    async def subscription(self, user_id: UUID) -> tuple[bool, bool]:
        row = await self.conn.fetchrow("SELECT weekly, monthly FROM analytics_report_subscriptions WHERE user_id = $1", user_id)
        return (row["weekly"], row["monthly"]) if row is not None else (False, False)

    async def subscriptions(self) -> builtins.list[tuple[UUID, bool, bool]]:
        rows = await self.conn.fetch(
            "SELECT user_id, weekly, monthly FROM analytics_report_subscriptions WHERE weekly OR monthly ORDER BY user_id"
        )
        return [(r["user_id"], r["weekly"], r["monthly"]) for r in rows]

    async def put_subscription(self, user_id: UUID, weekly: bool, monthly: bool) -> None:
        await self.conn.execute(
            """INSERT INTO analytics_report_subscriptions (tenant_id, user_id, weekly, monthly) VALUES ($1, $2, $3, $4)
               ON CONFLICT (tenant_id, user_id) DO UPDATE SET weekly = EXCLUDED.weekly, monthly = EXCLUDED.monthly,
                 updated_at = now()""",
            self.uow.tenant_id, user_id, weekly, monthly,
        )

    async def claim_delivery(self, user_id: UUID, cadence: str, period_start: date, report_id: UUID) -> bool:
        row = await self.conn.fetchval(
            """INSERT INTO analytics_report_deliveries (tenant_id, user_id, cadence, period_start, report_id)
               VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING report_id""",
            self.uow.tenant_id, user_id, cadence, period_start, report_id,
        )
        return row is not None

    async def claim_credit_warning(self, period: date, threshold: int, used: int, allowance: int) -> bool:
        row = await self.conn.fetchval(
            """INSERT INTO analytics_credit_warnings (tenant_id, period, threshold, used, allowance) VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT DO NOTHING RETURNING threshold""",
            self.uow.tenant_id, period, threshold, used, allowance,
        )
        return row is not None

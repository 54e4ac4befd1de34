"""Analytics tables (0022_analytics.sql), inside a tenant unit of work (RLS). The visitor's first question is
sealed with the tenant's data key, bound to its row."""

from __future__ import annotations

import builtins
import dataclasses
import json
from collections.abc import Sequence
from datetime import date
from typing import Any
from uuid import UUID

from domain.analytics.model import (
    DIMENSION_COUNTERS,
    ROLLUP_COUNTERS,
    ConversationMetrics,
    DimensionDelta,
    Period,
    RollupDelta,
)
from domain.analytics.ports import AnalyticsSettings, QuestionRow
from infrastructure.db.repository import BoundRepository, open_optional, seal_optional

_TABLE = "analytics_conversations"
_PLAIN = [f.name for f in dataclasses.fields(ConversationMetrics) if f.name != "first_question"]
_COLUMNS = ", ".join(_PLAIN)
_ROLLUP_SUMS = ", ".join(f'sum("{c}")::bigint AS "{c}"' for c in ROLLUP_COUNTERS)
_DIM_SUMS = ", ".join(f'sum("{c}")::bigint AS "{c}"' for c in DIMENSION_COUNTERS)


def _metrics(row: Any, question: str | None) -> ConversationMetrics:
    m = ConversationMetrics(**{k: row[k] for k in _PLAIN})
    m.intents = list(m.intents)
    m.operators = list(m.operators)
    m.first_question = question
    return m


def _sums(row: Any, counters: Sequence[str]) -> dict[str, int]:
    return {c: int(row[c] or 0) for c in counters}


def _scope(period: Period, chatbot_id: UUID | None, first: int = 1) -> tuple[str, list[Any]]:
    sql = f"day BETWEEN ${first} AND ${first + 1}"
    args: list[Any] = [period.start, period.end]
    if chatbot_id is not None:
        sql += f" AND chatbot_id = ${first + 2}"
        args.append(chatbot_id)
    return sql, args


class AnalyticsRepo(BoundRepository):
    # --- folding ------------------------------------------------------------------------------------

    async def claim_events(self, event_ids: Sequence[UUID]) -> set[UUID]:
        """The ids not seen before (now marked seen, committed with what they changed)."""
        rows = await self.conn.fetch(
            """INSERT INTO analytics_events (tenant_id, event_id) SELECT $1, unnest($2::uuid[])
               ON CONFLICT DO NOTHING RETURNING event_id""",
            self.uow.tenant_id, list(event_ids),
        )
        return {r["event_id"] for r in rows}

    async def lock_metrics(self, conversation_ids: Sequence[UUID]) -> dict[UUID, ConversationMetrics | None]:
        """The conversations' rows, locked for this transaction (in id order, also those not stored yet, by an
        advisory lock on the id, so two processes folding the same new conversation take turns)."""
        ids = sorted(set(conversation_ids))
        await self.conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(i::text, 22)) FROM unnest($1::uuid[]) AS i ORDER BY i", ids
        )
        rows = await self.conn.fetch(
            f"SELECT {_COLUMNS}, first_question_ciphertext FROM {_TABLE} WHERE conversation_id = ANY($1::uuid[])", ids
        )
        found: dict[UUID, ConversationMetrics | None] = dict.fromkeys(ids)
        cipher = await self.uow.cipher() if any(r["first_question_ciphertext"] for r in rows) else None
        for r in rows:
            question = open_optional(cipher, r["first_question_ciphertext"], _TABLE, "first_question", r["conversation_id"]) if cipher else None
            found[r["conversation_id"]] = _metrics(r, question)
        return found

    async def get_metrics(self, conversation_id: UUID) -> ConversationMetrics | None:
        return (await self.lock_metrics([conversation_id]))[conversation_id]

    async def save_metrics(self, rows: Sequence[tuple[ConversationMetrics, date | None]]) -> None:
        if not rows:
            return
        cipher = await self.uow.cipher()
        columns = [*_PLAIN, "day", "first_question_ciphertext"]
        records = []
        for m, day in rows:
            values = [getattr(m, k) for k in _PLAIN]
            sealed = seal_optional(cipher, m.first_question, _TABLE, "first_question", m.conversation_id)
            records.append((*values, day, sealed))
        placeholders = ", ".join(f"${i + 2}" for i in range(len(columns)))
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != "conversation_id")
        await self.conn.executemany(
            f"""INSERT INTO {_TABLE} (tenant_id, {", ".join(columns)}) VALUES ($1, {placeholders})
                ON CONFLICT (conversation_id) DO UPDATE SET {updates}, updated_at = now()""",
            [(self.uow.tenant_id, *r) for r in records],
        )

    async def add_rollups(self, deltas: Sequence[RollupDelta]) -> None:
        if not deltas:
            return
        cols = ", ".join(f'"{c}"' for c in ROLLUP_COUNTERS)
        values = ", ".join(f"${i + 4}" for i in range(len(ROLLUP_COUNTERS)))
        updates = ", ".join(f'"{c}" = analytics_daily."{c}" + EXCLUDED."{c}"' for c in ROLLUP_COUNTERS)
        await self.conn.executemany(
            f"""INSERT INTO analytics_daily (tenant_id, chatbot_id, day, {cols}) VALUES ($1, $2, $3, {values})
                ON CONFLICT (tenant_id, day, chatbot_id) DO UPDATE SET {updates}""",
            [(self.uow.tenant_id, d.chatbot_id, d.day, *(d.counters.get(c, 0) for c in ROLLUP_COUNTERS)) for d in deltas],
        )

    async def add_dimensions(self, deltas: Sequence[DimensionDelta]) -> None:
        if not deltas:
            return
        cols = ", ".join(f'"{c}"' for c in DIMENSION_COUNTERS)
        values = ", ".join(f"${i + 6}" for i in range(len(DIMENSION_COUNTERS)))
        updates = ", ".join(f'"{c}" = analytics_daily_dimensions."{c}" + EXCLUDED."{c}"' for c in DIMENSION_COUNTERS)
        await self.conn.executemany(
            f"""INSERT INTO analytics_daily_dimensions (tenant_id, chatbot_id, day, dimension, value, {cols})
                VALUES ($1, $2, $3, $4, $5, {values})
                ON CONFLICT (tenant_id, dimension, day, chatbot_id, value) DO UPDATE SET {updates}""",
            [
                (self.uow.tenant_id, d.chatbot_id, d.day, d.dimension, d.value[:200], *(d.counters.get(c, 0) for c in DIMENSION_COUNTERS))
                for d in deltas
            ],
        )

    async def clear_rollups(self) -> None:
        await self.conn.execute("DELETE FROM analytics_daily")
        await self.conn.execute("DELETE FROM analytics_daily_dimensions")

    async def metrics_after(self, after: UUID | None, limit: int) -> builtins.list[ConversationMetrics]:
        rows = await self.conn.fetch(
            f"""SELECT {_COLUMNS}, first_question_ciphertext FROM {_TABLE} WHERE conversation_id > $1
                ORDER BY conversation_id LIMIT $2""",
            after or UUID(int=0), limit,
        )
        if not rows:
            return []
        cipher = await self.uow.cipher()
        return [
            _metrics(r, open_optional(cipher, r["first_question_ciphertext"], _TABLE, "first_question", r["conversation_id"]))
            for r in rows
        ]

    # --- settings -------------------------------------------------------------------------------------

    async def settings(self) -> AnalyticsSettings:
        row = await self.conn.fetchrow(
            """SELECT time_zone, follow_up_hours, human_conversation_cost, credit_cost, report_recipients, last_report_week
                 FROM analytics_settings"""
        )
        if row is None:
            return AnalyticsSettings()
        values = dict(row)
        sealed = values.pop("report_recipients")
        recipients: list[str] = []
        if sealed is not None:
            cipher = await self.uow.cipher()
            recipients = json.loads(cipher.decrypt(sealed, "analytics_settings", "report_recipients", self.uow.tenant_id))
        return AnalyticsSettings(**values, report_recipients=recipients)

    async def put_settings(self, settings: AnalyticsSettings) -> None:
        sealed = None
        if settings.report_recipients:
            cipher = await self.uow.cipher()
            sealed = cipher.encrypt(json.dumps(settings.report_recipients), "analytics_settings", "report_recipients", self.uow.tenant_id)
        await self.conn.execute(
            """INSERT INTO analytics_settings (tenant_id, time_zone, follow_up_hours, human_conversation_cost, credit_cost,
                                               report_recipients)
               VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (tenant_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, follow_up_hours = EXCLUDED.follow_up_hours,
                 human_conversation_cost = EXCLUDED.human_conversation_cost, credit_cost = EXCLUDED.credit_cost,
                 report_recipients = EXCLUDED.report_recipients, updated_at = now()""",
            self.uow.tenant_id, settings.time_zone, settings.follow_up_hours, settings.human_conversation_cost, settings.credit_cost,
            sealed,
        )

    async def mark_reported(self, week: date) -> None:
        await self.conn.execute(
            """INSERT INTO analytics_settings (tenant_id, last_report_week) VALUES ($1, $2)
               ON CONFLICT (tenant_id) DO UPDATE SET last_report_week = EXCLUDED.last_report_week""",
            self.uow.tenant_id, week,
        )

    # --- reading --------------------------------------------------------------------------------------

    async def sums(self, period: Period, chatbot_id: UUID | None) -> dict[str, int]:
        where, args = _scope(period, chatbot_id)
        row = await self.conn.fetchrow(f"SELECT {_ROLLUP_SUMS} FROM analytics_daily WHERE {where}", *args)
        return _sums(row, ROLLUP_COUNTERS)

    async def series(self, period: Period, chatbot_id: UUID | None, granularity: str) -> builtins.list[tuple[date, dict[str, int]]]:
        where, args = _scope(period, chatbot_id)
        bucket = {"day": "day", "week": "date_trunc('week', day)::date", "month": "date_trunc('month', day)::date"}[granularity]
        rows = await self.conn.fetch(
            f"SELECT {bucket} AS bucket, {_ROLLUP_SUMS} FROM analytics_daily WHERE {where} GROUP BY 1 ORDER BY 1", *args
        )
        return [(r["bucket"], _sums(r, ROLLUP_COUNTERS)) for r in rows]

    async def by_chatbot(self, period: Period, chatbot_id: UUID | None) -> builtins.list[tuple[str, dict[str, int]]]:
        where, args = _scope(period, chatbot_id)
        rows = await self.conn.fetch(
            f"""SELECT chatbot_id, {_ROLLUP_SUMS} FROM analytics_daily WHERE {where}
                GROUP BY chatbot_id HAVING sum(started) <> 0 ORDER BY sum(conversations) DESC, chatbot_id""",
            *args,
        )
        return [(str(r["chatbot_id"]), _sums(r, ROLLUP_COUNTERS)) for r in rows]

    async def by_dimension(self, period: Period, chatbot_id: UUID | None, dimension: str) -> builtins.list[tuple[str, dict[str, int]]]:
        where, args = _scope(period, chatbot_id, 2)
        rows = await self.conn.fetch(
            f"""SELECT value, {_DIM_SUMS} FROM analytics_daily_dimensions WHERE dimension = $1 AND {where}
                GROUP BY value HAVING sum(conversations) <> 0 ORDER BY sum(conversations) DESC, value""",
            dimension, *args,
        )
        return [(r["value"], _sums(r, DIMENSION_COUNTERS)) for r in rows]

    async def questions(self, period: Period, chatbot_id: UUID | None, limit: int) -> builtins.list[QuestionRow]:
        where, args = _scope(period, chatbot_id)
        rows = await self.conn.fetch(
            f"""SELECT conversation_id, first_question_ciphertext, status, handed_off, declined, language FROM {_TABLE}
                WHERE {where} AND first_question_ciphertext IS NOT NULL ORDER BY conversation_id DESC LIMIT {int(limit)}""",
            *args,
        )
        if not rows:
            return []
        cipher = await self.uow.cipher()
        return [
            QuestionRow(
                r["conversation_id"],
                cipher.decrypt(r["first_question_ciphertext"], _TABLE, "first_question", r["conversation_id"]),
                r["status"], r["handed_off"], r["declined"], r["language"],
            )
            for r in rows
        ]

    async def widget_hit(self, chatbot_id: UUID, day: date, kind: str, page: str | None) -> None:
        column = {"load": "loads", "open": "opens", "first_message": "first_messages"}[kind]
        await self.conn.execute(
            f"""INSERT INTO analytics_widget_daily (tenant_id, chatbot_id, day, {column}) VALUES ($1, $2, $3, 1)
                ON CONFLICT (tenant_id, day, chatbot_id) DO UPDATE SET {column} = analytics_widget_daily.{column} + 1""",
            self.uow.tenant_id, chatbot_id, day,
        )
        if page is not None:
            await self.conn.execute(
                f"""INSERT INTO analytics_widget_pages (tenant_id, chatbot_id, day, page, {column}) VALUES ($1, $2, $3, $4, 1)
                    ON CONFLICT (tenant_id, day, chatbot_id, page) DO UPDATE SET {column} = analytics_widget_pages.{column} + 1""",
                self.uow.tenant_id, chatbot_id, day, page,
            )

    async def widget_sums(self, period: Period, chatbot_id: UUID | None) -> dict[str, int]:
        where, args = _scope(period, chatbot_id)
        row = await self.conn.fetchrow(
            f"""SELECT coalesce(sum(loads), 0)::bigint AS loads, coalesce(sum(opens), 0)::bigint AS opens,
                       coalesce(sum(first_messages), 0)::bigint AS first_messages
                  FROM analytics_widget_daily WHERE {where}""",
            *args,
        )
        return dict(row)

    async def top_pages(self, period: Period, chatbot_id: UUID | None, limit: int) -> builtins.list[dict[str, Any]]:
        where, args = _scope(period, chatbot_id)
        rows = await self.conn.fetch(
            f"""SELECT page, sum(loads)::bigint AS loads, sum(opens)::bigint AS opens FROM analytics_widget_pages
                WHERE {where} GROUP BY page ORDER BY sum(loads) DESC, page LIMIT {int(limit)}""",
            *args,
        )
        return [dict(r) for r in rows]

    async def pages(self, period: Period, chatbot_id: UUID | None, limit: int) -> builtins.list[dict[str, Any]]:
        where, args = _scope(period, chatbot_id)
        rows = await self.conn.fetch(
            f"""SELECT page, sum(loads)::bigint AS loads, sum(opens)::bigint AS opens, sum(first_messages)::bigint AS first_messages
                  FROM analytics_widget_pages WHERE {where}
                 GROUP BY page ORDER BY sum(loads) DESC, sum(opens) DESC, page LIMIT {int(limit)}""",
            *args,
        )
        return [dict(r) for r in rows]

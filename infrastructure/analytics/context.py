"""The analytics context: the outbox subscriber that folds events into per-conversation metrics and daily
rollups, the quiet-conversation sweep, and the figures' service."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from arq import cron

from domain.analytics.services import AnalyticsService
from infrastructure.analytics.questions import TfidfClusterer
from infrastructure.analytics.reports import EmailReports
from infrastructure.analytics.repository import AnalyticsRepo
from infrastructure.analytics.subscriber import AnalyticsSubscriber
from infrastructure.contexts import Context

if TYPE_CHECKING:
    from infrastructure.container import Container

PURGE_EVENTS_AFTER_DAYS = 14


class QuietConversationsQuery:
    """Across workspaces, through the SECURITY DEFINER function (ids only)."""

    def __init__(self, container: Container) -> None:
        self.container = container

    async def __call__(self, limit: int) -> list[tuple[UUID, UUID]]:
        rows = await self.container.db.pool.fetch("SELECT tenant_id, conversation_id FROM parley_analytics_quiet($1)", limit)
        return [(r["tenant_id"], r["conversation_id"]) for r in rows]


class ReportsDueQuery:
    def __init__(self, container: Container) -> None:
        self.container = container

    async def __call__(self, week: date) -> list[UUID]:
        rows = await self.container.db.pool.fetch("SELECT tenant_id FROM parley_analytics_reports_due($1)", week)
        return [r["tenant_id"] for r in rows]


async def wire(container: Container) -> None:
    db = container.db
    service = AnalyticsService(
        uow=db.unit_of_work,
        directory=db,
        quiet=QuietConversationsQuery(container),
        clusterer=TfidfClusterer(),
        sessions=container.conversations,
        gaps=getattr(container, "assistant", None),
        reports=EmailReports(container.settings.smtp) if container.settings.smtp is not None else None,
        reports_due=ReportsDueQuery(container),
    )
    container.provide("analytics", service)
    subscriber = AnalyticsSubscriber(service.record)
    subscriber.message_events = container.settings.analytics_message_events
    subscriber.subscribe_to(container.events)
    container.provide("analytics_subscriber", subscriber)
    # Chat messages become outbox events in every workspace (not only where a webhook listens): message counts
    # and first-response times are folded from them.
    container.conversations.on_event_interest(subscriber.wants)


async def close(container: Container) -> None:
    await container.analytics_subscriber.close()


async def decide_quiet_conversations(ctx: dict) -> int:
    """Conversations with no follow-up for their workspace's N hours: resolved if answered, else abandoned."""
    container: Container = ctx["container"]
    return await container.analytics.decide_quiet()


async def send_weekly_reports(ctx: dict) -> int:
    """Hourly: a workspace whose week (in its time zone) has ended gets its report once."""
    container: Container = ctx["container"]
    return await container.analytics.send_weekly_reports()


async def purge_analytics_events(ctx: dict) -> int:
    container: Container = ctx["container"]
    return int(await container.db.pool.fetchval("SELECT parley_analytics_purge_events($1)", PURGE_EVENTS_AFTER_DAYS))


CONTEXT = Context(
    name="analytics",
    repositories={"analytics": AnalyticsRepo},
    wire=wire,
    close=close,
    cron_jobs=(
        cron(decide_quiet_conversations, minute=set(range(3, 60, 10)), run_at_startup=False),
        cron(purge_analytics_events, hour=4, minute=23, run_at_startup=False),
        cron(send_weekly_reports, minute=37, run_at_startup=False),
    ),
)

"""The analytics context: the outbox subscriber that folds events into per-conversation metrics and daily
rollups, the quiet-conversation sweep, and the figures' service."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from arq import cron, func
from arq.worker import Retry

from domain.analytics.ports import Member
from domain.analytics.reporting import CREDIT_MAIL_JOB, RENDER_JOB, ReportService, render_job_id
from domain.analytics.reports import RenderFailed
from domain.analytics.services import AnalyticsService
from domain.conversations.events import MessageCreated
from infrastructure.analytics.credits import CreditWatch
from infrastructure.analytics.links import SignedReportLinks
from infrastructure.analytics.pdf import PdfReports
from infrastructure.analytics.questions import TfidfClusterer
from infrastructure.analytics.report_repository import ReportRepo
from infrastructure.analytics.reports import EmailReports, ReportMailer
from infrastructure.analytics.repository import AnalyticsRepo
from infrastructure.analytics.subscriber import AnalyticsSubscriber
from infrastructure.contexts import Context
from infrastructure.jobs.queue import ArqJobQueue

if TYPE_CHECKING:
    from infrastructure.container import Container

PURGE_EVENTS_AFTER_DAYS = 14
REPORT_TRIES = 3  # a report's render is tried this often before it is marked failed and its member told
REPORT_RETRY_SECONDS = 30.0  # times the try number


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


class SubscribedWorkspacesQuery:
    def __init__(self, container: Container) -> None:
        self.container = container

    async def __call__(self) -> list[UUID]:
        rows = await self.container.db.pool.fetch("SELECT tenant_id FROM parley_analytics_subscribed_tenants()")
        return [r["tenant_id"] for r in rows]


def _members(container: Container):  # the tenancy context's service, as the analytics port wants it
    async def members(tenant_id: UUID) -> list[Member]:
        return [Member(u.id, u.email, u.name, u.role.value) for u in await container.tenancy.members(tenant_id)]

    return members


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
    assistant = getattr(container, "assistant", None)
    reports = ReportService(
        analytics=service,
        uow=db.unit_of_work,
        renderer=PdfReports(),
        links=SignedReportLinks(container.settings.secret_key),
        members=_members(container),
        mail=ReportMailer(container.settings.smtp) if container.settings.smtp is not None else None,
        public_url=container.settings.public_url,
        credit_usage=assistant.credits_used if assistant is not None else None,
        subscribed=SubscribedWorkspacesQuery(container),
    )
    container.provide("analytics_reports", reports)
    credit_watch = CreditWatch(reports.check_credits)
    container.events.subscribe(MessageCreated, credit_watch)
    container.provide("analytics_credit_watch", credit_watch)
    subscriber = AnalyticsSubscriber(service.record)
    subscriber.message_events = container.settings.analytics_message_events
    subscriber.subscribe_to(container.events)
    container.provide("analytics_subscriber", subscriber)
    # Chat messages become outbox events in every workspace (not only where a webhook listens): message counts
    # and first-response times are folded from them.
    container.conversations.on_event_interest(subscriber.wants)


async def close(container: Container) -> None:
    await container.analytics_subscriber.close()
    await container.analytics_credit_watch.close()


async def decide_quiet_conversations(ctx: dict) -> int:
    """Conversations with no follow-up for their workspace's N hours: resolved if answered, else abandoned."""
    container: Container = ctx["container"]
    return await container.analytics.decide_quiet()


async def send_weekly_reports(ctx: dict) -> int:
    """Hourly: a workspace whose week (in its time zone) has ended gets its report once."""
    container: Container = ctx["container"]
    return await container.analytics.send_weekly_reports()


async def render_analytics_report(ctx: dict, tenant_id: str, report_id: str) -> str:
    """Render a requested or scheduled report; a failure is tried again later, and after the last try the report is
    failed and its member told."""
    container: Container = ctx["container"]
    attempt = int(ctx.get("job_try") or 1)
    try:
        return await container.analytics_reports.render(UUID(tenant_id), UUID(report_id), last_try=attempt >= REPORT_TRIES)
    except RenderFailed:
        raise Retry(defer=REPORT_RETRY_SECONDS * attempt) from None


async def mail_credit_warning(ctx: dict, tenant_id: str, threshold: int, used: int, allowance: int, period: str) -> int:
    container: Container = ctx["container"]
    return await container.analytics_reports.mail_credit_warning(UUID(tenant_id), threshold, used, allowance, period)


async def schedule_reports(ctx: dict) -> int:
    """Hourly: members' weekly and monthly reports, once per member and period."""
    container: Container = ctx["container"]
    return await container.analytics_reports.schedule_due()


STALE_REPORT_MINUTES = 15


async def requeue_stale_reports(ctx: dict) -> int:
    """Reports pending long after they were asked for get their render job again (the job id dedupes one still
    queued or running)."""
    container: Container = ctx["container"]
    rows = await container.db.pool.fetch("SELECT tenant_id, report_id FROM parley_analytics_stale_reports($1, 200)",
                                         STALE_REPORT_MINUTES)
    queue = ArqJobQueue(container.redis)
    for r in rows:
        await queue.enqueue(RENDER_JOB, str(r["tenant_id"]), str(r["report_id"]), job_id=render_job_id(r["report_id"]))
    return len(rows)


async def purge_analytics_events(ctx: dict) -> int:
    container: Container = ctx["container"]
    return int(await container.db.pool.fetchval("SELECT parley_analytics_purge_events($1)", PURGE_EVENTS_AFTER_DAYS))


CONTEXT = Context(
    name="analytics",
    repositories={"analytics": AnalyticsRepo, "analytics_reports": ReportRepo},
    wire=wire,
    close=close,
    jobs=(
        func(render_analytics_report, name=RENDER_JOB, keep_result=0, timeout=300, max_tries=REPORT_TRIES + 1),
        func(mail_credit_warning, name=CREDIT_MAIL_JOB, keep_result=0, timeout=120, max_tries=5),
    ),
    cron_jobs=(
        cron(decide_quiet_conversations, minute=set(range(3, 60, 10)), run_at_startup=False),
        cron(purge_analytics_events, hour=4, minute=23, run_at_startup=False),
        cron(send_weekly_reports, minute=37, run_at_startup=False),
        cron(schedule_reports, minute=41, run_at_startup=False),
        cron(requeue_stale_reports, minute={7, 22, 37, 52}, run_at_startup=False),
    ),
)

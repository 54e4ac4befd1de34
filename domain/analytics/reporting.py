"""Report use cases: a member (or an API key) asks for a report of any range; a job renders it (PDF with charts and
tables, and CSV) and stores both sealed; it is served only once ready. A render that fails is tried again, and after
the last try the report is marked failed and the member who asked is told by e-mail. Members subscribe to weekly and
monthly reports, created once per member and period by a cron and e-mailed with a signed download link. Credit
warnings at 80 % and 100 % of the month's AI credits: an event and an e-mail to the owners, each once a month."""

from __future__ import annotations

import asyncio
import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from uuid import UUID

from domain.analytics.events import CreditsThresholdReached
from domain.analytics.model import comparison, make_query
from domain.analytics.permissions import ANALYTICS_READ
from domain.analytics.ports import (
    CreditUsage,
    Members,
    ReportLinks,
    ReportMail,
    ReportRenderer,
    ReportsUnitOfWork,
    SubscribedWorkspaces,
)
from domain.analytics.reports import (
    FAILED,
    MONTHLY,
    ON_DEMAND,
    READY,
    WEEKLY,
    RenderFailed,
    Report,
    ReportContent,
    credit_period,
    crossed,
    granularity_for,
    last_complete,
    report_csv,
)
from domain.analytics.services import AnalyticsService
from domain.chatbots.services import ChatbotService
from domain.errors import Conflict, InvalidInput, NotFound
from domain.ids import new_id
from domain.pagination import page_of
from domain.ports import UnitOfWorkFactory
from domain.tenancy.model import Page, Principal
from domain.tenancy.services import TenancyService

RENDER_JOB = "render_analytics_report"
MAX_PENDING = 5  # reports a workspace may have waiting for the worker at once (each costs seconds of CPU)
CREDIT_MAIL_JOB = "mail_credit_warning"


def render_job_id(report_id: UUID) -> str:
    return f"analytics-report:{report_id}"


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class ReportService:
    analytics: AnalyticsService
    uow: UnitOfWorkFactory[ReportsUnitOfWork]
    renderer: ReportRenderer
    links: ReportLinks
    members: Members
    mail: ReportMail | None  # None: no SMTP server (reports still render; nobody is e-mailed)
    public_url: str
    credit_usage: CreditUsage | None = None
    subscribed: SubscribedWorkspaces | None = None
    clock: Callable[[], datetime] = _utcnow

    # --- asking, listing, downloading -------------------------------------------------------------------

    async def request(
        self, principal: Principal, start: date | None, end: date | None, chatbot_id: UUID | None, time_zone: str | None,
    ) -> Report:
        """A report of any range (422: reversed, longer than two years, an unknown time zone); rendered by a job."""
        principal.require(ANALYTICS_READ)
        today, zone_name = await self.analytics.today(principal, time_zone)
        q = make_query(start, end, today, chatbot_id=chatbot_id)
        report = Report(id=new_id(), tenant_id=principal.tenant_id, period=q.period, time_zone=zone_name,
                        requested_by=principal.user_id, chatbot_id=chatbot_id)
        async with self.uow(principal.tenant_id) as uow:
            if chatbot_id is not None and await ChatbotService.find(uow, chatbot_id) is None:
                raise InvalidInput("no such chatbot in this workspace", field="chatbot_id")
            if await uow.analytics_reports.pending_count() >= MAX_PENDING:
                raise Conflict(f"{MAX_PENDING} reports of this workspace are being rendered; ask again once they are ready")
            await uow.analytics_reports.add(report)
            uow.enqueue(RENDER_JOB, str(report.tenant_id), str(report.id), job_id=render_job_id(report.id))
            return await uow.analytics_reports.get(report.id) or report

    async def get(self, principal: Principal, report_id: UUID) -> Report:
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            report = await uow.analytics_reports.get(report_id)
        if report is None:
            raise NotFound("report not found")
        return report

    async def list(self, principal: Principal, limit: int, before: UUID | None) -> Page:
        """Newest first."""
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await page_of(uow.analytics_reports.list, limit, before)

    async def download(self, principal: Principal, report_id: UUID, fmt: str) -> tuple[Report, bytes]:
        principal.require(ANALYTICS_READ)
        return await self._content(principal.tenant_id, report_id, fmt)

    async def download_signed(self, token: str) -> tuple[Report, bytes, str]:
        """By an e-mailed link: the token names the workspace, the report and the format (401 when forged or old)."""
        tenant_id, report_id, fmt = self.links.verify(token)
        report, body = await self._content(tenant_id, report_id, fmt)
        return report, body, fmt

    async def _content(self, tenant_id: UUID, report_id: UUID, fmt: str) -> tuple[Report, bytes]:
        async with self.uow(tenant_id) as uow:
            report = await uow.analytics_reports.get(report_id)
            if report is None:
                raise NotFound("report not found")
            if report.status != READY:
                raise Conflict(f"the report is {report.status}" + (": it is being rendered" if report.status == "pending" else ""))
            body = await uow.analytics_reports.content(report_id, fmt)
        if body is None:
            raise NotFound("report not found")
        return report, body

    def link(self, report: Report, fmt: str = "pdf") -> str:
        token = self.links.sign(report.tenant_id, report.id, fmt)
        return f"{self.public_url.rstrip('/')}/v1/analytics/report-links?token={token}"

    # --- rendering (the job) -----------------------------------------------------------------------------

    async def render(self, tenant_id: UUID, report_id: UUID, last_try: bool) -> str:
        """Render and store a pending report (PDF and CSV written together, or neither). A failure raises
        RenderFailed to be tried again; on the last try the report is failed and its member told."""
        async with self.uow(tenant_id) as uow:
            report = await uow.analytics_reports.get(report_id)
        if report is None:
            return "gone"
        if report.status == READY:
            await self._deliver(report)  # rendered before a crash that lost the e-mail
            return READY
        if report.status == FAILED:
            return FAILED
        try:
            content = await self.content(report)
            pdf = await asyncio.to_thread(self.renderer.pdf, content)
            csv = report_csv(content).encode()
        except Exception as exc:  # any render error: recorded, retried, then reported
            error = f"{type(exc).__name__}: {exc}"[:500]
            async with self.uow(tenant_id) as uow:
                await uow.analytics_reports.failed_attempt(report_id, error, final=last_try)
            if not last_try:
                raise RenderFailed(error) from exc
            failed = await self._reload(report)
            await self._notify_failed(failed)
            return FAILED
        async with self.uow(tenant_id) as uow:
            current = await uow.analytics_reports.get(report_id, lock=True)
            if current is None or current.status != "pending":
                return current.status if current else "gone"
            await uow.analytics_reports.store(report_id, pdf, csv)
        await self._deliver(await self._reload(report))
        return READY

    async def _reload(self, report: Report) -> Report:
        async with self.uow(report.tenant_id) as uow:
            return await uow.analytics_reports.get(report.id) or report

    async def content(self, report: Report) -> ReportContent:
        """What the report shows, read with the permission the member had when asking."""
        reader = Principal(tenant_id=report.tenant_id, plan="", permissions=frozenset({ANALYTICS_READ}),
                           user_id=report.requested_by)
        period = report.period
        granularity = granularity_for(period)
        q = make_query(period.start, period.end, period.end, chatbot_id=report.chatbot_id, granularity=granularity)
        prev = make_query(period.previous().start, period.previous().end, period.end, chatbot_id=report.chatbot_id,
                          granularity=granularity)
        overview = await self.analytics.overview(reader, q)
        series = await self.analytics.series(reader, q)
        previous_series = await self.analytics.series(reader, prev)
        trends = await self.analytics.trends(reader, q)
        intents = await self.analytics.breakdown(reader, make_query(period.start, period.end, period.end,
                                                                    chatbot_id=report.chatbot_id, breakdown="intent"))
        operators = await self.analytics.breakdown(reader, make_query(period.start, period.end, period.end,
                                                                      chatbot_id=report.chatbot_id, breakdown="operator"))
        gaps = await self.analytics.knowledge_gaps(reader, q, 10)
        names = {str(m.id): m.name for m in await self.members(report.tenant_id)}
        for row in operators:
            row["label"] = names.get(row["key"], "former member")
        chatbot = None
        if report.chatbot_id is not None:
            async with self.uow(report.tenant_id) as uow:
                bot = await ChatbotService.find(uow, report.chatbot_id)
            chatbot = bot.name if bot is not None else None
        return ReportContent(
            period=period, previous=period.previous(), time_zone=report.time_zone, granularity=granularity, chatbot=chatbot,
            figures=overview["figures"], previous_figures=overview["previous"],
            change=comparison(overview["figures"], overview["previous"]), series=series, previous_series=previous_series,
            trends=trends["trends"], anomalies=trends["anomalies"], intents=intents[:10], gaps=gaps, operators=operators[:20],
            generated_at=self.clock(),
        )

    # --- telling members ---------------------------------------------------------------------------------

    async def _member(self, tenant_id: UUID, user_id: UUID | None) -> Any:
        if user_id is None:
            return None
        return next((m for m in await self.members(tenant_id) if m.id == user_id), None)

    async def _deliver(self, report: Report) -> None:
        """A scheduled report goes to its member by e-mail with a signed download link (once)."""
        if report.kind == ON_DEMAND or report.emailed_at is not None or self.mail is None:
            return
        member = await self._member(report.tenant_id, report.requested_by)
        if member is None:
            return
        async with self.uow(report.tenant_id) as uow:
            pdf = await uow.analytics_reports.content(report.id, "pdf")
        cadence = "weekly" if report.kind == WEEKLY else "monthly"
        subject = f"Parley {cadence} report: {report.period.start.isoformat()} to {report.period.end.isoformat()}"
        text = (
            f"Hello {member.name},\n\nyour {cadence} Parley report ({report.period.start.isoformat()} to "
            f"{report.period.end.isoformat()}, {report.time_zone}) is ready.\n\n"
            f"PDF: {self.link(report, 'pdf')}\nCSV: {self.link(report, 'csv')}\n\n"
            "The links work for 14 days. The PDF is attached too.\n"
        )
        attachments = [(report.filename("pdf"), "application/pdf", pdf)] if pdf is not None and len(pdf) < 5_000_000 else []
        await asyncio.shield(self._mail_once(report, member.email, subject, text, attachments))

    async def _notify_failed(self, report: Report) -> None:
        if self.mail is None or report.emailed_at is not None:
            return
        member = await self._member(report.tenant_id, report.requested_by)
        if member is None:
            return
        await asyncio.shield(self._mail_once(
            report, member.email, "Parley could not render your report",
            f"Hello {member.name},\n\nthe Parley report for {report.period.start.isoformat()} to {report.period.end.isoformat()} "
            f"could not be rendered after {report.attempts} attempts ({report.error or 'unknown error'}).\n"
            "Nothing was stored; please ask for it again later (POST /v1/analytics/reports).\n",
        ))

    async def _mail_once(self, report: Report, to: str, subject: str, text: str,
                         attachments: Sequence[tuple[str, str, bytes]] = ()) -> None:
        """Sends and records the e-mail together; shielded by the callers, a job cancelled meanwhile (a worker
        stopping) no longer splits them: the mail leaves from a thread that cancelling cannot stop, and left
        unrecorded it went again on the job's next try."""
        assert self.mail is not None
        await self.mail.send(to, subject, text, attachments)
        async with self.uow(report.tenant_id) as uow:
            await uow.analytics_reports.mark_emailed(report.id)

    # --- scheduled reports -------------------------------------------------------------------------------

    async def get_subscription(self, principal: Principal) -> dict[str, bool]:
        principal.require(ANALYTICS_READ)
        user_id = _member_of(principal)
        async with self.uow(principal.tenant_id) as uow:
            weekly, monthly = await uow.analytics_reports.subscription(user_id)
        return {"weekly": weekly, "monthly": monthly}

    async def put_subscription(self, principal: Principal, weekly: bool | None, monthly: bool | None) -> dict[str, bool]:
        principal.require(ANALYTICS_READ)
        user_id = _member_of(principal)
        async with self.uow(principal.tenant_id) as uow:
            current = await uow.analytics_reports.subscription(user_id)
            w = current[0] if weekly is None else weekly
            m = current[1] if monthly is None else monthly
            await uow.analytics_reports.put_subscription(user_id, w, m)
        return {"weekly": w, "monthly": m}

    async def schedule_due(self) -> int:
        """The cron: for each subscribed member, the last complete week / month (in the workspace's time zone) gets
        one report, claimed with the report row in one transaction (so restarts and overlapping runs never make a
        second one) and rendered by the job, which e-mails it."""
        if self.subscribed is None:
            return 0
        created = 0
        now = self.clock()
        for tenant_id in await self.subscribed():
            members = {m.id: m for m in await self.members(tenant_id)}
            async with self.uow(tenant_id) as uow:
                settings = await uow.analytics.settings()
                today = now.astimezone(self.analytics._zone(settings.time_zone)).date()
                for user_id, weekly, monthly in await uow.analytics_reports.subscriptions():
                    member = members.get(user_id)
                    if member is None or member.role not in ("owner", "admin"):
                        continue  # gone, or no longer allowed to read analytics
                    for cadence, on in ((WEEKLY, weekly), (MONTHLY, monthly)):
                        if not on:
                            continue
                        period = last_complete(cadence, today)
                        report = Report(id=new_id(), tenant_id=tenant_id, period=period, time_zone=settings.time_zone,
                                        kind=cadence, requested_by=user_id)
                        if not await uow.analytics_reports.claim_delivery(user_id, cadence, period.start, report.id):
                            continue
                        await uow.analytics_reports.add(report)
                        uow.enqueue(RENDER_JOB, str(tenant_id), str(report.id), job_id=render_job_id(report.id))
                        created += 1
        return created

    # --- credit warnings ---------------------------------------------------------------------------------

    async def check_credits(self, tenant_id: UUID) -> builtins.list[int]:
        """After AI replies: the month's credits against the plan's allowance (tenancy's service); each threshold
        reached (80 %, 100 %) is announced once a month: a `credits.threshold_reached` event (webhooks) and a job
        e-mailing the owners."""
        if self.credit_usage is None:
            return []
        now = self.clock()
        period = credit_period(now)
        used = await self.credit_usage(tenant_id, datetime.combine(period, time.min, UTC))
        warned = []
        async with self.uow(tenant_id) as uow:
            allowance = await TenancyService.credit_allowance(uow)
            plan = await TenancyService.plan(uow)
            for threshold in crossed(used, allowance):
                if await uow.analytics_reports.claim_credit_warning(period, threshold, used, allowance):
                    event = CreditsThresholdReached(tenant_id=tenant_id, period=period, threshold=threshold, used=used,
                                                    allowance=allowance, plan=plan)
                    uow.record(event)
                    uow.enqueue(CREDIT_MAIL_JOB, str(tenant_id), threshold, used, allowance, period.isoformat(),
                                job_id=f"credit-warning:{tenant_id}:{period}:{threshold}")
                    warned.append(threshold)
        return warned

    async def mail_credit_warning(self, tenant_id: UUID, threshold: int, used: int, allowance: int, period: str) -> int:
        if self.mail is None:
            return 0
        owners = [m for m in await self.members(tenant_id) if m.role == "owner"]
        subject = (f"Parley: {threshold} % of this month's AI credits used" if threshold < 100
                   else "Parley: this month's AI credits are used up")
        text = (
            f"Your workspace has used {used:,} of its {allowance:,} AI credits for the month starting {period} "
            f"({used * 100 // max(1, allowance)} %).\n\n"
            + ("Replies keep coming from the AI model until the credits run out; then the assistant answers from the "
               "knowledge base only (offline responder).\n" if threshold < 100 else
               "The assistant now answers from the knowledge base only (offline responder) until the credits renew on "
               "the first of next month or you buy more.\n")
        )
        for owner in owners:
            await self.mail.send(owner.email, subject, text)
        return len(owners)


def _member_of(principal: Principal) -> UUID:
    if principal.user_id is None:
        raise InvalidInput("scheduled reports are for members (sign in), not API keys")
    return principal.user_id


"""Analytics use cases: folding events into per-conversation metrics and daily rollups, deciding quiet
conversations, rebuilding from stored conversations (backfill), the figures owners and dashboards read,
widget tracking, popular questions and knowledge gaps."""

from __future__ import annotations

import asyncio
import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID
from zoneinfo import ZoneInfo

from domain.analytics.folding import conversation_of, fold, rebuild
from domain.analytics.model import (
    ABANDONED,
    AnalyticsQuery,
    ConversationMetrics,
    Period,
    comparison,
    deltas,
    figures,
    local_day,
    zone,
)
from domain.analytics.permissions import ANALYTICS_READ, ANALYTICS_WRITE
from domain.analytics.ports import (
    AnalyticsSettings,
    AnalyticsUnitOfWork,
    KnowledgeGaps,
    QuestionClusterer,
    QuietConversations,
    ReportDelivery,
    ReportsDue,
    SessionLister,
)
from domain.analytics.reports import shown
from domain.analytics.trends import anomalies, mann_kendall
from domain.chatbots.services import ChatbotService
from domain.conversations.model import SessionFilter
from domain.conversations.services import ConversationService, every_event
from domain.errors import InvalidInput, NotFound, PermissionDenied
from domain.events import DomainEvent
from domain.ports import UnitOfWorkFactory
from domain.tenancy.model import Principal
from domain.tenancy.ports import Directory

WIDGET_KINDS = ("load", "open", "first_message")
MAX_FOLLOW_UP_HOURS = 24 * 14
MAX_RECIPIENTS = 10
_EMAIL = re.compile(r"^[^@\s<>,;\"]{1,64}@[^@\s<>,;\"]{1,190}\.[^@\s<>,;\"]{2,}$")


def validate_recipients(recipients: list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(r.strip() for r in recipients if r.strip()))
    if len(cleaned) > MAX_RECIPIENTS:
        raise InvalidInput(f"at most {MAX_RECIPIENTS} report recipients", field="report_recipients")
    for r in cleaned:
        if not _EMAIL.match(r):
            raise InvalidInput(f"{r!r} is not an e-mail address", field="report_recipients")
    return cleaned
QUESTIONS_SCANNED = 2000  # newest first questions read for popular questions / gaps
TREND_METRICS = ("conversations", "resolution_rate", "ai_resolution_rate", "handoff_rate", "csat", "ai_first_response_ms")
SIMILAR = 0.3  # cosine of TF-IDF vectors at which two questions are the same question (see ARCHITECTURE.md)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def page_of_url(url: str | None) -> str | None:
    """Where the widget was shown: scheme, host and path only (no query or fragment: they may carry personal data)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname  # (no user info: it may be personal)
    if port is not None and port != {"http": 80, "https": 443}[parts.scheme]:
        host += f":{port}"
    return f"{parts.scheme}://{host}{parts.path or '/'}"[:300]


_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def suggested_title(question: str, keywords: list[str]) -> str:
    """An article title for a group of unanswered questions: its key terms, else its central question."""
    if keywords:
        words = " ".join(keywords[:4])
        return f"{words[:1].upper()}{words[1:]}: what to know"[:120]
    text = question.strip().rstrip("?!. ")
    return (text[:1].upper() + text[1:])[:120] if text else "Untitled"


@dataclass
class AnalyticsService:
    uow: UnitOfWorkFactory[AnalyticsUnitOfWork]
    directory: Directory
    quiet: QuietConversations
    clusterer: QuestionClusterer
    sessions: SessionLister | None = None
    gaps: KnowledgeGaps | None = None
    reports: ReportDelivery | None = None  # None: e-mail is not configured, no report is sent
    reports_due: ReportsDue | None = None
    clock: Callable[[], datetime] = _utcnow
    _zones: dict[str, ZoneInfo] = field(default_factory=dict, repr=False)

    def _zone(self, name: str) -> ZoneInfo:
        z = self._zones.get(name)
        if z is None:
            z = self._zones[name] = zone(name)
        return z

    # --- folding events (the outbox subscriber calls this) ---------------------------------------------

    async def record(self, tenant_id: UUID, events: Sequence[DomainEvent]) -> int:
        """Fold events of one workspace into its metrics and rollups, each event once (by id), in one
        transaction. A conversation.closed event rebuilds the conversation from its stored log, so what the
        live events missed or got out of order is right once it ends. Returns how many events were new."""
        about = [(e, c) for e in events if (c := conversation_of(e)) is not None]
        if not about:
            return 0
        async with self.uow(tenant_id) as uow:
            fresh = await uow.analytics.claim_events([e.id for e, _ in about])
            about = [(e, c) for e, c in about if e.id in fresh]
            if not about:
                return 0
            settings = await uow.analytics.settings()
            rows = await uow.analytics.lock_metrics(sorted({c[0] for _, c in about}))
            changed: dict[UUID, ConversationMetrics] = {}
            closed: set[UUID] = set()
            for event, (conversation_id, chatbot_id) in sorted(about, key=lambda ec: ec[0].occurred_at):
                m = changed.get(conversation_id)
                if m is None:
                    before = rows.get(conversation_id)
                    m = copy.deepcopy(before) if before is not None else ConversationMetrics(conversation_id, chatbot_id)
                    changed[conversation_id] = m
                fold(m, event)
                if event.name == "conversation.closed":
                    closed.add(conversation_id)
            for conversation_id in closed:
                rebuilt = await self._rebuilt(uow, changed[conversation_id])
                if rebuilt is not None:
                    changed[conversation_id] = rebuilt
            await self._save(uow, settings, rows, changed)
        return len(about)

    @staticmethod
    async def _rebuilt(uow: AnalyticsUnitOfWork, m: ConversationMetrics) -> ConversationMetrics | None:
        """The conversation recomputed from its log through the conversations service (None: it is gone)."""
        try:
            session, _ = await ConversationService.recent_messages(uow, m.conversation_id, 0)
        except NotFound:
            return None
        log = await every_event(uow, m.conversation_id)
        return rebuild(m, session.chatbot_id, m.conversation_id, session, log)

    async def _save(
        self, uow: AnalyticsUnitOfWork, settings: AnalyticsSettings, before: dict[UUID, ConversationMetrics | None],
        after: dict[UUID, ConversationMetrics],
    ) -> None:
        tz = self._zone(settings.time_zone)
        now = self.clock()
        rollups, dims = [], []
        for conversation_id, m in sorted(after.items()):
            m.decide(now, settings.follow_up_hours)
            r, d = deltas(before.get(conversation_id), m, tz)
            rollups += r
            dims += d
        await uow.analytics.save_metrics([(m, local_day(m.anchor, tz) if m.anchor else None) for m in after.values()])
        await uow.analytics.add_rollups(sorted(rollups, key=lambda x: (x.chatbot_id, x.day)))
        await uow.analytics.add_dimensions(sorted(dims, key=lambda x: (x.chatbot_id, x.day, x.dimension, x.value)))

    async def reconcile(self, tenant_id: UUID, conversation_ids: Sequence[UUID]) -> int:
        """Rebuild conversations from their stored logs and decide them (the quiet sweep, the backfill)."""
        async with self.uow(tenant_id) as uow:
            settings = await uow.analytics.settings()
            known = await uow.analytics.lock_metrics(sorted(set(conversation_ids)))
            after: dict[UUID, ConversationMetrics] = {}
            for cid, m in known.items():
                rebuilt = await self._rebuilt(uow, m or ConversationMetrics(cid, cid))
                if rebuilt is not None:
                    after[cid] = rebuilt
                elif m is not None:  # its log is gone (deleted): decided on what was folded
                    after[cid] = copy.deepcopy(m)
            await self._save(uow, settings, {cid: m for cid, m in known.items() if m is not None and m.anchor is not None}, after)
        return len(after)

    async def decide_quiet(self, limit: int = 500) -> int:
        """The cron: conversations with no follow-up for their workspace's N hours are decided (resolved when
        answered, abandoned when not). A visitor coming back later reopens them."""
        due = await self.quiet(limit)
        by_tenant: dict[UUID, list[UUID]] = {}
        for tenant_id, conversation_id in due:
            by_tenant.setdefault(tenant_id, []).append(conversation_id)
        done = 0
        for tenant_id, ids in by_tenant.items():
            done += await self.reconcile(tenant_id, ids)
        return done

    async def backfill(
        self, principal: Principal, since: datetime | None = None, on_progress: Callable[[int], None] | None = None,
        batch: int = 100,
    ) -> int:
        """Rebuild every stored conversation (started since `since`) from the conversations service: for a
        workspace that had conversations before analytics, or after a change of how metrics are computed."""
        principal.require(ANALYTICS_WRITE)
        if self.sessions is None:
            raise RuntimeError("the backfill needs the conversations service")
        before: UUID | None = None
        done = 0
        while True:
            page = await self.sessions.list_sessions(principal, SessionFilter(started_after=since), batch, before)
            ids = [s.id for s in page.items]
            if ids:
                done += await self.reconcile(principal.tenant_id, ids)
                if on_progress is not None:
                    on_progress(len(ids))
            if page.next_cursor is None or not ids:
                return done
            before = page.next_cursor

    # --- settings ----------------------------------------------------------------------------------------

    async def get_settings(self, principal: Principal) -> AnalyticsSettings:
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            return await uow.analytics.settings()

    async def put_settings(self, principal: Principal, changes: dict[str, Any]) -> AnalyticsSettings:
        """A new time zone regroups the rollups by the new days (from the per-conversation rows, not the messages)."""
        principal.require(ANALYTICS_WRITE)
        if "time_zone" in changes:
            self._zone(changes["time_zone"])
        hours = changes.get("follow_up_hours")
        if hours is not None and not 1 <= hours <= MAX_FOLLOW_UP_HOURS:
            raise InvalidInput(f"follow_up_hours must be 1 to {MAX_FOLLOW_UP_HOURS}", field="follow_up_hours")
        for money in ("human_conversation_cost", "credit_cost"):
            value = changes.get(money)
            if value is not None and not 0 <= value <= 1_000_000:
                raise InvalidInput(f"{money} must be between 0 and 1,000,000", field=money)
        recipients = changes.get("report_recipients")
        if recipients is not None:
            changes["report_recipients"] = validate_recipients(recipients)
        async with self.uow(principal.tenant_id) as uow:
            settings = await uow.analytics.settings()
            regroup = "time_zone" in changes and changes["time_zone"] != settings.time_zone
            for key, value in changes.items():
                setattr(settings, key, value if value is not None or key not in ("time_zone", "follow_up_hours") else getattr(settings, key))
            await uow.analytics.put_settings(settings)
            if regroup:
                await self._regroup(uow, self._zone(settings.time_zone))
        return settings

    @staticmethod
    async def _regroup(uow: AnalyticsUnitOfWork, tz: ZoneInfo) -> None:
        await uow.analytics.clear_rollups()
        after: UUID | None = None
        while True:
            rows = await uow.analytics.metrics_after(after, 1000)
            if not rows:
                return
            rollups, dims = [], []
            for m in rows:
                r, d = deltas(None, m, tz)
                rollups += r
                dims += d
            await uow.analytics.save_metrics([(m, local_day(m.anchor, tz) if m.anchor else None) for m in rows])
            await uow.analytics.add_rollups(rollups)
            await uow.analytics.add_dimensions(dims)
            after = rows[-1].conversation_id

    # --- the weekly e-mail report --------------------------------------------------------------------

    async def send_weekly_reports(self) -> int:
        """The cron: each workspace with report recipients gets last week's figures (Monday to Sunday in its time
        zone) against the week before, with a chart, once. A failed send is tried again at the next run."""
        if self.reports is None or self.reports_due is None:
            return 0
        now = self.clock()
        latest_week = _monday((now + timedelta(hours=14)).date()) - timedelta(days=7)  # the earliest zones' last week
        sent = 0
        for tenant_id in await self.reports_due(latest_week):
            async with self.uow(tenant_id) as uow:
                settings = await uow.analytics.settings()
                week = _monday(now.astimezone(self._zone(settings.time_zone)).date()) - timedelta(days=7)
                if not settings.report_recipients or (settings.last_report_week is not None and settings.last_report_week >= week):
                    continue
                period = Period(week, week + timedelta(days=6))
                current = figures(await uow.analytics.sums(period, None))
                previous = figures(await uow.analytics.sums(period.previous(), None))
                daily = dict(await uow.analytics.series(period, None, "day"))
            days = [period.start + timedelta(days=i) for i in range(7)]
            chart = self.reports.chart(
                f"Conversations, week of {week.isoformat()}", days,
                {
                    "conversations": [float(daily.get(d, {}).get("conversations", 0)) for d in days],
                    "resolved by AI": [float(daily.get(d, {}).get("resolved_ai", 0)) for d in days],
                    "handed off": [float(daily.get(d, {}).get("handoffs", 0)) for d in days],
                },
            )
            subject = f"Parley weekly report: {period.start.isoformat()} to {period.end.isoformat()}"
            text = report_text(period, settings.time_zone, current, previous)
            # Shielded: a cron cancelled mid-send (a worker stopping) would mail the week again at its next run.
            await asyncio.shield(self._send_weekly(tenant_id, week, settings.report_recipients, subject, text, chart))
            sent += 1
        return sent

    async def _send_weekly(self, tenant_id: UUID, week: date, to: list[str], subject: str, text: str, chart: bytes) -> None:
        assert self.reports is not None
        await self.reports.send(to, subject, text, chart)
        async with self.uow(tenant_id) as uow:
            await uow.analytics.mark_reported(week)

    # --- reading -------------------------------------------------------------------------------------

    async def today(self, principal: Principal, time_zone: str | None) -> tuple[date, str]:
        """Today in the workspace's time zone (the rollups' days), checking a requested zone against it."""
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            settings = await uow.analytics.settings()
        if time_zone is not None:
            self._zone(time_zone)
            if time_zone != settings.time_zone:
                raise InvalidInput(
                    f"figures are kept by day in the workspace's time zone {settings.time_zone}; "
                    "change it with PUT /v1/analytics/settings", field="time_zone",
                )
        return self.clock().astimezone(self._zone(settings.time_zone)).date(), settings.time_zone

    async def overview(self, principal: Principal, q: AnalyticsQuery) -> dict[str, Any]:
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            settings = await uow.analytics.settings()
            current = figures(await uow.analytics.sums(q.period, q.chatbot_id))
            prev_period = q.period.previous()
            previous = figures(await uow.analytics.sums(prev_period, q.chatbot_id))
        for f in (current, previous):
            f["estimated_savings"] = _savings(f, settings)
        return {
            "from": q.period.start, "to": q.period.end, "time_zone": settings.time_zone,
            "previous_from": prev_period.start, "previous_to": prev_period.end,
            "figures": current, "previous": previous, "change": comparison(current, previous),
        }

    async def series(self, principal: Principal, q: AnalyticsQuery) -> list[dict[str, Any]]:
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            rows = await uow.analytics.series(q.period, q.chatbot_id, q.granularity)
        found = {bucket: sums for bucket, sums in rows}
        return [{"period": bucket, **figures(found.get(bucket, {}))} for bucket in _buckets(q.period, q.granularity)]

    async def trends(self, principal: Principal, q: AnalyticsQuery) -> dict[str, Any]:
        """Per figure, whether it rose or fell over the period (Mann-Kendall at 5 %, Sen's slope per day/week/month),
        and the periods whose conversation count is far off the usual (robust z > 3.5)."""
        points = await self.series(principal, q)
        trends = []
        for metric in TREND_METRICS:
            values = [float(p[metric]) for p in points if p[metric] is not None]
            t = mann_kendall(values)
            trends.append({"metric": metric, "direction": t.direction, "p_value": t.p_value, "slope_per_period": t.sen_slope,
                           "points": t.points})
        counts = [float(p["conversations"]) for p in points]
        usual = sorted(counts)[len(counts) // 2] if counts else 0.0
        odd = [{"period": points[i]["period"], "metric": "conversations", "value": counts[i], "usual": usual, "robust_z": z}
               for i, z in anomalies(counts)]
        return {"from": q.period.start, "to": q.period.end, "granularity": q.granularity, "trends": trends, "anomalies": odd}

    async def breakdown(self, principal: Principal, q: AnalyticsQuery) -> list[dict[str, Any]]:
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            if q.breakdown == "chatbot":
                rows = await uow.analytics.by_chatbot(q.period, q.chatbot_id)
                names = {}
                for key, _ in rows:
                    bot = await ChatbotService.find(uow, UUID(key))
                    names[key] = bot.name if bot is not None else None
                return [{"key": key, "label": names.get(key), **figures(sums)} for key, sums in rows]
            rows = await uow.analytics.by_dimension(q.period, q.chatbot_id, q.breakdown)
        return [{"key": key, "label": key, **_dimension_figures(sums)} for key, sums in rows]

    async def funnel(self, principal: Principal, q: AnalyticsQuery) -> dict[str, Any]:
        """Widget loads → opens → conversations → leads / payments / bookings, with each step's rate of the one before."""
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            widget = await uow.analytics.widget_sums(q.period, q.chatbot_id)
            sums = await uow.analytics.sums(q.period, q.chatbot_id)
            pages = await uow.analytics.top_pages(q.period, q.chatbot_id, 20)
        steps = [
            ("widget_loads", widget.get("loads", 0)), ("widget_opens", widget.get("opens", 0)),
            ("conversations", sums.get("conversations", 0)), ("leads", sums.get("leads", 0)),
        ]
        out = []
        for i, (name, count) in enumerate(steps):
            prior = steps[i - 1][1] if i else None
            out.append({"step": name, "count": count, "rate": round(count / prior, 4) if prior else None})
        return {
            "from": q.period.start, "to": q.period.end, "steps": out, "payments": sums.get("payments", 0),
            "bookings": sums.get("bookings", 0), "first_messages": widget.get("first_messages", 0), "top_pages": pages,
        }

    async def pages(self, principal: Principal, q: AnalyticsQuery, limit: int = 100) -> list[dict[str, Any]]:
        """The page breakdown: per page the widget was shown on (scheme, host, path), its loads, opens and first
        messages, and the rates from one step to the next."""
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            rows = await uow.analytics.pages(q.period, q.chatbot_id, limit)
        return [{**r, "open_rate": round(r["opens"] / r["loads"], 4) if r["loads"] else None,
                 "message_rate": round(r["first_messages"] / r["opens"], 4) if r["opens"] else None} for r in rows]

    # --- widget tracking (public) --------------------------------------------------------------------

    async def track_widget(self, public_id: str, origin: str | None, kind: str, page_url: str | None, do_not_track: bool) -> bool:
        """Count a widget load/open/first message on the page it was shown (no cookie, no visitor id, no IP
        kept). With Do Not Track nothing is recorded. Returns whether it was recorded."""
        if kind not in WIDGET_KINDS:
            raise InvalidInput(f"kind must be one of {', '.join(WIDGET_KINDS)}", field="kind")
        tenant_id = await self.directory.tenant_of_public_chatbot(public_id)
        if tenant_id is None:
            raise NotFound("chatbot not found")
        async with self.uow(tenant_id) as uow:
            chatbot = await ChatbotService.public(uow, origin, public_id=public_id)
            if do_not_track:
                return False
            settings = await uow.analytics.settings()
            day = self.clock().astimezone(self._zone(settings.time_zone)).date()
            await uow.analytics.widget_hit(chatbot.id, day, kind, page_of_url(page_url))
        return True

    # --- questions -----------------------------------------------------------------------------------

    async def popular_questions(self, principal: Principal, q: AnalyticsQuery, limit: int = 20) -> list[dict[str, Any]]:
        """Visitors' first questions in the period, similar ones grouped: count, an example, how they ended."""
        principal.require(ANALYTICS_READ)
        async with self.uow(principal.tenant_id) as uow:
            rows = await uow.analytics.questions(q.period, q.chatbot_id, QUESTIONS_SCANNED)
        texts = [r.question for r in rows]
        groups = self.clusterer.cluster(texts, SIMILAR) if texts else []
        out = []
        for group in sorted(groups, key=len, reverse=True)[:limit]:
            members = [rows[i] for i in group]
            resolved = sum(1 for r in members if r.status.startswith("resolved"))
            out.append({
                "example": members[0].question, "count": len(members),
                "examples": [r.question for r in members[:3]],
                "resolved": resolved, "handed_off": sum(1 for r in members if r.handed_off),
                "languages": sorted({r.language for r in members if r.language}),
            })
        return out

    async def knowledge_gaps(self, principal: Principal, q: AnalyticsQuery, limit: int = 20) -> list[dict[str, Any]]:
        """Questions the knowledge could not answer, grouped, each with the article to write: the assistant's
        recorded gaps ("I don't know", answered outside the knowledge) and first questions of conversations
        handed off, declined or left unresolved in the period."""
        principal.require(ANALYTICS_READ)
        items: list[tuple[str, str]] = []  # (question, why)
        async with self.uow(principal.tenant_id) as uow:
            rows = await uow.analytics.questions(q.period, q.chatbot_id, QUESTIONS_SCANNED)
        for r in rows:
            if r.handed_off:
                items.append((r.question, "handed off"))
            elif r.declined or r.status in ("unresolved", ABANDONED):
                items.append((r.question, "not answered" if r.declined else r.status))
        if self.gaps is not None and q.chatbot_id is not None:
            start = datetime.combine(q.period.start - timedelta(days=1), datetime.min.time(), UTC)
            end = datetime.combine(q.period.end + timedelta(days=2), datetime.min.time(), UTC)
            seen = {(str(r.conversation_id), r.question.strip().lower()) for r in rows}
            try:  # the assistant's own gaps need knowledge:read too, and a chatbot of the workspace
                recorded = await self.gaps.knowledge_gaps(principal, q.chatbot_id, 500)
            except (NotFound, PermissionDenied):
                recorded = []
            for g in recorded:
                created = g.get("created_at")
                if (str(g.get("session_id")), str(g["question"]).strip().lower()) in seen:
                    continue  # the conversation's first question, already counted
                if isinstance(created, datetime) and start <= created < end:
                    items.append((g["question"], str(g.get("reason") or "gap")))
        texts = [t for t, _ in items]
        groups = self.clusterer.cluster(texts, SIMILAR) if texts else []
        out = []
        for group in sorted(groups, key=len, reverse=True)[:limit]:
            questions = [texts[i] for i in group]
            reasons: dict[str, int] = {}
            for i in group:
                reasons[items[i][1]] = reasons.get(items[i][1], 0) + 1
            out.append({
                "suggested_article": suggested_title(questions[0], self.clusterer.keywords(questions, 4)),
                "count": len(group), "example": questions[0], "examples": questions[:5], "reasons": reasons,
            })
        return out


def _savings(f: dict[str, Any], settings: AnalyticsSettings) -> float | None:
    """ROI: AI-resolved conversations × the owner's cost of a human conversation, minus the AI's credits' cost."""
    if settings.human_conversation_cost is None:
        return None
    cost = float(f["credits"]) * (settings.credit_cost or 0.0)
    return round(float(f["resolved_by_ai"]) * settings.human_conversation_cost - cost, 2)


def _dimension_figures(sums: dict[str, int]) -> dict[str, Any]:
    conversations = sums.get("conversations", 0)
    return {
        "conversations": conversations,
        "resolved": sums.get("resolved", 0),
        "resolved_by_ai": sums.get("resolved_ai", 0),
        "handoffs": sums.get("handoffs", 0),
        "resolution_rate": round(sums.get("resolved", 0) / conversations, 4) if conversations else None,
        "handoff_rate": round(sums.get("handoffs", 0) / conversations, 4) if conversations else None,
        "ratings": sums.get("rated", 0),
        "average_rating": round(sums.get("rating_sum", 0) / sums["rated"], 4) if sums.get("rated") else None,
    }


def bucket_of(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if granularity == "month":
        return day.replace(day=1)
    return day


def _buckets(period: Period, granularity: str) -> list[date]:
    out: list[date] = []
    day = period.start
    while day <= period.end:
        b = bucket_of(day, granularity)
        if not out or out[-1] != b:
            out.append(b)
        day += timedelta(days=1)
    return out


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


_REPORTED = (
    ("Conversations", "conversations", "n"), ("Resolution rate", "resolution_rate", "%"),
    ("Resolved by AI", "ai_resolution_rate", "%"), ("Handoff rate", "handoff_rate", "%"), ("CSAT", "csat", "%"),
    ("Average rating", "average_rating", "x"), ("AI first response", "ai_first_response_ms", "ms"),
    ("Human first response", "human_first_response_ms", "ms"), ("AI credits", "credits", "n"), ("Leads", "leads", "n"),
)


def report_text(period: Period, time_zone: str, current: dict[str, Any], previous: dict[str, Any]) -> str:
    """The weekly report's body: each figure, and its change against the week before."""
    change = comparison(current, previous)
    lines = [f"Parley, {period.start.isoformat()} to {period.end.isoformat()} ({time_zone}), against the week before.", ""]
    for label, key, kind in _REPORTED:
        c = change[key]
        if c["delta"] is None:
            moved = "no comparison"
        else:
            delta = f"{c['delta'] * 100:+.1f} points" if kind == "%" else shown(abs(c["delta"]), kind)
            if kind != "%":
                delta = ("+" if c["delta"] >= 0 else "-") + delta
            moved = delta + (f", {c['percent']:+.1f} %" if c["percent"] is not None else "")
        lines.append(f"{label}: {shown(current[key], kind)} ({moved})")
    lines += ["", "The chart shows conversations per day. Figures: /v1/analytics/overview."]
    return "\n".join(lines) + "\n"

"""Analytics: overview with the previous period, series, breakdowns, funnel, popular questions, knowledge gaps,
CSV / JSON Lines exports (same filters), settings; and the widget's public tracking beacon."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, get, post, put
from litestar.params import Parameter

from api.problems import AUTHED, problems
from api.v1.analytics import schemas as s
from api.v1.common import (
    BEARER,
    PUBLIC,
    CursorParam,
    LimitParam,
    Page,
    decode_cursor,
    principal_of,
    requires,
    struct_changes,
    wire_page,
)
from api.v1.widget_embed.origin import page_origin
from domain.analytics.model import AnalyticsQuery, make_query
from domain.analytics.permissions import ANALYTICS_READ, ANALYTICS_WRITE
from domain.analytics.reports import FORMATS, READY, Report
from infrastructure.container import Container

READ = requires(ANALYTICS_READ)
WRITE = requires(ANALYTICS_WRITE)

FromParam = Annotated[date | None, Parameter(query="from", description="First day (inclusive), in the workspace's time zone; default: 29 days before `to`")]
ToParam = Annotated[date | None, Parameter(query="to", description="Last day (inclusive); default: today in the workspace's time zone")]
ChatbotParam = Annotated[UUID | None, Parameter(query="chatbot_id", description="Only this chatbot")]
ZoneParam = Annotated[
    str | None, Parameter(query="time_zone", max_length=64, description="Must be the workspace's time zone (days are kept in it)")
]
GranularityParam = Annotated[str, Parameter(query="granularity", max_length=16, description="day, week (ISO, from Monday) or month")]
ByParam = Annotated[str, Parameter(query="by", max_length=16, description="chatbot, language, intent or operator (a member's id: the conversations they wrote in)")]
FormatParam = Annotated[Literal["csv", "jsonl"], Parameter(query="format")]


async def _query(
    request: Request, container: Container, start: date | None, end: date | None, chatbot_id: UUID | None, time_zone: str | None,
    granularity: str = "day", by: str = "chatbot",
) -> AnalyticsQuery:
    today, _ = await container.analytics.today(principal_of(request), time_zone)
    return make_query(start, end, today, chatbot_id=chatbot_id, granularity=granularity, breakdown=by)


def _series_rows(points: list[dict[str, Any]]) -> list[s.AnalyticsSeriesPoint]:
    return [msgspec.convert(p, s.AnalyticsSeriesPoint) for p in points]


def _breakdown_rows(rows: list[dict[str, Any]]) -> list[s.AnalyticsBreakdownRow]:
    return [msgspec.convert(r, s.AnalyticsBreakdownRow, strict=False) for r in rows]


def _export(rows: list[dict[str, Any]], fmt: str, name: str) -> Response[bytes]:
    if fmt == "jsonl":
        body = b"".join(msgspec.json.encode(r) + b"\n" for r in rows)
        media = "application/jsonl"
    else:
        out = io.StringIO()
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            for r in rows:
                writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
        body, media = out.getvalue().encode(), "text/csv; charset=utf-8"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


class AnalyticsController(Controller):
    path = "/v1/analytics"
    tags = ["analytics"]
    security = BEARER

    @get("/overview", responses=problems(*AUTHED, 422), opt=READ,
         summary="Volume, resolution, handoffs, CSAT, response times and credits, with the previous period")
    async def get_analytics_overview(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None,
    ) -> s.AnalyticsOverview:
        q = await _query(request, container, start, end, chatbot_id, time_zone)
        o = await container.analytics.overview(principal_of(request), q)
        return msgspec.convert({**o, "from_": o.pop("from")}, s.AnalyticsOverview, from_attributes=True)

    @get("/series", responses=problems(*AUTHED, 422), opt=READ, summary="Figures per day, week or month")
    async def get_analytics_series(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None, granularity: GranularityParam = "day",
    ) -> list[s.AnalyticsSeriesPoint]:
        q = await _query(request, container, start, end, chatbot_id, time_zone, granularity)
        return _series_rows(await container.analytics.series(principal_of(request), q))

    @get("/trends", responses=problems(*AUTHED, 422), opt=READ,
         summary="Rising or falling figures (Mann-Kendall at 5 %, Sen's slope) and anomalous periods")
    async def get_analytics_trends(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None, granularity: GranularityParam = "day",
    ) -> s.AnalyticsTrends:
        q = await _query(request, container, start, end, chatbot_id, time_zone, granularity)
        t = await container.analytics.trends(principal_of(request), q)
        return msgspec.convert({**t, "from_": t.pop("from")}, s.AnalyticsTrends)

    @get("/breakdown", responses=problems(*AUTHED, 422), opt=READ, summary="Figures by chatbot, language or intent")
    async def get_analytics_breakdown(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None, by: ByParam = "chatbot",
    ) -> list[s.AnalyticsBreakdownRow]:
        q = await _query(request, container, start, end, chatbot_id, time_zone, by=by)
        return _breakdown_rows(await container.analytics.breakdown(principal_of(request), q))

    @get("/exports/series", responses=problems(*AUTHED, 422), opt=READ, media_type="text/csv",
         summary="The series as CSV or JSON Lines (same filters)")
    async def export_analytics_series(
        self, request: Request, container: Container, format: FormatParam = "csv", start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None, granularity: GranularityParam = "day",
    ) -> Response[bytes]:
        q = await _query(request, container, start, end, chatbot_id, time_zone, granularity)
        points = await container.analytics.series(principal_of(request), q)
        rows = [{"period": p["period"].isoformat(), **{k: v for k, v in p.items() if k != "period"}} for p in points]
        return _export(rows, format, f"parley-series-{q.granularity}-{q.period.start}-{q.period.end}")

    @get("/exports/breakdown", responses=problems(*AUTHED, 422), opt=READ, media_type="text/csv",
         summary="A breakdown as CSV or JSON Lines (same filters)")
    async def export_analytics_breakdown(
        self, request: Request, container: Container, format: FormatParam = "csv", start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None, by: ByParam = "chatbot",
    ) -> Response[bytes]:
        q = await _query(request, container, start, end, chatbot_id, time_zone, by=by)
        rows = [msgspec.structs.asdict(r) for r in _breakdown_rows(await container.analytics.breakdown(principal_of(request), q))]
        return _export(rows, format, f"parley-breakdown-{q.breakdown}-{q.period.start}-{q.period.end}")

    @get("/pages", responses=problems(*AUTHED, 422), opt=READ,
         summary="The page breakdown: loads, opens and first messages per page the widget was shown on")
    async def get_analytics_pages(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None, limit: Annotated[int, Parameter(ge=1, le=500)] = 100,
    ) -> list[s.AnalyticsPageRow]:
        q = await _query(request, container, start, end, chatbot_id, time_zone)
        return [msgspec.convert(r, s.AnalyticsPageRow) for r in await container.analytics.pages(principal_of(request), q, limit)]

    @get("/exports/pages", responses=problems(*AUTHED, 422), opt=READ, media_type="text/csv",
         summary="The page breakdown as CSV or JSON Lines (same filters)")
    async def export_analytics_pages(
        self, request: Request, container: Container, format: FormatParam = "csv", start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None,
    ) -> Response[bytes]:
        q = await _query(request, container, start, end, chatbot_id, time_zone)
        rows = await container.analytics.pages(principal_of(request), q, 10_000)
        return _export(rows, format, f"parley-pages-{q.period.start}-{q.period.end}")

    @get("/funnel", responses=problems(*AUTHED, 422), opt=READ,
         summary="Widget loads → opens → conversations → leads (payments, bookings), and the pages it was shown on")
    async def get_analytics_funnel(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None,
    ) -> s.AnalyticsFunnel:
        q = await _query(request, container, start, end, chatbot_id, time_zone)
        f = await container.analytics.funnel(principal_of(request), q)
        return msgspec.convert({**f, "from_": f.pop("from")}, s.AnalyticsFunnel)

    @get("/popular-questions", responses=problems(*AUTHED, 422), opt=READ,
         summary="Visitors' questions, similar ones grouped, with counts and examples")
    async def get_popular_questions(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None,
        limit: Annotated[int, Parameter(ge=1, le=100)] = 20,
    ) -> list[s.PopularQuestion]:
        q = await _query(request, container, start, end, chatbot_id, time_zone)
        return [msgspec.convert(r, s.PopularQuestion) for r in await container.analytics.popular_questions(principal_of(request), q, limit)]

    @get("/knowledge-gaps", responses=problems(*AUTHED, 422), opt=READ,
         summary="Questions the knowledge could not answer, grouped, each with the article to write")
    async def get_analytics_knowledge_gaps(
        self, request: Request, container: Container, start: FromParam = None, end: ToParam = None,
        chatbot_id: ChatbotParam = None, time_zone: ZoneParam = None,
        limit: Annotated[int, Parameter(ge=1, le=100)] = 20,
    ) -> list[s.AnalyticsKnowledgeGap]:
        q = await _query(request, container, start, end, chatbot_id, time_zone)
        return [msgspec.convert(r, s.AnalyticsKnowledgeGap) for r in await container.analytics.knowledge_gaps(principal_of(request), q, limit)]

    @get("/settings", responses=problems(*AUTHED), opt=READ)
    async def get_analytics_settings(self, request: Request, container: Container) -> s.AnalyticsSettings:
        return msgspec.convert(await container.analytics.get_settings(principal_of(request)), s.AnalyticsSettings, from_attributes=True)

    @put("/settings", responses=problems(*AUTHED, 422), opt=WRITE,
         summary="Time zone of the daily figures (regroups them), follow-up hours, costs for the ROI")
    async def put_analytics_settings(
        self, request: Request, container: Container, data: s.AnalyticsSettingsUpdate
    ) -> s.AnalyticsSettings:
        settings = await container.analytics.put_settings(principal_of(request), struct_changes(data))
        return msgspec.convert(settings, s.AnalyticsSettings, from_attributes=True)


class WidgetTrackingController(Controller):
    path = "/v1/widget"
    tags = ["widget"]

    @post("/{public_id:str}/track", status_code=204, responses=problems(403, 404, 422), **PUBLIC,
          summary="Public: count a widget load, open or first message (nothing is kept with DNT: 1 or Sec-GPC: 1)")
    async def track_widget(
        self, request: Request, container: Container, public_id: Annotated[str, Parameter(max_length=64)], data: s.WidgetTrackingEvent,
    ) -> None:
        dnt = request.headers.get("dnt") == "1" or request.headers.get("sec-gpc") == "1"
        await container.analytics.track_widget(public_id, page_origin(request), data.kind, data.page_url, dnt)


def _report(r: Report) -> s.AnalyticsReport:
    ready = r.status == READY
    base = f"/v1/analytics/reports/{r.id}"
    return s.AnalyticsReport(
        id=r.id, kind=r.kind, status=r.status, from_=r.period.start, to=r.period.end, time_zone=r.time_zone,  # type: ignore[arg-type]
        chatbot_id=r.chatbot_id, attempts=r.attempts, error=r.error, pdf_bytes=r.pdf_bytes, csv_bytes=r.csv_bytes,
        created_at=r.created_at, finished_at=r.finished_at,  # type: ignore[arg-type]
        pdf_url=f"{base}/pdf" if ready else None, csv_url=f"{base}/csv" if ready else None,
    )


def _file(report: Report, body: bytes, fmt: str) -> Response[bytes]:
    return Response(body, media_type=FORMATS[fmt], headers={
        "Content-Disposition": f'attachment; filename="{report.filename(fmt)}"', "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
    })


class AnalyticsReportController(Controller):
    path = "/v1/analytics"
    tags = ["analytics"]
    security = BEARER

    @post("/reports", status_code=202, responses=problems(*AUTHED, 409, 422), opt=READ,
          summary="Ask for a PDF and CSV report of any range (at most two years); rendered in the background")
    async def create_analytics_report(self, request: Request, container: Container, data: s.AnalyticsReportRequest) -> s.AnalyticsReport:
        report = await container.analytics_reports.request(principal_of(request), data.from_, data.to, data.chatbot_id, data.time_zone)
        return _report(report)

    @get("/reports", responses=problems(*AUTHED), opt=READ, summary="Reports, newest first")
    async def list_analytics_reports(
        self, request: Request, container: Container, limit: LimitParam = 20, cursor: CursorParam = None
    ) -> Page[s.AnalyticsReport]:
        return wire_page(await container.analytics_reports.list(principal_of(request), limit, decode_cursor(cursor)), _report)

    @get("/reports/{report_id:uuid}", responses=problems(*AUTHED, 404), opt=READ,
         summary="A report's status (pending, ready or failed) and, once ready, its download paths")
    async def get_analytics_report(self, request: Request, container: Container, report_id: UUID) -> s.AnalyticsReport:
        return _report(await container.analytics_reports.get(principal_of(request), report_id))

    @get("/reports/{report_id:uuid}/pdf", responses=problems(*AUTHED, 404, 409), opt=READ, media_type="application/pdf",
         summary="The report's PDF (409 until it is ready)")
    async def download_analytics_report_pdf(self, request: Request, container: Container, report_id: UUID) -> Response[bytes]:
        report, body = await container.analytics_reports.download(principal_of(request), report_id, "pdf")
        return _file(report, body, "pdf")

    @get("/reports/{report_id:uuid}/csv", responses=problems(*AUTHED, 404, 409), opt=READ, media_type="text/csv",
         summary="The report's CSV (409 until it is ready)")
    async def download_analytics_report_csv(self, request: Request, container: Container, report_id: UUID) -> Response[bytes]:
        report, body = await container.analytics_reports.download(principal_of(request), report_id, "csv")
        return _file(report, body, "csv")

    @get("/report-subscription", responses=problems(*AUTHED, 422), opt=READ,
         summary="Whether you get weekly and monthly reports by e-mail")
    async def get_report_subscription(self, request: Request, container: Container) -> s.ReportSubscription:
        return msgspec.convert(await container.analytics_reports.get_subscription(principal_of(request)), s.ReportSubscription)

    @put("/report-subscription", responses=problems(*AUTHED, 422), opt=READ,
         summary="Subscribe to weekly and/or monthly reports by e-mail (with a download link and the PDF)")
    async def put_report_subscription(
        self, request: Request, container: Container, data: s.ReportSubscriptionUpdate
    ) -> s.ReportSubscription:
        sub = await container.analytics_reports.put_subscription(principal_of(request), data.weekly, data.monthly)
        return msgspec.convert(sub, s.ReportSubscription)


class ReportLinkController(Controller):
    path = "/v1/analytics/report-links"
    tags = ["analytics"]

    @get("/", responses=problems(401, 404, 409), **PUBLIC, media_type="application/pdf",
         summary="Public: a report by the signed link of its e-mail (expires after 14 days)")
    async def download_analytics_report_by_link(
        self, container: Container, token: Annotated[str, Parameter(query="token", max_length=2048)],
    ) -> Response[bytes]:
        report, body, fmt = await container.analytics_reports.download_signed(token)
        return _file(report, body, fmt)

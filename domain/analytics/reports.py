"""Reports: what a PDF/CSV report holds (figures against the previous period, series, named trends, anomalies,
top intents, knowledge gaps, operators), the periods of scheduled reports, and the report's CSV form. Pure: the
PDF is drawn by an adapter (`ReportRenderer`)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

from domain.analytics.model import Period

PENDING, READY, FAILED = "pending", "ready", "failed"
ON_DEMAND, WEEKLY, MONTHLY = "on_demand", "weekly", "monthly"
CADENCES = (WEEKLY, MONTHLY)
FORMATS = {"pdf": "application/pdf", "csv": "text/csv; charset=utf-8"}
CREDIT_THRESHOLDS = (80, 100)


class RenderFailed(Exception):
    """A report could not be rendered this time (the job tries again)."""


@dataclass
class Report:
    id: UUID
    tenant_id: UUID
    period: Period
    time_zone: str
    kind: str = ON_DEMAND
    requested_by: UUID | None = None
    chatbot_id: UUID | None = None
    status: str = PENDING
    attempts: int = 0
    error: str | None = None
    pdf_bytes: int | None = None
    csv_bytes: int | None = None
    emailed_at: datetime | None = None
    created_at: datetime | None = None
    finished_at: datetime | None = None

    def filename(self, fmt: str) -> str:
        return f"parley-report-{self.period.start.isoformat()}-{self.period.end.isoformat()}.{fmt}"


@dataclass
class ReportContent:
    """Everything a report shows, gathered in one read; the PDF and the CSV are drawn from it."""

    period: Period
    previous: Period
    time_zone: str
    granularity: str
    chatbot: str | None  # the chatbot's name when the report is about one
    figures: dict[str, Any]
    previous_figures: dict[str, Any]
    change: dict[str, dict[str, float | None]]
    series: list[dict[str, Any]]  # per bucket: period + figures
    previous_series: list[dict[str, Any]]
    trends: list[dict[str, Any]]  # metric, direction, p_value, slope_per_period, points
    anomalies: list[dict[str, Any]]
    intents: list[dict[str, Any]]  # breakdown rows by intent
    gaps: list[dict[str, Any]]  # knowledge gaps: suggested_article, count, example
    operators: list[dict[str, Any]]  # breakdown rows by operator, labelled with the member's name
    generated_at: datetime
    workspace: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"Parley report, {self.period.start.isoformat()} to {self.period.end.isoformat()}"


def granularity_for(period: Period) -> str:
    """Days up to about three months, weeks up to a little over a year, months beyond."""
    if period.days <= 92:
        return "day"
    if period.days <= 400:
        return "week"
    return "month"


def last_complete(cadence: str, today: date) -> Period:
    """The last whole week (Monday to Sunday) or calendar month before `today`."""
    if cadence == WEEKLY:
        monday = today - timedelta(days=today.weekday()) - timedelta(days=7)
        return Period(monday, monday + timedelta(days=6))
    first_this = today.replace(day=1)
    last_end = first_this - timedelta(days=1)
    return Period(last_end.replace(day=1), last_end)


def credit_period(now: datetime) -> date:
    """The credit month (UTC calendar month, as the assistant counts it)."""
    return now.date().replace(day=1)


def crossed(used: int, allowance: int) -> list[int]:
    """The warning thresholds (% of the allowance) that `used` has reached."""
    if allowance <= 0:
        return []
    return [t for t in CREDIT_THRESHOLDS if used * 100 >= allowance * t]


# --- words ----------------------------------------------------------------------------------------------

METRIC_LABELS = {
    "conversations": "Conversations", "resolution_rate": "Resolution rate", "ai_resolution_rate": "Resolved by AI",
    "handoff_rate": "Handoff rate", "csat": "CSAT", "ai_first_response_ms": "AI first response",
    "average_response_ms": "Average response time", "average_rating": "Average rating",
}

SUMMARY = (
    ("Conversations", "conversations", "n"), ("Resolution rate", "resolution_rate", "%"),
    ("Resolved by AI", "ai_resolution_rate", "%"), ("Handoff rate", "handoff_rate", "%"), ("CSAT", "csat", "%"),
    ("Average rating", "average_rating", "x"), ("AI first response", "ai_first_response_ms", "ms"),
    ("Human first response", "human_first_response_ms", "ms"), ("Average response time", "average_response_ms", "ms"),
    ("AI credits", "credits", "n"), ("Leads", "leads", "n"),
    ("Payments", "payments", "n"), ("Bookings", "bookings", "n"),
)


def shown(value: Any, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "%":
        return f"{value * 100:.1f} %"
    if kind == "ms":
        return f"{value / 1000:.1f} s"
    if kind == "x":
        return f"{value:.2f}"
    return f"{value:,}"


def change_shown(change: dict[str, float | None], kind: str) -> str:
    delta, percent = change.get("delta"), change.get("percent")
    if delta is None:
        return "no comparison"
    if kind == "%":
        text = f"{delta * 100:+.1f} pts"
    elif kind == "ms":
        text = f"{delta / 1000:+.1f} s"
    elif kind == "x":
        text = f"{delta:+.2f}"
    else:
        text = f"{delta:+,.0f}"
    return text + (f" ({percent:+.1f} %)" if percent is not None else "")


def trend_sentence(t: dict[str, Any], granularity: str) -> str:
    """A trend in words: "Conversations: rising, significant (p = 0.003), +1.20 per day"."""
    label = METRIC_LABELS.get(t["metric"], t["metric"])
    direction = t["direction"]
    if direction == "too few points":
        return f"{label}: too few points for a trend ({t['points']})"
    significance = "significant" if direction in ("rising", "falling") else "not significant"
    slope = t.get("slope_per_period")
    per = f", {slope:+.3g} per {granularity}" if slope is not None else ""
    return f"{label}: {direction}, {significance} (p = {t['p_value']:.3g}){per}"


def report_csv(content: ReportContent) -> str:
    """The report as CSV: sections (summary, series, trends, anomalies, intents, gaps, operators), each with its
    own header row, separated by an empty line."""
    out = _Lines()
    w = csv.writer(out, lineterminator="\n")

    def section(name: str, header: list[str], rows: list[list[Any]]) -> None:
        w.writerow([f"# {name}"])
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
        w.writerow([])

    section("report", ["from", "to", "time_zone", "previous_from", "previous_to", "chatbot", "granularity"], [[
        content.period.start.isoformat(), content.period.end.isoformat(), content.time_zone, content.previous.start.isoformat(),
        content.previous.end.isoformat(), content.chatbot, content.granularity,
    ]])
    section("summary", ["figure", "current", "previous", "delta", "percent"], [
        [key, content.figures.get(key), content.previous_figures.get(key), content.change.get(key, {}).get("delta"),
         content.change.get(key, {}).get("percent")]
        for key in content.figures
    ])
    series_keys = ["conversations", "resolved_by_ai", "resolved_by_human", "unresolved", "abandoned", "handoffs",
                   "resolution_rate", "csat", "average_rating", "ai_first_response_ms", "credits"]
    section("series", ["period", *series_keys],
            [[p["period"].isoformat(), *(p.get(k) for k in series_keys)] for p in content.series])
    section("trends", ["metric", "direction", "p_value", "slope_per_period", "points"],
            [[t["metric"], t["direction"], t["p_value"], t["slope_per_period"], t["points"]] for t in content.trends])
    section("anomalies", ["period", "metric", "value", "usual", "robust_z"],
            [[a["period"].isoformat(), a["metric"], a["value"], a["usual"], a["robust_z"]] for a in content.anomalies])
    section("intents", ["intent", "conversations", "resolution_rate", "handoff_rate"],
            [[r["key"], r["conversations"], r["resolution_rate"], r["handoff_rate"]] for r in content.intents])
    section("knowledge_gaps", ["suggested_article", "count", "example"],
            [[g["suggested_article"], g["count"], g["example"]] for g in content.gaps])
    section("operators", ["operator", "conversations", "resolved", "resolution_rate", "average_rating"],
            [[r.get("label") or r["key"], r["conversations"], r["resolved"], r["resolution_rate"], r["average_rating"]]
             for r in content.operators])
    return "".join(out)


class _Lines(list[str]):
    """Where csv.writer writes (the domain keeps away from io)."""

    def write(self, text: str) -> int:
        self.append(text)
        return len(text)
